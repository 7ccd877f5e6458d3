import { expect, it } from 'vitest';
import { createDateParsers } from '../article/dates/create-date-parsers.ts';
import { EXTRACTED_LANGUAGES, localeFor } from './index.ts';

it('every language the pipeline extracts has its locale and its date parser', () => {
  const parsers = createDateParsers();
  expect(EXTRACTED_LANGUAGES).toEqual(expect.arrayContaining(['ru', 'en', 'kk', 'de', 'tr']));
  for (const code of EXTRACTED_LANGUAGES) {
    expect(localeFor(code)?.code, code).toBe(code);
    expect(parsers[code], code).toBeDefined();
  }
  expect(localeFor('ja')).toBeUndefined();
});
