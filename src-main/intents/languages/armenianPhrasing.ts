// Armenian, in its script or texted in Latin letters, in the English the engine reads. Armenian puts the verb last
// ("Սամովարը միացվա՞ծ է" = is the samovar on, "xohanoci lusy anjatvi" = turn off the kitchen light), glues its cases
// and article to the noun ("հյուրասենյակում" = in the living room) and marks a question on the stressed vowel
// ("միացվա՞ծ"), not at the end. Its words' jobs and the home's names come from armenianWords.ts, the English sentence
// from taggedSentence.ts (as Georgian's). A sentence with no Armenian letter, no texted article ("ps5@") and no word
// only Armenian texting writes returns at once.
import type { HomeSnapshot } from '../HomeIndex';
import { phraseKey } from '../deviceKinds';
import { ARMENIAN, armenianKey, armenianStems } from './armenianLetters';
import { armenianTokens, mayBeArmenian } from './armenianWords';
import { composeTagged, type TaggedCues } from './taggedSentence';
import type { TaggedToken } from './taggedWords';

/** What only Armenian says (taggedSentence.ts): "ցուրտ է" (it is cold), "22-ի վրա" (on 22), "դուռ" (door). */
const CUES: TaggedCues = {
  script: ARMENIAN,
  cold: /^(ցուրտ|մրսում|ցուրտա|curt|mrsum)$/,
  setTo: (said) => /-?(ի|i)$/.test(said) || /^\d+-?(ov|ով)$/.test(said),
  lockName: /(^|\s)(դուռ|կողպեք|dur|kxpeq)$/i,
};

/** The Armenian marks read as the sentence's: "՞" (on a vowel) asks, "։" ends, "՝" and "՛" are a comma and a stress. */
export function armenianPunctuation(text: string): string {
  if (!ARMENIAN.test(text)) return text;
  const sentences = text.split(/(?<=[։.!?])\s*/u).filter(Boolean);
  return sentences.map((s) => {
    const asks = /[՞?]/u.test(s);
    const bare = s.replace(/[՞՛՜]/gu, '').replace(/՝/gu, ',').replace(/[։.?!]+\s*$/u, '').replace(/։/gu, '.').trim();
    return bare ? `${bare}${asks ? '?' : '.'}` : '';
  }).filter(Boolean).join(' ');
}

/** The sentence in English, or undefined when it has no Armenian or says nothing the engine reads. */
export function armenianPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!mayBeArmenian(text)) return undefined;
  // "1@" (the 1): a number said alone with the texted article picks it.
  const picked = /^\s*(\d+)@\s*$/.exec(text);
  if (picked?.[1]) return picked[1];
  const marked = armenianPunctuation(text);
  // "Բարի լույս. Խնդրում եմ, ասեք, հյուրասենյակում քանի աստիճան է?": of sentences and clauses, the one with a request
  // or question word is read (the greeting and the politeness around it are not).
  const clauses = marked.split(/(?<=[.?!])\s+|[,;]\s+/).filter((c) => c.replace(/[.?!]/g, '').trim());
  const read = clauses.map((c) => ({ asks: /\?\s*$/.test(c), tokens: withoutArticles(armenianTokens(c, snapshot)) }));
  // "can you check if Tatik-ի heater-ը միացված է", "Turn off the TV in the hyuraseniak, Papik-ը քնել ա": English with
  // Armenian words is read in its English order, the Armenian words and names in English, its Armenian asides left out.
  const english = read.filter((c) => isEnglishClause(c.tokens));
  if (english.length) return english.map((c) => inEnglishOrder(c, snapshot)).join(', ');
  const main = read.find((c) => c.tokens.some((t) => t.role === 'command' || t.role === 'question' || t.role === 'measure' || t.role === 'state')) ?? read[read.length - 1];
  if (!main?.tokens.some((t) => t.role)) return undefined;
  // "Քանի՞սն են" (how many are they) asks the count of what was listed.
  const count = (t: TaggedToken): boolean => t.role === 'question' && t.english === 'how many';
  if (main.tokens.some(count) && main.tokens.every((t) => t.role === 'particle' || count(t))) return 'how many are there?';
  const tokens = withOneMeasure(severalNamedSo(main.tokens, snapshot));
  // "Կանչի կոճակը վերջին անգամ երբ է սեղմվել": when a device was last used.
  const device = tokens.find((t) => t.role === 'name' && !t.entity?.place);
  if (device && tokens.some((t) => t.role === 'question' && t.english === 'when') && tokens.some((t) => t.role === 'relation' && t.english === 'last')) return `when was ${device.english} last used`;
  const composed = composeTagged(tokens, main.asks || /\?\s*$/.test(marked), CUES);
  return composed?.replace(/\s+/g, ' ').trim();
}

/** Latin words of no Armenian job a clause needs to be English ("can you check if …"). */
const ENGLISH_CLAUSE = 3;
const isEnglishWord = (t: TaggedToken): boolean => !t.role && /^[a-z]{2,}/i.test(t.said) && !ARMENIAN.test(t.said);
/** English's small words: a clause of Latin words with none of them is Armenian texted ("ov a zangel verjin@"). */
const ENGLISH_SMALL_WORDS = new Set(['the', 'is', 'are', 'can', 'you', 'what', 'how', 'do', 'does', 'i', 'it', 'if', 'on', 'off', 'at', 'to', 'my', 'we', 'when', 'where', 'which', 'turn', 'check', 'there', 'this', 'that', 'of', 'for']);
/** A name's own English word said in English ("heater-ը" of "Tatiki senyak heater"), not the name. */
const nameWordInEnglish = (t: TaggedToken): boolean => {
  const word = t.said.replace(/-.*$|@$/u, '');
  return t.role === 'name' && /^[a-z]{2,}$/i.test(word) && t.english.toLowerCase().split(/\s+/).includes(word.toLowerCase()) && t.english.toLowerCase() !== word.toLowerCase();
};
/** Enough English words, with a small one among them, or more of them ("living room-ի oil heater-ը"). */
const isEnglishClause = (tokens: readonly TaggedToken[]): boolean => {
  const latin = tokens.filter((t) => isEnglishWord(t) || nameWordInEnglish(t)).length;
  return (latin >= ENGLISH_CLAUSE && tokens.some((t) => !t.role && ENGLISH_SMALL_WORDS.has(t.said.toLowerCase()))) || latin > ENGLISH_CLAUSE;
};

/** A word texted with its article or case ("irrigation@", "heater-ը", "Tatik-ի"): the word, an owner's with "'s". */
function withoutArticles(tokens: TaggedToken[]): TaggedToken[] {
  return tokens.map((t) => {
    if (t.role) return t;
    const owner = /^(\p{Lu}[\p{L}\d]*)-(ի|i)$/u.exec(t.said);
    const said = owner?.[1] ? `${owner[1]}'s` : t.said.replace(/-(ը|ն|ի|ում|ից|ին|ու|ով|n|e|i|in|um|en)$|@$/u, '');
    return said === t.said ? t : { ...t, said, english: said };
  });
}

/** An English clause with its Armenian words in English: names as the home writes them, particles left out, "իսկ" = and. */
function inEnglishOrder(clause: { asks: boolean; tokens: TaggedToken[] }, snapshot: HomeSnapshot): string {
  const words = clause.tokens.map((t, at) => {
    // "heater-ը" stays the English word it is, even where it is a word of a name ("Tatiki senyak heater").
    // A name of several words guessed from one English word ("Dilijan" of "Դիլիջանի այգի", "Lilitn") stays as typed.
    // A word the home already names something by ("sauna") stays as said too.
    const word = t.said.replace(/-.*$|@$/u, '');
    if (t.role === 'name') return nameWordInEnglish(t) || (!ARMENIAN.test(t.said) && !t.said.includes(' ') && t.english.trim().includes(' ')) || snapshot.phrases.has(phraseKey(word)) ? word : t.english;
    if (!ARMENIAN.test(t.said)) return t.said;
    if (t.role === 'particle') return at === 0 && /^(իսկ|ու|և)$/u.test(t.said) ? 'and' : '';
    return t.role && t.role !== 'exists' ? t.english : '';
  });
  return `${words.filter(Boolean).join(' ')}${clause.asks ? '?' : ''}`;
}

/** "bac ciraneri pakan@": a word and a kind that open several names ("Ծիրանի փական 1", "… 2", "… 3") are those names'
 *  shared words, so the engine asks which one is meant (never the one valve the kind alone would find). */
function severalNamedSo(tokens: TaggedToken[], snapshot: HomeSnapshot): TaggedToken[] {
  const at = tokens.findIndex((t, i) => !t.role && tokens[i + 1]?.role === 'kind');
  const word = tokens[at];
  const kind = tokens[at + 1];
  if (!word || !kind) return tokens;
  const said = [word, kind].map((t) => armenianStems(armenianKey(t.said)));
  const named = [...snapshot.byId.values()].filter((e) => e.entity_type === 'device').map((e) => e.name.split(/\s+/)).filter((words) => words.length > 2 && said.every((stems, i) => armenianStems(armenianKey(words[i] ?? '')).some((s) => stems.includes(s))));
  if (named.length < 2) return tokens;
  const shared = (named[0] ?? []).slice(0, 2).join(' ');
  return [...tokens.slice(0, at), { said: `${word.said} ${kind.said}`, role: 'name', english: shared, entity: { name: shared, place: false }, case: '' }, ...tokens.slice(at + 2)];
}

/** "Սամովարի ջուրը քանի աստիճան է" asks the water's temperature: a level ("ջուր") gives way to another measure said. */
function withOneMeasure(tokens: TaggedToken[]): TaggedToken[] {
  const measures = tokens.filter((t) => t.role === 'measure');
  if (measures.length < 2) return tokens;
  return tokens.filter((t) => !(t.role === 'measure' && t.english === 'level'));
}
