import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '#schema';
import { useUiLanguage } from '../useUiLanguage.ts';
import { EventFacts } from './EventFacts.tsx';
import { SourceList } from './SourceList.tsx';
import './DetailPane.css';
import { localText } from '../format/localText.ts';
import { DetailPaneActions } from '../stepper/DetailPaneActions.tsx';

export interface DetailPaneProps {
  /** Null when the URL names an event the corpus does not have. */
  event: TimelineEvent | null;
  onClose: () => void;
  /** False when an embed opens on an event: the host page keeps its focus and scroll position. */
  focusOnOpen?: boolean;
}

/**
 * The facts and sources of one event. A non-modal panel beside the timeline on wide screens and a full-page
 * sheet on phones. Focus moves to its heading when it opens; Esc or the close button closes it, and the
 * page returns focus to whatever opened it.
 */
export function DetailPane({ event, onClose, focusOnOpen = true }: DetailPaneProps) {
  const { t } = useTranslation();
  const lng = useUiLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  const pane = useRef<HTMLElement>(null);
  const eventId = event?.id;

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves again when another event opens in the same pane.
  useEffect(
    function focusHeadingOnOpen() {
      if (focusOnOpen) heading.current?.focus();
    },
    [eventId],
  );

  useEffect(
    function closeOnEscape() {
      function onKeyDown(keyboard: KeyboardEvent) {
        if (keyboard.key === 'Escape' && !keyboard.defaultPrevented) onClose();
      }
      // The document for the page, the shadow root for an embed: Esc in one embed closes only its own pane.
      const root = pane.current?.getRootNode() ?? document;
      root.addEventListener('keydown', onKeyDown as EventListener);
      return function stopListening() {
        root.removeEventListener('keydown', onKeyDown as EventListener);
      };
    },
    [onClose],
  );

  return (
    <aside ref={pane} className="detail-pane" aria-labelledby="detail-title" data-testid="detail-pane">
      <div className="detail-bar">
        <button type="button" className="detail-close" onClick={onClose}>
          <span aria-hidden="true">✕ </span>
          {t('detail.close')}
        </button>
      </div>
      <h2 id="detail-title" ref={heading} tabIndex={-1}>
        {event ? <bdi>{localText(event.title, lng)}</bdi> : t('detail.notFound')}
      </h2>
      {event && (
        <>
          <DetailPaneActions event={event} />
          <EventFacts event={event} />
          <SourceList event={event} />
        </>
      )}
    </aside>
  );
}
