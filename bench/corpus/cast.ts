import type { Role } from '#schema';
import type { GazetteerData } from '../../src/gazetteer/gazetteer.ts';
import type { City, Country, Official } from '../../src/gazetteer/types.ts';
import type { Random } from './prng.ts';

/** Someone holding an office on a given day, for the state the office is of. */
export interface OfficeHolder {
  official: Official;
  role: Role;
  country: Country;
}

export interface CityOnDay {
  en: string;
  ru: string;
  country: string;
}

interface Tenure {
  official: Official;
  role: Role;
  country: Country;
  from: string;
  to: string | null;
}

/** Offices that meet their counterparts: a president talks to a president or a prime minister, and so on. */
export const OFFICE_LEVELS: Record<'leaders' | 'ministers' | 'parliaments', readonly Role[]> = {
  leaders: [
    'president',
    'head_of_state',
    'monarch',
    'prime_minister',
    'chancellor',
    'crown_prince',
    'european_council_president',
    'european_commission_president',
  ],
  ministers: ['foreign_minister', 'deputy_prime_minister', 'high_representative', 'minister'],
  parliaments: ['parliament_speaker'],
};
export type OfficeLevel = keyof typeof OFFICE_LEVELS;

/** The gazetteer's officials and cities, asked "who held this office on this day" and "what was this city called". */
export class Cast {
  private readonly tenures: Tenure[];
  private readonly citiesByCountry = new Map<string, City[]>();
  readonly countries: Map<string, Country>;

  constructor(data: GazetteerData) {
    this.countries = new Map(data.countries.map((country) => [country.code, country]));
    this.tenures = data.officials.flatMap((official) =>
      official.roles.flatMap((role) => {
        const country = this.countries.get(role.of ?? official.country);
        return country ? [{ official, role: role.role, country, from: role.from, to: role.to }] : [];
      }),
    );
    for (const city of data.cities) {
      const list = this.citiesByCountry.get(city.country) ?? [];
      list.push(city);
      this.citiesByCountry.set(city.country, list);
    }
  }

  /** Everyone in one of `roles` on `day`, optionally of one country and never of `exclude`. */
  holders(
    day: string,
    roles: readonly Role[],
    options: { country?: string; exclude?: string } = {},
  ): OfficeHolder[] {
    return this.tenures
      .filter(
        (t) =>
          roles.includes(t.role) &&
          t.from <= day &&
          (t.to === null || t.to >= day) &&
          (options.country === undefined || t.country.code === options.country) &&
          t.country.code !== options.exclude,
      )
      .map(({ official, role, country }) => ({ official, role, country }));
  }

  /** A city of the country under the name it had on `day`, or null when the gazetteer has none. */
  city(random: Random, country: string, day: string): CityOnDay | null {
    const cities = this.citiesByCountry.get(country);
    if (!cities?.length) return null;
    const city = random.pick(cities);
    const name =
      city.names.find((n) => (n.from === null || n.from <= day) && (n.to === null || n.to >= day)) ??
      city.names.at(-1);
    return name ? { en: name.en, ru: name.ru, country } : null;
  }
}
