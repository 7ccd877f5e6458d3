import { useTranslation } from 'react-i18next';
import './SetAsideNotice.css';
import { hasSetAside, type ScreeningReport } from './screenCorpus.ts';

/** Longer values (a `data:` URL can be any length) are cut: the example only has to be recognisable. */
function shortened(value: string | null): string {
  if (value === null) return '';
  return value.length > 80 ? `${value.slice(0, 79)}…` : value;
}

/**
 * Says, above the timeline, what of the corpus was not used as written (see `screenCorpus`), so a reader or
 * the site's editor sees why an event has no date or an article no text. Nothing when all was usable.
 */
export function SetAsideNotice({ report }: { report: ScreeningReport }) {
  const { t } = useTranslation();
  if (!hasSetAside(report)) return null;
  const kinds = (['dates', 'published', 'texts'] as const).filter((kind) => report[kind].count > 0);
  return (
    <div className="set-aside-notice" role="status" data-testid="set-aside-notice">
      <p className="set-aside-title">{t('embed.setAside.title')}</p>
      <ul>
        {kinds.map((kind) => (
          <li key={kind} data-kind={kind}>
            {t(`embed.setAside.${kind}`, {
              count: report[kind].count,
              example: shortened(report[kind].example),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
