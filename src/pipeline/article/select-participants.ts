import type { Participant } from '#schema';
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { loadOnFirstUse } from '../node/load-on-first-use.ts';
import type { Entities, Span } from './find-entities.ts';
import type { Sentence } from './sentences.ts';

const iuliia = loadOnFirstUse<typeof import('iuliia')>('iuliia');

export interface SelectedParticipant {
  participant: Participant;
  sentence: Sentence;
}

/**
 * The people taking part: those named in the sentence that reports the event and in the title.
 * People named elsewhere are often only recalled ("he mentioned his conversation with Khurelsukh").
 * An office without a name ("the President of Kazakhstan held a meeting") resolves to whoever held it that day.
 */
export function selectParticipants(
  entities: Entities,
  scope: Sentence[],
  day: string | null,
  lang: string,
  gazetteer: Gazetteer,
): SelectedParticipant[] {
  const selected = new Map<string, SelectedParticipant>();
  const sentenceOf = (span: Span) => scope.find((s) => span.start >= s.start && span.end <= s.end);
  const roleHints = new Map<string, Participant['role']>();

  for (const role of entities.roles) {
    const sentence = sentenceOf(role);
    if (!sentence) continue;
    if (role.officialId) {
      roleHints.set(role.officialId, role.phrase.role);
      continue;
    }
    if (role.unknownName) {
      if (!mayBeName(role.unknownName.text)) continue;
      const participant = unknownParticipant(role.unknownName, role.country, role.phrase.role, lang);
      if (!selected.has(participant.id)) selected.set(participant.id, { participant, sentence });
      continue;
    }
    if (!role.country || !day) continue;
    const holders = gazetteer.holderOf(role.country, role.phrase.role, day);
    const holder = holders.length === 1 ? holders[0] : undefined;
    if (holder && !selected.has(holder.id)) {
      roleHints.set(holder.id, role.phrase.role);
      selected.set(holder.id, {
        participant: knownParticipant(holder.id, gazetteer, day, role.phrase.role),
        sentence,
      });
    }
  }
  for (const person of entities.people) {
    const sentence = sentenceOf(person);
    if (!sentence || selected.has(person.officialId)) continue;
    const hint = roleHints.get(person.officialId) ?? null;
    selected.set(person.officialId, {
      participant: knownParticipant(person.officialId, gazetteer, day, hint),
      sentence,
    });
  }
  return [...selected.values()];
}

function knownParticipant(
  id: string,
  gazetteer: Gazetteer,
  day: string | null,
  roleInText: Participant['role'],
): Participant {
  const official = gazetteer.official(id);
  if (!official) throw new Error(`gazetteer has no official ${id}`);
  // The office the text gives wins when the person held it that day; otherwise the gazetteer's.
  const role =
    roleInText && gazetteer.hasRole(official, roleInText, day) ? roleInText : gazetteer.roleOn(official, day);
  // Someone acting for an institution (Borrell for the EU) takes part for it, not for their home state.
  const actingFor = official.roles.find((r) => r.role === role && r.of && /^[A-Z]{2}$/.test(r.of))?.of;
  return { id, name: { ...official.name }, country: actingFor ?? official.country, role, known: true };
}

// Headlines in title case capitalise every word ("Turkmen Foreign Minister Meets With Kazakh Counterpart"):
// words a name never holds tell such a run from a name read after an office.
const NOT_IN_NAMES = new Set(
  'with and of the in on at for to from by as after before meets met holds held visits visited says said discusses discussed talks calls called receives received signs signed arrives arrived counterpart minister president'.split(
    ' ',
  ),
);

function mayBeName(text: string): boolean {
  return !text.split(/[\s-]+/).some((word) => NOT_IN_NAMES.has(word.toLowerCase()));
}

function unknownParticipant(
  name: Span,
  country: string | null,
  role: Participant['role'],
  lang: string,
): Participant {
  const text = lang === 'ru' ? nominativeSurname(name.text) : name.text;
  const cyrillic = /\p{Script=Cyrillic}/u.test(text);
  // No translation: a Cyrillic name gets a transliteration for English; a Latin one stays as written.
  const en = cyrillic ? iuliia().translate(text, iuliia().WIKIPEDIA) : text;
  const key = en.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { id: `unknown:${key}`, name: { en, ru: text }, country, role, known: false };
}

// Oblique cases of Russian surnames in -ов/-ев/-ин ("Сергеем Лавровым"); other names are left as written.
function nominativeSurname(name: string): string {
  const words = name.split(' ');
  // "с Паком Чином", "с Ким Чен Ыном": after "with" a foreign name takes the instrumental on its last word,
  // and on the others when they decline too; a consonant before the ending says it is one.
  if (words.length > 1 && INSTRUMENTAL.test(words.at(-1) ?? '')) {
    return words.map((word) => word.replace(INSTRUMENTAL, '$1')).join(' ');
  }
  return words
    .map((word) => word.replace(/^(\p{Lu}\p{L}+(?:ов|ев|ёв|ин|ын))(?:ым|ом|а|у|е)$/u, '$1'))
    .join(' ');
}

const INSTRUMENTAL = /^(\p{Lu}\p{L}*[бвгджзклмнпрстфхцчшщ])(?:ом|ым|ем|им)$/u;

/**
 * "The heads of state of Kyrgyzstan, Azerbaijan and Turkey take part in the summit": each state's president
 * on that day, when the gazetteer knows exactly one.
 */
export function presidentsOf(
  codes: string[],
  day: string,
  sentence: Sentence,
  gazetteer: Gazetteer,
): SelectedParticipant[] {
  return codes.flatMap((code) => {
    const holders = gazetteer.holderOf(code, 'president', day);
    const [head] = holders;
    return head && holders.length === 1
      ? [{ participant: knownParticipant(head.id, gazetteer, day, 'president'), sentence }]
      : [];
  });
}
