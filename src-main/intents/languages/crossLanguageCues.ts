// The cue-translation layer: a command or question in another language ("tänd lampan i trapphallen", "welche Lampen
// sind an") is rewritten into the English cue words the templates and the slot parse read, keeping the names as they
// are (they are the home's own words). Only cue words are translated (lexicon/cues.json: pl, de, nl, fr, es, it, sv,
// no); an inflected name word ("trapphallen", "lampan") becomes the form the home or the kind lexicon uses.
import { nameOpeningAt } from './nameOpenings';
import { z } from 'zod';
import cues from '../lexicon/cues.json';
import { FRAME_LEXICONS } from '../frameLexicons';
import { kindForPhrase, phraseKey } from '../deviceKinds';
import type { HomeSnapshot } from '../HomeIndex';
import { homeWords } from '../homeWords';
import { keyOf } from '../normalizeText';
import { leadsAt, likeliestLead } from '../cueTables';
import { nameThroughJoiningWords } from '../nameThroughOf';
import { perSnapshot } from '../perSnapshot';

const cuesSchema = z.object({
  commands: z.record(z.string(), z.record(z.string(), z.string())),
  particles: z.record(z.string(), z.string()),
  questions: z.record(z.string(), z.record(z.string(), z.string())),
  articles: z.array(z.string()),
  genitives: z.array(z.string()),
  suffixes: z.array(z.string()),
  modifiers: z.record(z.string(), z.array(z.string().min(3))),
  // "zamknij front door": a language whose word for "close" also says "lock"; said of a door with a lock, it locks.
  closeAlsoLocks: z.array(z.string()),
  // Words of courtesy said before a request in one language only ("veuillez", "pourriez-vous"): skipped like "please".
  polite: z.array(z.string()),
}).strict();
/** The sentence frames' own command verbs and words (lexicon/frames.json: "barre", "débarrée", "consigne") join the cues. */
const frameWordsSchema = z.record(z.string(), z.object({
  commands: z.record(z.string(), z.string()),
  words: z.record(z.string(), z.string()),
  // Words read only after a lead ("na", "do", "ligada"): many are English words too, so they never open a sentence.
  inner: z.record(z.string(), z.string()).optional(),
  articles: z.array(z.string()).optional(),
  genitives: z.array(z.string()).optional(),
}).passthrough());
const OWN_FRAMES = frameWordsSchema.parse(FRAME_LEXICONS);
function withFrameWords(lexicon: z.infer<typeof cuesSchema>): z.infer<typeof cuesSchema> {
  const commands = { ...lexicon.commands };
  const questions = { ...lexicon.questions };
  const articles = [...lexicon.articles];
  const genitives = [...lexicon.genitives];
  for (const [language, frame] of Object.entries(OWN_FRAMES)) {
    commands[language] = { ...commands[language], ...frame.commands };
    questions[language] = { ...questions[language], ...frame.words };
    articles.push(...(frame.articles ?? []));
    genitives.push(...(frame.genitives ?? []));
  }
  return { ...lexicon, commands, questions, articles, genitives };
}
export const CUES_LEXICON = withFrameWords(cuesSchema.parse(cues));
/** Each language's words after the lead: its question words and its inner words (frames' `inner`). */
const WITHIN: Record<string, Record<string, string>> = Object.fromEntries(
  Object.entries(CUES_LEXICON.questions).map(([language, words]) => [language, { ...words, ...OWN_FRAMES[language]?.inner }]),
);

/** A language's words read after a lead: its question words and its inner words ("na", "ligada", "per cento"). */
export function withinWords(language: string): Record<string, string> {
  return WITHIN[language] ?? {};
}

/** Other-language words for a modifier of a device ("floor" → golv, boden, suelo …), for names in those languages. */
export function modifierTranslations(key: string): readonly string[] {
  return CUES_LEXICON.modifiers[key] ?? [];
}

/**
 * The words the language layer itself translated into an English word: "obre la porta del carrer" is read "open door
 * street", and "carrer" is what the Catalan description of the device says. Matched as whole words only ("deur" of
 * a door is no "Deurbel").
 */
export function translatedBack(key: string): readonly string[] {
  return TRANSLATED_BACK.get(key) ?? [];
}

/** Content words only: "in", "any", "all" are frame words, never a device's description; kinds have their own. */
const MIN_CONTENT_WORD = 4;
const TRANSLATED_BACK: ReadonlyMap<string, readonly string[]> = (() => {
  const back = new Map<string, Set<string>>();
  for (const words of Object.values(WITHIN)) {
    for (const [said, english] of Object.entries(words)) {
      if (english.length < MIN_CONTENT_WORD || said.length < MIN_CONTENT_WORD || /[\s']/.test(said) || /\s/.test(english)) continue;
      // A kind's words in every language are the kind lexicon's ("lyset" is every light, no describing word).
      if (kindForPhrase(english)) continue;
      back.set(english, (back.get(english) ?? new Set<string>()).add(said));
    }
  }
  return new Map([...back].map(([english, said]) => [english, [...said]]));
})();

/** Question words that are also English words: they never say a sentence is in another language. */
const ENGLISH_LEADS = new Set(['was', 'come', 'is', 'in', 'en', 'e', 'i', 'open', 'start', 'dim', 'hay', 'co', 'que', 'est', 'for', 'met', 'ile', 'are', 'a']);
const ARTICLES = new Set(CUES_LEXICON.articles);
/** "de", "del", "di": "in" before a place ("la température du salon"), else the "of" of a name. */
const GENITIVES = new Set(CUES_LEXICON.genitives);
/** Words that join a name's parts ("de", "la"): a name's opening never ends in one. */
const JOINING: ReadonlySet<string> = new Set([...ARTICLES, ...GENITIVES].map((w) => phraseKey(w)));
const POLITE = new Set(['please', 'pls', 'kan', 'kannst', 'kunnen', 'peux', 'puedes', 'puoi', 'bitte', 'snälla', 'vänligen', 'proszę', 'alsjeblieft', 's\'il', 'vous', 'plaît', 'por', 'favor', 'per', 'piacere', ...CUES_LEXICON.polite]);
const MAX_PHRASE = 3;

interface Translated {
  text: string;
  language: string;
}

/**
 * The sentence in English cue words, or undefined when it does not open with another language's command or question
 * word (English input is never touched).
 */
export function translateCues(input: string, snapshot: HomeSnapshot): Translated | undefined {
  const words: string[] = input.toLowerCase().replace(/[’‘`]/g, "'").replace(/[?!.,;:¿¡]+/g, ' ').split(/\s+/).filter(Boolean);
  let start = 0;
  while (start < words.length - 1 && POLITE.has(words[start] ?? '')) start++;
  const commands = leadsAt(words, start, CUES_LEXICON.commands, MAX_PHRASE);
  const command = likeliestLead(commands, words.slice(start + (commands[0]?.length ?? 0)), WITHIN);
  // "que" is French and Spanish: the language whose words follow ("que automatizaciones hay").
  const questions = command ? [] : leadsAt(words, start, CUES_LEXICON.questions, MAX_PHRASE);
  const question = likeliestLead(questions, words.slice(start + (questions[0]?.length ?? 0)), WITHIN);
  // "llum sala al 30": a question word that opens a name of the home ("Llum sala") is that name, not the word.
  const opensName = !command && question !== undefined && nameRunAt(words, start, snapshot) > question.length;
  const lead = opensName ? undefined : command ?? question;
  if (!lead) return opensName && question ? valueOfNamed(words.slice(start), question.language, snapshot) : undefined;
  const said = words.slice(start, start + lead.length).join(' ');
  // "open", "start", "dim" are English commands too: nothing to translate.
  if ((question && ENGLISH_LEADS.has(said)) || lead.english === said) return undefined;
  const read = cueWordsInEnglish(words.slice(start + lead.length), lead.language, snapshot, command !== undefined && lead.english === 'turn');
  const rest = command !== undefined && lead.english === 'turn' ? particleBeforePlace(read) : read;
  const verb = lead.english === 'close' && CUES_LEXICON.closeAlsoLocks.includes(said) && namesLockableDoor(rest, snapshot) ? 'lock' : lead.english;
  const text = [verb, ...rest].join(' ');
  return text === input.toLowerCase() ? undefined : { text, language: lead.language };
}

/** Do the words name a door the home says has a lock ("front door" with `has_lock`)? */
function namesLockableDoor(words: readonly string[], snapshot: HomeSnapshot): boolean {
  const said = ` ${phraseKey(words.join(' '))} `;
  return snapshot.devices.length > 0 && [...snapshot.byId.values()].some((e) => e.entity_type === 'door' && e.content['has_lock'] === true && said.includes(` ${phraseKey(e.name)} `));
}

/**
 * "doe het licht aan in de keuken" is read "turn light on in keuken", which English never says without an article:
 * the particle goes before the thing ("turn on light in keuken"), so the place after it stays a place.
 */
function particleBeforePlace(rest: readonly string[]): readonly string[] {
  const at = rest.findIndex((w) => w === 'on' || w === 'off');
  if (at < 1 || at > 3 || rest[at + 1] !== 'in' || rest.slice(0, at).includes('in')) return rest;
  return [rest[at] ?? '', ...rest.slice(0, at), ...rest.slice(at + 1)];
}

/** "llum sala al 30" → "llum sala to 30": a name of the home said first, its other words read as cue words. */
function valueOfNamed(words: readonly string[], language: string, snapshot: HomeSnapshot): Translated | undefined {
  const text = cueWordsInEnglish(words, language, snapshot).join(' ');
  return text === words.join(' ') ? undefined : { text, language };
}

/**
 * The words after a sentence's lead in English cue words (the language's own words first, articles dropped, names
 * kept as the home writes them). `afterTurn`: a particle at the end is the direction of "turn" ("schalte … aus").
 */
export function cueWordsInEnglish(said: readonly string[], language: string, snapshot: HomeSnapshot, afterTurn = false): string[] {
  const words = [...said];
  const dict = WITHIN[language] ?? {};
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    // "chambre de félix", "porte de garage": a name of the home said whole is kept whole ("de" is no "in" there).
    const name = nameRunAt(words, i, snapshot);
    const found = phraseAt(words, i, { [language]: dict });
    const word = words[i] ?? '';
    // "llum del menjador del mas": the name "Llum menjador mas" said with its joining words (nameThroughOf.ts).
    const joined = name > 1 ? undefined : nameThroughJoiningWords(words, i, (w) => GENITIVES.has(w) || ARTICLES.has(w), (p) => snapshot.phrases.has(phraseKey(p)), snapshot.longestPhrase);
    if (name > 1) {
      out.push(...words.slice(i, i + name));
      i += name;
    } else if (joined && joined.length > 0) {
      out.push(...joined.name);
      i += joined.length;
    } else if (afterTurn && i === words.length - 1 && CUES_LEXICON.particles[word]) {
      out.push(CUES_LEXICON.particles[word] ?? '');
      i++;
    } else if (found?.length === 1 && GENITIVES.has(word) && !placeAfter(words, i + 1, snapshot)) {
      // "lampe de chevet", "contrat de déneigement": an "of" that is no "in" goes, like an article ("da sole", "di
      // preciso" are phrases of the language, read whole below).
      i++;
    } else if (found && (found.length > 1 || !snapshot.phrases.has(keyOf(word)))) {
      // The language's own words first: "de la cocina" is "in" the kitchen in Spanish, "de" is an article in Dutch.
      // "pon el termostato en 21": an "in" before a number is the "to" of a value.
      // "allume les lampes de la grande salle à Touba": a "to" before a house of the home (a zone) says where, not whither.
      const english = found.english === 'in' && /^\d/.test(words[i + found.length] ?? '') ? 'to' : found.english === 'to' && word === 'à' && siteAfter(words, i + found.length, snapshot) ? 'in' : found.english;
      if (english && out[out.length - 1] !== english) out.push(english);
      i += found.length;
    } else if (ARTICLES.has(word)) {
      // "põe a luz a 50": an article-like "a" before a number is the "to" of a value.
      if (word === 'a' && /^\d/.test(words[i + 1] ?? '')) out.push('to');
      i++;
    } else if (elidedWord(word, dict)) {
      // "nell'ingresso", "dall'orto", "sull'armadio": the elided preposition read, the name kept.
      const [said, rest] = elidedWord(word, dict) ?? ['', word];
      const english = dict[said] ?? '';
      if (english && out[out.length - 1] !== english) out.push(english);
      words[i] = rest;
    } else if (/^[ld]'./.test(word)) {
      // "l'allarme", "d'entrée": the elided article goes, the word stays.
      words[i] = word.slice(2);
    } else {
      out.push(baseForm(word, snapshot));
      i++;
    }
  }
  return out;
}

/** An elided preposition of the language and the word it is glued to ("nell'" and "ingresso"), if `word` is one. */
function elidedWord(word: string, dict: Record<string, string>): [string, string] | undefined {
  const glued = /^(\p{L}{2,}')(\p{L}.*)$/u.exec(word);
  return glued?.[1] && glued[2] && dict[glued[1]] !== undefined ? [glued[1], glued[2]] : undefined;
}

/** True when a room, zone or the home is named from `at` (after an article). */
function placeAfter(words: readonly string[], at: number, snapshot: HomeSnapshot): boolean {
  const from = ARTICLES.has(words[at] ?? '') ? at + 1 : at;
  const first = (words[from] ?? '').replace(/^[ld]'/, '');
  const said = [first, ...words.slice(from + 1)];
  for (let len = Math.min(snapshot.longestPhrase, said.length); len >= 1; len--) {
    const named = snapshot.phrases.get(phraseKey(said.slice(0, len).join(' ')));
    if (named?.some((e) => e.entity_type === 'room' || e.entity_type === 'zone' || e.entity_type === 'home')) return true;
  }
  return false;
}

/** True when a zone or the home is named right from `at`, as the last words of the sentence ("à Touba"). */
function siteAfter(words: readonly string[], at: number, snapshot: HomeSnapshot): boolean {
  const said = words.slice(ARTICLES.has(words[at] ?? '') ? at + 1 : at).map((w) => phraseKey(w.replace(/^[ld]'/, '')));
  const sites = siteWords(snapshot);
  return said.length > 0 && said.length <= 2 && said.every((w) => sites.has(w) && !JOINING.has(w));
}

/** The words of the names of the home and its zones ("kër", "touba", "étage"). */
const siteWords = perSnapshot((snapshot: HomeSnapshot): ReadonlySet<string> => new Set(
  [...snapshot.byId.values()].filter((e) => e.entity_type === 'zone' || e.entity_type === 'home').flatMap((e) => phraseKey(e.name).split(' ')),
));

/** How many words from `at` say a name of the home whole (0 when none of two words or more does). */
function nameRunAt(words: readonly string[], at: number, snapshot: HomeSnapshot): number {
  for (let len = Math.min(snapshot.longestPhrase, words.length - at); len >= 2; len--) {
    if (snapshot.phrases.has(phraseKey(words.slice(at, at + len).join(' ')))) return len;
  }
  // "las luces LED" of "Luces LED de Mateo": the opening of a name is kept too (nameOpenings.ts).
  return nameOpeningAt(words, at, snapshot, JOINING);
}

/** A word as the home or the kind lexicon writes it: "lampan" → "lampa", "trapphallen" → "trapphall". */
export function baseForm(word: string, snapshot: HomeSnapshot): string {
  const words = homeWords(snapshot);
  // A kind or a name first (prose may use "lampan" while the kind lexicon says "lampa"), then any word of the home.
  const tests = [(w: string): boolean => kindForPhrase(keyOf(w)) !== undefined || snapshot.phrases.has(keyOf(w)), (w: string): boolean => words.has(w)];
  for (const known of tests) {
    if (known(word)) return word;
    for (const suffix of CUES_LEXICON.suffixes) {
      const stem = word.slice(0, -suffix.length);
      if (word.endsWith(suffix) && stem.length >= 3 && known(stem)) return stem;
    }
  }
  return word;
}

function phraseAt(words: readonly string[], at: number, table: Record<string, Record<string, string>>): { english: string; length: number; language: string } | undefined {
  // "donde esta", "cuantas": typed without accents, the accented entry (cueTables.ts).
  return leadsAt(words, at, table, MAX_PHRASE)[0];
}
