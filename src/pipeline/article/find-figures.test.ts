import { describe, expect, it } from 'vitest';
import { findFigures } from './find-figures.ts';
import { splitSentences } from './sentences.ts';

const figures = (text: string, year = 2025) =>
  findFigures(splitSentences(text), year).map(({ figure }) => [
    figure.amount,
    figure.currency,
    figure.measure,
    figure.kind,
    figure.year,
  ]);

describe('findFigures', () => {
  it('tells a baseline from a target in one sentence', () => {
    expect(
      figures(
        'Кроме того, существует синергетическая цель увеличения товарооборота с базового уровня в 150 млн долларов США до амбициозного целевого показателя в 500 млн долларов США.',
      ),
    ).toEqual([
      [150e6, 'USD', 'trade_turnover', 'actual', null],
      [500e6, 'USD', 'trade_turnover', 'target', null],
    ]);
    expect(figures('He backed Tokayev’s goal of increasing bilateral trade to $500 million.')).toEqual([
      [500e6, 'USD', 'trade_turnover', 'target', null],
    ]);
  });

  it('dates a figure by "last year" or a stated year', () => {
    expect(figures('Он напомнил, что в прошлом году товарооборот достиг рекордных $44 млрд.')).toEqual([
      [44e9, 'USD', 'trade_turnover', 'actual', 2024],
    ]);
    expect(figures('Mutual trade reached $4.4 billion in 2024.')).toEqual([
      [4.4e9, 'USD', 'trade_turnover', 'actual', 2024],
    ]);
  });

  it('reads other currencies and measures', () => {
    expect(figures('Китай выделит кредит в размере 2 млрд юаней.')).toEqual([
      [2e9, 'CNY', 'loan', 'actual', null],
    ]);
    expect(figures('Investments of €1.5 billion were announced.')).toEqual([
      [1.5e9, 'EUR', 'investment', 'actual', null],
    ]);
  });

  it('ignores numbers that are not money', () => {
    expect(figures('Инфляция составила 9,8%, а в стране 20 млн жителей.')).toEqual([]);
  });
});

it('a figure said again later in the text is one figure', () => {
  expect(
    figures(
      'The leaders set a goal of raising trade to $2 billion. "We aim to reach $2 billion in trade," Tokayev said. Trade stood at $500 million last year.',
    ),
  ).toEqual([
    [2e9, 'USD', 'trade_turnover', 'target', null],
    [500e6, 'USD', 'trade_turnover', 'actual', 2024],
  ]);
});
