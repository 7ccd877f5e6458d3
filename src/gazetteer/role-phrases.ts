import type { Role } from '#schema';

/**
 * Phrases that name an office; the matcher handles Russian cases, so phrases are nominative.
 * `country` is set where the phrase itself implies the state ("Великий государственный хурал" is Mongolia's).
 * Longer phrases win over shorter ones at the same place ("министр иностранных дел" over "министр").
 */
export interface RolePhrase {
  phrase: string;
  role: Role;
  country?: string;
}

// Kazakh, German and Turkish phrases sit beside the Russian and English ones: the matcher folds Kazakh
// letters and case endings ("Президенті", "Төрағасы") and German endings ("Präsidenten") itself.
const phrases: Array<[Role, string[], string?]> = [
  [
    'president',
    [
      'президент',
      'president',
      'мемлекет басшысы',
      'глава государства',
      'head of state',
      'präsident',
      'staatspräsident',
      'bundespräsident',
      'staatschef',
      'staatsoberhaupt',
      'cumhurbaşkanı',
      'devlet başkanı',
    ],
  ],
  ['president', ['ҚХР Төрағасы', 'Қытай Халық Республикасының Төрағасы', 'ÇHC Başkanı'], 'CN'],
  ['president', ['председатель КНР', 'председатель Китайской Народной Республики', 'лидер КНР'], 'CN'],
  ['vice_president', ['вице-президент', 'vice president', 'vice-president', 'cumhurbaşkanı yardımcısı']],
  [
    'prime_minister',
    [
      'премьер-министр',
      'премьер',
      'глава правительства',
      'председатель правительства',
      'prime minister',
      'premier',
      'head of government',
      'премьер-министрі',
      'үкімет басшысы',
      'ministerpräsident',
      'premierminister',
      'regierungschef',
      'başbakan',
    ],
  ],
  [
    'deputy_prime_minister',
    [
      'вице-премьер',
      'заместитель премьер-министра',
      'deputy prime minister',
      'vice premier',
      'vice-premier',
      'başbakan yardımcısı',
    ],
  ],
  [
    'chancellor',
    [
      'канцлер',
      'федеральный канцлер',
      'chancellor',
      'federal chancellor',
      'bundeskanzler',
      'kanzler',
      'şansölye',
    ],
  ],
  [
    'foreign_minister',
    [
      'министр иностранных дел',
      'глава МИД',
      'глава МИДа',
      'глава внешнеполитического ведомства',
      'foreign minister',
      'minister of foreign affairs',
      'foreign affairs minister',
      'foreign secretary',
      'secretary of state',
      'сыртқы істер министрі',
      'СІМ басшысы',
      'außenminister',
      'dışişleri bakanı',
    ],
  ],
  [
    'parliament_speaker',
    [
      'спикер',
      'спикер парламента',
      'председатель парламента',
      'председатель Сената',
      'председатель Мажилиса',
      'председатель Государственной думы',
      'председатель Госдумы',
      'председатель Совета Федерации',
      'председатель Олий Мажлиса',
      'председатель Жогорку Кенеша',
      'председатель Национальной ассамблеи',
      'speaker',
      'speaker of parliament',
      'speaker of the parliament',
      'parliament speaker',
      'chairman of the parliament',
      'chairman of the Senate',
      'chairman of the Mazhilis',
      'chairman of the State Duma',
      'chairman of the Federation Council',
      'Сенат Төрағасы',
      'Мәжіліс Төрағасы',
      'Парламент Сенатының Төрағасы',
      'Парламент Мәжілісінің Төрағасы',
      'parlamentspräsident',
      'meclis başkanı',
    ],
  ],
  [
    'parliament_speaker',
    [
      'председатель Великого государственного хурала',
      'chairman of the State Great Khural',
      'chairman of the Great State Khural',
      'speaker of the State Great Khural',
    ],
    'MN',
  ],
  ['parliament_speaker', ['TBMM Başkanı', 'Türkiye Büyük Millet Meclisi Başkanı'], 'TR'],
  [
    'parliament_speaker',
    [
      'председатель Халк Маслахаты',
      'Председатель Халк Маслахаты Милли Генгеша',
      'chairman of the Halk Maslahaty',
      'Chairman of the Halk Maslahaty of Turkmenistan',
      'Halk Maslahaty Başkanı',
    ],
    'TM',
  ],
  [
    'high_representative',
    [
      'верховный представитель',
      'верховный представитель ЕС',
      'high representative',
      'EU High Representative',
    ],
    'EU',
  ],
  [
    'european_commission_president',
    [
      'председатель Еврокомиссии',
      'председатель Европейской комиссии',
      'глава Еврокомиссии',
      'President of the European Commission',
      'European Commission President',
      'Commission President',
    ],
    'EU',
  ],
  [
    'european_council_president',
    [
      'председатель Европейского совета',
      'глава Евросовета',
      'President of the European Council',
      'European Council President',
    ],
    'EU',
  ],
  ['monarch', ['король', 'королева', 'эмир', 'император', 'king', 'queen', 'emir', 'emperor', 'sultan']],
  ['crown_prince', ['наследный принц', 'кронпринц', 'crown prince', 'veliaht prens']],
  [
    'secretary_general',
    ['генеральный секретарь', 'генсек', 'secretary-general', 'secretary general', 'genel sekreter'],
  ],
  [
    'ambassador',
    [
      'посол',
      // The vowel of "посол" drops in every other case, which the matcher's endings do not undo ("после"
      // is left out: it is "after").
      'посла',
      'послу',
      'послом',
      'послы',
      'послов',
      'чрезвычайный и полномочный посол',
      'чрезвычайного и полномочного посла',
      'чрезвычайным и полномочным послом',
      'чрезвычайному и полномочному послу',
      'ambassador',
      'елші',
      'botschafter',
      'büyükelçi',
    ],
  ],
  ['minister', ['министр', 'minister', 'bakan']],
];

export const ROLE_PHRASES: RolePhrase[] = phrases.flatMap(([role, list, country]) =>
  list.map((phrase) => (country ? { phrase, role, country } : { phrase, role })),
);

/** Roles ranked for choosing which office to name when a person held several on the same day. */
export const ROLE_RANK: Role[] = [
  'monarch',
  'president',
  'head_of_state',
  'european_council_president',
  'european_commission_president',
  'secretary_general',
  'chancellor',
  'prime_minister',
  'crown_prince',
  'vice_president',
  'parliament_speaker',
  'high_representative',
  // A deputy prime minister who is also foreign minister is known to the press as the foreign minister.
  'foreign_minister',
  'deputy_prime_minister',
  'minister',
  'ambassador',
  'official',
];
