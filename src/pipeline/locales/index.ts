import { en } from './en/index.ts';
import type { Locale } from './locale.ts';
import { ru } from './ru/index.ts';

export type { Locale } from './locale.ts';

const LOCALES: Record<string, Locale> = { ru, en };

/** The locale of a language the pipeline extracts, or undefined for one it does not. */
export function localeFor(lang: string): Locale | undefined {
  return LOCALES[lang];
}
