import type { TFunction } from 'i18next';
import type { Article, Figure, TimelineEvent, UiLanguage } from '#schema';
import { countryName } from '../format/countryName.ts';
import { localText } from '../format/localText.ts';
import { type CompactDisplay, formatMoney } from '../format/money.ts';

/** Every value an export writes, in one language: what the detail pane shows, as plain text. */
export interface ExportWords {
  lng: UiLanguage;
  columns: Record<ExportColumn, string>;
  type: (event: TimelineEvent) => string;
  precision: (event: TimelineEvent) => string;
  status: (event: TimelineEvent) => string;
  countries: (event: TimelineEvent) => string[];
  participants: (event: TimelineEvent) => string[];
  documents: (event: TimelineEvent) => string[];
  figures: (event: TimelineEvent) => string[];
  /** The headings of the calendar entry's description lines. */
  headings: { type: string; participants: string; documents: string; figures: string; sources: string };
}

export const EXPORT_COLUMNS = [
  'id',
  'start',
  'end',
  'precision',
  'type',
  'planned',
  'title',
  'countries',
  'participants',
  'place',
  'documents',
  'figures',
  'outlets',
  'sources',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

function figureText(figure: Figure, lng: UiLanguage, display: CompactDisplay, t: TFunction): string {
  const year = figure.year === null ? '' : ` ${t('detail.figureYear', { year: figure.year })}`;
  return `${localText(figure.label, lng)}: ${formatMoney(figure, lng, display)}${year}`;
}

/** The export's words from the UI's translations, so a file reads like the page it was taken from. */
export function exportWords(t: TFunction, lng: UiLanguage): ExportWords {
  const display: CompactDisplay = t('format.moneyCompactDisplay') === 'long' ? 'long' : 'short';
  return {
    lng,
    columns: Object.fromEntries(EXPORT_COLUMNS.map((name) => [name, t(`export.columns.${name}`)])) as Record<
      ExportColumn,
      string
    >,
    type: (event) => t(`types.${event.type}`),
    precision: (event) => (event.date ? t(`precision.${event.date.precision}`) : ''),
    status: (event) => (event.planned ? t('detail.planned') : t('detail.held')),
    countries: (event) => event.countries.map((code) => countryName(code, lng)),
    participants: (event) =>
      event.participants.map((person) => {
        const about = [
          person.role ? t(`roles.${person.role}`) : null,
          person.country && countryName(person.country, lng),
        ];
        const said = about.filter(Boolean).join(', ');
        return said ? `${localText(person.name, lng)} (${said})` : localText(person.name, lng);
      }),
    documents: (event) => event.agreements.map((agreement) => localText(agreement.title, lng)),
    figures: (event) => event.figures.map((figure) => figureText(figure, lng, display, t)),
    headings: {
      type: t('detail.type'),
      participants: t('detail.participants'),
      documents: t('detail.documents'),
      figures: t('detail.figures'),
      sources: t('detail.sources'),
    },
  };
}

/** The outlets of an event's sources, each once, in source order. */
export function sourceOutlets(event: TimelineEvent, articlesById: ReadonlyMap<string, Article>): string[] {
  const names = event.articleIds.map((id) => articlesById.get(id)?.source?.name).filter((name) => !!name);
  return [...new Set(names as string[])];
}

/** Where each source can be read: its web address, or its file name when the article came without one. */
export function sourceLinks(event: TimelineEvent, articlesById: ReadonlyMap<string, Article>): string[] {
  return event.articleIds.map((id) => articlesById.get(id)?.source?.url ?? articlesById.get(id)?.file ?? id);
}
