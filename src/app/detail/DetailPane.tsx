import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiplomaticEvent } from '#schema';
import { useUiLanguage } from '../useUiLanguage.ts';
import { EventFacts } from './EventFacts.tsx';
import { SourceList } from './SourceList.tsx';
import './DetailPane.css';
import { localText } from '../format/localText.ts';

export interface DetailPaneProps {
  /** Null when the URL names an event the corpus does not have. */
  event: DiplomaticEvent | null;
  onClose: () => void;
}

/**
 * The facts and sources of one event. A non-modal panel beside the timeline on wide screens and a full-page
 * sheet on phones. Focus moves to its heading when it opens; Esc or the close button closes it, and the
 * page returns focus to whatever opened it.
 */
export function DetailPane({ event, onClose }: DetailPaneProps) {
  const { t } = useTranslation();
  const lng = useUiLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  const eventId = event?.id;

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves again when another event opens in the same pane.
  useEffect(
    function focusHeadingOnOpen() {
      heading.current?.focus();
    },
    [eventId],
  );

  useEffect(
    function closeOnEscape() {
      function onKeyDown(keyboard: KeyboardEvent) {
        if (keyboard.key === 'Escape' && !keyboard.defaultPrevented) onClose();
      }
      document.addEventListener('keydown', onKeyDown);
      return function stopListening() {
        document.removeEventListener('keydown', onKeyDown);
      };
    },
    [onClose],
  );

  return (
    <aside className="detail-pane" aria-labelledby="detail-title" data-testid="detail-pane">
      <div className="detail-bar">
        <button type="button" className="detail-close" onClick={onClose}>
          <span aria-hidden="true">✕ </span>
          {t('detail.close')}
        </button>
      </div>
      <h2 id="detail-title" ref={heading} tabIndex={-1}>
        {event ? localText(event.title, lng) : t('detail.notFound')}
      </h2>
      {event && (
        <>
          <EventFacts event={event} />
          <SourceList event={event} />
        </>
      )}
    </aside>
  );
}
