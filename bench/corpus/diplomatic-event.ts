import type { EventType } from '#schema';
import { addDays, dayNumber, isoFromDayNumber } from './calendar.ts';
import { type Cast, type CityOnDay, OFFICE_LEVELS, type OfficeHolder, type OfficeLevel } from './cast.ts';
import type { Random } from './prng.ts';

/** What happened, before any outlet writes it up: the facts every report of the event shares. */
export interface DiplomaticEventPlan {
  type: EventType;
  /** First day, and last day for events over several days (visits, summits). */
  start: string;
  end: string;
  host: OfficeHolder;
  guest: OfficeHolder;
  city: CityOnDay | null;
  summit: Organisation | null;
  agreement: AgreementPlan | null;
  figures: FigurePlan[];
  topics: Topic[];
  /** Reported before it happens ("will visit"). */
  planned: boolean;
}

export interface Organisation {
  ru: string;
  en: string;
}
export interface AgreementPlan {
  ru: string;
  en: string;
}
export interface FigurePlan {
  measure: 'trade' | 'investment' | 'contracts';
  /** In millions of US dollars. */
  millions: number;
  year: number;
  target: boolean;
}
export interface Topic {
  ru: string;
  en: string;
}

export const SUMMITS: Organisation[] = [
  { ru: 'ШОС', en: 'SCO' },
  { ru: 'СНГ', en: 'CIS' },
  { ru: 'ОДКБ', en: 'CSTO' },
  { ru: 'Организации тюркских государств', en: 'Organization of Turkic States' },
  { ru: 'СВМДА', en: 'CICA' },
  { ru: 'Высшего Евразийского экономического совета', en: 'Supreme Eurasian Economic Council' },
  { ru: '«Центральная Азия – Китай»', en: 'Central Asia–China' },
  { ru: 'G20', en: 'G20' },
];

const AGREEMENT_KINDS: Array<{ ru: string; en: string }> = [
  { ru: 'соглашение', en: 'an agreement' },
  { ru: 'меморандум о взаимопонимании', en: 'a memorandum of understanding' },
  { ru: 'меморандум', en: 'a memorandum' },
  { ru: 'совместное заявление', en: 'a joint statement' },
  { ru: 'дорожную карту', en: 'a roadmap' },
  { ru: 'протокол', en: 'a protocol' },
  { ru: 'программу сотрудничества', en: 'a cooperation program' },
  { ru: 'совместную декларацию', en: 'a joint declaration' },
];

export const TOPICS: Topic[] = [
  { ru: 'торгово-экономического сотрудничества', en: 'trade and economic cooperation' },
  { ru: 'транспорта и логистики', en: 'transport and logistics' },
  { ru: 'энергетики', en: 'energy' },
  { ru: 'цифровизации', en: 'digitalisation' },
  { ru: 'водных ресурсов', en: 'water resources' },
  { ru: 'образования и науки', en: 'education and science' },
  { ru: 'сельского хозяйства', en: 'agriculture' },
  { ru: 'культурно-гуманитарных связей', en: 'cultural and humanitarian ties' },
  { ru: 'безопасности', en: 'security' },
  { ru: 'здравоохранения', en: 'healthcare' },
  { ru: 'туризма', en: 'tourism' },
  { ru: 'промышленной кооперации', en: 'industrial cooperation' },
];

const FIRST_DAY = dayNumber('2015-01-01');
const LAST_DAY = dayNumber('2026-10-31');
const HOME = 'KZ';

/** Plans one event on a random day: two office holders of different states who held office that day. */
export function planDiplomaticEvent(random: Random, cast: Cast): DiplomaticEventPlan {
  for (;;) {
    const start = isoFromDayNumber(random.int(FIRST_DAY, LAST_DAY));
    const level = random.weighted<OfficeLevel>([
      ['leaders', 6],
      ['ministers', 3],
      ['parliaments', 1],
    ]);
    const roles = OFFICE_LEVELS[level];
    const homeSide = random.chance(0.7)
      ? cast.holders(start, roles, { country: HOME })
      : cast.holders(start, roles);
    if (homeSide.length === 0) continue;
    const host = random.pick(homeSide);
    const others = cast.holders(start, roles, { exclude: host.country.code });
    if (others.length === 0) continue;
    const guest = random.pick(others);
    const type = random.weighted<EventType>([
      ['talks', 3],
      ['meeting', 3],
      ['visit', 2],
      ['phone_call', 2],
      ['summit', 1],
      ['agreement_signing', 1],
    ]);
    const days =
      type === 'visit' || type === 'summit'
        ? random.weighted([
            [1, 5],
            [2, 4],
            [3, 1],
          ] as const)
        : 1;
    const hostCountry = random.chance(0.6) ? host.country.code : guest.country.code;
    const city = type === 'phone_call' ? null : cast.city(random, hostCountry, start);
    const signs = type === 'agreement_signing' || (type !== 'phone_call' && random.chance(0.2));
    const kind = random.pick(AGREEMENT_KINDS);
    const topic = random.pick(TOPICS);
    return {
      type,
      start,
      end: addDays(start, days - 1),
      host,
      guest,
      city,
      summit: type === 'summit' ? random.pick(SUMMITS) : null,
      agreement: signs ? { ru: `${kind.ru} в области ${topic.ru}`, en: `${kind.en} on ${topic.en}` } : null,
      figures: planFigures(random, Number(start.slice(0, 4))),
      topics: [topic, random.pick(TOPICS), random.pick(TOPICS)],
      planned: type === 'visit' && random.chance(0.1),
    };
  }
}

function planFigures(random: Random, year: number): FigurePlan[] {
  const figures: FigurePlan[] = [];
  if (random.chance(0.35)) {
    const actual = random.int(80, 30_000);
    figures.push({ measure: 'trade', millions: actual, year: year - 1, target: false });
    if (random.chance(0.5)) {
      figures.push({ measure: 'trade', millions: actual * random.int(2, 5), year: year + 4, target: true });
    }
  }
  if (random.chance(0.15))
    figures.push({ measure: 'investment', millions: random.int(5, 8000), year, target: false });
  if (random.chance(0.1))
    figures.push({ measure: 'contracts', millions: random.int(10, 20_000), year, target: false });
  return figures;
}

/** Who travels on a visit: the side whose country the city is not in; the other side receives. */
export function visitSides(event: DiplomaticEventPlan): [visitor: OfficeHolder, receiver: OfficeHolder] {
  return event.city?.country === event.host.country.code
    ? [event.guest, event.host]
    : [event.host, event.guest];
}
