import type { Locale } from '../locale.ts';

// Uzbek (Latin; Cyrillic stems beside) joins case endings to words ("uchrashdi", "tashrifi", "muzokaralar"):
// the patterns name stems. o‘ and g‘ are written with a turned comma, a modifier letter or a plain apostrophe
// ("o‘tkazdi", "oʻtkazdi", "o'tkazdi"), or with none: A stands for any of them.
const A = "[‘ʻ’'`]?";

export const uz: Locale = {
  code: 'uz',
  eventTriggers: [
    {
      type: 'phone_call',
      pattern:
        /telefon\s+orqali|telefon(?:da)?\s+(?:\p{L}+\s+)?(?:suhbat|muloqot|gaplash)|videokonferens|video\s*aloqa|videoaloqa|телефон\s+орқали|телефон\s+мулоқот/u,
    },
    { type: 'talks', pattern: /muzokara|музокара/u },
    {
      type: 'summit',
      // "Markaziy Osiyo davlatlari rahbarlarining Maslahat uchrashuvi" is a summit; a meeting held on its
      // sidelines is a meeting.
      pattern: new RegExp(
        `maslahat\\s+uchrashuv(?!\\p{L}*\\s+(?:doirasida|chog${A}ida|paytida|hoshiyasida|davomida))`,
        'u',
      ),
    },
    {
      type: 'meeting',
      pattern:
        /uchrash(?:d|ib|uv|gan|adi|ish|mo)|учраш|(?:vazir|elchi|rahbar|prezident|delegatsiya|kotib|rais|vakil)\p{L}*ni\s+qabul\s+qil(?!in)/u,
    },
    {
      type: 'meeting',
      // "qabul qildi" is "received" with a person before it ("Lavrovni qabul qildi"), "adopted" with a thing.
      pattern: /\p{Lu}[\p{L}‘ʻ’'`]*ni\s+qabul\s+qil(?!in)/u,
      asWritten: true,
    },
    { type: 'summit', pattern: /sammit|саммит/u },
    {
      type: 'visit',
      // "tashrif buyuruvchilar" are a site's or a museum's visitors. Leaders who meet at an airport or are
      // welcomed there ("aeroportida ... uchrashuv o‘tkazdi", "aeroportda kutib oldi") tell of an arrival.
      pattern: new RegExp(
        `tashrif(?!\\s+buyuruvchi)|ташриф|safar(?!bar)|yetib\\s+keldi|aeroport\\p{L}*\\s+(?:[\\p{L}‘ʻ’'\`]+\\s+){0,4}(?:kutib\\s+ol|qarshi\\s+ol|uchrash|keldi|qo${A}ndi)`,
        'u',
      ),
    },
    {
      type: 'visit',
      // "O‘zbekistonga keldi", "Toshkentga bordi": a visit goes to a named place ("natijaga keldi" is "reached a result").
      pattern: new RegExp(
        `\\p{Lu}[\\p{L}‘ʻ’'\`]*(?:ga|ka|qa)\\s+(?:\\p{L}+\\s+)?(?:keldi|bordi|jo${A}nab\\s+ketdi|yo${A}l\\s+oldi)`,
        'u',
      ),
      asWritten: true,
    },
    {
      type: 'agreement_signing',
      pattern: new RegExp(`imzola|имзола|imzo\\s+chek|imzo\\s+qo${A}y|имзо\\s+чек`, 'u'),
    },
  ],
  visitAsFrame: new RegExp(
    `(?:tashrif|safar)\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:doirasida|chog${A}ida|davomida|paytida|asnosida)`,
    'u',
  ),
  // The present-future of the verbs that announce an event ("bo‘lib o‘tadi", "o‘tkaziladi", "tashrif
  // buyuradi") and intent; not the past "-ladi" ("ta’kidladi", "imzoladi") nor "tiladi" (wished).
  future: new RegExp(
    [
      `o${A}t(?:kaz(?:il)?)?adi(?!\\p{L})`,
      `(?<!\\p{L})(?:bo${A}ladi|keladi|boradi|buyuradi|uchrashadi|qatnashadi|etadi|imzolanadi)(?!\\p{L})`,
      `kutilmoqda|kutilyapti|rejalashtiril|mo${A}ljallan|bo${A}lajak|\\p{L}moqchi`,
      `yaqin\\s+kunlarda|(?:kelasi|kelgusi)\\s+(?:hafta|oy|yil)`,
    ].join('|'),
    'u',
  ),
  // The past perfect "-gan edi" tells of what had happened before the story ("tashrif buyurgan edi").
  lookingBack: new RegExp(
    [
      `o${A}tgan\\s+yil`,
      `avvalroq|ilgari|bundan\\s+(?:oldin|avval)|yil\\s+(?:oldin|avval)|oldingi\\s+(?:tashrif|uchrashuv|sammit)`,
      `eslat|esga\\s+ol|\\p{L}gan\\s+edi(?!\\p{L})`,
    ].join('|'),
    'u',
  ),
  relativeDay: /bugun|kecha|ertaga|indinga|бугун|кеча|эртага/u,
  dateWord:
    /yanvar|fevral|mart|aprel|may|iyun|iyul|avgust|senty?abr|okty?abr|noyabr|dekabr|bugun|kecha|ertaga|indinga|shanba|juma|joriy\s+yil|kelasi\s+yil|o\S?tgan\s+yil|январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр|бугун|кеча|эртага/u,
  // Uzbek marks a topic or a starting point after the name ("Ukrainadagi vaziyat", "Toshkentdan"), which
  // this test does not see; before it stands only "xususan" ("in particular").
  notAPartyBefore: /(?:^|\s)xususan,?\s+$/u,
  ownAccount: /(?<!\p{L})men\s+(?:\p{L}+\s+){0,3}\p{L}+dim(?!\p{L})/u,
};
