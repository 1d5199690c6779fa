// Japanese words as a household types them (lexicon/japanese.json), tagged by the job they do in a sentence. Japanese
// writes no spaces ("玄関の鍵はかかっていますか" = is the genkan lock locked), so a sentence is cut by the longest
// word found at each point: a word of the home's own names ("電気毛布", "給湯器") before a word of the lexicon ("電気"),
// a particle (の, は, を, に) between them. A verb is its stem with any kana ending after it ("つけ" in "つけて",
// "つけてください"; "つい" in "ついていますか", "ついてる"). Romanized Japanese ("kotatsu keshite", "genkan no kagi
// akete oite") is read word by word, its command words being the only markers of a sentence typed without kana.
import { z } from 'zod';
import raw from '../lexicon/japanese.json';
import type { HomeSnapshot } from '../HomeIndex';
import { byEnglish, phrases } from '../lexiconTable';
import { roleTable } from '../roleTable';

const LEXICON = z.object({
  // Place words of other languages' lexicons join the place groups (languagePlaces.ts).
  places: byEnglish,
  // Particles after a noun: の joins two nouns ("玄関の鍵"), は/が mark the topic, を/に the object and the goal.
  particles: phrases,
  // Words that say nothing to the engine: politeness ("ください", "です"), "今", "もう", tags ("ね", "pls").
  softeners: phrases,
  // Verb stems of requests ("つけ" + "て", "てください"; "消し" + "て"); romanized ones ("tsukete") as typed.
  commands: byEnglish,
  // Verb stems of states ("つい" + "ていますか", "てる"; "かかっ" + "ていますか" = locked).
  states: byEnglish,
  questions: z.record(z.enum(['what temperature', 'when', 'how long', 'where', 'how many', 'what', 'which', 'what happens', 'what to do', 'how is']), phrases),
  // "ある?", "ありますか": whether a thing is there.
  exists: phrases,
  // "教えて" (tell me): a request that asks, as a question does.
  tell: phrases,
  // "押したら", "地震のとき": what is said before it is the event of a "what happens".
  conditions: phrases,
  measures: byEnglish,
  nouns: byEnglish,
  // Family words said as a room's owner ("おばあちゃんの部屋" = obaachan's room), in the household's romanized form.
  family: byEnglish,
  units: byEnglish,
  // Room words in kanji by the romaji a household says them in ("和室" = washitsu), for rooms named in romaji.
  readings: z.record(z.string(), z.string()),
}).strict().parse(raw);

export type JapaneseRole = 'particle' | 'softener' | 'command' | 'state' | 'question' | 'exists' | 'tell' | 'condition' | 'measure' | 'noun' | 'family' | 'unit';
export type JapaneseToken = { kind: JapaneseRole | 'name' | 'number' | 'word'; said: string; english: string };

const { table: TABLE, put } = roleTable<JapaneseRole>();
put('tell', LEXICON.tell, 'tell');
put('question', LEXICON.questions);
put('exists', LEXICON.exists, 'exists');
put('command', LEXICON.commands);
put('state', LEXICON.states);
put('measure', LEXICON.measures);
put('noun', LEXICON.nouns);
put('family', LEXICON.family);
put('unit', LEXICON.units);
put('condition', LEXICON.conditions, 'if');
put('particle', LEXICON.particles);
put('softener', LEXICON.softeners);

/** Verbs take the kana ending after their stem ("つけ" + "てください"). */
const VERBS: ReadonlySet<JapaneseRole> = new Set(['command', 'state', 'exists', 'tell']);
const KANA = /[\u3040-\u30ff]/u;
const HIRAGANA = /[\u3040-\u309f]/u;
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff々]/u;
const LONGEST = Math.max(...[...TABLE.keys()].map((k) => k.length));

/**
 * The romanized words that mark a Japanese sentence typed in Latin letters: the request verbs only ("keshite",
 * "tsukete", "akete"), words no English sentence and no other language the engine reads writes.
 */
const ROMAN_MARKERS: ReadonlySet<string> = new Set(
  [...Object.values(LEXICON.commands).flat()].filter((w) => /^[a-z]{5,}$/.test(w)),
);

/** The one cheap check run on every sentence: a kana letter, or a romanized Japanese request word. */
export function mayBeJapanese(text: string): boolean {
  if (KANA.test(text)) return true;
  if (!/[a-z]{5}/i.test(text)) return false;
  return text.toLowerCase().split(/[^a-z]+/).some((w) => ROMAN_MARKERS.has(w));
}

type NameIndex = { words: Map<string, string>; longest: number; shared: Set<string>; whole: Set<string> };
const NAMES = new WeakMap<HomeSnapshot, NameIndex>();
/** The Japanese words of the home's names ("電気毛布", "給湯器", "リビング照明"), and each name written without spaces. */
function namesOf(snapshot: HomeSnapshot): NameIndex {
  let index = NAMES.get(snapshot);
  if (!index) {
    index = { words: new Map(), longest: 1, shared: new Set(), whole: new Set() };
    const seen = new Set<string>();
    for (const entity of snapshot.byId.values()) {
      const name = entity.name.normalize('NFKC').toLowerCase();
      const parts = name.split(/\s+/).filter(Boolean);
      if (parts.length === 1) index.whole.add(name);
      for (const part of [...parts, parts.join('')]) {
        if (!JAPANESE.test(part) || part.length < 2) continue;
        if (seen.has(part) && part !== parts.join('')) index.shared.add(part);
        seen.add(part);
        index.words.set(part, part);
        index.longest = Math.max(index.longest, part.length);
      }
      // "玄関 ライト" typed "玄関ライト": the name as the reader sees it is the name with its space.
      if (parts.length > 1 && parts.some((p) => JAPANESE.test(p))) index.words.set(parts.join(''), name);
    }
    NAMES.set(snapshot, index);
  }
  return index;
}

/** Is the word one of the home's names (or a word of one)? */
export function isHomeWord(word: string, snapshot: HomeSnapshot): boolean {
  return namesOf(snapshot).words.has(word);
}

/** The sentence's tokens: Latin words whole, Japanese runs cut by the longest name or lexicon word at each point. */
export function japaneseTokens(text: string, snapshot: HomeSnapshot): JapaneseToken[] {
  const names = namesOf(snapshot);
  const out: JapaneseToken[] = [];
  const lowered = text.normalize('NFKC').toLowerCase().replace(/wi-fi/g, 'wifi');
  for (const chunk of lowered.split(/[\s、。,!?!?.~…]+/u).filter(Boolean)) {
    if (!JAPANESE.test(chunk)) {
      out.push(...latinTokens(chunk, names));
      continue;
    }
    let i = 0;
    let unknown = '';
    const flush = (): void => {
      if (unknown) out.push({ kind: 'word', said: unknown, english: '' });
      unknown = '';
    };
    while (i < chunk.length) {
      const number = /^\d+(?:\.\d+)?/.exec(chunk.slice(i));
      // "2階" is the home's floor before it is a number.
      if (number && !names.words.has(chunk.slice(i, i + number[0].length + 1))) {
        flush();
        out.push({ kind: 'number', said: number[0], english: '' });
        i += number[0].length;
        continue;
      }
      const found = longestAt(chunk, i, names);
      if (!found) {
        unknown += chunk[i];
        i += 1;
        continue;
      }
      flush();
      let end = i + found.length;
      // A verb's ending: the kana after its stem ("て", "ています", "ますか"), up to a particle-free end of the run.
      // It stops where a condition or a question starts ("止まったらどうすれば" = if it stops, what do I do).
      if (VERBS.has(found.token.kind as JapaneseRole)) while (end < chunk.length && HIRAGANA.test(chunk[end] ?? '') && !startsClause(chunk, end)) end++;
      out.push({ ...found.token, said: found.token.kind === 'name' ? found.token.said : chunk.slice(i, end) });
      i = end;
    }
    flush();
  }
  return out;
}

const CLAUSE_STARTS = [...TABLE.entries()].filter(([k, v]) => (v.kind === 'condition' || v.kind === 'question') && k.length >= 2 && HIRAGANA.test(k)).map(([k]) => k);
function startsClause(chunk: string, at: number): boolean {
  return CLAUSE_STARTS.some((k) => chunk.startsWith(k, at));
}

function longestAt(chunk: string, at: number, names: NameIndex): { length: number; token: JapaneseToken } | undefined {
  for (let len = Math.min(Math.max(LONGEST, names.longest), chunk.length - at); len >= 1; len--) {
    const piece = chunk.slice(at, at + len);
    const name = names.words.get(piece);
    const cue = TABLE.get(piece);
    // A name word the lexicon knows as a kind ("エアコン" of "おばあちゃん エアコン") is the kind: every one of it.
    // Unless several of the home's names share it ("火災警報器 キッチン", "火災警報器 2F"): the home's word finds them all;
    // or it is a whole name ("洗濯機"), which finds the one device the kind word may not.
    if (cue?.kind === 'noun' && name && (names.shared.has(piece) || names.whole.has(piece))) return { length: len, token: { kind: 'name', said: piece, english: '' } };
    // So is a word of a name that the lexicon gives a job ("説明書" of "Zojirushi 炊飯器 説明書" asks for a manual).
    if (cue && name && cue.kind !== 'particle' && cue.kind !== 'softener') return { length: len, token: { kind: cue.kind, said: piece, english: cue.english } };
    if (name) return { length: len, token: { kind: 'name', said: name, english: '' } };
    if (cue) return { length: len, token: { kind: cue.kind, said: piece, english: cue.english } };
  }
  return undefined;
}

/** A Latin word: a romanized cue, a number with its unit ("22", "30%", "24度"), or a word as typed (a name or English). */
function latinTokens(word: string, names: NameIndex): JapaneseToken[] {
  const cue = TABLE.get(word);
  if (cue && !names.words.has(word)) return [{ kind: cue.kind, said: word, english: cue.english }];
  const number = /^(\d+(?:\.\d+)?)(.*)$/.exec(word);
  if (number) {
    const unit = TABLE.get(number[2] ?? '');
    const token: JapaneseToken = { kind: 'number', said: number[1] ?? '', english: '' };
    return unit?.kind === 'unit' ? [token, { kind: 'unit', said: number[2] ?? '', english: unit.english }] : [token];
  }
  return [{ kind: 'word', said: word, english: '' }];
}

/** The one Japanese name word of the home that holds the word ("仏壇" of "仏壇ライト"), if exactly one does. */
export function nameHolding(word: string, snapshot: HomeSnapshot): string | undefined {
  const holders = [...new Set([...namesOf(snapshot).words.entries()].filter(([w]) => w !== word && w.includes(word)).map(([, name]) => name))];
  return holders.length === 1 ? holders[0] : undefined;
}

/** Room words a household says in romaji ("和室" = washitsu), for a home that names its rooms so. */
export const READINGS: ReadonlyMap<string, string> = new Map(Object.entries(LEXICON.readings));
