// Hong Kong English says the Cantonese verb for switching: hoi (開, on/open) and saan (閂, off/close), before its
// object as English does ("saan it", "ok saan the TV also") or after it as Cantonese does ("entrance light hoi",
// "收音機 hoi la"), and a number right after the object is the setting to switch on at ("hoi 客廳冷氣 24 degree" =
// switch it on at 24). Tagalog, spoken in the same households, has "saan" = where: a Tagalog "saan" is followed by
// Tagalog ("saan yung cctv", "saan naka-install …"), so only a "saan" in a sentence with no other Tagalog word is read
// as Cantonese. A word the home names something with stays a name. The words are data (lexicon/cantoneseVerbs.json).
import { z } from 'zod';
import type { HomeSnapshot } from '../HomeIndex';
import { namesSomething } from '../kindClaims';
import { tagalogTokens } from './tagalogWords';
import lexicon from '../lexicon/cantoneseVerbs.json';
import { markerSet, saysMarker } from '../saidWordSet';

const schema = z.object({
  on: z.array(z.string().min(1)),
  off: z.array(z.string().min(1)),
  // Words that open a turn without being its object ("ok after that hoi it").
  openers: z.array(z.string().min(1)),
  // Words of tone around the request ("lah", "wor").
  tone: z.array(z.string().min(1)),
  // A number after one of these is that setting ("hoi it speed 3"), not a temperature to switch on at.
  settings: z.array(z.string().min(1)),
  units: z.array(z.string().min(1)),
  // The aspect word after a verb that makes it a question about what was done ("hoi jor mei" = on yet?).
  perfective: z.array(z.string().min(1)),
}).strict();
const WORDS = schema.parse(lexicon);
const ON = new Set(WORDS.on);
const OFF = new Set(WORDS.off);
const TONE = new Set(WORDS.tone.filter((w) => !w.includes(' ')));
const SETTINGS = new Set(WORDS.settings);
const UNITS = new Set(WORDS.units);
const PERFECTIVE = new Set(WORDS.perfective);
const NUMBER = /^\d+(?:[.,]\d+)?$/;
// The cheap check (README, "Speed of the language layer"): every reading needs a word keyed as hoi or saan (a phrase
// with a space is never one word's key), so a sentence without one is not cut into words.
const VERBS = markerSet([...WORDS.on, ...WORDS.off].filter((w) => !w.includes(' ')));

const keyOf = (word: string): string => word.toLowerCase().replace(/^[^\p{L}\d°]+|[^\p{L}\d°]+$/gu, '');

/** The sentence with a Cantonese hoi/saan read as "turn on"/"turn off" in English order; undefined when it has none. */
export function cantoneseVerbs(said: string, snapshot: HomeSnapshot): string | undefined {
  if (!saysMarker(said, VERBS)) return undefined;
  const typed = said.trim().split(/\s+/).filter(Boolean);
  // Tone words and the reason after a comma ("saan it, homework time") say nothing about the request.
  const comma = typed.findIndex((w) => /[,;]$/.test(w));
  const clause = (comma >= 0 ? typed.slice(0, comma + 1) : typed).map((w) => ({ typed: w, key: keyOf(w) })).filter((w) => w.key && !TONE.has(w.key));
  const rest = comma >= 0 ? typed.slice(comma + 1) : [];
  const at = clause.findIndex((w) => (ON.has(w.key) || OFF.has(w.key)) && !namesSomething(snapshot, w.typed));
  const verb = clause[at];
  if (!verb || clause.some((w, i) => i !== at && (ON.has(w.key) || OFF.has(w.key)))) return undefined;
  // "hoi jor mei" (switched on yet?) asks; it is no request.
  if (PERFECTIVE.has(typed[typed.indexOf(verb.typed) + 1]?.toLowerCase() ?? '')) return undefined;
  const on = ON.has(verb.key);
  if (!on && spokenAsTagalog(typed, snapshot)) return undefined;
  const before = clause.slice(0, at).map((w) => w.key);
  const after = clause.slice(at + 1).map((w) => w.typed.replace(/[,;]$/, ''));
  const lead = openersAt(before);
  // "entrance light hoi": the object said first; "ok after that hoi it": only openers before the verb.
  const object = lead === before.length ? after : after.length === 0 ? clause.slice(lead, at).map((w) => w.typed) : undefined;
  if (!object || object.length === 0) return undefined;
  const verbWords = on ? 'turn on' : 'turn off';
  const tail = rest.length > 0 ? `, ${rest.join(' ')}` : '';
  // "hoi 客廳冷氣 24 degree", "hoi it 22": switched on at that temperature.
  const number = object.findIndex((w) => NUMBER.test(w));
  if (on && number > 0 && object.slice(number + 1).every((w) => UNITS.has(keyOf(w))) && !SETTINGS.has(keyOf(object[number - 1] ?? ''))) {
    const unit = object.length > number + 1 ? ' degrees' : '';
    return `set ${object.slice(0, number).join(' ')} to ${object[number]}${unit} and turn it on${tail}`;
  }
  return `${verbWords} ${object.join(' ')}${tail}`;
}

/** How many of the first words are openers ("ok", "after that"). */
function openersAt(words: readonly string[]): number {
  let at = 0;
  for (;;) {
    const opener = WORDS.openers.map((o) => o.split(' ')).find((o) => o.every((w, i) => words[at + i] === w));
    if (!opener) return at;
    at += opener.length;
  }
}

/** A sentence with a Tagalog word other than "saan" itself ("saan yung cctv", "saan naka-install"). */
function spokenAsTagalog(words: readonly string[], snapshot: HomeSnapshot): boolean {
  const plain = words.map((w) => w.toLowerCase().replace(/[?!.,;:]+/g, '')).filter(Boolean);
  return tagalogTokens(plain, snapshot).some((t) => !OFF.has(t.said) && t.kind !== 'name' && t.kind !== 'word' && t.kind !== 'particle' && !t.englishOnly);
}
