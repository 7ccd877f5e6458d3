// Sentences that look back at another event or only mention it ("after his visit in October last year",
// "он напомнил"): their dates, types and signings belong to other events. Lowercase, tested on the lowercased
// sentence (see classify-event: the case-insensitive flag is the costly way).
const LOOKING_BACK =
  /прошл\p{L}*\s+год|позапрошл|ранее|напомн|упомян|в сво[её] время|назад|previously|earlier|last year|recalled|mentioned|in the past|\bago\b/u;

export function isLookingBack(sentence: string): boolean {
  return LOOKING_BACK.test(sentence.toLowerCase());
}
