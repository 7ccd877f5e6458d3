/**
 * The organisations Kazakhstan's diplomacy is reported around, each by its abbreviations and names in
 * both languages: an event whose text names one by any of them is found by all (a title says «саммит ШОС»,
 * the reader types "SCO"). An abbreviation matches a whole word; each word of a full name is a stem, so
 * Russian case endings and -isation/-ization match.
 */
export const ORGANISATION_NAMES: readonly (readonly string[])[] = [
  ['SCO', 'ШОС', 'Shanghai Cooperation Organi', 'Шанхайск организац сотрудничеств'],
  ['CSTO', 'ОДКБ', 'Collective Security Treaty Organi', 'Организац Договора о коллективной безопасност'],
  ['EAEU', 'EEU', 'ЕАЭС', 'Eurasian Economic Union', 'Евразийск экономическ союз'],
  ['CIS', 'СНГ', 'Commonwealth of Independent States', 'Содружеств Независимых Государств'],
  ['UN', 'ООН', 'United Nations', 'Организац Объединённых Наций'],
  ['EU', 'ЕС', 'European Union', 'Европейск союз'],
  [
    'OSCE',
    'ОБСЕ',
    'Organi for Security and Co-operation in Europe',
    'Организац по безопасности и сотрудничеству в Европе',
  ],
  ['CICA', 'СВМДА', 'Conference on Interaction and Confidence', 'Совещан по взаимодействию и мерам доверия'],
  ['OTS', 'ОТГ', 'Organi of Turkic States', 'Организац тюркских государств'],
  ['BRICS', 'БРИКС'],
  ['NATO', 'НАТО', 'North Atlantic Treaty Organi'],
  ['ASEAN', 'АСЕАН'],
  ['WTO', 'ВТО', 'World Trade Organi', 'Всемирн торгов организац'],
  ['IMF', 'МВФ', 'International Monetary Fund', 'Международн валютн фонд'],
  ['OIC', 'ОИС', 'Organi of Islamic Cooperation', 'Организац исламского сотрудничеств'],
];
