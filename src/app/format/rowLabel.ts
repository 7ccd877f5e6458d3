import type { TFunction } from 'i18next';
import { NO_PARTNER_ROW } from '../model/partnerRows.ts';
import { countryName } from './countryName.ts';

/** The label of a partner row: the country's name, or "no partner named" for events without one. */
export function rowLabel(row: string, lng: string, t: TFunction): string {
  return row === NO_PARTNER_ROW ? t('timeline.noPartner') : countryName(row, lng);
}
