// Aspect kinds: a kind a device is besides what its name makes it ("Bergvärmepump" is a heater AND a heat pump,
// "air-to-air heat pump / air conditioner" an air conditioner AND a heat pump). Read from the same fields as any kind
// (name, aliases, type, description, model), anywhere in a name part, also inside a compound word, so no device
// loses the kind it had and "the heat pump" finds every one of them.
import type { Entity } from '../../src-shared/protocol/entities';
import type { DeviceKind, KindEvidence } from './deviceKinds';
import { tokenize } from './normalizeText';

/** A one-word phrase counts inside a compound word ("luftwärmepumpe") from this length ("pump" never would). */
const COMPOUND_MIN = 7;
/** A part up to a preposition says what a thing is ("thermostat for the heat pump" is a thermostat). */
const PREPOSITION = /\s(?:for|with|from|by|of|in|on|at|to|near|under|behind|next)\s/i;

export interface AspectReading {
  /** The aspect kinds of the lexicon. */
  kinds: readonly DeviceKind[];
  /** Description parts that open with what the device does name what it acts on ("Controls the heat pump"). */
  actsOn: RegExp;
  /** Whether words after the aspect phrase name another thing the device is ("heat pump thermostat"). */
  namesOtherThing: (keys: readonly string[]) => boolean;
}

export function aspectKindsOf(entity: Entity, types: readonly string[], reading: AspectReading): Map<DeviceKind, KindEvidence> {
  const out = new Map<DeviceKind, KindEvidence>();
  if (reading.kinds.length === 0) return out;
  const texts: Array<[string, KindEvidence]> = [[entity.name, 'name']];
  const aliases = entity.content['aliases'];
  if (Array.isArray(aliases)) for (const a of aliases) if (typeof a === 'string') texts.push([a, 'alias']);
  for (const field of ['description', 'model'] as const) {
    const text = entity.content[field];
    if (typeof text === 'string') texts.push([(text.split(/[.!?](?:\s|$)|\n/)[0] ?? '').slice(0, 80), field]);
  }
  for (const kind of reading.kinds) {
    if (types.some((t) => kind.types.includes(t))) out.set(kind, 'type');
    for (const [text, why] of texts) {
      if (out.has(kind)) break;
      if (text.split(/[/,;:()|&+]| and | or | - /).some((part) => partNames(part, kind, reading))) out.set(kind, why);
    }
  }
  return out;
}

/** The lexicon is fixed at load: each aspect kind's phrases are tokenized once. */
const PHRASE_WORDS = new WeakMap<DeviceKind, string[][]>();
function phraseWords(kind: DeviceKind): string[][] {
  let words = PHRASE_WORDS.get(kind);
  if (!words) PHRASE_WORDS.set(kind, (words = kind.phrases.map((p) => tokenize(p).map((t) => t.key))));
  return words;
}

function partNames(part: string, kind: DeviceKind, reading: AspectReading): boolean {
  const head = part.split(PREPOSITION)[0] ?? '';
  if (reading.actsOn.test(head.trim())) return false;
  const keys = tokenize(head).map((t) => t.key);
  if (keys.length === 0) return false;
  for (const words of phraseWords(kind)) {
    const end = matchEnd(keys, words);
    if (end !== undefined && !reading.namesOtherThing(keys.slice(end))) return true;
  }
  return false;
}

/** Where the phrase ends in the keys: as whole words, or one long word inside a compound word. */
function matchEnd(keys: readonly string[], words: readonly string[]): number | undefined {
  if (words.length === 0) return undefined;
  for (let i = 0; i + words.length <= keys.length; i++) {
    if (words.every((w, j) => keys[i + j] === w)) return i + words.length;
  }
  const only = words.length === 1 ? words[0] ?? '' : '';
  if (only.length < COMPOUND_MIN) return undefined;
  const at = keys.findIndex((k) => k.includes(only));
  return at >= 0 ? at + 1 : undefined;
}
