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
  const bound = (...args: Parameters<typeof moment>) => moment(...args).locale(lng);
  return bound as unknown as NonNullable<TimelineOptions['moment']>;
}
