import type { TFunction } from 'i18next';
import type { BilingualText, DateReason, UiLanguage } from '#schema';
import { formatDay, formatEventDate } from './dateText.ts';
import { localText } from './localText.ts';

/** A piece of a reason line: the sentence's own words, or a corpus name the pane isolates in a <bdi>. */
export interface ReasonPart {
  text: string;
  name?: true;
}

// Names go into the sentence as private-use markers, never through i18next's interpolation: the line is cut
// at the markers afterwards, so each name becomes its own element and no name is ever parsed as markup.
const MARK = '\u{F0000}';
const marker = (index: number) => `${MARK}${index}${MARK}`;
const MARKED = new RegExp(`${MARK}(\\d+)${MARK}`, 'u');

function withNames(line: string, names: string[]): ReasonPart[] {
  const parts: ReasonPart[] = [];
  const pieces = line.split(MARKED);
  pieces.forEach((piece, index) => {
    if (index % 2 === 0) {
      if (piece) parts.push({ text: piece });
    } else {
      const name = names[Number(piece)];
      if (name) parts.push({ text: name, name: true });
    }
  });
  return parts;
}

/** A line starts with a capital even when a name or label opens it ("саммит ШОС" → "Саммит ШОС …"). */
function capitalised(parts: ReasonPart[], lng: UiLanguage): ReasonPart[] {
  const [first, ...rest] = parts;
  if (!first) return parts;
  const text = first.text.charAt(0).toLocaleUpperCase(lng) + first.text.slice(1);
  return [{ ...first, text }, ...rest];
}

function cityNameKey(from: string | null, to: string | null) {
  if (from && to) return 'dateReasons.cityName' as const;
  if (from) return 'dateReasons.cityNameSince' as const;
  if (to) return 'dateReasons.cityNameUntil' as const;
  return 'dateReasons.cityNameEver' as const;
}

/**
 * One reason an inferred date has its year, as a line in the UI language, every word of it from the i18n
 * files and every date formatted as the pane formats dates.
 */
export function dateReasonParts(reason: DateReason, lng: UiLanguage, t: TFunction): ReasonPart[] {
  const name = (text: BilingualText) => localText(text, lng);
  const day = (iso: string) => formatDay(iso, lng);
  switch (reason.kind) {
    case 'office': {
      const spells = reason.spells.map((spell) =>
        spell.to === null
          ? t('dateReasons.spellOpen', { role: t(`roleAs.${spell.role}`), from: day(spell.from) })
          : t('dateReasons.spell', {
              role: t(`roleAs.${spell.role}`),
              from: day(spell.from),
              to: day(spell.to),
            }),
      );
      const list = new Intl.ListFormat(lng, { type: 'conjunction' }).format(spells);
      return capitalised(
        withNames(t('dateReasons.office', { person: marker(0), spells: list }), [name(reason.person)]),
        lng,
      );
    }
    case 'meeting': {
      const days = formatEventDate(
        { start: reason.start, end: reason.end, precision: 'day', basis: 'stated' },
        lng,
      );
      const line = t('dateReasons.meeting', { meeting: marker(0), city: marker(1), days });
      return capitalised(withNames(line, [name(reason.meeting), name(reason.city)]), lng);
    }
    case 'cityName': {
      const line = t(cityNameKey(reason.from, reason.to), {
        name: marker(0),
        from: reason.from ? day(reason.from) : '',
        to: reason.to ? day(reason.to) : '',
      });
      return capitalised(withNames(line, [name(reason.name)]), lng);
    }
    case 'weekday':
      return [{ text: t('dateReasons.weekday') }];
    case 'statedYear':
      return [{ text: t('dateReasons.statedYear', { year: reason.year }) }];
    case 'after':
      return [{ text: t('dateReasons.after', { date: day(reason.day) }) }];
    case 'otherReport': {
      const date = formatEventDate(reason.date, lng);
      const key = reason.date.basis === 'publication' ? 'otherReportPublished' : 'otherReport';
      return [{ text: t(`dateReasons.${key}`, { date }) }];
    }
  }
}
