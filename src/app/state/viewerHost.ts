import { createContext, useContext } from 'react';

/** Where the viewer runs: the full page, an iframe embed (`?embed=1`) or a host page's element. */
export interface ViewerHost {
  /** The embed layout: no big header or export menu, filters folded. */
  compact: boolean;
  /**
   * Inside another page's element (the custom element): the viewer never writes that page's URL, `<html lang>`
   * or title, has no skip link (its `#` target would change the host's URL), and its detail pane covers the
   * embed's box rather than the screen.
   */
  contained: boolean;
  /**
   * The standalone app's address, for share links: a host page's element knows it from its script's URL;
   * absent, the page is the app (the full page, the iframe).
   */
  appUrl?: string | undefined;
}

export const PAGE_HOST: ViewerHost = { compact: false, contained: false };

export const ViewerHostContext = createContext<ViewerHost>(PAGE_HOST);

export function useViewerHost(): ViewerHost {
  return useContext(ViewerHostContext);
}
