import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '#schema';
import { ShareButton } from '../share/ShareButton.tsx';
import { useShareLinks } from '../share/useShareLinks.ts';
import { useShownEvents } from '../state/shownEvents.ts';
import { useViewState } from '../state/viewState.ts';
import { neighbourEvents } from './neighbourEvents.ts';
import './DetailPaneActions.css';

/** Under the pane's heading: step to the previous or next shown event, or copy a link to this one. */
export function DetailPaneActions({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation();
  const shown = useShownEvents();
  const { update } = useViewState();
  const links = useShareLinks();
  const { previous, next } = useMemo(() => neighbourEvents(shown, event), [shown, event]);
  const go = (target: TimelineEvent | null) => {
    if (target) update({ event: target.id }, 'push');
  };
  return (
    <nav className="detail-actions" aria-label={t('stepper.label')}>
      <button type="button" data-step="previous" disabled={!previous} onClick={() => go(previous)}>
        <span aria-hidden="true">← </span>
        {t('stepper.previous')}
      </button>
      <button type="button" data-step="next" disabled={!next} onClick={() => go(next)}>
        {t('stepper.next')}
        <span aria-hidden="true"> →</span>
      </button>
      <ShareButton label={t('share.event')} link={() => links.event(event.id)} />
    </nav>
  );
}
