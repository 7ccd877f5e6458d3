import { describe, expect, it } from 'vitest';
import type { Role } from '#schema';
import { gazetteerData, officeVacancies } from './load-gazetteer.ts';
import type { Official, Vacancy } from './types.ts';

// "The President of Uzbekistan", "Japan's foreign minister": an office named without a person resolves to
// whoever held it that day, so the offices of Kazakhstan's main partners must have a holder (or a recorded
// vacancy) on every day the corpus can date. Acting holders count as holders (see officialRole in types.ts).
const FIRST_DAY = '2015-01-01';
const TODAY = new Date().toISOString().slice(0, 10);

interface Office {
  /** The state or institution, as holderOf takes it. */
  country: string;
  role: Role;
  /** Limits for an office that was created or abolished within the period. */
  from?: string;
  to?: string;
}

/** Head of state, head of government and foreign minister; one office when one person heads both. */
function partner(country: string, headOfState: Role, headOfGovernment: Role): Office[] {
  const heads = headOfState === headOfGovernment ? [headOfState] : [headOfState, headOfGovernment];
  return [...heads, 'foreign_minister' as const].map((role) => ({ country, role }));
}

const OFFICES: Office[] = [
  ...partner('KZ', 'president', 'prime_minister'),
  ...partner('UZ', 'president', 'prime_minister'),
  // Since the 2021 constitution the president heads Kyrgyzstan's executive, but a Chairman of the Cabinet of
  // Ministers still runs it and meets foreign premiers; the data files him as prime_minister.
  ...partner('KG', 'president', 'prime_minister'),
  ...partner('TJ', 'president', 'prime_minister'),
  // Turkmenistan has no prime minister: the president chairs the Cabinet of Ministers.
  ...partner('TM', 'president', 'president'),
  ...partner('RU', 'president', 'prime_minister'),
  ...partner('BY', 'president', 'prime_minister'),
  // The Premier of the State Council is filed as prime_minister.
  ...partner('CN', 'president', 'prime_minister'),
  ...partner('MN', 'president', 'prime_minister'),
  // Turkey's prime minister's office was abolished when the presidential system took effect on 9 July 2018;
  // from then the president heads the government.
  { country: 'TR', role: 'president' },
  { country: 'TR', role: 'prime_minister', to: '2018-07-09' },
  { country: 'TR', role: 'foreign_minister' },
  ...partner('AZ', 'president', 'prime_minister'),
  ...partner('GE', 'president', 'prime_minister'),
  ...partner('AM', 'president', 'prime_minister'),
  // Iran's head of state is the Supreme Leader; the president heads the government (no prime minister since 1989).
  ...partner('IR', 'head_of_state', 'president'),
  ...partner('PK', 'president', 'prime_minister'),
  ...partner('IN', 'president', 'prime_minister'),
  ...partner('JP', 'monarch', 'prime_minister'),
  // South Korea's president heads the government, but its prime minister is a standing office the press names.
  ...partner('KR', 'president', 'prime_minister'),
  // The United States has no head of government apart from the president.
  ...partner('US', 'president', 'president'),
  ...partner('GB', 'monarch', 'prime_minister'),
  ...partner('DE', 'president', 'chancellor'),
  ...partner('FR', 'president', 'prime_minister'),
  ...partner('IT', 'president', 'prime_minister'),
  ...partner('ES', 'monarch', 'prime_minister'),
  ...partner('PL', 'president', 'prime_minister'),
  ...partner('HU', 'president', 'prime_minister'),
  ...partner('RS', 'president', 'prime_minister'),
  // The UAE's President is head of state; its Vice President is also the Prime Minister.
  ...partner('AE', 'president', 'prime_minister'),
  ...partner('QA', 'monarch', 'prime_minister'),
  // Saudi kings were their own prime ministers until Mohammed bin Salman was appointed in September 2022.
  ...partner('SA', 'monarch', 'prime_minister'),
  { country: 'EU', role: 'european_council_president' },
  { country: 'EU', role: 'european_commission_president' },
  { country: 'EU', role: 'high_representative' },
  // The CIS's "Chairman of the Executive Committee – Executive Secretary" is filed as its secretary general.
  ...['UN', 'NATO', 'SCO', 'CSTO', 'CIS', 'OTS'].map((country) => ({
    country,
    role: 'secretary_general' as const,
  })),
];

interface Spell {
  from: string;
  to: string;
  /** An official's id, or "vacancy". */
  by: string;
}

const FOREVER = '9999-12-31';
const officeKey = (country: string, role: Role) => `${country} ${role}`;

/** Every spell in every office, keyed like holderOf's lookup: the state a role is held for, and the role. */
function spellsByOffice(officials: Official[], vacancies: Vacancy[]): Map<string, Spell[]> {
  const spells = new Map<string, Spell[]>();
  const add = (key: string, spell: Spell) => {
    const list = spells.get(key);
    if (list) list.push(spell);
    else spells.set(key, [spell]);
  };
  for (const official of officials) {
    for (const r of official.roles) {
      add(officeKey(r.of ?? official.country, r.role), {
        from: r.from,
        to: r.to ?? FOREVER,
        by: official.id,
      });
    }
  }
  for (const v of vacancies) {
    add(officeKey(v.country, v.role), { from: v.from, to: v.to ?? FOREVER, by: 'vacancy' });
  }
  for (const list of spells.values()) list.sort((a, b) => a.from.localeCompare(b.from));
  return spells;
}

function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/** The day ranges within [first, last] that no spell covers, as "first – last". */
function uncoveredRanges(spells: Spell[], first: string, last: string): string[] {
  const ranges: string[] = [];
  let cursor = first;
  for (const spell of spells) {
    if (cursor > last) break;
    if (spell.to < cursor) continue;
    if (spell.from > cursor) ranges.push(`${cursor} – ${earlier(shiftDay(spell.from, -1), last)}`);
    cursor = later(cursor, spell.to === FOREVER ? FOREVER : shiftDay(spell.to, 1));
  }
  if (cursor <= last) ranges.push(`${cursor} – ${last}`);
  return ranges;
}

const data = gazetteerData();
const vacancies = officeVacancies();
const spells = spellsByOffice(data.officials, vacancies);

describe('office coverage', () => {
  it(`has a holder or a recorded vacancy for every main partner's offices on every day from ${FIRST_DAY}`, () => {
    const uncovered = OFFICES.flatMap((office) => {
      const first = later(FIRST_DAY, office.from ?? FIRST_DAY);
      const last = earlier(TODAY, office.to ?? TODAY);
      const ranges = uncoveredRanges(spells.get(officeKey(office.country, office.role)) ?? [], first, last);
      return ranges.map((range) => `${office.country} ${office.role}: ${range}`);
    });
    expect(uncovered).toEqual([]);
  });

  it('records a vacancy only on days when no one, not even an acting holder, held the office', () => {
    const overlaps = vacancies.flatMap((v) =>
      (spells.get(officeKey(v.country, v.role)) ?? [])
        .filter((s) => s.by !== 'vacancy' && s.from <= (v.to ?? FOREVER) && v.from <= s.to)
        .map(
          (s) => `${v.country} ${v.role} ${v.from} – ${v.to ?? 'open'}: held by ${s.by} ${s.from} – ${s.to}`,
        ),
    );
    expect(overlaps).toEqual([]);
  });

  it('finds the uncovered days between spells, and none across a shared hand-over day', () => {
    const spell = (from: string, to: string) => ({ from, to, by: 'x' });
    expect(
      uncoveredRanges(
        [spell('2015-01-01', '2016-03-01'), spell('2016-03-05', FOREVER)],
        FIRST_DAY,
        '2020-01-01',
      ),
    ).toEqual(['2016-03-02 – 2016-03-04']);
    expect(
      uncoveredRanges(
        [spell('2014-05-01', '2016-03-01'), spell('2016-03-01', '2018-01-01')],
        FIRST_DAY,
        '2019-01-01',
      ),
    ).toEqual(['2018-01-02 – 2019-01-01']);
  });
});
