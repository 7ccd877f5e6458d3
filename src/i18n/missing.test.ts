import { describe, expect, it } from 'vitest';
import { createI18n } from './createI18n.ts';

describe('createI18n', () => {
  it('reports a missing key to the recorder the browser tests read', () => {
    const missing: string[] = [];
    const i18n = createI18n({ onMissingKey: (key) => missing.push(key) });
    // @ts-expect-error: a key that en.json does not have, which tsc rejects in components.
    i18n.t('filters.noSuchKey');
    expect(missing).toEqual(['en:filters.noSuchKey']);
  });
});
