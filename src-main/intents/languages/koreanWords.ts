// Korean words as a household types them (lexicon/korean.json), tagged by the job they do in a sentence: Korean glues
// its particles to a noun ("거실에", "무드등만", "에어컨은", "거실꺼" = the living-room one) and its endings to a verb
// ("켜줘", "켜 주세요", "꺼버려", "잠가줘"), and a state is a verb form with any ending after it ("켜져 있어?", "켜져있냐",
// "잠겼어", "열려있음"). A word the home's own names use is said as the home spells it, whatever particle it carries.
// A teenager's jamo shortcuts ("ㄲㄱ" = turn it off, "ㄱㄱ" = go, "ㅇㅇ" = yeah) are words of the lexicon too, and
// the few romanized commands ("geosil bul kkeojwo") are read with the home's names romanized the standard way.
import { z } from 'zod';
import raw from '../lexicon/korean.json';
import type { HomeSnapshot } from '../HomeIndex';
import { byEnglish, longestPhrase, phrases, scriptOrMarker } from '../lexiconTable';
import { roleTable, withEndings } from '../roleTable';

const LEXICON = z.object({
  // Particles glued to a noun's end: taken off only when what is left is a name of the home or a word of the lexicon.
  particles: phrases,
  // Words that say nothing to the engine: "좀" (please), "지금" (now), the jamo shortcuts "ㅇㅇ", "ㅋㅋ".
  softeners: phrases,
  // A request's helper verb typed apart from its verb: "켜 주세요", "꺼 봐", "돌려 줘".
  helpers: phrases,
  commands: byEnglish,
  // Endings a command stem takes ("켜" + "줘", "주세요", "봐라잉"); tried after a stem only.
  commandEndings: z.array(z.string()),
  // A state is its stem with any ending after it: "켜져" in "켜져있어", "켜져있냐", "켜져 있나요".
  states: byEnglish,
  // "있어?", "있나요", "없어": the stems that ask whether a thing is there.
  exists: phrases,
  questions: z.record(z.enum(['where', 'what', 'how many', 'when', 'how', 'how much']), phrases),
  // The counters after "몇" and a number: "몇 도" (degrees), "몇 개"/"몇 대" (how many), "몇 퍼" (percent).
  units: byEnglish,
  measures: byEnglish,
  nouns: byEnglish,
  // "우리집", "집": the whole home, said as a place.
  homes: phrases,
  // "자동으로" (by itself: which automation), "연결된" (connected), "가는 길" (the way to), "관리하는"/"조종" (controls).
  relations: z.record(z.enum(['automatically', 'connect', 'way', 'controls']), phrases),
  // "알려줘" (tell me), "보여줘" (show me), "목록" (list): a request that asks, as a question does.
  tell: phrases,
  // A word ending so ends a clause said before the request ("겨울이잖아", "나가니까", "끝나면"): the thing comes after it.
  clauseEnds: phrases,
  // Romanized commands ("kkeojwo"): the only markers of a sentence typed without Hangul.
  romanized: byEnglish,
  romanizedNouns: byEnglish,
}).strict().parse(raw);

export type KoreanRole = 'tell' | 'softener' | 'helper' | 'command' | 'state' | 'exists' | 'question' | 'unit' | 'measure' | 'noun' | 'home' | 'relation';
export type KoreanToken = {
  kind: KoreanRole | 'name' | 'number' | 'word';
  said: string;
  english: string;
  /** The word ends its clause ("나가니까"): what was said before it is not the thing the request is about. */
  ends?: boolean;
  /** The particle glued to the word ("은" in "안방은"), empty when none. */
  particle: string;
};

const { table: TABLE, put } = roleTable<KoreanRole>();
put('tell', LEXICON.tell, 'what');
put('softener', LEXICON.softeners);
put('relation', LEXICON.relations);
put('question', LEXICON.questions);
put('measure', LEXICON.measures);
put('noun', LEXICON.nouns);
put('home', LEXICON.homes, 'home');
put('unit', LEXICON.units);
put('helper', LEXICON.helpers);
put('command', withEndings(LEXICON.commands, LEXICON.commandEndings));
put('command', LEXICON.romanized);
put('noun', LEXICON.romanizedNouns);

const STATE_STEMS = Object.entries(LEXICON.states).flatMap(([english, list]) => list.map((stem) => ({ stem, english }))).sort((a, b) => b.stem.length - a.stem.length);
const RELATION_STEMS = Object.entries(LEXICON.relations).flatMap(([english, list]) => list.filter((stem) => stem.length >= 2 && english !== 'way').map((stem) => ({ stem, english })));
const QUESTION_STEMS = [
  ...LEXICON.questions.where.map((stem) => ({ stem, english: 'where' })),
  ...LEXICON.questions.what.filter((stem) => stem.length <= 2).map((stem) => ({ stem, english: 'what' })),
].sort((a, b) => b.stem.length - a.stem.length);
const PARTICLES = [...LEXICON.particles].sort((a, b) => b.length - a.length);
const LONGEST_CUE = longestPhrase(TABLE);

/** The romanized words that mark a Korean sentence typed in Latin letters (for the reader gate of readInEnglish.ts). */
export const KOREAN_MARKERS: ReadonlySet<string> = new Set(Object.values(LEXICON.romanized).flat());
// Hangul syllables, the jamo and the compatibility jamo the shortcuts are typed in ("ㄲㄱ", "ㅇㅇ").
const HANGUL = /[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]/u;
const WORD = /-?\d+(?:\.\d+)?[^\s\d?!.,~]*|[^\s?!.,~()[\]"'“”]+/gu;

/** The one cheap check run on every sentence: a Hangul letter, or a romanized Korean command word. */
export const mayBeKorean = scriptOrMarker(HANGUL, KOREAN_MARKERS, 4);

export function koreanWords(text: string): string[] {
  return [...text.toLowerCase().matchAll(WORD)].map((m) => m[0]);
}

type NameIndex = { words: Set<string>; romanized: Map<string, string>; places: Set<string> };
const NAMES = new WeakMap<HomeSnapshot, NameIndex>();
/** The words the home's names are made of (lower-cased), and each Hangul name word by its romanized spelling. */
function namesOf(snapshot: HomeSnapshot): NameIndex {
  let index = NAMES.get(snapshot);
  if (!index) {
    index = { words: new Set(), romanized: new Map(), places: new Set() };
    for (const entity of snapshot.byId.values()) {
      for (const w of koreanWords(entity.name)) {
        index.words.add(w);
        if (PLACE_TYPES.has(entity.entity_type)) index.places.add(w);
        if (HANGUL.test(w)) index.romanized.set(romanize(w), w);
      }
    }
    NAMES.set(snapshot, index);
  }
  return index;
}

const PLACE_TYPES = new Set(['room', 'zone', 'home']);
/** Is the word one the names of the home's rooms, zones or the home itself are made of ("할머니댁" of "전주 할머니댁")? */
export function isPlaceWord(word: string, snapshot: HomeSnapshot): boolean {
  return namesOf(snapshot).places.has(word.toLowerCase());
}

// Each Korean kind word, and its romanized spelling ("bul"), with the words of the same kind.
const SYNONYMS = new Map([
  ...Object.values(LEXICON.nouns).flatMap((list) => list.map((w) => [w, list] as const)),
  ...Object.entries(LEXICON.romanizedNouns).flatMap(([english, list]) => list.map((w) => [w, LEXICON.nouns[english] ?? []] as const)),
]);
/** "불" said in a home whose names say "조명": the kind in the home's own word, so "서재 불" is "서재 조명". */
export function homeWordFor(word: string, snapshot: HomeSnapshot): string | undefined {
  const names = namesOf(snapshot);
  return SYNONYMS.get(word)?.find((w) => names.words.has(w));
}

/** The word's tokens: a name, a cue of the lexicon, a number with its counter, or a word the lexicon does not know. */
export function koreanTokens(words: readonly string[], snapshot: HomeSnapshot): KoreanToken[] {
  const names = namesOf(snapshot);
  const out: KoreanToken[] = [];
  let i = 0;
  while (i < words.length) {
    let taken = 0;
    for (let len = Math.min(LONGEST_CUE, words.length - i); len >= 2 && !taken; len--) {
      const found = TABLE.get(words.slice(i, i + len).join(' '));
      if (found) {
        out.push({ kind: found.kind, said: words.slice(i, i + len).join(' '), english: found.english, particle: '' });
        taken = len;
      }
    }
    if (!taken) {
      out.push(...wordTokens(words[i] ?? '', names));
      taken = 1;
    }
    i += taken;
  }
  return out;
}

function wordTokens(word: string, names: NameIndex): KoreanToken[] {
  const tokens = tokensOfWord(word, names);
  const last = tokens[tokens.length - 1];
  if (last && (last.kind === 'word' || last.kind === 'state') && LEXICON.clauseEnds.some((e) => word.endsWith(e))) last.ends = true;
  return tokens;
}

function tokensOfWord(word: string, names: NameIndex): KoreanToken[] {
  const found = TABLE.get(word);
  // A name word the lexicon knows as a kind keeps its English for a question over every one of the kind.
  if (names.words.has(word) && found?.kind !== 'command' && found?.kind !== 'measure') return [{ kind: 'name', said: word, english: found?.kind === 'noun' ? found.english : '', particle: '' }];
  const romanName = names.romanized.get(word);
  if (romanName && !found) return [{ kind: 'name', said: romanName, english: '', particle: '' }];
  if (found) return [{ kind: found.kind, said: word, english: found.english, particle: '' }];
  // "24도로", "10으로", "20%": the number, then its counter or particle.
  const number = /^(-?\d+(?:\.\d+)?)(.*)$/.exec(word);
  if (number) {
    const rest = number[2] ?? '';
    const unit = TABLE.get(rest) ?? TABLE.get(rest.replace(/(으로|로|에|은|는|이|가)$/, ''));
    const token: KoreanToken = { kind: 'number', said: number[1] ?? '', english: '', particle: rest };
    return unit?.kind === 'unit' ? [token, { kind: 'unit', said: rest, english: unit.english, particle: '' }] : [token];
  }
  // "머있음", "뭐있어", "어딨어": a question word with the verb glued on.
  const asked = QUESTION_STEMS.find((q) => word.startsWith(q.stem));
  if (asked) {
    const rest = word.slice(asked.stem.length);
    const question: KoreanToken = { kind: 'question', said: asked.stem, english: asked.english, particle: '' };
    if (LEXICON.exists.some((s) => rest.startsWith(s))) return [question, { kind: 'exists', said: rest, english: '', particle: '' }];
    if (asked.english === 'where') return [question];
  }
  const state = STATE_STEMS.find((s) => word.startsWith(s.stem));
  if (state) return [{ kind: 'state', said: word, english: state.english, particle: '' }];
  if (LEXICON.exists.some((s) => word.startsWith(s))) return [{ kind: 'exists', said: word, english: word.startsWith('없') ? 'absent' : '', particle: '' }];
  // "연결돼있어", "조종됨": a relation with its ending glued on.
  const relation = RELATION_STEMS.find((r) => word.startsWith(r.stem));
  if (relation) return [{ kind: 'relation', said: word, english: relation.english, particle: '' }];
  for (const particle of PARTICLES) {
    if (!word.endsWith(particle) || word.length <= particle.length) continue;
    const stem = word.slice(0, -particle.length);
    const cue = TABLE.get(stem);
    if (names.words.has(stem) && cue?.kind !== 'measure') return [{ kind: 'name', said: stem, english: cue?.kind === 'noun' ? cue.english : '', particle }];
    if (cue && cue.kind !== 'command' && cue.kind !== 'helper') return [{ kind: cue.kind, said: stem, english: cue.english, particle }];
  }
  return [{ kind: 'word', said: word, english: '', particle: '' }];
}

const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MEDIALS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];
/** A Hangul word in the Revised Romanization, syllable by syllable ("거실" = geosil, "가습기" = gaseupgi). */
export function romanize(word: string): string {
  let out = '';
  for (const ch of word) {
    const code = ch.charCodeAt(0) - 0xac00;
    if (code < 0 || code > 11171) {
      out += ch;
      continue;
    }
    out += (INITIALS[Math.floor(code / 588)] ?? '') + (MEDIALS[Math.floor((code % 588) / 28)] ?? '') + (FINALS[code % 28] ?? '');
  }
  return out;
}
