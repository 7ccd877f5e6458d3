import type { Role } from '#schema';

/** How an office is written: Russian in three cases (lower case, capitalised at a sentence start) and English. */
export interface OfficeWords {
  nominative: string;
  genitive: string;
  instrumental: string;
  en: string;
}

export const OFFICE_WORDS: Record<Role, OfficeWords> = {
  head_of_state: {
    nominative: 'глава государства',
    genitive: 'главы государства',
    instrumental: 'главой государства',
    en: 'Head of State',
  },
  president: {
    nominative: 'президент',
    genitive: 'президента',
    instrumental: 'президентом',
    en: 'President',
  },
  vice_president: {
    nominative: 'вице-президент',
    genitive: 'вице-президента',
    instrumental: 'вице-президентом',
    en: 'Vice President',
  },
  monarch: { nominative: 'король', genitive: 'короля', instrumental: 'королём', en: 'King' },
  crown_prince: {
    nominative: 'наследный принц',
    genitive: 'наследного принца',
    instrumental: 'наследным принцем',
    en: 'Crown Prince',
  },
  prime_minister: {
    nominative: 'премьер-министр',
    genitive: 'премьер-министра',
    instrumental: 'премьер-министром',
    en: 'Prime Minister',
  },
  deputy_prime_minister: {
    nominative: 'вице-премьер',
    genitive: 'вице-премьера',
    instrumental: 'вице-премьером',
    en: 'Deputy Prime Minister',
  },
  chancellor: { nominative: 'канцлер', genitive: 'канцлера', instrumental: 'канцлером', en: 'Chancellor' },
  foreign_minister: {
    nominative: 'министр иностранных дел',
    genitive: 'министра иностранных дел',
    instrumental: 'министром иностранных дел',
    en: 'Foreign Minister',
  },
  minister: { nominative: 'министр', genitive: 'министра', instrumental: 'министром', en: 'Minister' },
  parliament_speaker: {
    nominative: 'председатель парламента',
    genitive: 'председателя парламента',
    instrumental: 'председателем парламента',
    en: 'Speaker of Parliament',
  },
  ambassador: { nominative: 'посол', genitive: 'посла', instrumental: 'послом', en: 'Ambassador' },
  secretary_general: {
    nominative: 'генеральный секретарь',
    genitive: 'генерального секретаря',
    instrumental: 'генеральным секретарём',
    en: 'Secretary-General',
  },
  european_council_president: {
    nominative: 'председатель Европейского совета',
    genitive: 'председателя Европейского совета',
    instrumental: 'председателем Европейского совета',
    en: 'President of the European Council',
  },
  european_commission_president: {
    nominative: 'председатель Еврокомиссии',
    genitive: 'председателя Еврокомиссии',
    instrumental: 'председателем Еврокомиссии',
    en: 'President of the European Commission',
  },
  high_representative: {
    nominative: 'верховный представитель ЕС по иностранным делам',
    genitive: 'верховного представителя ЕС по иностранным делам',
    instrumental: 'верховным представителем ЕС по иностранным делам',
    en: 'EU High Representative for Foreign Affairs',
  },
  official: {
    nominative: 'представитель',
    genitive: 'представителя',
    instrumental: 'представителем',
    en: 'official',
  },
};

/** Offices that go with the office's holder in the title without the country ("Председатель Еврокомиссии"). */
export const OFFICES_WITHOUT_COUNTRY: ReadonlySet<Role> = new Set([
  'european_council_president',
  'european_commission_president',
  'high_representative',
  'secretary_general',
]);

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
