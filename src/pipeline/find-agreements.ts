import type { Agreement, DocumentKind } from '#schema';
import type { Sentence } from './sentences.ts';

export interface FoundAgreement {
  agreement: Agreement;
  sentence: Sentence;
}

// A signing verb in the past ("signed", "подписали", "был подписан"); nouns like "signing"/"подписание"
// mostly announce or recall signings, so they do not count.
const SIGNED = /\bsigned\b|\binked\b|подписал\p{L}*|подписан[аоы]?(?![\p{L}])|заключил\p{L}*/iu;

// Document kinds, most specific first, with the nominative titles used to compose bilingual names.
const KINDS: Array<[DocumentKind, RegExp, { en: string; ru: string }]> = [
  [
    'joint_declaration',
    /joint\s+declaration|совместн\p{L}*\s+декларац/iu,
    { en: 'Joint declaration', ru: 'Совместная декларация' },
  ],
  [
    'joint_statement',
    /joint\s+statement|совместн\p{L}*\s+заявлени/iu,
    { en: 'Joint statement', ru: 'Совместное заявление' },
  ],
  ['declaration', /declaration|декларац/iu, { en: 'Declaration', ru: 'Декларация' }],
  ['treaty', /\btreaty|договор/iu, { en: 'Treaty', ru: 'Договор' }],
  ['memorandum', /memorand|меморандум/iu, { en: 'Memorandum', ru: 'Меморандум' }],
  ['roadmap', /road\s?map|дорожн\p{L}*\s+карт/iu, { en: 'Roadmap', ru: 'Дорожная карта' }],
  ['action_plan', /action\s+plan|план\p{L}*\s+действий/iu, { en: 'Action plan', ru: 'План действий' }],
  ['program', /programme|program\b|программ/iu, { en: 'Programme', ru: 'Программа' }],
  ['protocol', /protocol|протокол/iu, { en: 'Protocol', ru: 'Протокол' }],
  ['contract', /contract|контракт/iu, { en: 'Contract', ru: 'Контракт' }],
  ['agreement', /agreement|соглашени/iu, { en: 'Agreement', ru: 'Соглашение' }],
  ['document', /documents?\b|документ/iu, { en: 'Documents', ru: 'Документы' }],
];

// What the document is about, when the sentence says so.
const TOPICS: Array<[RegExp, { en: string; ru: string }]> = [
  [
    /comprehensive\s+strategic\s+partnership|всеобъемлющ\p{L}*\s+стратегическ\p{L}*\s+партн[её]рств/iu,
    { en: 'on comprehensive strategic partnership', ru: 'о всеобъемлющем стратегическом партнёрстве' },
  ],
  [
    /strategic\s+partnership|стратегическ\p{L}*\s+партн[её]рств/iu,
    { en: 'on strategic partnership', ru: 'о стратегическом партнёрстве' },
  ],
  [
    /allied\s+relations|союзническ\p{L}*\s+отношени/iu,
    { en: 'on allied relations', ru: 'о союзнических отношениях' },
  ],
  [/visa|виз/iu, { en: 'on visas', ru: 'о визовом режиме' }],
  [/extradition|экстрадиц|выдач/iu, { en: 'on extradition', ru: 'о выдаче' }],
  [/investment|инвестиц/iu, { en: 'on investment', ru: 'об инвестициях' }],
  [
    /double\s+taxation|двойного\s+налогообложени/iu,
    { en: 'on avoiding double taxation', ru: 'об избежании двойного налогообложения' },
  ],
];

/** Documents reported as signed at the event, read from sentences outside quotes and looking-back passages. */
export function findAgreements(sentences: Sentence[]): FoundAgreement[] {
  const found: FoundAgreement[] = [];
  const seen = new Set<string>();
  for (const sentence of sentences) {
    const verb = SIGNED.exec(sentence.text);
    if (!verb) continue;
    // The document is named near the verb, usually after it ("signed a joint declaration").
    const window = sentence.text.slice(Math.max(0, verb.index - 80), verb.index + verb[0].length + 120);
    const kind = KINDS.find(([, pattern]) => pattern.test(window));
    if (!kind) continue;
    const topic = TOPICS.find(([pattern]) => pattern.test(window))?.[1];
    const title = topic
      ? { en: `${kind[2].en} ${topic.en}`, ru: `${kind[2].ru} ${topic.ru}` }
      : { en: kind[2].en, ru: kind[2].ru };
    const key = `${kind[0]}:${title.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ agreement: { kind: kind[0], title }, sentence });
  }
  return found;
}
