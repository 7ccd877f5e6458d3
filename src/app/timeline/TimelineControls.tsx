import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Timeline } from 'vis-timeline/esnext';

/** Real buttons for what a mouse does with wheel and drag, for keyboard, touch and switch users. */
export interface TimelineControlsProps {
  timeline: RefObject<Timeline | null>;
  animate: boolean;
  /** "Fit all" leaves room for the labels, which vis-timeline's own `fit()` does not measure. */
  onFit: () => void;
}

export function TimelineControls({ timeline, animate, onFit }: TimelineControlsProps) {
  const { t } = useTranslation();
  const animation = { animation: animate };
  return (
    <div className="timeline-controls" role="toolbar" aria-label={t('timeline.controls')}>
      <button
        type="button"
        onClick={() => timeline.current?.zoomIn(0.5, animation)}
        aria-label={t('timeline.zoomIn')}
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        onClick={() => timeline.current?.zoomOut(0.5, animation)}
        aria-label={t('timeline.zoomOut')}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" onClick={onFit}>
        {t('timeline.fit')}
      </button>
      <button type="button" onClick={() => timeline.current?.moveTo(new Date(), animation)}>
        {t('timeline.today')}
      </button>
    </div>
  );
}
