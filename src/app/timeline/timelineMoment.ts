import moment from 'moment';
// The locale file from moment's ESM build (`moment/dist/…`): vis-timeline imports moment's ESM build, and the
// UMD `moment/locale/ru` would register the locale on a second copy of moment that vis-timeline never sees.
import 'moment/dist/locale/ru';
import type { TimelineOptions } from 'vis-timeline/esnext';

/**
 * A moment factory bound to one UI language, given to vis-timeline through its `moment` option, so the
 * timeline's own texts (the "current time" tooltip) follow the UI without changing any global locale.
 * The axis labels do not depend on it: they are formatted with Intl (see axisFormat.ts).
 */
export function localeMoment(lng: string): NonNullable<TimelineOptions['moment']> {
  const tooltipDate = new Intl.DateTimeFormat(lng, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
  });
  const bound = (...args: Parameters<typeof moment>) => {
    const date = moment(...args).locale(lng);
    const format = date.format.bind(date);
    // vis-timeline writes its tooltip date with a fixed English pattern, which in Russian reads
    // "четверг, декабрь 3-го 2026"; that one pattern is written the language's own way instead
    // ("четверг, 3 декабря 2026 г. в 15:13:22").
    date.format = (pattern?: string) =>
      pattern === VIS_TOOLTIP_PATTERN ? tooltipDate.format(date.toDate()) : format(pattern);
    return date;
  };
  return bound as unknown as NonNullable<TimelineOptions['moment']>;
}

/** The pattern vis-timeline 8 formats the current-time (and custom-time) tooltip with (CurrentTime.js). */
export const VIS_TOOLTIP_PATTERN = 'dddd, MMMM Do YYYY, H:mm:ss';
