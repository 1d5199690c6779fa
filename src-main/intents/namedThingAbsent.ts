// "is the playstation on" in a home with an Xbox, "what temp is the hot tub at", "dog feeder full?" beside a cat's
// feeder, "Ist die Sauna auf Sylt schon warm?": a question naming a particular thing the home does not have was
// answered about something else (the Xbox, every temperature in the house, the cat's feeder, a room's devices), a
// confident answer about the wrong thing. The things people name this way (a hot tub, a pool, a generator, a radon
// sensor, a brand) are data (lexicon/namedThings.json), each with the other words homes write it with. When every
// thing a sentence names is found nowhere in the home (no entity's name, alias, description, model, maker or state
// field holds any of its words, and no device is of its kind unless that device says it is another one: a cat's
// feeder is no dog feeder), the answer says so plainly. A word the lexicon does not know never makes a "none": the
// trap is the reverse fault, a "none" when the home has the thing under another word.
import { z } from 'zod';
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { textOf } from './answerGraphSearch';
import { coveredKinds, kindById, kindForPhrase, kindsNamedIn, phraseKey } from './deviceKinds';
import { isMakerPhrase } from './makerKindPhrases';
import { tokenize } from './normalizeText';
import lexicon from './lexicon/namedThings.json';

const schema = z.object({
  things: z.array(z.object({
    /** How the answer says it. */
    say: z.string().min(1),
    /** Words people and homes name it with, in any language. */
    phrases: z.array(z.string().min(1)).min(1),
    /** Device kinds that are this thing, so a home that has one has it whatever it is called. */
    kinds: z.array(z.string()).optional(),
    /** Words by which a device of those kinds says it is another thing ("cat" for a dog feeder). */
    unless: z.array(z.string()).optional(),
  }).strict()),
}).strict();

interface Thing { say: string; phrases: string[][]; kinds: Set<string>; unless: string[] }

/** A sentence's words as typed, lowercased: no stemming or accent folding, so "sono" is no "sonos" and "bat" no "båt". */
const typedWords = (text: string): string[] => text.toLowerCase().normalize('NFC').split(/[^\p{L}\p{M}\d'’-]+/u).filter(Boolean);

const THINGS: Thing[] = schema.parse(lexicon).things.map((t) => {
  const kinds = new Set<string>();
  for (const id of t.kinds ?? []) {
    const kind = kindById(id);
    if (!kind) throw new Error(`namedThings.json: unknown kind "${id}"`);
    for (const covered of coveredKinds(kind)) kinds.add(covered);
  }
  // A maker the kind lexicon reads as a kind ("sonos") keeps its own honest answer (makerKindPhrases.ts). A phrase the
  // kind lexicon reads as a kind ("echo dot": a speaker) is had by any device of that kind, as the none guard requires.
  const phrases = t.phrases.filter((p) => !isMakerPhrase(p));
  for (const phrase of phrases) {
    const kind = kindForPhrase(phraseKey(phrase));
    if (kind) for (const covered of coveredKinds(kind)) kinds.add(covered);
  }
  return { say: t.say, phrases: phrases.map(typedWords).filter((p) => p[0]), kinds, unless: (t.unless ?? []).map(phraseKey) };
});
/** Phrase (keys joined) → the thing it names; the first key of each phrase for the one cheap check per sentence. */
const BY_PHRASE = new Map<string, Thing>();
for (const thing of THINGS) for (const p of thing.phrases) if (!BY_PHRASE.has(p.join(' '))) BY_PHRASE.set(p.join(' '), thing);
const FIRST_KEYS = new Set([...BY_PHRASE.keys()].map((k) => k.split(' ')[0] ?? ''));
const LONGEST = Math.max(...[...BY_PHRASE.keys()].map((k) => k.split(' ').length));
/** A one-word phrase this long is found inside a home's compound word too ("Whirlpoolwanne", "Saunaofen"). */
const COMPOUND_MIN = 5;

/** The things a sentence names, in order, else an empty list (one set look-up per word when it names none). */
export function thingsNamed(text: string): Thing[] {
  const keys = typedWords(text);
  if (!keys.some((k) => FIRST_KEYS.has(k))) return [];
  const found: Thing[] = [];
  for (let start = 0; start < keys.length; start++) {
    if (!FIRST_KEYS.has(keys[start] ?? '')) continue;
    for (let len = Math.min(LONGEST, keys.length - start); len >= 1; len--) {
      const thing = BY_PHRASE.get(keys.slice(start, start + len).join(' '));
      if (!thing) continue;
      if (!found.includes(thing)) found.push(thing);
      start += len - 1;
      break;
    }
  }
  return found;
}

/** Each entity's words (name, text, state fields and values), keyed, built once per snapshot when first asked. */
const ENTITY_KEYS = new WeakMap<HomeSnapshot, EntityWords[]>();
/** An entity's words as a set, and as running text (typed and keyed) for phrases of several words. */
interface EntityWords { entity: Entity; keys: Set<string>; runs: string }

function entityKeys(snapshot: HomeSnapshot): EntityWords[] {
  let out = ENTITY_KEYS.get(snapshot);
  if (out) return out;
  out = [...snapshot.byId.values()].map((entity) => {
    const state = entity.content['state'];
    const fields = typeof state === 'object' && state !== null ? Object.entries(state).map(([k, v]) => `${k.replace(/_/g, ' ')} ${typeof v === 'string' ? v : ''}`).join(' ') : '';
    const text = `${entity.name} ${textOf(entity)} ${fields}`;
    const keyed = tokenize(text).map((t) => t.key);
    const typed = typedWords(text);
    return { entity, keys: new Set([...keyed, ...typed]), runs: ` ${typed.join(' ')} | ${keyed.join(' ')} ` };
  });
  ENTITY_KEYS.set(snapshot, out);
  return out;
}

/** Whether the home has the thing by any of its words or kinds. */
function homeHas(thing: Thing, snapshot: HomeSnapshot): boolean {
  for (const { entity, keys, runs } of entityKeys(snapshot)) {
    for (const phrase of thing.phrases) {
      // Words of a phrase side by side: a radio that can "play" and says its "station" is no "play station".
      if (phrase.length === 1 ? keys.has(phrase[0] ?? '') : runs.includes(` ${phrase.join(' ')} `)) return true;
      const word = phrase.length === 1 ? phrase[0] ?? '' : '';
      if (word.length >= COMPOUND_MIN && [...keys].some((k) => k.length > word.length && k.includes(word))) return true;
    }
    if (thing.kinds.size > 0 && entity.entity_type === 'device' && !thing.unless.some((w) => keys.has(w))) {
      const kinds = snapshot.kindsOfDevice.get(entity.id);
      if (kinds && [...kinds.keys()].some((id) => thing.kinds.has(id))) return true;
    }
  }
  return false;
}

function homeHasKind(id: string, snapshot: HomeSnapshot): boolean {
  for (const kinds of snapshot.kindsOfDevice.values()) if (kinds.has(id)) return true;
  return false;
}

/** "I couldn't find a hot tub in this home." when every thing the sentence names is absent from the home, else undefined. */
export function namedThingAbsent(text: string, snapshot: HomeSnapshot): string | undefined {
  const named = thingsNamed(text);
  if (named.length === 0 || named.some((thing) => homeHas(thing, snapshot))) return undefined;
  // "turn on the pool pump", "have we got an air fryer": a kind the home has no device of gets the kind's own honest
  // none, which says the place asked and what else is there; this rule is for a thing beside devices of its kind.
  if ([...kindsNamedIn(text).keys()].some((id) => !homeHasKind(id, snapshot))) return undefined;
  const said = named.map((t) => `${/^[aeiou]/i.test(t.say) ? 'an' : 'a'} ${t.say}`);
  return `I couldn't find ${said.join(' or ')} in this home: nothing here is named or described as one.`;
}
