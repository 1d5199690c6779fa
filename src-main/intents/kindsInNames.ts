// The kind a name, a description or a model says: its head noun (the rightmost kind phrase, or the first in a
// language that says the head first), a kind inside a compound word, each part of a description up to a preposition.
// Split out of deviceKinds.ts (which weighs all of a device's fields); only words are read here, never a device.
import { firstKindIn, writtenHeadFirst } from './languages/languageKinds';
import { DESCRIPTION_HEAD_CHARS } from './describedAs';
import { THAI, thaiKindPhrase, tokenize } from './normalizeText';
import { withoutModifierUse } from './modifierWords';
import { partBeforeDash } from './dashedNames';
import { headBeforeOf } from './romanceHead';
import { ASKED_KIND_BY_PHRASE, KIND_BY_PHRASE, LONGEST_PHRASE, phraseKey, type DeviceKind } from './kindLexicon';

/**
 * One-word kind phrases that may sit inside a compound word ("Dachbodenkamera", "Heizkörperthermostat"): at least
 * 5 letters, so "cam" or "ofen" never fire inside unrelated words; a few that end common English words are left out.
 */
const COMPOUND_EXCLUDED = new Set(['prise', 'range', 'alarm', 'light', 'switch', 'smoke', 'shade', 'store']);
const COMPOUND_PARTS = [...KIND_BY_PHRASE.entries()].filter(([key]) => !key.includes(' ') && key.length >= 5 && !COMPOUND_EXCLUDED.has(key)).sort((a, b) => b[0].length - a[0].length);
/** A compound is the kind word plus at least this many letters ("orange" is not a "range"). */
const COMPOUND_MIN_EXTRA = 3;

/**
 * The head kind of a name: the rightmost kind phrase, longest first ("Kitchen Light Switch" is a switch, "Front Door
 * Contact Sensor" a contact sensor, "Mitsubishi PAR-42MAA Thermostat" a thermostat).
 */
export function headKindOfName(name: string): DeviceKind | undefined {
  return headOfName(name)?.kind;
}

/**
 * The head kind of a name and how it was found: a whole kind word, or a kind word inside a compound word — at its
 * end ("Heizkörperthermostat", the head of the compound) or only inside it ("Saunamaja", a sauna *house*), which is
 * a modifier at best and yields to any other evidence. A Thai name says its kind first ("แอร์ห้องยาย", thaiSegments.ts).
 */
export function headOfName(name: string): { kind: DeviceKind; inside: boolean; weak?: boolean } | undefined {
  const thai = THAI.test(name) ? KIND_BY_PHRASE.get(phraseKey(thaiKindPhrase(name) ?? '')) : undefined;
  if (thai) return { kind: thai, inside: false };
  const before = partBeforeDash(name); // "Trail cam - north gate" is a camera (dashedNames.ts)
  if (before && headOfName(before)) return headOfName(before);
  const keys = tokenize(name).map((t) => t.key);
  const first = writtenHeadFirst(name) ? firstKindIn(keys, KIND_BY_PHRASE, WEAK_HEADS, LONGEST_PHRASE) : undefined;
  if (first) return { kind: first, inside: false };
  let weak: DeviceKind | undefined;
  for (let end = keys.length; end > 0; end--) {
    for (let len = Math.min(LONGEST_PHRASE, end); len >= 1; len--) {
      const phrase = keys.slice(end - len, end).join(' ');
      const kind = KIND_BY_PHRASE.get(phrase);
      if (!kind) continue;
      // "Tondeuse Robot": a word that only guesses the kind yields to a real kind word elsewhere in the name.
      if (WEAK_HEADS.has(phrase)) {
        weak ??= kind;
        end -= len - 1;
        break;
      }
      // "Cámara del portón": the kind said before the "de" is the head (romanceHead.ts).
      return { kind: headBeforeOf(keys, end - len, (p) => (WEAK_HEADS.has(p) ? undefined : KIND_BY_PHRASE.get(p)), (k) => k.includes.length === 0, LONGEST_PHRASE) ?? kind, inside: false };
    }
  }
  const compound = compoundPart(keys);
  if (compound) return compound;
  return weak ? { kind: weak, inside: false, weak: true } : undefined;
}

const HAN = /\p{Script=Han}/u;

/**
 * Chinese writes the head noun last and without a space: the longest kind word that ends the last word in Han
 * characters is the name's kind ("小萱冷氣" an air conditioner, "客廳神明燈" a light, "走廊煙霧偵測器" a smoke alarm).
 * Read for a device's own name or alias (deviceKinds.ts) when no kind word of its other words or compounds was found;
 * never for a description, whose clauses run on without spaces ("用來開大金冷氣" is a remote, not an air conditioner).
 */
export function hanHeadOfName(name: string): DeviceKind | undefined {
  const word = [...tokenize(name).map((t) => t.key)].reverse().find((k) => HAN.test(k));
  if (!word) return undefined;
  for (let at = 0; at < word.length; at++) {
    const tail = word.slice(at);
    if (!HAN.test(tail[0] ?? '')) continue;
    const kind = KIND_BY_PHRASE.get(tail);
    if (kind) return kind;
  }
  return undefined;
}

/** Every kind a text names anywhere, with the words that name it ("clean the mini-split filters" → air conditioner). */
export function kindsNamedIn(text: string): Map<string, string[]> {
  const keys = tokenize(text).map((t) => t.key);
  const out = new Map<string, string[]>();
  for (let start = 0; start < keys.length; start++) {
    for (let len = Math.min(LONGEST_PHRASE, keys.length - start); len >= 1; len--) {
      const words = keys.slice(start, start + len);
      const kind = ASKED_KIND_BY_PHRASE.get(words.join(' '));
      if (kind && !WEAK_HEADS.has(words.join(' '))) {
        out.set(kind.id, [...(out.get(kind.id) ?? []), ...words]);
        start += len - 1;
        break;
      }
    }
  }
  return out;
}

/** Kind phrases that only guess ("the robot" is usually the vacuum), used when the name has no other kind word. */
const WEAK_HEADS = new Set(['robot', 'car', 'mesh', 'range', 'cam']);

/**
 * The kind inside a compound name word, rightmost word first: a word ending in a kind word wins ("Badlautsprecher"),
 * then one containing it ("Kamerasystem"); the longest kind word first ("Heizkörperthermostat" is a thermostat).
 */
export function compoundKind(keys: readonly string[]): DeviceKind | undefined {
  return compoundPart(keys)?.kind;
}

function compoundPart(keys: readonly string[]): { kind: DeviceKind; inside: boolean } | undefined {
  for (const pass of ['suffix', 'inside'] as const) {
    for (let i = keys.length - 1; i >= 0; i--) {
      const word = keys[i] ?? '';
      if (word.length < 5 + COMPOUND_MIN_EXTRA) continue;
      for (const [part, kind] of COMPOUND_PARTS) {
        if (word.length < part.length + COMPOUND_MIN_EXTRA) continue;
        if (pass === 'suffix' ? word.endsWith(part) : word.includes(part)) return { kind, inside: pass === 'inside' };
      }
    }
  }
  return undefined;
}

/** The kind the first words of a description name ("smart plug the old shed fridge runs off" → switch). */
export function openingKind(description: string): DeviceKind | undefined {
  const keys = tokenize(description.split(/[.!?,;:()/]/)[0] ?? '').map((t) => t.key);
  const start = ['a', 'an', 'the'].includes(keys[0] ?? '') ? 1 : 0;
  for (let len = Math.min(LONGEST_PHRASE, keys.length - start); len >= 1; len--) {
    const kind = KIND_BY_PHRASE.get(keys.slice(start, start + len).join(' '));
    if (kind) return kind;
  }
  return undefined;
}

/** A description part that opens with what the device does names what it acts on, not what it is. */
export const ACTS_ON = /^(controls?|monitors?|detects?|measures?|runs?|powers?|opens?|closes?|turns?|switch(es)?|watch(es)?|covers?|feeds?|drives?|operates?|triggers?|dims?|buzz(es)?|rings|unlocks|heats|cools|charges|serves|supplies|used|connected|linked|plugged|paired|mounted|located|installed|replaces?|replaced)\b/i;

/**
 * The kinds a description or model names by their head nouns: each part ("air-to-air heat pump / air conditioner",
 * "1PM (extractor fan)") up to a preposition ("plug for the kettle" is a plug), its rightmost kind phrase; a part
 * that opens with one ("under the dishwasher") says where the device is, not what it is.
 */
export function describedKinds(text: string): DeviceKind[] {
  const first = (text.split(/[.!?](?:\s|$)|\n/)[0] ?? '').slice(0, DESCRIPTION_HEAD_CHARS);
  const out: DeviceKind[] = [];
  // A clause opening with what the device does ("video intercom, buzzes the door and the gate") names what it acts on;
  // a later clause with a verb ("wood fireplace, only the blower fan is smart") speaks of a part of it.
  const clauses = first.split(/[/,;:()|&+]| - /).filter((c, i) => !ACTS_ON.test(c.trim()) && (i === 0 || !/\b(is|are|was|were)\b/i.test(c)));
  const parts = clauses.flatMap((c) => c.split(/ and | or /));
  // "food processor / kitchen robot": a word that only guesses ("robot") is no evidence next to other words that say
  // what the device is, even when those are no kind of ours.
  const described = parts.filter((p) => /\p{L}{3}/u.test(p)).length;
  for (const part of parts) {
    // "for" in the other languages too: "la planta, para cuando se va la luz" is no light (what it is for, not what it is).
    const head = part.trim().split(/(?:^|\s)(?:for|with|from|by|of|in|on|at|to|near|under|behind|next|above|below|beside|para|pour|per|für|voor|för|dla)\s/i)[0] ?? '';
    // "Controls the lights in the hall" says what the device acts on, not what it is.
    if (ACTS_ON.test(head.trim())) continue;
    const kind = headOfName(withoutModifierUse(head, (p) => KIND_BY_PHRASE.has(p)));
    if (kind?.weak && described > 1) continue;
    if (kind && !kind.inside && !out.includes(kind.kind)) out.push(kind.kind);
  }
  return out;
}
