import type { BilingualText, UiLanguage } from '#schema';
import { capCombiningMarks } from './capCombiningMarks.ts';

/**
 * A corpus text (title, name, place, label) in the UI language, as it is shown. The corpus carries every
 * such text in English and Russian (`BilingualText`); this is the one place that picks, so a third UI
 * language only has to decide its fallback here (tsc points here once `UI_LANGUAGES` grows).
 */
export function localText(text: BilingualText, lng: UiLanguage): string {
  return capCombiningMarks(text[lng]);
}
