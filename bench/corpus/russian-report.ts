import type { OfficeHolder } from './cast.ts';
import { type DiplomaticEventPlan, type FigurePlan, visitSides } from './diplomatic-event.ts';
import { capitalise, OFFICE_WORDS, OFFICES_WITHOUT_COUNTRY } from './offices.ts';
import type { Random } from './prng.ts';
import { accusative, genitive, personName, prepositional } from './russian-forms.ts';

// A Russian news report of a planned event: title, lead and body paragraphs.

function of(holder: OfficeHolder): string {
  return OFFICES_WITHOUT_COUNTRY.has(holder.role) ? '' : ` ${genitive(holder.country.name.ru)}`;
}

/** "Президент Казахстана Касым-Жомарт Токаев" */
function nominative(holder: OfficeHolder): string {
  return `${capitalise(OFFICE_WORDS[holder.role].nominative)}${of(holder)} ${holder.official.name.ru}`;
}
/** "президентом Узбекистана Шавкатом Мирзиёевым" */
function instrumental(holder: OfficeHolder): string {
  return `${OFFICE_WORDS[holder.role].instrumental}${of(holder)} ${personName(holder.official.name.ru, 'instrumental')}`;
}
/** "президента Узбекистана Шавката Мирзиёева" */
function genitiveHolder(holder: OfficeHolder): string {
  return `${OFFICE_WORDS[holder.role].genitive}${of(holder)} ${personName(holder.official.name.ru, 'genitive')}`;
}
export function surnameRu(holder: OfficeHolder): string {
  const name = holder.official.name.ru;
  return /\s[IVX]+$/.test(name) ? name : (name.split(' ').at(-1) ?? name);
}

function money(millions: number): string {
  return millions >= 1000
    ? `${(millions / 1000).toFixed(1).replace('.', ',').replace(/,0$/, '')} млрд долларов`
    : `${millions} млн долларов`;
}

function figureSentence(figure: FigurePlan): string {
  switch (figure.measure) {
    case 'trade':
      return figure.target
        ? `Стороны поставили задачу довести товарооборот до ${money(figure.millions)} к ${figure.year} году.`
        : `По итогам ${figure.year} года товарооборот между странами составил ${money(figure.millions)}.`;
    case 'investment':
      return `Объем накопленных инвестиций достиг ${money(figure.millions)}.`;
    case 'contracts':
      return `Подписаны коммерческие соглашения на общую сумму ${money(figure.millions)}.`;
  }
}

export function russianTitle(random: Random, event: DiplomaticEventPlan): string {
  const a = surnameRu(event.host);
  const b = surnameRu(event.guest);
  const hostCountry = event.host.country.name.ru;
  const guestCountry = event.guest.country.name.ru;
  switch (event.type) {
    case 'phone_call':
      return random.pick([
        `${a} и ${b} провели телефонный разговор`,
        `Состоялся телефонный разговор ${personName(a, 'genitive')} и ${personName(b, 'genitive')}`,
      ]);
    case 'summit':
      return `${a} принял участие в саммите ${event.summit?.ru ?? ''}`;
    case 'agreement_signing':
      return `${capitalise(hostCountry)} и ${guestCountry} подписали ${event.agreement?.ru.split(' в области')[0] ?? 'соглашение'}`;
    case 'visit':
      return event.planned
        ? `${surnameRu(visitSides(event)[0])} посетит ${accusative(visitSides(event)[1].country.name.ru)}`
        : `${surnameRu(visitSides(event)[0])} прибыл с визитом`;
    default:
      return random.pick([
        `${a} и ${b} обсудили вопросы ${event.topics[0]?.ru ?? 'сотрудничества'}`,
        `${capitalise(hostCountry)} и ${guestCountry} договорились расширять сотрудничество`,
        `${a} встретился с ${personName(event.guest.official.name.ru, 'instrumental')}`,
      ]);
  }
}

/** The lead: who did what with whom, where and (in `when`) when. */
export function russianLead(random: Random, event: DiplomaticEventPlan, when: string): string {
  const time = when ? ` ${when}` : '';
  const where = event.city ? ` в ${prepositional(event.city.ru)}` : '';
  const host = nominative(event.host);
  switch (event.type) {
    case 'talks':
      return `${host}${time} провел переговоры с ${instrumental(event.guest)}${where}.`;
    case 'meeting':
      return random.chance(0.5)
        ? `${host}${time} провел встречу с ${instrumental(event.guest)}${where}.`
        : `${host}${time}${where} встретился с ${instrumental(event.guest)}.`;
    case 'phone_call':
      return random.chance(0.5)
        ? `${host}${time} провел телефонный разговор с ${instrumental(event.guest)}.`
        : `${capitalise(when || 'накануне')} состоялся телефонный разговор ${genitiveHolder(event.host)} и ${genitiveHolder(event.guest)}.`;
    case 'visit': {
      const [visitor, other] = visitSides(event);
      const destination = event.city ? event.city.ru : other.country.name.ru;
      return event.planned
        ? `${nominative(visitor)}${time} посетит ${accusative(destination)} с официальным визитом.`
        : `${nominative(visitor)}${time} прибыл с ${random.pick(['официальным', 'государственным', 'рабочим'])} визитом в ${accusative(destination)}. В ходе визита запланированы переговоры с ${instrumental(other)}.`;
    }
    case 'summit':
      return `${host}${time} принял участие в саммите ${event.summit?.ru ?? ''}${where}. На полях саммита состоялась его встреча с ${instrumental(event.guest)}.`;
    case 'agreement_signing':
      return `${host} и ${OFFICE_WORDS[event.guest.role].nominative}${of(event.guest)} ${event.guest.official.name.ru}${time}${where} подписали ${event.agreement?.ru ?? 'соглашение'}.`;
  }
}

const FILLER = [
  (t: string) => `Стороны обсудили вопросы ${t}.`,
  (t: string) => `Особое внимание было уделено развитию ${t}.`,
  (t: string) => `Собеседники отметили высокий уровень двустороннего сотрудничества в сфере ${t}.`,
  (t: string) => `Также был рассмотрен ход реализации совместных проектов в области ${t}.`,
  (t: string) => `Стороны обменялись мнениями по актуальным вопросам ${t}.`,
];

export function russianBody(random: Random, event: DiplomaticEventPlan): string[] {
  const paragraphs: string[] = [];
  const sentences = event.topics.map((topic) => random.pick(FILLER)(topic.ru));
  paragraphs.push(sentences.slice(0, random.int(1, 3)).join(' '));
  if (random.chance(0.6)) {
    paragraphs.push(
      `«${random.pick([
        'Мы придаем большое значение дальнейшему укреплению стратегического партнерства между нашими странами',
        'Наши отношения основаны на взаимном доверии и добрососедстве',
        'Убежден, что сегодняшние договоренности придадут новый импульс нашему сотрудничеству',
      ])}», — ${random.pick(['отметил', 'подчеркнул', 'заявил'])} ${surnameRu(event.host)}.`,
    );
  }
  if (event.figures.length) paragraphs.push(event.figures.map(figureSentence).join(' '));
  if (event.agreement && event.type !== 'agreement_signing') {
    paragraphs.push(`По итогам переговоров стороны подписали ${event.agreement.ru}.`);
  }
  if (random.chance(0.4)) {
    paragraphs.push(
      `${surnameRu(event.guest)} ${random.pick(['пригласил {} посетить его страну с ответным визитом', 'поблагодарил {} за теплый прием']).replace('{}', personName(surnameRu(event.host), 'genitive'))}.`,
    );
  }
  return paragraphs;
}

export const RUSSIAN_OUTLETS = [
  'Казинформ',
  'Tengrinews',
  'ТАСС',
  'РИА Новости',
  'Интерфакс-Казахстан',
  'КазТАГ',
  'Sputnik Казахстан',
  'пресс-служба Акорды',
];
