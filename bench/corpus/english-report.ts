import type { OfficeHolder } from './cast.ts';
import { type DiplomaticEventPlan, type FigurePlan, visitSides } from './diplomatic-event.ts';
import { OFFICE_WORDS, OFFICES_WITHOUT_COUNTRY } from './offices.ts';
import type { Random } from './prng.ts';

// An English news report of a planned event: title, lead and body paragraphs.

function named(random: Random, holder: OfficeHolder): string {
  const office = OFFICE_WORDS[holder.role].en;
  const name = holder.official.name.en;
  if (OFFICES_WITHOUT_COUNTRY.has(holder.role)) return `${office} ${name}`;
  const country = `${/^(United|Netherlands|Philippines|Czech|Republic|European)/.test(holder.country.name.en) ? 'the ' : ''}${holder.country.name.en}`;
  const adjective = holder.country.adjectives.en[0];
  return random.weighted([
    [`${adjective} ${office} ${name}`, adjective ? 3 : 0],
    [`${office} of ${country} ${name}`, 2],
    [`${name}, the ${office} of ${country},`, 1],
  ]);
}

export function surnameEn(holder: OfficeHolder): string {
  const name = holder.official.name.en;
  // "Elizabeth II", "Charles III": a regnal number is not a surname.
  return /\s[IVX]+$/.test(name) ? name : (name.split(' ').at(-1) ?? name);
}

function money(millions: number): string {
  return millions >= 1000
    ? `$${(millions / 1000).toFixed(1).replace(/\.0$/, '')} billion`
    : `$${millions} million`;
}

function figureSentence(figure: FigurePlan): string {
  switch (figure.measure) {
    case 'trade':
      return figure.target
        ? `The sides aim to bring trade turnover to ${money(figure.millions)} by ${figure.year}.`
        : `Trade between the two countries reached ${money(figure.millions)} in ${figure.year}.`;
    case 'investment':
      return `Accumulated investment has reached ${money(figure.millions)}.`;
    case 'contracts':
      return `Commercial deals worth ${money(figure.millions)} were signed.`;
  }
}

export function englishTitle(random: Random, event: DiplomaticEventPlan): string {
  const a = surnameEn(event.host);
  const b = surnameEn(event.guest);
  switch (event.type) {
    case 'phone_call':
      return `${a}, ${b} hold phone talks`;
    case 'summit':
      return `${a} attends ${event.summit?.en ?? ''} summit`;
    case 'agreement_signing':
      return `${event.host.country.name.en} and ${event.guest.country.name.en} sign ${event.agreement?.en.replace(/^an? /, '') ?? 'agreement'}`;
    case 'visit':
      return event.planned
        ? `${surnameEn(visitSides(event)[0])} to visit ${visitSides(event)[1].country.name.en}`
        : `${surnameEn(visitSides(event)[0])} arrives on visit`;
    default:
      return random.pick([
        `${a} and ${b} discuss ${event.topics[0]?.en ?? 'cooperation'}`,
        `${event.host.country.name.en}, ${event.guest.country.name.en} agree to expand cooperation`,
        `${a} meets ${b}`,
      ]);
  }
}

export function englishLead(random: Random, event: DiplomaticEventPlan, when: string): string {
  const time = when ? ` ${when}` : '';
  const where = event.city ? ` in ${event.city.en}` : '';
  const host = named(random, event.host);
  const guest = named(random, event.guest).replace(/,$/, '');
  switch (event.type) {
    case 'talks':
      return `${host} held talks with ${guest}${where}${time}.`;
    case 'meeting':
      return `${host} met with ${guest}${where}${time}.`;
    case 'phone_call':
      return `${host} had a phone conversation with ${guest}${time}.`;
    case 'visit': {
      const [visitor, other] = visitSides(event);
      const destination = event.city ? event.city.en : other.country.name.en;
      return event.planned
        ? `${named(random, visitor)} will pay an official visit to ${destination}${time}.`
        : `${named(random, visitor)} arrived in ${destination}${time} on ${random.pick(['a state', 'an official', 'a working'])} visit. Talks with ${named(random, other).replace(/,$/, '')} are scheduled.`;
    }
    case 'summit':
      return `${host} took part in the ${event.summit?.en ?? ''} summit${where}${time}. On the sidelines, he met ${guest}.`;
    case 'agreement_signing':
      return `${host} and ${guest} signed ${event.agreement?.en ?? 'an agreement'}${where}${time}.`;
  }
}

const FILLER = [
  (t: string) => `The sides discussed ${t}.`,
  (t: string) => `Particular attention was paid to ${t}.`,
  (t: string) => `The two leaders noted the high level of bilateral cooperation in ${t}.`,
  (t: string) => `They also reviewed joint projects in ${t}.`,
];

export function englishBody(random: Random, event: DiplomaticEventPlan): string[] {
  const paragraphs: string[] = [];
  paragraphs.push(
    event.topics
      .map((topic) => random.pick(FILLER)(topic.en))
      .slice(0, random.int(1, 3))
      .join(' '),
  );
  if (random.chance(0.6)) {
    paragraphs.push(
      `“${random.pick([
        'We attach great importance to strengthening the strategic partnership between our countries',
        'Our relations are based on mutual trust and good-neighbourliness',
        'I am convinced that today’s agreements will give new impetus to our cooperation',
      ])},” ${surnameEn(event.host)} ${random.pick(['said', 'noted', 'stressed'])}.`,
    );
  }
  if (event.figures.length) paragraphs.push(event.figures.map(figureSentence).join(' '));
  if (event.agreement && event.type !== 'agreement_signing') {
    paragraphs.push(`Following the talks, the sides signed ${event.agreement.en}.`);
  }
  return paragraphs;
}

export const ENGLISH_OUTLETS = [
  'Trend',
  'Kazinform',
  'The Astana Times',
  'AKIpress',
  'Xinhua',
  'Reuters',
  'TASS',
  'Daily Sabah',
];
