import { ar } from './ar/index.ts';
import { az } from './az/index.ts';
import { be } from './be/index.ts';
import { de } from './de/index.ts';
import { en } from './en/index.ts';
import { fr } from './fr/index.ts';
import { kk } from './kk/index.ts';
import type { Locale } from './locale.ts';
import { mn } from './mn/index.ts';
import { ru } from './ru/index.ts';
import { tr } from './tr/index.ts';
import { uk } from './uk/index.ts';
import { uz } from './uz/index.ts';
import { zh } from './zh/index.ts';

export type { EventTrigger, Locale } from './locale.ts';

const LOCALES: Record<string, Locale> = { ru, en, kk, de, tr, uk, be, fr, uz, az, zh, ar, mn };

/** The languages the pipeline extracts events from. */
export const EXTRACTED_LANGUAGES = Object.keys(LOCALES);

/** The locale of a language the pipeline extracts, or undefined for one it does not. */
export function localeFor(lang: string): Locale | undefined {
  return LOCALES[lang];
}
