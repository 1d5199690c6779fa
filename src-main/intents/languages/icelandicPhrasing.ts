// Icelandic, as a family that mixes it with English types it: "Er kveikt á útvarpinu hennar afa?", "Slökktu á
// náttlampanum", "Er útidyrahurðin læst?", "Hvaða tæki eru í herbergi afa?". Icelandic joins the article to the noun
// (ljós → ljósið, eldhús → eldhúsinu, stofa → stofunni) and puts "er kveikt á" (is switched on, on) before the thing.
// A sentence is read only when it says a word no other language read here writes (lexicon/icelandic.json `markers`:
// kveikt, slökktu, læst, hvaða, …; "er" and "og" are Danish and Norwegian too, so they are no markers). Then each
// phrase and word of the lexicon is read in English, a frame ("er kveikt á X") puts its state after the thing, and a
// word the lexicon does not know is read at the form the home's names use (the article and case ending taken off by
// the `suffixes` table: "útvarpinu" → "útvarp" of "Útvarp afa"), so the English readers after this find the name.
import { z } from 'zod';
import icelandic from '../lexicon/icelandic.json';
import { phraseKey } from '../deviceKinds';
import type { HomeSnapshot } from '../HomeIndex';
import { perSnapshot } from '../perSnapshot';
import type { Entity } from '../../../src-shared/protocol/entities';

const schema = z.object({
  // Words only Icelandic writes: a sentence without one is left to the other readers (one Set lookup per word).
  markers: z.array(z.string().min(1)),
  phrases: z.record(z.string().min(1), z.string()),
  words: z.record(z.string().min(1), z.string()),
  // A lead that says the state before the thing: [English lead, state said after the thing].
  frames: z.record(z.string().min(1), z.tuple([z.string(), z.string()])),
  // Article and case endings: [ending, what the name's form has instead], longest first.
  suffixes: z.array(z.tuple([z.string().min(1), z.string()])),
  // "Er kisulúgan opin?", "Og á baðherberginu?": a first word Danish or Norwegian also writes is Icelandic with a
  // letter only Icelandic writes here (þ, ð; Danish writes æ) or its "í"/"á" said alone.
  leads: z.array(z.string().min(1)),
}).strict();
const LEX = schema.parse(icelandic);

const lower = (w: string): string => w.toLowerCase().replace(/^[^\p{L}\d]+|[^\p{L}\d%°]+$/gu, '');
const LEADS: ReadonlySet<string> = new Set(LEX.leads);
const OWN_LETTERS = /[þð]/;
const OWN_WORDS: ReadonlySet<string> = new Set(['í', 'á']);
const MARKERS: ReadonlySet<string> = new Set(LEX.markers);
const WORDS = new Map(Object.entries(LEX.words));
const split = (said: string): string[] => said.split(' ');
const PHRASES = Object.entries(LEX.phrases).map(([said, meant]) => ({ words: split(said), meant })).sort((a, b) => b.words.length - a.words.length);
const FRAMES = Object.entries(LEX.frames).map(([said, [lead, state]]) => ({ words: split(said), lead, state })).sort((a, b) => b.words.length - a.words.length);
const PHYSICAL = new Set(['device', 'room', 'zone', 'door', 'window']);
const ENDING = /[?!.,;:]+$/;

/** Words of the home's names (devices, rooms, zones, doors, windows), as keys: built once per snapshot. */
const nameWords = perSnapshot((snapshot: HomeSnapshot): Set<string> => {
  const words = new Set<string>();
  for (const entity of snapshot.byId.values() as Iterable<Entity>) if (PHYSICAL.has(entity.entity_type)) for (const w of phraseKey(entity.name).split(' ')) if (w.length > 1) words.add(w);
  return words;
});

/** The word at the form a name of the home writes it ("útvarpinu" → "útvarp"), or undefined. */
function nameForm(word: string, snapshot: HomeSnapshot): string | undefined {
  const words = nameWords(snapshot);
  if (words.has(phraseKey(word))) return word;
  for (const [ending, instead] of LEX.suffixes) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const form = word.slice(0, -ending.length) + instead;
    if (words.has(phraseKey(form))) return form;
  }
  return undefined;
}

function saysIcelandic(said: readonly string[]): boolean {
  if (said.some((w) => MARKERS.has(lower(w)))) return true;
  return LEADS.has(lower(said[0] ?? '')) && said.some((w) => OWN_LETTERS.test(w.toLowerCase()) || OWN_WORDS.has(lower(w)));
}

const at = (tokens: readonly string[], from: number, words: readonly string[]): boolean => words.every((w, i) => tokens[from + i] === w);

/** The Icelandic sentence read in English words, or undefined when it says no Icelandic. */
export function icelandicPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  const said = text.trim().split(/\s+/).filter(Boolean);
  if (said.length === 0 || said.length > 24 || !saysIcelandic(said)) return undefined;
  const mark = ENDING.exec(said[said.length - 1] ?? '')?.[0] ?? '';
  const tokens = said.map(lower).filter(Boolean);
  const out: string[] = [];
  let state = '';
  for (let i = 0; i < tokens.length; i++) {
    const frame = FRAMES.find((f) => at(tokens, i, f.words));
    if (frame && !state) {
      out.push(frame.lead);
      state = frame.state;
      i += frame.words.length - 1;
      continue;
    }
    const phrase = PHRASES.find((p) => at(tokens, i, p.words));
    if (phrase) {
      if (phrase.meant) out.push(phrase.meant);
      i += phrase.words.length - 1;
      continue;
    }
    const token = tokens[i] ?? '';
    // "í 22 gráður": "in" before a number is "to".
    if (token === 'í' && /^\d/.test(tokens[i + 1] ?? '')) {
      out.push('to');
      continue;
    }
    const meant = WORDS.get(token);
    const name = meant === undefined ? nameForm(token, snapshot) : undefined;
    if (name) out.push(name);
    else if (meant === undefined) out.push(token);
    else if (meant) out.push(meant);
  }
  const english = [...out, state].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
  return `${english}${mark}`;
}
