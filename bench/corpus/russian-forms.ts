// Plausible Russian case forms from nominative gazetteer names, by simple rules: enough for a reader to
// accept the sentence, not a morphology. Foreign names that do not fit a pattern stay as they are.

const HUSHING_OR_VELAR = /[гкхжшщч]$/;
const INDECLINABLE = /[оеиуюэё]$/;
const ABBREVIATION = /^[А-ЯЁ]{2,}$/;

/** Genitive of a single noun: Казахстан → Казахстана, Монголия → Монголии, Турция → Турции. */
function nounGenitive(word: string): string {
  if (ABBREVIATION.test(word) || INDECLINABLE.test(word)) return word;
  if (word.endsWith('ия')) return `${word.slice(0, -2)}ии`;
  if (word.endsWith('я')) return `${word.slice(0, -1)}и`;
  if (word.endsWith('а'))
    return `${word.slice(0, -1)}${HUSHING_OR_VELAR.test(word.slice(0, -1)) ? 'и' : 'ы'}`;
  if (word.endsWith('ь')) return `${word.slice(0, -1)}и`;
  if (word.endsWith('й')) return `${word.slice(0, -1)}я`;
  if (word.endsWith('ы')) return `${word.slice(0, -1)}ов`;
  return `${word}а`;
}

const ADJECTIVE_GENITIVE: Array<[RegExp, string]> = [
  [/([кгхжшщч])ие$/, '$1их'],
  [/ые$/, 'ых'],
  [/ие$/, 'их'],
  [/ая$/, 'ой'],
  [/яя$/, 'ей'],
  [/ое$/, 'ого'],
  [/ее$/, 'его'],
  [/[ыо]й$/, 'ого'],
  [/ий$/, 'ого'],
];

function adjectiveGenitive(word: string): string | undefined {
  for (const [pattern, replacement] of ADJECTIVE_GENITIVE) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return undefined;
}

/**
 * Genitive of a place name: each word up to and including the first noun is declined ("Объединённых
 * Арабских Эмиратов"); what follows is already in its own case ("Республики Корея", "Штатов Америки").
 */
export function genitive(name: string): string {
  const words = name.split(' ');
  const out: string[] = [];
  let declining = true;
  for (const word of words) {
    if (!declining) {
      out.push(word);
      continue;
    }
    const adjective = words.length > 1 ? adjectiveGenitive(word) : undefined;
    if (adjective) out.push(adjective);
    else {
      out.push(word.includes('-') ? hyphenated(word, nounGenitive) : nounGenitive(word));
      declining = false;
    }
  }
  return out.join(' ');
}

function hyphenated(word: string, decline: (part: string) => string): string {
  const parts = word.split('-');
  const last = parts.pop() ?? '';
  return [...parts, decline(last)].join('-');
}

/** Prepositional after «в»: Ташкент → Ташкенте, Астана → Астане, Москва → Москве, Тбилиси → Тбилиси. */
export function prepositional(name: string): string {
  const decline = (word: string): string => {
    if (ABBREVIATION.test(word) || INDECLINABLE.test(word)) return word;
    if (word.endsWith('ия')) return `${word.slice(0, -2)}ии`;
    if (word.endsWith('ь')) return `${word.slice(0, -1)}и`;
    if (word.endsWith('й')) return `${word.slice(0, -1)}е`;
    if (/[ая]$/.test(word)) return `${word.slice(0, -1)}е`;
    if (word.endsWith('ы')) return `${word.slice(0, -1)}ах`;
    return `${word}е`;
  };
  const words = name.split(' ');
  if (words.length > 1) return name;
  return name.includes('-') ? hyphenated(name, decline) : decline(name);
}

/** Accusative after «в» (direction): Монголия → Монголию, Китай → Китай, Москва → Москву. */
export function accusative(name: string): string {
  const decline = (word: string): string => {
    if (word.endsWith('ия')) return `${word.slice(0, -2)}ию`;
    if (word.endsWith('я')) return `${word.slice(0, -1)}ю`;
    if (word.endsWith('а')) return `${word.slice(0, -1)}у`;
    return word;
  };
  const words = name.split(' ');
  if (words.length > 1) return name;
  return name.includes('-') ? hyphenated(name, decline) : decline(name);
}

const SURNAME_MALE = /(ов|ев|ёв|ин|ын)$/;
const SURNAME_FEMALE = /(ова|ева|ёва|ина|ына)$/;

export type PersonCase = 'genitive' | 'instrumental';

/**
 * A person's name in the genitive or instrumental. Russian-pattern surnames decline (Мирзиёев → Мирзиёевым,
 * Мирзиёева), and so does a consonant-final first name with them (Шавкат → Шавкатом, Шавката); every other
 * name (Си Цзиньпин, Ухнаагийн Хурэлсух, Эрдоган) is left as it is.
 */
export function personName(name: string, grammaticalCase: PersonCase): string {
  const words = name.split(' ');
  const surname = words.at(-1) ?? '';
  const first = words.slice(0, -1);
  if (SURNAME_MALE.test(surname)) {
    const surnameForm = `${surname}${grammaticalCase === 'instrumental' ? 'ым' : 'а'}`;
    const firstForms = first.map((word) =>
      /[бвгдзклмнпрстфхцчшщж]$/.test(word)
        ? hyphenated(word, (part) => `${part}${grammaticalCase === 'instrumental' ? 'ом' : 'а'}`)
        : word,
    );
    return [...firstForms, surnameForm].join(' ');
  }
  if (SURNAME_FEMALE.test(surname)) {
    return [...first, `${surname.slice(0, -1)}${grammaticalCase === 'instrumental' ? 'ой' : 'ой'}`].join(' ');
  }
  return name;
}
