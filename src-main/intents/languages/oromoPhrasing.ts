// Afaan Oromo read in English (lexicon/oromo.json): "Ibsaa kushinaa qabsiisi" is turn on the kushina light, "Mana
// injeraa keessa maaltu jira" what is in the injera kitchen, "Foddaan kutaa Haanaa banaadhaa" is Hana's room window
// open. Oromo says the thing before what qualifies it and the verb last, so the thing's words (phrases first, then
// words, their case endings cut off) are read last first, and the shape comes from its verbs and question words. A
// name of the home written in Ge'ez in brackets ("Paampiin bishaanii (የውሃ ፓምፕ) hojjetaa jiraa") is the thing meant
// (amharicWords.ts reads it). Of clauses, the first one read ("…dhaamsi, rafteetti": she is asleep, the reason).
// Speed: a sentence with none of the words only Oromo says returns at once.
import { z } from 'zod';
import raw from '../lexicon/oromo.json';
import type { HomeSnapshot } from '../HomeIndex';
import { markerSet, saysMarker } from '../saidWordSet';
import { amharicWords } from './amharicWords';

const list = z.array(z.string().min(1));
const table = z.record(z.string().min(1), z.string().min(1));
const OROMO = z.object({ _comment: z.string(), sure: list, phrases: table, words: table, roles: z.record(z.string().min(1), list), howVerbs: table, endings: list }).parse(raw);

const SURE = markerSet(OROMO.sure);
const PHRASES = Object.entries(OROMO.phrases).map(([said, read]) => ({ parts: said.split(' '), read })).sort((a, b) => b.parts.length - a.parts.length);
const WORDS: ReadonlyMap<string, string> = new Map(Object.entries(OROMO.words));
const ROLES = new Map<string, string>(Object.entries(OROMO.roles).flatMap(([role, forms]) => forms.map((f) => [f, role] as const)));
const ENDINGS = [...OROMO.endings].sort((a, b) => b.length - a.length);

/** The gate: a word only Oromo says. */
export function maySayOromo(text: string): boolean {
  return saysMarker(text, SURE);
}

/** A word without its case ending, as the lexicon has it ("ibsaan" ibsaa, "maashiniin" maashinii, "firiijiinis" firiijii). */
function bare(word: string): string {
  if (WORDS.has(word) || ROLES.has(word)) return word;
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending) || word.length <= ending.length + 2) continue;
    const stem = word.slice(0, -ending.length);
    for (const form of [stem, `${stem}i`, `${stem}a`]) if (WORDS.has(form) || ROLES.has(form) || PHRASES.some((p) => p.parts.includes(form))) return form;
  }
  return word;
}

/** The sentence in English, or undefined when it says nothing Oromo or nothing read. */
export function oromoPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!maySayOromo(text)) return undefined;
  const clause = text.split(/[,;!?]/)[0] ?? '';
  // "(የውሃ ፓምፕ)": the home's name in brackets is the thing.
  const bracketed = /\(([^()]*)\)/.exec(clause);
  const named = bracketed ? amharicWords(bracketed[1] ?? '', snapshot).filter((w) => w.kind === 'name').map((w) => w.text) : [];
  const ws = clause.replace(/\([^()]*\)/g, ' ').toLowerCase().split(/\s+/).map((w) => w.replace(/^[^\p{L}']+|[^\p{L}']+$/gu, '')).filter(Boolean).map(bare);
  const things: string[] = [];
  const roles: string[] = [];
  let how: string | undefined;
  for (let i = 0; i < ws.length; ) {
    const phrase = PHRASES.find((p) => p.parts.every((part, k) => ws[i + k] === part));
    if (phrase) {
      things.push(phrase.read);
      i += phrase.parts.length;
      continue;
    }
    const w = ws[i++] ?? '';
    const role = ROLES.get(w);
    if (role) {
      if (role !== 'skip') roles.push(role);
    } else if (OROMO.howVerbs[w]) how = OROMO.howVerbs[w];
    else things.push(WORDS.get(w) ?? w);
  }
  // "kutaa akkoo": the room of grandma is grandma's room; the thing is read last first.
  const english = things.reverse().join(' ').replace(/\b(\S+'s) room\b/, "$1 room");
  const thing = named[0] ?? english;
  const the = thing ? `the ${thing}` : 'it';
  const has = (role: string): boolean => roles.includes(role);
  if (has('turnOn')) return `turn on ${the}`;
  if (has('turnOff')) return `turn off ${the}`;
  if (has('open')) return `open ${the}`;
  if (has('close')) return `close ${the}`;
  if (has('how')) return `how do I ${how ?? 'use'} ${the}`;
  if (has('which')) return `which app controls ${the}`;
  if (has('whatIn')) return `what is in ${the}`;
  if (has('where')) return `where is ${the}`;
  if (has('isOn')) return `is ${the} on?`;
  if (has('isOpen')) return `is ${the} open?`;
  if (has('isClosed')) return `is ${the} closed?`;
  if (has('done')) return `is ${the} done?`;
  if (has('howMuch')) return /\bwater\b/.test(thing) ? `how full is the ${thing.replace(/\s*\bwater\b\s*/, ' ').trim() || 'tank'}` : `what is ${the} at`;
  return undefined;
}
