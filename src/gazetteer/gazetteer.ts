import type { Role } from '#schema';
import { NameMatcher, type StoredName, type Token, WordForms } from './name-matcher.ts';
import { ROLE_PHRASES, ROLE_RANK, type RolePhrase } from './role-phrases.ts';
import { NameWordTable, parseNameWords } from './stored-name-words.ts';
import type { City, Country, LanguageNames, Meeting, MeetingSeries, Official } from './types.ts';

export interface CountryMention {
  code: string;
  /** Adjectives ("российский", "Kazakh") are weaker evidence than names. */
  adjective: boolean;
}

export interface GazetteerData {
  officials: Official[];
  countries: Country[];
  cities: City[];
  /** Recurring multilateral meetings and their dates (optional: a gazetteer for tests may go without). */
  meetings?: { series: MeetingSeries[]; meetings: Meeting[] };
  /** The spellings only one language uses, a file per language (see LanguageNames). */
  languageNames?: LanguageNames[];
}

/**
 * A gazetteer as a store keeps it between runs of the same code on the same data: the data as validated, and
 * each matcher's names as it was given them.
 */
export interface StoredGazetteer {
  data: GazetteerData;
  /** The words of all the names (see NameWordTable): the matchers' names give their numbers. */
  words: string;
  names: {
    countryNames: Array<StoredName<string>>;
    countryAdjectives: Array<StoredName<string>>;
    cityNames: Array<StoredName<string>>;
    officialNames: Array<StoredName<string>>;
    rolePhrases: Array<StoredName<RolePhrase>>;
    meetingNames: Array<StoredName<string>>;
    literalMeetingNames: LiteralName[];
  };
}

interface LiteralName {
  name: string;
  seriesId: string;
}

/** Series names written with digits or signs ("C5+1", "G20"): found as written, not word by word. */
interface LiteralNames {
  /** One alternative per name, longest first, each its own capture group. */
  pattern: RegExp;
  /** The series of each group, by group number less one. */
  seriesIds: string[];
}

// Country names that are also common words at a sentence start ("Кроме того" is not Togo).
const COMMON_WORD_NAMES = new Set(['того', 'чад']);

/** The gazetteer with its lookup structures, built once per run and passed to the stages. */
export class Gazetteer {
  /** The words of texts, shared by all of this gazetteer's matchers (and by find-entities). */
  readonly words = new WordForms();
  readonly countryNames = new NameMatcher<string>({ capitalised: 'always' }, this.words);
  readonly countryAdjectives = new NameMatcher<string>({ capitalised: 'latin' }, this.words);
  readonly cityNames = new NameMatcher<string>({ capitalised: 'always' }, this.words);
  readonly officialNames = new NameMatcher<string>({ capitalised: 'always' }, this.words);
  readonly rolePhrases = new NameMatcher<RolePhrase>({ capitalised: 'never' }, this.words);
  /** Names of meeting series, by series id; see `findMeetingNames` for the ones written with digits. */
  readonly meetingNames = new NameMatcher<string>(
    { capitalised: 'always', joiners: /^\s[–—+-]\s$/ },
    this.words,
  );
  private readonly literalNames: LiteralName[];
  private readonly literalMeetingNames: LiteralNames | null;
  private readonly series = new Map<string, MeetingSeries>();
  private readonly meetingsBySeries = new Map<string, Meeting[]>();
  private readonly officials = new Map<string, Official>();
  /** Officials by the states and institutions they hold office for. */
  private readonly officialsFor = new Map<string, Official[]>();
  private readonly countries = new Map<string, Country>();
  private readonly cities = new Map<string, City>();

  /** `stored`: what `stored()` gave of a gazetteer built by the same code from this data. */
  constructor(
    private readonly data: GazetteerData,
    stored?: Omit<StoredGazetteer, 'data'>,
  ) {
    for (const country of data.countries) this.countries.set(country.code, country);
    for (const city of data.cities) this.cities.set(city.id, city);
    for (const official of data.officials) {
      this.officials.set(official.id, official);
      for (const code of new Set([
        official.country,
        ...official.roles.flatMap((r) => (r.of ? [r.of] : [])),
      ])) {
        const list = this.officialsFor.get(code);
        if (list) list.push(official);
        else this.officialsFor.set(code, [official]);
      }
    }
    for (const series of data.meetings?.series ?? []) this.series.set(series.id, series);
    for (const meeting of data.meetings?.meetings ?? []) {
      const list = this.meetingsBySeries.get(meeting.series);
      if (list) list.push(meeting);
      else this.meetingsBySeries.set(meeting.series, [meeting]);
    }
    if (stored) {
      const words = parseNameWords(stored.words);
      const { names } = stored;
      this.countryNames.restore(names.countryNames, words);
      this.countryAdjectives.restore(names.countryAdjectives, words);
      this.cityNames.restore(names.cityNames, words);
      this.officialNames.restore(names.officialNames, words);
      this.rolePhrases.restore(names.rolePhrases, words);
      this.meetingNames.restore(names.meetingNames, words);
      this.literalNames = names.literalMeetingNames;
    } else {
      this.literalNames = this.addNames(data);
    }
    this.literalMeetingNames = literalNames(this.literalNames);
  }

  /** The gazetteer as a store keeps it: a later run gives it back to the constructor. */
  stored(): StoredGazetteer {
    const words = new NameWordTable();
    const names = {
      countryNames: this.countryNames.storedNames(words),
      countryAdjectives: this.countryAdjectives.storedNames(words),
      cityNames: this.cityNames.storedNames(words),
      officialNames: this.officialNames.storedNames(words),
      rolePhrases: this.rolePhrases.storedNames(words),
      meetingNames: this.meetingNames.storedNames(words),
      literalMeetingNames: this.literalNames,
    };
    return { data: this.data, words: words.toString(), names };
  }

  /** Gives the matchers every name of the data; returns the meeting names to be found as written. */
  private addNames(data: GazetteerData): LiteralName[] {
    for (const country of data.countries) {
      for (const name of [country.name.en, country.name.ru, ...country.aliases.en, ...country.aliases.ru]) {
        if (!COMMON_WORD_NAMES.has(name.toLowerCase())) this.countryNames.add(name, country.code);
      }
      for (const adjective of [...country.adjectives.en, ...country.adjectives.ru]) {
        this.countryAdjectives.add(adjective, country.code);
      }
    }
    for (const city of data.cities) {
      for (const name of [
        ...city.names.flatMap((n) => [n.en, n.ru]),
        ...city.aliases.en,
        ...city.aliases.ru,
      ]) {
        this.cityNames.add(name, city.id);
      }
    }
    for (const official of data.officials) {
      for (const name of [
        official.name.en,
        official.name.ru,
        ...official.aliases.en,
        ...official.aliases.ru,
      ]) {
        this.officialNames.add(name, official.id);
      }
    }
    for (const phrase of ROLE_PHRASES) this.rolePhrases.add(phrase.phrase, phrase);
    const literal: LiteralName[] = [];
    const addMeetingName = (name: string, seriesId: string) => {
      if (/[\p{N}+&]/u.test(name)) literal.push({ name, seriesId });
      else this.meetingNames.add(name, seriesId);
    };
    for (const series of data.meetings?.series ?? []) {
      for (const name of [...series.names.en, ...series.names.ru]) addMeetingName(name, series.id);
    }
    for (const names of data.languageNames ?? []) this.addLanguageNames(names, addMeetingName);
    return literal;
  }

  private addLanguageNames(
    names: LanguageNames,
    addMeetingName: (name: string, seriesId: string) => void,
  ): void {
    const known = (kind: string, id: string, has: boolean) => {
      if (!has)
        throw new Error(`gazetteer names for "${names.lang}": no ${kind} "${id}" in the main data files`);
    };
    for (const [code, list] of Object.entries(names.countries)) {
      known('country', code, this.countries.has(code));
      for (const name of list) this.countryNames.add(name, code);
    }
    for (const [code, list] of Object.entries(names.adjectives)) {
      known('country', code, this.countries.has(code));
      for (const adjective of list) this.countryAdjectives.add(adjective, code);
    }
    for (const [id, list] of Object.entries(names.cities)) {
      known('city', id, this.cities.has(id));
      for (const name of list) this.cityNames.add(name, id);
    }
    for (const [id, list] of Object.entries(names.officials)) {
      known('official', id, this.officials.has(id));
      for (const name of list) this.officialNames.add(name, id);
    }
    // A gazetteer for tests may hold only some series (gazetteer-data.test checks the names files' ids).
    for (const [id, list] of Object.entries(names.meetings)) {
      if (this.series.has(id)) for (const name of list) addMeetingName(name, id);
    }
    for (const { role, phrases, country } of names.roles) {
      for (const phrase of phrases)
        this.rolePhrases.add(phrase, country ? { phrase, role, country } : { phrase, role });
    }
  }

  meetingSeries(id: string): MeetingSeries | undefined {
    return this.series.get(id);
  }

  /** The meetings of a series, in the data file's order. */
  meetingsOf(seriesId: string): Meeting[] {
    return this.meetingsBySeries.get(seriesId) ?? [];
  }

  /** Where the text names a meeting series: by name and inflected forms, and the names written with digits. */
  findMeetingNames(
    text: string,
    tokens?: Token[],
  ): Array<{ seriesId: string; start: number; end: number; text: string }> {
    const found = this.meetingNames
      .find(text, tokens)
      .map((m) => ({ seriesId: m.value, start: m.start, end: m.end, text: m.text }));
    const literal = this.literalMeetingNames;
    // One pass over the text for all of them: a pattern per name cost a scan of every article per name.
    for (const m of literal ? text.matchAll(literal.pattern) : []) {
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      const seriesId = literal?.seriesIds[group - 1];
      if (seriesId) found.push({ seriesId, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    return found.sort((a, b) => a.start - b.start);
  }

  official(id: string): Official | undefined {
    return this.officials.get(id);
  }

  country(code: string): Country | undefined {
    return this.countries.get(code);
  }

  city(id: string): City | undefined {
    return this.cities.get(id);
  }

  /** The city's name in force on a day ("Nur-Sultan" in 2021), or its current name when undated. */
  cityNameOn(city: City, day: string | null): { en: string; ru: string } {
    const current = city.names.find((n) => n.to === null) ?? city.names[city.names.length - 1];
    const atDay = day
      ? city.names.find((n) => (!n.from || n.from <= day) && (!n.to || day <= n.to))
      : undefined;
    const name = atDay ?? current ?? { en: city.id, ru: city.id };
    return { en: name.en, ru: name.ru };
  }

  /** Who held a role for a country on a day: resolves "the President of Kazakhstan" to a person. */
  holderOf(country: string, role: Role, day: string): Official[] {
    const holders: Official[] = [];
    for (const official of this.officialsFor.get(country) ?? []) {
      const holds = (r: Official['roles'][number]) =>
        r.role === role &&
        (r.of ?? official.country) === country &&
        r.from <= day &&
        (r.to === null || day <= r.to);
      if (official.roles.some(holds)) {
        holders.push(official);
      }
    }
    return holders;
  }

  /** The person's role on a day (the highest-ranked if several), or their latest role when the day is unknown. */
  roleOn(official: Official, day: string | null): Role | null {
    const held = day ? official.roles.filter((r) => r.from <= day && (r.to === null || day <= r.to)) : [];
    if (held.length > 0) return [...held].sort((a, b) => rank(a.role) - rank(b.role))[0]?.role ?? null;
    if (day) return null;
    const latest = [...official.roles].sort((a, b) => b.from.localeCompare(a.from))[0];
    return latest?.role ?? null;
  }

  hasRole(official: Official, role: Role, day: string | null): boolean {
    return official.roles.some(
      (r) => r.role === role && (!day || (r.from <= day && (r.to === null || day <= r.to))),
    );
  }
}

// "C5+1" is also written "C5 + 1"; a name must not run on into a longer one ("G20" is not "G2"), and the
// longer of two names wins ("C5+1 Ministerial" over "C5+1").
function literalNames(names: LiteralName[]): LiteralNames | null {
  if (names.length === 0) return null;
  const ordered = [...names].sort((a, b) => b.name.length - a.name.length);
  const bodies = ordered.map(({ name }) =>
    name
      .split(/\s*([+&–-])\s*/)
      .map((part, i) =>
        i % 2 === 1 ? `\\s*[${part === '–' || part === '-' ? '–—-' : part}]\\s*` : escapeRegExp(part),
      )
      .join(''),
  );
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${bodies.map((b) => `(${b})`).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return { pattern, seriesIds: ordered.map((n) => n.seriesId) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function rank(role: Role): number {
  const index = ROLE_RANK.indexOf(role);
  return index === -1 ? ROLE_RANK.length : index;
}
