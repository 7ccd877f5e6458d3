import { useTranslation } from 'react-i18next';
import { ShareButton } from './ShareButton.tsx';
import { useShareLinks } from './useShareLinks.ts';

/** The header's share button: a link to the view as it is (filters, window, open event, language). */
// Its own component: it follows the view state, which the memoised header does not.
export function ShareViewButton() {
  const { t } = useTranslation();
  const links = useShareLinks();
  return <ShareButton label={t('share.view')} link={links.view} />;
}
