export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (block of lines separated by blank lines or line breaks). */
  paragraph: number;
}

// A period after these does not end a sentence: "Aug. 22", "С.Майдар", "г. Астана", "т.е.".
const ABBREVIATION_BEFORE_DOT =
  /(?:^|[\s(«"“])(?:[A-ZА-ЯЁ]|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|janv|f[ée]vr?|avr|juil|d[ée]c|mme|mlle|mm|mr|mrs|ms|dr|st|no|vs|etc|gen|gov|sen|rep|inc|ltd|corp|jr|sr|u\.s|u\.k|г|гг|т\.е|т\.к|т\.д|т\.п|др|пр|им|ул|обл|млн|млрд|тыс|руб|долл|стр|см|н\.э)$/i;

/**
 * Splits text into sentences with their character spans; line breaks end sentences too
 * (titles, datelines and list items have no final period).
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      lineStart += line.length + 1;
      continue;
    }
    for (const [start, end] of splitLine(line)) {
      const raw = line.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed === '') continue;
      sentences.push({
        index: sentences.length,
        start: lineStart + start + lead,
        end: lineStart + start + lead + trimmed.length,
        text: trimmed,
        paragraph,
      });
    }
    paragraph++;
    lineStart += line.length + 1;
  }
  return sentences;
}

// "am 5. Dezember": in German a day's number takes a period, and the month after it is capitalised.
const ORDINAL_DAY_BEFORE_DOT = /(?:^|[\s(])\d{1,2}$/;
const MONTH_AFTER =
  /^\s+(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b/i;

// "Konseyi 10. Zirvesi", "der 5. Gipfel": a German, Turkish or Azerbaijani ordinal before a meeting's noun.
const MEETING_NOUN_AFTER = /^\s+(?:zirve|zirvə|gipfel|sitzung|toplant|oturum|iclas)/i;

function splitLine(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // Chinese ends a sentence with a full-width mark and starts the next with no space and no capital.
  // Arabic has no capitals: a stop (or "؟") before an Arabic letter ends a sentence too.
  const boundary = /[.!?؟…]+["»”’)]*(?=\s+["«“(]?[\p{Lu}\d—–\-\p{Script=Arabic}])|[。！？]+[”’」』）]*/gu;
  let start = 0;
  for (let m = boundary.exec(line); m; m = boundary.exec(line)) {
    const before = line.slice(Math.max(0, m.index - 12), m.index);
    if (m[0].startsWith('.') && ABBREVIATION_BEFORE_DOT.test(before)) continue;
    const after = line.slice(m.index + 1);
    if (
      m[0] === '.' &&
      ORDINAL_DAY_BEFORE_DOT.test(before) &&
      (MONTH_AFTER.test(after) || MEETING_NOUN_AFTER.test(after))
    )
      continue;
    const end = m.index + m[0].length;
    spans.push([start, end]);
    start = end;
  }
  spans.push([start, line.length]);
  return spans;
}

/** Whether a span of the text lies inside one of the sentences (or the one sentence) given. */
export function inSentences(
  span: { start: number; end: number },
  sentences: Sentence | readonly Sentence[],
): boolean {
  const list: readonly Sentence[] = Array.isArray(sentences) ? sentences : [sentences as Sentence];
  return list.some((s) => span.start >= s.start && span.end <= s.end);
}
