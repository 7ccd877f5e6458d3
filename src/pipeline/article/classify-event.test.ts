import { describe, expect, it } from 'vitest';
import { localeFor } from '../locales/index.ts';
import * as classifyEventModule from './classify-event.ts';
import { findQuotedRanges, isQuoted } from './quotes.ts';
import { splitSentences } from './sentences.ts';

const localeOf = (text: string) => {
  const locale = localeFor(/\p{Script=Cyrillic}/u.test(text) ? 'ru' : 'en');
  if (!locale) throw new Error('no locale');
  return locale;
};
const typesIn = (text: string) => classifyEventModule.typesIn(text, localeOf(text));
const isFutureTense = (text: string) => classifyEventModule.isFutureTense(text, localeOf(text));
const classify = (text: string) => {
  const quoted = findQuotedRanges(text);
  const locale = localeOf(text);
  return classifyEventModule.classifyEvent(
    classifyEventModule.reportingSentences(splitSentences(text), (s) => isQuoted(s, quoted), locale),
    () => true,
    locale,
  );
};

describe('classifyEvent', () => {
  it('takes the type from the first sentence that reports an event', () => {
    const result = classify(
      'Россия является главным партнером Казахстана. Такое заявление сделал министр по итогам встречи со своим российским коллегой Сергеем Лавровым.',
    );
    expect(result?.type).toBe('meeting');
    expect(result?.eventSentence.index).toBe(1);
  });

  it('talks outrank the summit they took place at', () => {
    expect(
      classify('Токаев провел переговоры с Си Цзиньпином в Тяньцзине, где проходит саммит ШОС.')?.type,
    ).toBe('talks');
  });

  it('a phone call is a phone call even when it is called talks', () => {
    expect(classify('Токаев провел телефонные переговоры с президентом Узбекистана.')?.type).toBe(
      'phone_call',
    );
    expect(classify('Tokayev had a phone call with President Mirziyoyev.')?.type).toBe('phone_call');
  });

  it('a call the lead tells of after the summit it discussed is the event; a call of another year is not', () => {
    expect(
      classify(
        'Токаев и Мирзиёев обсудили подготовку к саммиту ШОС в Астане. Разговор состоялся по телефону.',
      )?.type,
    ).toBe('phone_call');
    expect(
      classify(
        'Назарбаев встретился с Трампом в Белом доме. Трамп пригласил его во время телефонного разговора 1 сентября 2017 года.',
      )?.type,
    ).toBe('meeting');
  });

  it('one leader calling another is a phone call; a so-called format, or calling on a state, is not', () => {
    expect(typesIn('Tokayev called Vladimir Putin to congratulate him on his birthday')).toEqual([
      'phone_call',
    ]);
    expect(typesIn('Tokayev phoned his Uzbek counterpart')).toEqual(['phone_call']);
    expect(typesIn('Путин позвонил Токаеву и поздравил его')).toEqual(['phone_call']);
    expect(typesIn('The so-called Astana Format to settle the conflict')).toEqual([]);
    expect(typesIn('The minister called on Russia to settle the conflict')).toEqual([]);
  });

  it('ignores quotes and looking-back sentences for further types', () => {
    const text =
      'Токаев провел встречу с председателем хурала. Он также упомянул о своей недавней беседе на полях саммита ШОС. «Растет частота визитов и переговоров», — заявил спикер.';
    expect(classify(text)?.types).toEqual(['meeting']);
  });

  it('finds no event in statistics', () => {
    expect(classify('Годовая инфляция в феврале составила 9,8%, сообщило бюро статистики.')).toBeNull();
  });

  it('"подписание" recalls or announces a signing; "подписали" reports one', () => {
    expect(typesIn('кульминацией стало подписание в 2024 году контракта')).not.toContain('agreement_signing');
    expect(typesIn('Стороны подписали совместную декларацию')).toContain('agreement_signing');
  });

  it('recognises announcements', () => {
    expect(isFutureTense('Tokayev will pay a state visit to Mongolia')).toBe(true);
    expect(isFutureTense('Визит президента состоится в октябре')).toBe(true);
    expect(isFutureTense('Tokayev paid a state visit to Mongolia')).toBe(false);
    // What the sides agreed to do, or what comes next year, is still to come.
    expect(isFutureTense('Главы МИД договорились в следующем году организовать визит президента')).toBe(true);
    expect(isFutureTense('Стороны условились провести следующее заседание в Астане')).toBe(true);
    expect(isFutureTense('Стороны договорились о расширении торговли')).toBe(false);
    expect(isFutureTense('They discussed the 6th Caspian Summit to be held in Turkmenistan this year')).toBe(
      true,
    );
    expect(isFutureTense('The summit was held in Turkmenistan')).toBe(false);
    expect(isFutureTense('В прошлом году президенты провели переговоры')).toBe(false);
  });
});

describe('typesIn: receiving someone is a meeting, receiving a law is not', () => {
  it('reads "принял" and "received" with a visitor as a meeting', () => {
    expect(typesIn('Глава государства принял министра иностранных дел Венгрии Петера Сийярто.')).toEqual([
      'meeting',
    ]);
    expect(typesIn('Токаев принял в Акорде Генерального секретаря ООН.')).toEqual(['meeting']);
    expect(typesIn('President Tokayev received the Foreign Minister of Hungary.')).toEqual(['meeting']);
  });

  it('does not read a decision, a law or an award as a meeting', () => {
    expect(typesIn('Президент принял закон о бюджете и принял участие в заседании.')).toEqual([]);
    expect(typesIn('The president received an award from the academy.')).toEqual([]);
  });
});

describe('classifyEvent: the headline and the event sentence name the kind of event', () => {
  const classifyWithHeadline = (title: string, body: string) => {
    const locale = localeOf(body);
    const reporting = classifyEventModule.reportingSentences(splitSentences(body), () => false, locale);
    return classifyEventModule.classifyEvent(reporting, () => true, locale, splitSentences(title))?.type;
  };

  it('talks reported under a headline about a visit belong to the visit', () => {
    expect(
      classifyWithHeadline(
        'Tajikistan President Emomali Rahmon arrives in Astana for working visit',
        'The presidents held talks in narrow and extended formats at the Akorda.',
      ),
    ).toBe('visit');
  });

  it('talks held during a visit are talks', () => {
    expect(
      classifyWithHeadline(
        'Токаев и Си Цзиньпин провели переговоры',
        'В ходе государственного визита в Пекин Токаев провел переговоры с Си Цзиньпином.',
      ),
    ).toBe('talks');
  });

  it('a call is a call, whatever else its report tells', () => {
    expect(
      classifyWithHeadline(
        'Tokayev, Sharif hold phone call',
        'The leaders met by phone and discussed the visit of the Prime Minister to Kazakhstan.',
      ),
    ).toBe('phone_call');
  });
});

describe("someone's own account in the first person", () => {
  it('is not a report of an event, in Russian, English or German', () => {
    expect(
      classify('Во время выставки ЭКСПО-2017 в Астане я посетил Казахстан, чтобы изучить опыт.'),
    ).toBeNull();
    expect(classify('During the Expo I visited Kazakhstan to learn from its experience.')).toBeNull();
  });

  it('a report naming people in the third person still is', () => {
    expect(classify('Токаев посетил Японию с официальным визитом.')?.type).toBe('visit');
    expect(classify('Phase I was built; President Tokayev visited Japan this week.')?.type).toBe('visit');
  });
});
