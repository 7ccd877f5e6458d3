import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '#schema';
import { AboutData } from '../about/AboutData.tsx';
import type { ViewName } from '../model/urlState.ts';
import { ShareViewButton } from '../share/ShareViewButton.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import './AppHeader.css';

export interface AppHeaderProps {
  view: ViewName;
  onViewChange: (view: ViewName) => void;
  shownEvents: readonly TimelineEvent[];
  totalCount: number;
  /** The embed layout: the count and the switches only (no title, subtitle or export menu). */
  compact?: boolean;
}

const VIEWS: ViewName[] = ['timeline', 'list'];

// Memoised: the page re-renders on every pan and zoom (the window is in the URL), and this part's counts
// over every event need not follow.
export const AppHeader = memo(function AppHeader({
  view,
  onViewChange,
  shownEvents,
  totalCount,
  compact = false,
}: AppHeaderProps) {
  const { t } = useTranslation();
  const shown = shownEvents.length;
  return (
    <header className="app-header" data-compact={compact}>
      <div className="app-heading">
        {!compact && (
          <>
            <h1>{t('app.title')}</h1>
            <p className="app-subtitle">{t('app.subtitle')}</p>
          </>
        )}
        <p className="app-count" role="status" data-testid="event-count">
          {shown === totalCount
            ? t('count.events', { count: totalCount })
            : // The noun follows the total ("из 21 события", "из 25 событий"): the plural is the total's.
              t('count.shown', { count: totalCount, shown, total: totalCount })}
        </p>
      </div>
      <div className="app-actions">
        <fieldset className="view-switch">
          <legend className="visually-hidden">{t('view.label')}</legend>
          {VIEWS.map((name) => (
            <button key={name} type="button" aria-pressed={view === name} onClick={() => onViewChange(name)}>
              {t(`view.${name}`)}
            </button>
          ))}
        </fieldset>
        <ShareViewButton />
        {!compact && <ExportMenu events={shownEvents} />}
        <AboutData />
        <LanguageSwitcher />
      </div>
    </header>
  );
});
