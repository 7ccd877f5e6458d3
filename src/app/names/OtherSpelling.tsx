import type { BilingualText, UiLanguage } from '#schema';
import { capCombiningMarks } from '../format/capCombiningMarks.ts';
import { useUiLanguage } from '../useUiLanguage.ts';

/** The language whose spelling is shown beside the UI language's. */
const OTHER_LANGUAGE: Record<UiLanguage, keyof BilingualText> = { en: 'ru', ru: 'en' };

/**
 * A name's spelling in the corpus's other language, in brackets after the UI language's ("Kassym-Jomart
 * Tokayev (Касым-Жомарт Токаев)"): readers search and cite names in both. Nothing when the two agree.
 */
export function OtherSpelling({ name }: { name: BilingualText }) {
  const lng = useUiLanguage();
  const other = OTHER_LANGUAGE[lng];
  const spelling = capCombiningMarks(name[other]);
  if (!spelling || spelling === capCombiningMarks(name[lng])) return null;
  return (
    <span className="detail-other-spelling" data-other-spelling="" data-untranslated="">
      {' ('}
      <bdi lang={other}>{spelling}</bdi>)
    </span>
  );
}
