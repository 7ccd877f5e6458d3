import type { Locale } from '../locale.ts';

// Turkish joins suffixes to words ("görüştü", "ziyaretine", "zirvesinde"), after an apostrophe on names
// ("Ankara'ya", "Erdoğan'la"): the patterns name stems. "görüş" alone is also "a view" ("görüşlerini
// paylaştı"): only the verb and "görüşme" report a meeting. Lowercasing turns "İ" into "i" + U+0307.
// Uzbek Latin shares roots with Turkish but spells them apart ("tashrif", "uchrashdi", "muzokaralar",
// "imzolandi", "keldi"): none of these patterns read it.
export const tr: Locale = {
  code: 'tr',
  eventTriggers: [
    {
      type: 'phone_call',
      pattern:
        /telefon\p{L}*\s+(?:[\p{L}'’]+\s+){0,2}(?:görüş|konuş|arad)|video\s*konferans|görüntülü\s+(?:\p{L}+\s+)?(?:görüş|konuş)/u,
    },
    { type: 'talks', pattern: /müzakere|görüşmeler|heyetler\s*aras/u },
    {
      type: 'meeting',
      pattern:
        /görüş(?:t|me|ecek|eceğ|üyor|en(?!\p{L}))|bir\s+araya\s+gel|(?:heyet|bakan|büyükelçi|başkan|başbakan)\p{L}*\s+kabul\s+et/u,
    },
    {
      type: 'meeting',
      // "kabul etti" is "received" with a person before it ("Fidan'ı kabul etti"), "accepted" with a thing.
      pattern: /\p{Lu}\p{L}*['’](?:y?[ıiuü]|n[ıiuü])\s+(?:\p{L}+\s+){0,2}kabul\s+et/u,
      asWritten: true,
    },
    {
      type: 'summit',
      // "zirve" is also a peak: "ligde zirveye yerleşti", "ihracat tüm zamanların zirvesinde". A summit is
      // named ("ŞİÖ Zirvesi", "Liderler Zirvesi"), met at or taken part in.
      pattern:
        /zirve\s+toplantı|liderler\s+zirve|zirve\p{L}*\s+(?:\p{L}+\s+){0,2}(?:katıl|marjında|kapsamında|çerçevesinde|sırasında|vesilesiyle|bir\s+araya)/u,
    },
    { type: 'summit', pattern: /[\p{L}\d]\s+Zirve/u, asWritten: true },
    { type: 'visit', pattern: /ziyaret(?!çi)|havalimanına\s+(?:indi|ulaştı|geldi)/u },
    {
      type: 'visit',
      // "bir araya geldi" (met) is no arrival, "%45'e ulaştı" no trip: a visit goes to a named place.
      pattern: /\p{Lu}\p{L}*['’]y?[ae]\s+(?:geldi|gitti|ulaştı|vardı)/u,
      asWritten: true,
    },
    { type: 'agreement_signing', pattern: /(?<!\p{L})i\u0307?mza(?:la|\s+at|\s+tören)/u },
  ],
  visitAsFrame:
    /ziyaret\p{L}*\s+(?:\p{L}+\s+)?(?:kapsamında|çerçevesinde|sırasında|esnasında|vesilesiyle|marjında)/u,
  // The future "-ecek/-acak" ("ziyaret edecek", "gerçekleştirilecek", "düzenlenecek") and intent; not the
  // nouns "yiyecek", "giyecek", "içecek".
  future:
    /\p{L}(?<!yiy|giy|iç)(?:ecek|acak|eceğ|acağ)|planlan|bekleniyor|öngörülüyor|önümüzdeki\s+(?:günlerde|hafta|ay|yıl)/u,
  // The past perfect "-mişti" tells of what had happened before the story ("ziyaret etmişti").
  lookingBack:
    /geçen\s+(?:yıl|sene)|geçtiğimiz\s+(?:yıl|sene)|daha\s+önce|yıl\s+önce|önceki\s+(?:ziyaret|görüşme|zirve)|hatırlat|anımsat|\p{L}(?:miş|mış|muş|müş)(?:ti|tı|tu|tü|lerdi|lardı)(?!\p{L})/u,
  relativeDay: /bugün|dün|yarın|evvelsi\s+gün/u,
  dateWord:
    /ocak|[şs]ubat|mart|nisan|may[ıi]s|haziran|temmuz|a[ğg]ustos|eyl[üu]l|ekim|kas[ıi]m|aral[ıi]k|bugün|dün|yarın|pazar|sal[ıi]|[çc]ar[şs]amba|per[şs]embe|cuma|geçen|bu\s+yıl|gelecek\s+yıl/u,
  // Turkish marks a topic or a starting point after the name ("Ukrayna'daki durum", "Bakü'den"), which this
  // test does not see; before it stands only "başta" ("başta Ukrayna olmak üzere", "above all Ukraine").
  notAPartyBefore: /(?:^|\s)başta\s+$/u,
  headsOfState: /devlet\s+başkanları|liderleri/u,
};
