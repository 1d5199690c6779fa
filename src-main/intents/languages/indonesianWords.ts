// Indonesian words (formal, Jakarta colloquial, a few Javanese ones the elderly use), tagged by the job they do in a
// sentence (lexicon/indonesian.json): particles that say nothing to the engine (dong, sih, aja, deh, nih…), aspect words
// (udah, masih, lagi), the negations that make a yes/no question (gak, belum, durung), question words (berapa, di
// mana, apa aja, gimana), commands in their -in/-kan/-ke forms (nyalain, matikan, urupke), states and passives
// (nyala, kebuka, dimatiin), measures (suhu, baterai), household nouns and owners. A name of the home is a name first:
// "Lampu Teras" stays the home's name, whatever cue words it is made of.
import { z } from 'zod';
import raw from '../lexicon/indonesian.json';
import { phraseKey } from '../deviceKinds';
import type { HomeSnapshot } from '../HomeIndex';
import { byEnglish, longestPhrase, phrases } from '../lexiconTable';
import { roleTable } from '../roleTable';

const LEXICON = z.object({
  particles: phrases,
  aspects: phrases,
  negations: phrases,
  questions: z.record(z.enum(['where', 'how much', 'how many', 'when', 'what', 'which', 'how', 'who', 'why']), phrases),
  commands: byEnglish,
  states: byEnglish,
  places: phrases,
  from: phrases,
  to: phrases,
  relative: phrases,
  exists: phrases,
  followUps: phrases,
  measures: byEnglish,
  nouns: byEnglish,
  owners: byEnglish,
  numberUnits: phrases,
  all: phrases,
  // Things that open and close rather than switch on and off ("buka" is both).
  openable: phrases,
  // Words that alone make a sentence Indonesian: none is an English word or a cue of another language read.
  strong: phrases,
  // Spoken and Javanese spellings read as the standard word first, so a home's names match ("kamare" = kamar).
  spellings: z.record(z.string(), z.string()),
  // Malay words that mean another word when they end a clause: "ke" is "to" ("sambung ke mana") but a yes/no tag
  // last ("pam air hidup ke?", "panas ke, berapa darjah"), read as the tag "tak".
  lastInClause: z.record(z.string(), z.string()),
  // Verbs that ask how things are linked: "nyambung ke" (connects to), "ngontrol" (controls), "ngapain" (does what).
  relations: byEnglish,
  // Days and "jam"/"hari": a state said with one asks when a thing runs ("Si Bolang jalan hari Jumat?").
  days: byEnglish,
  // What the engine cannot yet be asked, so the sentence is left unread rather than misread: "di sana" (a place said
  // before), "sama X juga" (a second target) and switching a camera off (its privacy setting, not its power).
  unread: byEnglish,
}).strict().parse(raw);
export { LEXICON as INDONESIAN };

export type IndonesianRole = 'particle' | 'aspect' | 'negation' | 'question' | 'command' | 'state' | 'place' | 'from' | 'to' | 'relative' | 'exists' | 'followUp' | 'measure' | 'noun' | 'owner' | 'unit' | 'all' | 'relation' | 'day' | 'unread';
export type IndonesianToken = { kind: IndonesianRole | 'name' | 'number' | 'word'; said: string; english: string; entityTypes?: readonly string[]; native?: boolean; meaning?: string };

const { table: TABLE, put } = roleTable<IndonesianRole>();
// Longer phrases are matched first whatever their role; among equal ones the earlier role wins.
put('followUp', LEXICON.followUps);
put('question', LEXICON.questions);
put('relation', LEXICON.relations);
put('command', LEXICON.commands);
put('state', LEXICON.states);
put('measure', LEXICON.measures);
for (const [english, list] of Object.entries(LEXICON.unread)) if (english !== 'recorded') put('unread', list, english);
put('day', LEXICON.days);
put('negation', LEXICON.negations);
put('aspect', LEXICON.aspects);
put('unit', LEXICON.numberUnits);
put('place', LEXICON.places, 'in');
put('from', LEXICON.from, 'from');
put('to', LEXICON.to, 'to');
put('relative', LEXICON.relative);
put('exists', LEXICON.exists);
put('all', LEXICON.all, 'all');
put('noun', LEXICON.nouns);
put('owner', LEXICON.owners);
put('particle', LEXICON.particles);
const LONGEST_CUE = longestPhrase(TABLE);
const STRONG = new Set(LEXICON.strong);
// Words of the lexicon that are English too: they never make a sentence Indonesian.
const ENGLISH = new Set(['set', 'list', 'start', 'stop', 'what', 'which', 'where', 'to', 'on', 'off', 'ok', 'please', 'pls', 'mode', 'volume', 'app', 'total', 'manual', 'level', 'watt', 'kw', 'kwh', 'brightness', 'setpoint', 'tv', 'radio', 'speaker', 'ac', 'cctv', 'alarm', 'router', 'oven', 'device', 'devices', 'automation', 'smart lock', 'villa', 'online', 'offline', 'literally', 'btw', 'le', 'e', 'ne', 'c']);
const NUMBER = /^-?\d+(?:[.,]\d+)?%?$/;
const LAST_IN_CLAUSE = new RegExp(`(?<![\\p{L}\\d-])(?:${Object.keys(LEXICON.lastInClause).join('|')})(?=\\s*(?:[,;?!.]|$))`, 'gu');

/** The words of a sentence, lower-cased, with spoken spellings standardised and "-nya", "-ne", "-ku" taken off a name. */
export function indonesianWords(text: string, snapshot: HomeSnapshot): string[] {
  const known = wordsOfNames(snapshot);
  const out: string[] = [];
  const tagged = text.toLowerCase().replace(LAST_IN_CLAUSE, (w) => LEXICON.lastInClause[w] ?? w);
  for (const w of tagged.replace(/[’‘`]/g, "'").replace(/[?!;:"()]+/g, ' ').replace(/,(?!\d)/g, ' ').split(/\s+/)) {
    const word = w.replace(/\.+$/, '');
    if (!word) continue;
    const spelled = LEXICON.spellings[word] ?? word;
    const hyphen = /^(.+?)-(nya|ne|ku|mu)$/.exec(spelled);
    const glued = /^(.{2,}?)(nya|ku)$/.exec(spelled);
    if (TABLE.has(spelled) || known.has(spelled)) out.push(...spelled.split(' '));
    else if (hyphen?.[1]) out.push(LEXICON.spellings[hyphen[1]] ?? hyphen[1]);
    else if (glued?.[1] && (known.has(glued[1]) || TABLE.get(glued[1])?.kind === 'noun' || TABLE.get(glued[1])?.kind === 'measure')) out.push(glued[1]);
    else out.push(...spelled.split(' '));
  }
  return out;
}

const NAME_WORDS = new WeakMap<HomeSnapshot, Set<string>>();
export function wordsOfNames(snapshot: HomeSnapshot): Set<string> {
  let words = NAME_WORDS.get(snapshot);
  if (!words) {
    words = new Set([...snapshot.phrases.keys()].flatMap((k) => k.split(' ')));
    NAME_WORDS.set(snapshot, words);
  }
  return words;
}

/** Does the sentence read as Indonesian: one word no other language here has, or two Indonesian cue words? */
export function soundsIndonesian(words: readonly string[], tokens: readonly IndonesianToken[]): boolean {
  if (tokens.some((t) => t.kind === 'name') && tokens.every((t) => t.kind === 'name' || ENGLISH.has(t.said))) return false;
  const joined = ` ${words.join(' ')} `;
  for (const s of STRONG) if (joined.includes(` ${s} `)) return true;
  // "kamera dalam bilik nenek ada?", "rumah kampung ada bilik apa": "ada" (there is) after the thing or place, with
  // another cue word of its own ("ada HomePod di rumah?" opens with it, as a mixed sentence may).
  if (tokens.slice(1).some((t) => t.kind === 'exists') && tokens.some((t) => EXISTS_WITH.has(t.kind) && !ENGLISH.has(t.said) && !(t.kind === 'noun' && t.native))) return true;
  // Otherwise an Indonesian command or question word opening the sentence ("tutup gorden", "kalo gazebo?").
  const first = tokens[0];
  return !!first && ['command', 'followUp'].includes(first.kind) && !ENGLISH.has(first.said) && tokens.length > 1;
}

// The cheap check (README, "Speed of the language layer"): soundsIndonesian needs a strong phrase said (its first word
// is then one of the sentence's words) or a command or follow-up opening the sentence (a table phrase of that role
// starting with the first word), so a sentence with neither is never Indonesian and is not tokenized.
const STRONG_FIRST: ReadonlySet<string> = new Set(LEXICON.strong.map((s) => s.split(' ')[0] ?? s));
const OPENING_FIRST: ReadonlySet<string> = new Set([...TABLE].filter(([, e]) => e.kind === 'command' || e.kind === 'followUp').map(([k]) => k.split(' ')[0] ?? k));
// Or an "ada" with another cue word: a sentence with no word keyed as an "exists" phrase's first word has none.
const EXISTS_FIRST: ReadonlySet<string> = new Set(LEXICON.exists.map((s) => s.split(' ')[0] ?? s));
const EXISTS_WITH: ReadonlySet<string> = new Set(['noun', 'place', 'question', 'measure', 'state']);
export function maySoundIndonesian(words: readonly string[]): boolean {
  const said = words.join(' ').split(' ');
  return OPENING_FIRST.has(said[0] ?? '') || said.some((w) => STRONG_FIRST.has(w) || EXISTS_FIRST.has(w));
}

/** The sentence's words, each a name of the home, an Indonesian word with its job, a number or a plain word. */
export function indonesianTokens(words: readonly string[], snapshot: HomeSnapshot): IndonesianToken[] {
  const out: IndonesianToken[] = [];
  let i = 0;
  while (i < words.length) {
    const name = nameAt(words, i, snapshot);
    const cue = cueAt(words, i);
    if (name && name.length >= (cue?.length ?? 0)) {
      out.push({ kind: 'name', said: name.said, english: name.said, entityTypes: name.types });
      i += name.length;
    } else if (cue) {
      const said = words.slice(i, i + cue.length).join(' ');
      // A noun the home's own names use ("lampu" in "Lampu Teras") is said as the home says it, not translated.
      const native = cue.kind === 'noun' && said.split(' ').every((w) => wordsOfNames(snapshot).has(w));
      out.push({ kind: cue.kind, said, english: native ? said : cue.english, meaning: cue.english, ...(native ? { native } : {}) });
      i += cue.length;
    } else {
      const said = words[i] ?? '';
      out.push({ kind: NUMBER.test(said) ? 'number' : 'word', said, english: said, ...(wordsOfNames(snapshot).has(said) ? { native: true } : {}) });
      i++;
    }
  }
  return out;
}

function cueAt(words: readonly string[], at: number): { kind: IndonesianRole; english: string; length: number } | undefined {
  for (let len = Math.min(LONGEST_CUE, words.length - at); len >= 1; len--) {
    const found = TABLE.get(words.slice(at, at + len).join(' '));
    if (found) return { ...found, length: len };
  }
  return undefined;
}

function nameAt(words: readonly string[], at: number, snapshot: HomeSnapshot): { said: string; length: number; types: string[] } | undefined {
  for (let len = Math.min(snapshot.longestPhrase, words.length - at); len >= 1; len--) {
    const said = words.slice(at, at + len).join(' ');
    const found = snapshot.phrases.get(phraseKey(said));
    if (found) return { said, length: len, types: found.map((e) => e.entity_type) };
  }
  return undefined;
}

/** A measure said with its question word ("set berapa" = set to how much): the sentence asks without a mark. */
export function asksInItself(t: IndonesianToken): boolean {
  return t.kind === 'measure' && t.said.includes(' ') && t.said.split(' ').some((w) => TABLE.get(w)?.kind === 'question');
}

/** Is the thing said one that opens and closes (a door, a gate, curtains) rather than one switched on and off? */
export function opensAndCloses(said: string, snapshot: HomeSnapshot): boolean {
  const words = said.toLowerCase().split(/\s+/);
  if (LEXICON.openable.some((w) => (w.includes(' ') ? said.toLowerCase().includes(w) : words.includes(w)))) return true;
  return (snapshot.phrases.get(phraseKey(said.replace(/^the /, ''))) ?? []).some((e) => {
    const state = e.content['state'];
    return e.entity_type === 'door' || e.entity_type === 'window' || (typeof state === 'object' && state !== null && ('open' in state || 'position' in state || 'contact' in state));
  });
}
