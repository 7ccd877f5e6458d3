import type { Agreement, DocumentKind } from '#schema';
import type { Sentence } from './sentences.ts';

export interface FoundAgreement {
  agreement: Agreement;
  sentence: Sentence;
}

// A signing verb in the past ("signed", "подписали", "был подписан"); nouns like "signing"/"подписание"
// mostly announce or recall signings, so they do not count. Every pattern here is lowercase and reads the
// lowercased sentence (see classify-event: the case-insensitive flag is the costly way).
const SIGNED = /\bsigned\b|\binked\b|подписал\p{L}*|подписан[аоы]?(?![\p{L}])|заключил\p{L}*/u;

// Document kinds, most specific first, with the nominative titles used to compose bilingual names.
const KINDS: Array<[DocumentKind, RegExp, { en: string; ru: string }]> = [
  [
    'joint_declaration',
    /joint\s+declaration|совместн\p{L}*\s+декларац/u,
    { en: 'Joint declaration', ru: 'Совместная декларация' },
  ],
  [
    'joint_statement',
    /joint\s+statement|совместн\p{L}*\s+заявлени/u,
    { en: 'Joint statement', ru: 'Совместное заявление' },
  ],
  ['declaration', /declaration|декларац/u, { en: 'Declaration', ru: 'Декларация' }],
  ['treaty', /\btreaty|договор/u, { en: 'Treaty', ru: 'Договор' }],
  ['memorandum', /memorand|меморандум/u, { en: 'Memorandum', ru: 'Меморандум' }],
  ['roadmap', /road\s?map|дорожн\p{L}*\s+карт/u, { en: 'Roadmap', ru: 'Дорожная карта' }],
  ['action_plan', /action\s+plan|план\p{L}*\s+действий/u, { en: 'Action plan', ru: 'План действий' }],
  ['program', /programme|program\b|программ/u, { en: 'Programme', ru: 'Программа' }],
  ['protocol', /protocol|протокол/u, { en: 'Protocol', ru: 'Протокол' }],
  ['contract', /contract|контракт/u, { en: 'Contract', ru: 'Контракт' }],
  ['agreement', /agreement|соглашени/u, { en: 'Agreement', ru: 'Соглашение' }],
  ['document', /documents?\b|документ/u, { en: 'Documents', ru: 'Документы' }],
];

// What the document is about, when the sentence says so.
const TOPICS: Array<[RegExp, { en: string; ru: string }]> = [
  [
    /comprehensive\s+strategic\s+partnership|всеобъемлющ\p{L}*\s+стратегическ\p{L}*\s+партн[её]рств/u,
    { en: 'on comprehensive strategic partnership', ru: 'о всеобъемлющем стратегическом партнёрстве' },
  ],
  [
    /strategic\s+partnership|стратегическ\p{L}*\s+партн[её]рств/u,
    { en: 'on strategic partnership', ru: 'о стратегическом партнёрстве' },
  ],
  [
    /allied\s+relations|союзническ\p{L}*\s+отношени/u,
    { en: 'on allied relations', ru: 'о союзнических отношениях' },
  ],
  [/visa|виз/u, { en: 'on visas', ru: 'о визовом режиме' }],
  [/extradition|экстрадиц|выдач/u, { en: 'on extradition', ru: 'о выдаче' }],
  [/investment|инвестиц/u, { en: 'on investment', ru: 'об инвестициях' }],
  [
    /double\s+taxation|двойного\s+налогообложени/u,
    { en: 'on avoiding double taxation', ru: 'об избежании двойного налогообложения' },
  ],
];

/** Documents reported as signed at the event, read from sentences outside quotes and looking-back passages. */
export function findAgreements(sentences: Sentence[]): FoundAgreement[] {
  const found: FoundAgreement[] = [];
  const seen = new Set<string>();
  for (const sentence of sentences) {
    const lower = sentence.text.toLowerCase();
    const verb = SIGNED.exec(lower);
    if (!verb) continue;
    // The document is named near the verb, usually after it ("signed a joint declaration").
    const window = lower.slice(Math.max(0, verb.index - 80), verb.index + verb[0].length + 120);
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
