import { describe, expect, it } from 'vitest';
import { findAgreements } from './find-agreements.ts';
import { splitSentences } from './sentences.ts';

const titles = (text: string) => findAgreements(splitSentences(text)).map((a) => a.agreement);

describe('findAgreements', () => {
  it('reads the kind and topic of a signed document into bilingual titles', () => {
    expect(
      titles(
        'After the talks, both presidents signed a joint declaration, formally establishing a strategic partnership.',
      ),
    ).toEqual([
      {
        kind: 'joint_declaration',
        title: {
          en: 'Joint declaration on strategic partnership',
          ru: 'Совместная декларация о стратегическом партнёрстве',
        },
      },
    ]);
    expect(titles('По итогам переговоров был подписан меморандум о сотрудничестве.')).toEqual([
      { kind: 'memorandum', title: { en: 'Memorandum', ru: 'Меморандум' } },
    ]);
  });

  it('does not count announced or recalled signings', () => {
    expect(
      titles('The signing of several agreements today is expected to give momentum to these efforts.'),
    ).toEqual([]);
    expect(titles('Кульминацией стало подписание знакового контракта.')).toEqual([]);
  });
});
