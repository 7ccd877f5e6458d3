import type { BilingualText, EventType, Participant, Place } from '#schema';

const TYPE_NAMES: Record<EventType, { en: string; ru: string; plannedEn: string; plannedRu: string }> = {
  visit: { en: 'Visit', ru: 'Визит', plannedEn: 'Planned visit', plannedRu: 'Запланированный визит' },
  talks: {
    en: 'Talks',
    ru: 'Переговоры',
    plannedEn: 'Planned talks',
    plannedRu: 'Запланированные переговоры',
  },
  meeting: {
    en: 'Meeting',
    ru: 'Встреча',
    plannedEn: 'Planned meeting',
    plannedRu: 'Запланированная встреча',
  },
  phone_call: {
    en: 'Phone call',
    ru: 'Телефонный разговор',
    plannedEn: 'Planned phone call',
    plannedRu: 'Запланированный телефонный разговор',
  },
  summit: { en: 'Summit', ru: 'Саммит', plannedEn: 'Planned summit', plannedRu: 'Запланированный саммит' },
  agreement_signing: {
    en: 'Signing of agreements',
    ru: 'Подписание документов',
    plannedEn: 'Planned signing of agreements',
    plannedRu: 'Запланированное подписание документов',
  },
};
const MAX_NAMED = 3;

export interface TitleFields {
  type: EventType;
  planned: boolean;
  participants: Participant[];
  countryNames: BilingualText[];
  location: Place | null;
  /** The meeting series a summit belongs to ("SCO summit", "саммит ШОС"): it names the event better than "Summit". */
  meetingLabel?: BilingualText | null;
}

/**
 * A title in both languages built only from structured fields and gazetteer names. Russian stays in
 * constructions that need no declension ("Встреча: A и B (Астана)"), since names cannot be declined safely.
 */
export function composeEventTitle(fields: TitleFields): BilingualText {
  const type = TYPE_NAMES[fields.type];
  const label = fields.planned ? null : fields.meetingLabel;
  const head = label
    ? { en: capitalised(label.en), ru: capitalised(label.ru) }
    : {
        en: fields.planned ? type.plannedEn : type.en,
        ru: fields.planned ? type.plannedRu : type.ru,
      };
  const who =
    fields.participants.length > 0
      ? joinNames(fields.participants.map((p) => p.name))
      : {
          en: fields.countryNames.map((n) => n.en).join(' – '),
          ru: fields.countryNames.map((n) => n.ru).join(' – '),
        };
  const where = fields.location
    ? { en: ` (${fields.location.name.en})`, ru: ` (${fields.location.name.ru})` }
    : { en: '', ru: '' };
  return { en: `${head.en}: ${who.en}${where.en}`, ru: `${head.ru}: ${who.ru}${where.ru}` };
}

function joinNames(names: BilingualText[]): BilingualText {
  const shown = names.slice(0, MAX_NAMED);
  const rest = names.length - shown.length;
  const list = (lang: 'en' | 'ru', and: string, more: string) => {
    const parts = shown.map((n) => n[lang]);
    if (rest > 0) return `${parts.join(', ')} ${more}`;
    return parts.length > 1
      ? `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`
      : (parts[0] ?? '');
  };
  return {
    en: list('en', 'and', `and ${rest} ${rest === 1 ? 'other' : 'others'}`),
    ru: list('ru', 'и', `и ещё ${rest}`),
  };
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
