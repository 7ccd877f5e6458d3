import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

describe('splitSentences', () => {
  it('splits on sentence ends and line breaks, with spans into the text', () => {
    const text = 'ASTANA, Kazakhstan, September 5. The President of Kazakhstan held a meeting.\nSecond line';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'ASTANA, Kazakhstan, September 5.',
      'The President of Kazakhstan held a meeting.',
      'Second line',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('does not split after abbreviations and initials', () => {
    const sentences = splitSentences(
      'He will pay a state visit on Aug. 22-23 to Astana. «М.Тлеуберди отметил, что вектор важен», — сообщает МИД.',
    );
    expect(sentences).toHaveLength(2);
  });

  it('does not split after French abbreviations of months and titles', () => {
    expect(
      splitSentences('Le 5 déc. 2023, Mme Colonna a rencontré M. Tokaïev.').map((s) => s.text),
    ).toHaveLength(1);
  });

  it('does not split after the ordinal of a meeting ("10. Zirvesi", "5. Gipfel")', () => {
    expect(splitSentences('Konseyi 10. Zirvesi için Astana’da bulunan Erdoğan.')).toHaveLength(1);
    expect(splitSentences('Scholz reist zum 5. Gipfel nach Astana.')).toHaveLength(1);
    expect(splitSentences('Sie trafen sich 2023. Danach reisten sie ab.')).toHaveLength(2);
  });

  it('ends a sentence at a closing quote followed by a new sentence', () => {
    const sentences = splitSentences(
      '«Мы готовы к совместной работе», — заявил Токаев. Он также подчеркнул важность контактов.',
    );
    expect(sentences).toHaveLength(2);
  });
});
