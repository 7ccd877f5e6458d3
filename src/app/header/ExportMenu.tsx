import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '#schema';
import { useCorpus } from '../corpusContext.ts';
import { eventsToCsv, eventsToIcs, eventsToJson } from '../export/exportFiles.ts';
import { exportWords } from '../export/exportWords.ts';
import { useMenuDismiss } from '../menus/useMenuDismiss.ts';
import { useUiLanguage } from '../useUiLanguage.ts';

function download(name: string, type: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked on the next task: Chrome starts the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Downloads exactly the events the filters show, in the UI language where the format has text. */
export function ExportMenu({ events }: { events: readonly TimelineEvent[] }) {
  const { t } = useTranslation();
  const lng = useUiLanguage();
  const { articlesById } = useCorpus();
  const words = exportWords(t, lng);
  const menu = useRef<HTMLDetailsElement>(null);
  const { onToggle } = useMenuDismiss(menu);
  const formats = [
    {
      label: t('export.csv'),
      file: () => [
        'diplomatic-events.csv',
        'text/csv;charset=utf-8',
        eventsToCsv(events, words, articlesById),
      ],
    },
    {
      label: t('export.json'),
      file: () => ['diplomatic-events.json', 'application/json', eventsToJson(events)],
    },
    {
      label: t('export.ics'),
      file: () => ['diplomatic-events.ics', 'text/calendar', eventsToIcs(events, words, articlesById)],
    },
    {
      // Excel in a decimal-comma locale (Russian among them) splits CSV on semicolons only.
      label: t('export.csvExcel'),
      file: () => [
        'diplomatic-events-excel.csv',
        'text/csv;charset=utf-8',
        eventsToCsv(events, words, articlesById, ';'),
      ],
    },
  ] satisfies { label: string; file: () => [string, string, string] }[];
  return (
    <details className="export-menu" ref={menu} onToggle={onToggle}>
      <summary>{t('export.label')}</summary>
      <div className="export-options" data-menu-panel="">
        {formats.map(({ label, file }) => (
          <button
            key={label}
            type="button"
            onClick={() => {
              download(...file());
              // Fold the menu and give focus back to its toggle, as a native menu would.
              if (menu.current) menu.current.open = false;
              menu.current?.querySelector('summary')?.focus();
            }}
          >
            {label}
          </button>
        ))}
      </div>
    </details>
  );
}
