import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../gazetteer/load-gazetteer.ts';
import { isFutureTense, typesIn } from '../../article/classify-event.ts';
import { createDateParsers } from '../../article/dates/create-date-parsers.ts';
import { findEntities } from '../../article/find-entities.ts';
import { isLookingBack } from '../../article/looking-back.ts';
import { splitSentences } from '../../article/sentences.ts';
import { extractCorpus } from '../../corpus/extract-corpus.ts';
import { createZhDateParser } from './date-parsers.ts';
import { zh } from './index.ts';

const gazetteer = loadGazetteer();
const parser = createZhDateParser();
const ref = new Date('2023-01-03T12:00:00Z');
const dates = (text: string) =>
  parser.parse(text, ref).map((r) => ({
    year: r.start.get('year'),
    month: r.start.get('month'),
    day: r.start.isCertain('day') ? r.start.get('day') : null,
    yearStated: r.start.isCertain('year'),
  }));

describe('Chinese sentences and names', () => {
  it('ends a sentence at 。！？ with no space after them', () => {
    expect(
      splitSentences('习近平同托卡耶夫举行会谈。两国元首签署了联合声明！是吗？').map((s) => s.text),
    ).toEqual(['习近平同托卡耶夫举行会谈。', '两国元首签署了联合声明！', '是吗？']);
  });

  it('finds countries, people, offices and cities inside a run of characters, in both scripts', () => {
    const simplified = findEntities('哈萨克斯坦总统托卡耶夫在阿斯塔纳会见中国国家主席习近平', gazetteer);
    expect(simplified.countries.map((c) => c.code)).toEqual(['KZ', 'CN']);
    expect(simplified.people.map((p) => p.officialId)).toEqual(['tokayev-kassym-jomart', 'xi-jinping']);
    expect(simplified.cities.map((c) => c.cityId)).toEqual(['astana']);
    expect(simplified.roles.map((r) => [r.phrase.role, r.country, r.officialId])).toEqual([
      ['president', 'KZ', 'tokayev-kassym-jomart'],
      ['president', 'CN', 'xi-jinping'],
    ]);
    const traditional = findEntities('國家主席習近平同哈薩克斯坦總統納扎爾巴耶夫舉行會談', gazetteer);
    expect(traditional.countries.map((c) => c.code)).toEqual(['KZ']);
    expect(traditional.people.map((p) => p.officialId)).toEqual(['xi-jinping', 'nazarbayev-nursultan']);
  });

  it('takes the longest name at a place: 白俄罗斯 is Belarus, not Russia; 副总理 is no prime minister', () => {
    const found = findEntities('白俄罗斯副总理抵达努尔苏丹', gazetteer);
    expect(found.countries.map((c) => c.code)).toEqual(['BY']);
    expect(found.roles.map((r) => r.phrase.role)).toEqual(['deputy_prime_minister']);
    expect(found.cities.map((c) => c.cityId)).toEqual(['astana']);
  });

  it('finds a meeting series by its Chinese name', () => {
    expect(gazetteer.findMeetingNames('出席上合组织峰会').map((m) => m.seriesId)).toEqual(['sco']);
  });
});

describe('Chinese event words', () => {
  it('tells a phone call, talks, a meeting, a summit, a visit and a signing apart', () => {
    expect(typesIn('托卡耶夫同普京通电话', zh)[0]).toBe('phone_call');
    expect(typesIn('習近平同托卡耶夫通話', zh)[0]).toBe('phone_call');
    expect(typesIn('两国元首举行会谈', zh)[0]).toBe('talks');
    expect(typesIn('兩國元首舉行會談', zh)[0]).toBe('talks');
    expect(typesIn('王毅会见哈萨克斯坦外长', zh)[0]).toBe('meeting');
    expect(typesIn('两国领导人举行会晤', zh)[0]).toBe('meeting');
    expect(typesIn('托卡耶夫出席上合组织峰会', zh)[0]).toBe('summit');
    expect(typesIn('习近平抵达哈萨克斯坦进行国事访问', zh)[0]).toBe('visit');
    expect(typesIn('納扎爾巴耶夫對中國進行國事訪問', zh)[0]).toBe('visit');
    expect(typesIn('双方签署了联合声明', zh)).toContain('agreement_signing');
    expect(typesIn('雙方簽署了聯合聲明', zh)).toContain('agreement_signing');
  });

  it('finds no event in page views, a visiting scholar, a visa or trade figures', () => {
    expect(typesIn('该网站的访问量超过一百万', zh)).toEqual([]);
    expect(typesIn('他曾是北京大学访问学者', zh)).toEqual([]);
    expect(typesIn('两国公民办理签证更加便利', zh)).toEqual([]);
    expect(typesIn('中哈贸易额达到310亿美元', zh)).toEqual([]);
  });

  it('reads an announcement, and leaves "将" as an object marker alone', () => {
    expect(isFutureTense('中国国家主席将于9月14日访问努尔苏丹', zh)).toBe(true);
    expect(isFutureTense('两国将合作提升到新水平', zh)).toBe(false);
  });

  it('reads what was announced at an earlier visit as looking back, not what is said during this one', () => {
    expect(
      isLookingBack('托卡耶夫强调,2019年9月他对北京进行国事访问时宣布的伙伴关系沿着预期的轨道行进。', zh),
    ).toBe(true);
    expect(isLookingBack('习近平在访问哈萨克斯坦时表示,两国是好邻居。', zh)).toBe(false);
  });

  it('reads talks held during a visit as talks', () => {
    expect(zh.visitAsFrame.test('访问期间，两国元首举行会谈')).toBe(true);
  });
});

describe('Chinese dates', () => {
  it('reads a day, month and year in digits or in characters', () => {
    expect(dates('2018年6月7日')).toEqual([{ year: 2018, month: 6, day: 7, yearStated: true }]);
    expect(dates('二〇一八年六月七日')).toEqual([{ year: 2018, month: 6, day: 7, yearStated: true }]);
  });

  it('gives a day and month with no year the nearest year ("12月30日" in a story of 3 January)', () => {
    expect(dates('12月30日')).toEqual([{ year: 2022, month: 12, day: 30, yearStated: false }]);
    expect(dates('6月7日')).toEqual([{ year: 2023, month: 6, day: 7, yearStated: false }]);
  });

  it('reads a span of days', () => {
    const [span] = parser.parse('6月7日至8日', ref);
    expect(span?.start.get('day')).toBe(7);
    expect(span?.end?.get('day')).toBe(8);
  });

  it('reads a month, with "去年" as last year, and a year alone', () => {
    expect(dates('2019年9月')).toEqual([{ year: 2019, month: 9, day: null, yearStated: true }]);
    expect(dates('去年9月')).toEqual([{ year: 2022, month: 9, day: null, yearStated: true }]);
    expect(dates('自2013年提出倡议')).toMatchObject([{ year: 2013, day: null }]);
    expect(dates('1990年代')).toEqual([]);
  });

  it('reads today, yesterday and a weekday from the reference day', () => {
    expect(dates('今天')).toEqual([{ year: 2023, month: 1, day: 3, yearStated: true }]);
    expect(dates('昨天')).toEqual([{ year: 2023, month: 1, day: 2, yearStated: true }]);
    const [wednesday] = parser.parse('週三', ref);
    expect(wednesday?.start.get('weekday')).toBe(3);
  });

  it('takes the month of the day alone from the dateline, and the dateline gives way to it', () => {
    expect(dates('新华社北京6月8日电 习近平7日在人民大会堂同托卡耶夫举行会谈')).toEqual([
      { year: 2023, month: 6, day: 7, yearStated: false },
    ]);
    expect(dates('新华社北京7月1日电 习近平30日会见')).toMatchObject([{ month: 6, day: 30 }]);
    // With no date before it, the month is unknown.
    expect(dates('习近平7日会见')).toEqual([]);
  });

  it('reads no date in a time of day, a page time stamp, "within 3 days" or "today" inside a name', () => {
    expect(dates('上午')).toEqual([]);
    expect(dates('下午3点')).toEqual([]);
    expect(dates('10:35')).toEqual([]);
    expect(dates('3天内')).toEqual([]);
    expect(dates('今日俄罗斯电视台报道')).toEqual([]);
    expect(dates('签证有效期为30日内')).toEqual([]);
  });
});

describe('a Chinese article', () => {
  it('becomes an event with its people, countries, date and titles in Russian and English', () => {
    const text =
      '托卡耶夫在阿斯塔纳会见王毅\n\n' +
      '新华社阿斯塔纳2023年5月17日电 哈萨克斯坦总统托卡耶夫16日在阿斯塔纳会见中国外交部长王毅。' +
      '双方就两国合作和阿富汗局势交换了意见。王毅表示，中方愿同哈方深化合作。';
    const file = { file: 'zh.txt', size: text.length, read: () => new TextEncoder().encode(text) };
    const context = { gazetteer, dateParsers: createDateParsers(), now: new Date('2026-12-03T12:00:00Z') };
    const { articles, events } = extractCorpus([file], context).corpus;
    expect(articles[0]?.lang).toBe('zh');
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.type).toBe('meeting');
    expect(event?.date).toMatchObject({ start: '2023-05-16', precision: 'day', basis: 'stated' });
    expect(event?.countries.sort()).toEqual(['CN', 'KZ']);
    expect(event?.participants.map((p) => p.name.en)).toEqual(['Kassym-Jomart Tokayev', 'Wang Yi']);
    expect(event?.title.en).toBe('Meeting: Kassym-Jomart Tokayev and Wang Yi (Astana)');
    expect(event?.title.ru).toBe('Встреча: Касым-Жомарт Токаев и Ван И (Астана)');
  });
});
