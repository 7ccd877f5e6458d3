import cities from './data/cities.json' with { type: 'json' };
import countries from './data/countries.json' with { type: 'json' };
import meetings from './data/meetings.json' with { type: 'json' };
import arNames from './data/names/ar.json' with { type: 'json' };
import azNames from './data/names/az.json' with { type: 'json' };
import beNames from './data/names/be.json' with { type: 'json' };
import frNames from './data/names/fr.json' with { type: 'json' };
import mnNames from './data/names/mn.json' with { type: 'json' };
import ukNames from './data/names/uk.json' with { type: 'json' };
import uzNames from './data/names/uz.json' with { type: 'json' };
import zhNames from './data/names/zh.json' with { type: 'json' };
import eurasia from './data/officials/eurasia.json' with { type: 'json' };
import world from './data/officials/world.json' with { type: 'json' };
import vacancies from './data/vacancies.json' with { type: 'json' };
import { Gazetteer, type GazetteerData } from './gazetteer.ts';
import {
  citiesFile,
  countriesFile,
  languageNames,
  meetingsFile,
  officialsFile,
  type Vacancy,
  vacanciesFile,
} from './types.ts';

/** The gazetteer data files, validated against their schemas. */
export function gazetteerData(): GazetteerData {
  return {
    officials: officialsFile.parse([...eurasia, ...world]),
    countries: countriesFile.parse(countries),
    cities: citiesFile.parse(cities),
    meetings: meetingsFile.parse(meetings),
    languageNames: [arNames, azNames, beNames, frNames, mnNames, ukNames, uzNames, zhNames].map((names) =>
      languageNames.parse(names),
    ),
  };
}

/** Days on which an office stood empty, validated: only the data checks need them. */
export function officeVacancies(): Vacancy[] {
  return vacanciesFile.parse(vacancies);
}

/**
 * Building the indexes takes a moment: build one per run and pass it to every article (a store can keep it
 * between runs: see Gazetteer.stored).
 */
export function loadGazetteer(): Gazetteer {
  return new Gazetteer(gazetteerData());
}
