import type { Refiner } from 'chrono-node';

/**
 * chrono has no Cyrillic word boundary: "Май" is found inside the surname "Майдар" (NOTES-LIBRARIES).
 * A date glued to a letter on either side is part of a word, not a date.
 */
export const gluedToLetterRefiner: Refiner = {
  refine: (context, results) =>
    results.filter((result) => {
      const text = result.text.trim();
      const start = result.index + result.text.indexOf(text);
      const before = context.text[start - 1] ?? ' ';
      const after = context.text[start + text.length] ?? ' ';
      return !/\p{L}/u.test(before) && !/\p{L}/u.test(after);
    }),
};
