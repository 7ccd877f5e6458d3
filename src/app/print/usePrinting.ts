import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed. `beforeprint` comes before the browser lays out the printed page, so
 * the state is flushed at once; the `print` media query covers print previews emulated by devtools.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia('print').matches);
  useEffect(function followPrinting() {
    const media = window.matchMedia('print');
    const start = () => flushSync(() => setPrinting(true));
    const stop = () => setPrinting(media.matches);
    const onMediaChange = () => (media.matches ? start() : stop());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', stop);
    media.addEventListener('change', onMediaChange);
    return function stopFollowing() {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', stop);
      media.removeEventListener('change', onMediaChange);
    };
  }, []);
  return printing;
}
