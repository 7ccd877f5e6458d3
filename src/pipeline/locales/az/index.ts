import type { Locale } from '../locale.ts';

// Azerbaijani joins suffixes to words ("görüşüb", "səfərə", "danışıqlar"): the patterns name stems. It shares
// roots with Turkish but spells them with ə, x and q ("görüşmə", "müzakirə", "səfər"), and "görüş" is "a
// meeting", not Turkish "a view". Lowercasing turns "İ" into "i" + U+0307 ("İmzalanıb").
export const az: Locale = {
  code: 'az',
  eventTriggers: [
    {
      type: 'phone_call',
      pattern:
        /telefon\s*(?:danışı|söhbət|əlaqə)|telefonla\s+(?:\p{L}+\s+){0,2}(?:danış|söhbət|görüş)|videokonfrans|video\s*(?:konfrans|əlaqə|formatda)/u,
    },
    { type: 'talks', pattern: /danışıqlar|danışıq\s+apar/u },
    {
      type: 'meeting',
      pattern:
        /görüş(?!\s+nöqtə)|bir\s+araya\s+gəl|(?:nazir|səfir|prezident|nümayəndə|sədr|katib|başçı|rəhbər)\p{L}*\s+qəbul\s+(?:edib|etdi|edəcək)/u,
    },
    {
      type: 'meeting',
      // "qəbul edib" is "received" with a person before it ("Bayramovu qəbul edib"), "adopted" with a thing.
      pattern: /\p{Lu}\p{L}*(?:[ıiuü]|n[ıiuü])\s+qəbul\s+(?:edib|etdi|edəcək)/u,
      asWritten: true,
    },
    {
      type: 'summit',
      // "zirvə" is also a peak: a summit is named ("Zirvə görüşü", "Liderlər Zirvəsi") or is a "sammit".
      pattern: /sammit|zirvə\s+(?:görüş|toplantı)|liderlər\s+zirvə/u,
    },
    { type: 'summit', pattern: /[\p{L}\d]\s+Zirvə/u, asWritten: true },
    {
      type: 'visit',
      pattern:
        /səfər(?!bərlik)|ziyarət|(?:hava\s+limanına|aeroporta)\s+(?:\p{L}+\s+)?(?:gəlib|çatıb|enib)|(?:hava\s+limanında|aeroportda)\s+(?:\p{L}+\s+){0,3}qarşıla/u,
    },
    {
      type: 'visit',
      // "nəticəyə gəlib" (came to a conclusion) is no arrival: a visit goes to a named place.
      pattern: /\p{Lu}\p{L}*(?:y?[aə])\s+(?:\p{L}+\s+)?(?:gəlib|gəldi|gedib|getdi|çatıb|yola\s+düşüb)/u,
      asWritten: true,
    },
    { type: 'agreement_signing', pattern: /(?<!\p{L})i\u0307?mza(?:la|\s+at|\s+mərasim)/u },
  ],
  visitAsFrame: /səfər\p{L}*\s+(?:\p{L}+\s+)?(?:çərçivəsində|zamanı|əsnasında|müddətində|ərzində|vaxtı)/u,
  // The future "-acaq/-əcək" ("keçiriləcək", "səfər edəcək") and intent; not the nouns "yanacaq" (fuel),
  // "içəcək" (a drink).
  future:
    /\p{L}(?<!yan|iç|gey)(?:acaq|əcək|acağ|əcəy)|planlaşdırıl|gözlənilir|nəzərdə\s+tutulur|yaxın\s+(?:günlərdə|vaxtlarda)|gələn\s+(?:həftə|ay|il)/u,
  // The past perfect "-mışdı" tells of what had happened before the story ("səfər etmişdi"), not the perfect
  // "-mışdır" of news ("imzalanmışdır").
  lookingBack:
    /keçən\s+il|ötən\s+il|bundan\s+əvvəl|daha\s+əvvəl|il\s+əvvəl|əvvəlki\s+(?:səfər|görüş|sammit)|xatırlat|yada\s+sal|\p{L}(?:mış|miş|muş|müş)(?:dı|di|du|dü)(?!r)|\p{L}(?:mış|miş|muş|müş)\s+idi/u,
  relativeDay: /bu\s*gün|dünən|srağagün|sabah/u,
  dateWord:
    /yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr|bu\s*gün|dünən|sabah|srağagün|keçən\s+il|ötən\s+il|bu\s+il|cari\s+il|gələn\s+il/u,
  // Azerbaijani marks a topic or a starting point after the name ("Ukraynadakı vəziyyət", "Bakıdan"), which
  // this test does not see; before it stands only "xüsusilə" ("above all").
  notAPartyBefore: /(?:^|\s)xüsusilə,?\s+$/u,
  ownAccount: /(?<!\p{L})mən\s+(?:\p{L}+\s+){0,3}\p{L}+(?:dım|dim|dum|düm|mışam|mişəm)(?!\p{L})/u,
};
