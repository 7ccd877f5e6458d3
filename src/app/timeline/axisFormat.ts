import type { TimelineFormatOption } from 'vis-timeline/esnext';

type Scale = 'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'year';

const MINOR: Partial<Record<Scale, Intl.DateTimeFormatOptions>> = {
  hour: { hour: '2-digit', minute: '2-digit' },
  weekday: { weekday: 'short', day: 'numeric' },
  day: { day: 'numeric' },
  week: { day: 'numeric' },
  month: { month: 'short' },
  year: { year: 'numeric' },
};
const MAJOR: Partial<Record<Scale, Intl.DateTimeFormatOptions>> = {
  hour: { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' },
  weekday: { month: 'long', year: 'numeric' },
  day: { month: 'long', year: 'numeric' },
  week: { month: 'long', year: 'numeric' },
  month: { year: 'numeric' },
};

/**
 * Axis labels through `Intl.DateTimeFormat` instead of moment's locales. Importing `moment/locale/ru`
 * under Vite can register the locale on a second copy of moment, leaving the axis silently English;
 * Intl needs no locale data, changes with a `setOptions` call and never touches moment's global locale.
 * vis-timeline passes a moment object; `valueOf()` gives its epoch milliseconds.
 */
export function axisFormat(lng: string): TimelineFormatOption {
  const formatters = new Map<string, Intl.DateTimeFormat>();
  const label = (table: Partial<Record<Scale, Intl.DateTimeFormatOptions>>, date: unknown, scale: string) => {
    const options = table[scale as Scale];
    if (!options) return '';
    const key = `${scale}:${table === MINOR ? 'minor' : 'major'}`;
    let formatter = formatters.get(key);
    if (!formatter) {
      // The timeline draws in local time (vis-timeline's default), so the labels do too.
      formatter = new Intl.DateTimeFormat(lng, options);
      formatters.set(key, formatter);
    }
    return formatter.format(new Date(Number((date as { valueOf(): number }).valueOf())));
  };
  return {
    minorLabels: (date, scale) => label(MINOR, date, scale),
    majorLabels: (date, scale) => label(MAJOR, date, scale),
  };
}
