import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../gazetteer/load-gazetteer.ts';
import { LEXICONS, RIVALS } from './brief-language.ts';
import { detectLanguage } from './detect-language.ts';

describe('detectLanguage', () => {
  it('tells Russian from English', () => {
    expect(
      detectLanguage('Токаев и Си Цзиньпин обсудили развитие стратегического партнерства Казахстана и Китая'),
    ).toBe('ru');
    expect(
      detectLanguage('Kazakhstan and Mongolia Strengthen Ties with Strategic Partnership Agreement'),
    ).toBe('en');
  });

  it('keeps other languages as their own code instead of guessing ru or en', () => {
    expect(
      detectLanguage('Қазақстан Президенті Қасым-Жомарт Тоқаев Моңғолия Парламентінің төрағасын қабылдады.'),
    ).toBe('kk');
    expect(
      detectLanguage("Президент України зустрівся з прем'єр-міністром Казахстану в Києві сьогодні."),
    ).toBe('uk');
    expect(detectLanguage('Der Präsident Kasachstans traf sich heute mit dem Bundeskanzler in Berlin.')).toBe(
      'de',
    );
  });

  it('says "und" when there is too little text to tell', () => {
    expect(detectLanguage('12.04 — 15:30')).toBe('und');
  });
});

describe('a short wire brief keeps its language (issue 14, item 4: briefs read as Berber or Turkish)', () => {
  const gazetteer = loadGazetteer();

  it('reads English briefs that are mostly names as English', () => {
    for (const brief of [
      'ASTANA, Dec 3 (Reuters) - Kazakh President Tokayev met Turkish Foreign Minister Fidan on Tuesday.',
      'ABU DHABI, Dec 3 (WAM) - Sheikh Mohamed bin Zayed received Kazakh Prime Minister Bektenov.',
      'Kazakh President Tokayev received Mongolian Foreign Minister Battsetseg in Astana.',
      'ASTANA, Dec 3 (Reuters) - Tokayev, Mirziyoyev discuss water, energy.',
    ]) {
      expect(detectLanguage(brief), brief).toBe('en');
    }
  });

  it('reads Russian briefs as Russian, a Kazakh place name in them too', () => {
    for (const brief of [
      'АСТАНА, 3 декабря. Токаев принял в Ақорде министра иностранных дел Турции Хакана Фидана.',
      'Смаилов и Пашинян обсудили сотрудничество',
      'Президент Грузии Саломе Зурабишвили во вторник в Батуми встретился с президентом Индонезии Джоко Видодо.',
    ]) {
      expect(detectLanguage(brief), brief).toBe('ru');
    }
  });

  it("takes the gazetteer's names out first: their small words are no German or Kazakh", () => {
    const vonDerLeyen =
      'BRUSSELS, Dec 3 (Reuters) - European Commission President Ursula von der Leyen met Kazakh President Tokayev.';
    expect(detectLanguage(vonDerLeyen, gazetteer)).toBe('en');
    expect(detectLanguage('Смаилов встретился с Хамад бен Иса Аль Халифа в Манаме.', gazetteer)).toBe('ru');
  });

  it('leaves a short Turkish, Kazakh, German, Bulgarian or Ukrainian text its own language', () => {
    const others: Array<[string, string]> = [
      ['tr', 'Cumhurbaşkanı Erdoğan, Kazakistan Cumhurbaşkanı Tokayev ile telefonda görüştü.'],
      ['tr', 'Kasım-Jomart Tokayev ve Recep Tayyip Erdoğan Ankara’da görüştü.'],
      ['kk', 'Мемлекет басшысы Ақордада Түркия Сыртқы істер министрін қабылдады.'],
      ['de', 'Außenminister Wadephul traf den kasachischen Präsidenten Tokajew in Astana.'],
      ['bg', 'Президентът Радев се срещна с президента на Казахстан Токаев в София.'],
      ['uk', 'Президент України зустрівся з прем’єр-міністром Казахстану в Києві.'],
    ];
    for (const [language, text] of others) {
      expect(detectLanguage(text, gazetteer), text).toBe(language);
      expect(detectLanguage(text), text).toBe(language);
    }
  });

  it("lists no word of a rival's list as an English or Russian word", () => {
    for (const language of ['en', 'ru'] as const) {
      const shared = RIVALS[language].flatMap((rival) => [...LEXICONS[language]].filter((w) => rival.has(w)));
      expect(shared, language).toEqual([]);
    }
  });
});

describe("Russia's Cyrillic neighbours, Uzbek in Latin letters and other scripts", () => {
  it('names each language, not Kazakh for all who write қ, ө or ү, nor Esperanto for Uzbek', () => {
    const cases: Array<[string, string]> = [
      [
        'be',
        'Прэзідэнт Беларусі Аляксандр Лукашэнка сустрэўся з прэзідэнтам Казахстана ў Мінску. Бакі абмеркавалі гандаль і супрацоўніцтва ў розных галінах эканомікі.',
      ],
      [
        'uz',
        'Ўзбекистон Президенти Шавкат Мирзиёев Қозоғистон Президенти билан учрашди. Томонлар ҳамкорликни ривожлантириш масалаларини муҳокама қилди.',
      ],
      [
        'mn',
        'Монгол Улсын Ерөнхийлөгч Казахстаны Ерөнхийлөгчтэй уулзав. Хоёр орны хамтын ажиллагааг өргөжүүлэх талаар ярилцаж, үр дүнтэй уулзалт болов.',
      ],
      [
        'uz',
        'Qozog‘iston prezidenti Qosim-Jo‘mart To‘qayev O‘zbekistonga davlat tashrifi bilan keldi. Ikki davlat rahbarlari hamkorlikni muhokama qildi.',
      ],
      [
        'uz',
        'Prezident Shavkat Mirziyoyev Qozogiston Prezidenti bilan muzokaralar o‘tkazdi. Ikki davlat rahbari hamkorlik masalalarini muhokama qildi.',
      ],
      [
        'az',
        'Azərbaycan Prezidenti İlham Əliyev Qazaxıstan Prezidenti Kasım-Jomart Tokayev ilə görüşüb. Görüşdə ikitərəfli əməkdaşlıq məsələləri müzakirə olunub.',
      ],
      [
        'zh',
        '哈萨克斯坦总统托卡耶夫和中国国家主席习近平在两国建交三十周年之际签署了联合声明。两国元首在会谈后举行了记者会。',
      ],
      [
        'ar',
        'استقبل رئيس جمهورية كازاخستان وزير الخارجية الإيراني في العاصمة أستانا وبحث الجانبان العلاقات الثنائية والقضايا الإقليمية.',
      ],
    ];
    for (const [language, text] of cases) expect(detectLanguage(text), text).toBe(language);
    // Kazakh keeps its own letters ә and ұ even beside the ones it shares.
    expect(
      detectLanguage(
        'Мемлекет басшысы Ақордада Өзбекстан Президентін қабылдады және екі елдің ынтымақтастығын талқылады.',
      ),
    ).toBe('kk');
  });
});
