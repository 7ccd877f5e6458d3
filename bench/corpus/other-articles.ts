import { dayParts, EN_MONTHS, isoFromDayNumber, RU_MONTHS_PREPOSITIONAL } from './calendar.ts';
import type { Cast } from './cast.ts';
import { chromeAbove, chromeBelow, type Language } from './page-chrome.ts';
import type { Random } from './prng.ts';

// Articles the timeline must not show: statistics and weather in Russian and English, and the rare
// story in another language (Kazakh, German) about a visit.

function randomDay(random: Random): string {
  return isoFromDayNumber(random.int(16436, 20757));
}

export function writeNonDiplomatic(random: Random, language: Language): string {
  const published = randomDay(random);
  const { year, month } = dayParts(published);
  const percent = (random.int(1, 140) / 10).toFixed(1);
  const degrees = random.int(-35, 40);
  const body =
    language === 'ru'
      ? random.pick([
          `Инфляция в ${RU_MONTHS_PREPOSITIONAL[month]} ${year} года\n\nГодовая инфляция в Казахстане составила ${percent.replace('.', ',')}%, сообщает Бюро национальной статистики. Цены на продовольственные товары выросли на ${(random.int(1, 90) / 10).toFixed(1).replace('.', ',')}%, на платные услуги — на ${percent.replace('.', ',')}%.`,
          `Прогноз погоды\n\nСиноптики Казгидромета прогнозируют в Астане до ${degrees > 0 ? '+' : ''}${degrees} градусов, в Алматы ожидаются осадки и усиление ветра до ${random.int(10, 25)} м/с.`,
          `Рынок жилья\n\nСредняя цена квадратного метра жилья в Алматы составила ${random.int(300, 900)} тыс. тенге. За год стоимость выросла на ${percent.replace('.', ',')}%.`,
        ])
      : random.pick([
          `Inflation in ${EN_MONTHS[month]} ${year}\n\nAnnual inflation in Kazakhstan stood at ${percent}%, the Bureau of National Statistics said. Food prices rose by ${(random.int(1, 90) / 10).toFixed(1)}%.`,
          `Weather forecast\n\nForecasters expect temperatures of up to ${degrees} degrees Celsius in Astana, with rain and wind gusts of up to ${random.int(10, 25)} m/s in Almaty.`,
          `Housing market\n\nThe average price per square metre in Almaty reached ${random.int(300, 900)},000 tenge, up ${percent}% year on year.`,
        ]);
  return `${[...chromeAbove(random, language), ` date ${published} ${body}`, ...chromeBelow(random, language)].join('\n\n')}\n`;
}

export function writeOtherLanguage(random: Random, cast: Cast): string {
  const published = randomDay(random);
  const { day, month } = dayParts(published);
  const [host, guest] = [
    random.pick(cast.holders(published, ['president', 'prime_minister'], { country: 'KZ' })),
    random.pick(cast.holders(published, ['president', 'prime_minister', 'chancellor'], { exclude: 'KZ' })),
  ];
  if (!host || !guest) return ` date ${published} Ақпарат жоқ.\n`;
  if (random.chance(0.5)) {
    return ` date ${published} ${host.official.name.ru} ${guest.official.name.ru} мырзамен келіссөздер жүргізді\n\nҚазақстан басшысы ${host.official.name.ru} Ақордада ${guest.country.name.ru} делегациясын қабылдады. Тараптар сауда-экономикалық, көлік-логистика және мәдени-гуманитарлық салалардағы ынтымақтастықты талқылады. Кездесу қорытындысы бойынша бірқатар құжаттарға қол қойылды.\n`;
  }
  return ` date ${published} ${host.official.name.en} trifft ${guest.official.name.en}\n\nDer kasachische Präsident ${host.official.name.en} ist am ${day}. ${['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'][month]} mit ${guest.official.name.en} zu Gesprächen über Handel, Energie und Verkehr zusammengekommen. Beide Seiten unterzeichneten ein Abkommen über wirtschaftliche Zusammenarbeit.\n`;
}
