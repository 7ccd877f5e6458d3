import type { Locale } from '../locale.ts';

// Kazakh joins case endings to words ("Тоқаевпен", "сапармен", "келіссөздер"): the patterns name stems.
export const kk: Locale = {
  code: 'kk',
  eventTriggers: [
    {
      type: 'phone_call',
      pattern: /телефон\s*(?:арқылы|байланыс\p{L}*|мен|соқ\p{L}*)|телефонмен|бейнебайланыс|бейнеконференц/u,
    },
    { type: 'talks', pattern: /келіссөз/u },
    // "қабылдады" receives a visitor; a decision, a law or a statement adopted is no meeting.
    {
      type: 'meeting',
      pattern:
        /кездес|(?<!(?:шешім|заң|заңы|құжат\p{L}*|қарар\p{L}*|мәлімдеме\p{L}*|декларация\p{L}*|бағдарлама\p{L}*|жоспар\p{L}*)\s)қабылда\p{L}*|жүздес|сұхбаттас/u,
    },
    { type: 'summit', pattern: /саммит|самит/u },
    { type: 'visit', pattern: /сапар|келіп\s+қонды|келді|барды|барады|келеді/u },
    { type: 'agreement_signing', pattern: /қол\s+қой/u },
  ],
  // The future and intent: "-мақ/-мек/-бақ/-пақ", "барады", "өтеді", "жоспарлан", "күтілуде".
  visitAsFrame: /сапар\p{L}*\s+(?:аясында|барысында|кезінде|шеңберінде)/u,
  future:
    /\p{L}+(?:мақ|мек|бақ|бек|пақ|пек)(?!\p{L})|жоспарлан|күтіл|өтеді|өтпек|өтетін|болады|келеді|барады|мүмкін/u,
  lookingBack: /бұрын|өткен\s+жыл|былтыр|еске\s+(?:салды|алды|түсірді)|ертерек|жыл\s+бұрын/u,
  relativeDay: /бүгін|кеше|ертең/u,
  dateWord:
    /қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|бүгін|кеше|ертең/u,
  notAPartyBefore: /(?:арқылы|жағдай\p{L}*|мәселе\p{L}*|дағдарыс\p{L}*|қақтығыс\p{L}*|соғыс\p{L}*)\s+$/u,
  headsOfState: /мемлекет\s+басшылар|елдер\p{L}*\s+басшылар|мемлекеттер\p{L}*\s+басшылар/u,
};
