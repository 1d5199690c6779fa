// Sentence shapes the Romance languages have and French frames did not need (sentenceFrames.ts calls these): the
// copula first ("¿está prendida la luz de la cocina?", "è accesa la luce?", "está ligada a luz?"), an object pronoun
// glued to the verb without a hyphen ("apágala", "spegnilo", "apagarla"), and a one-letter follow-up opener ("y en
// la recámara?", "e na sala?") that is read only when the language's own words come after it.
import { entryFor } from '../cueTables';
import { CUES_LEXICON, withinWords } from './crossLanguageCues';
import type { HomeSnapshot } from '../HomeIndex';
import { perSnapshot } from '../perSnapshot';
import { phraseKey } from '../deviceKinds';
import { keyOf } from '../normalizeText';

interface SaidWord { word: string; glued: boolean; particle?: string }
interface FrameWords { copulas: Record<string, string>; determiners?: string[]; haves?: Record<string, string> }

/** What a copula-first question may ask of its subject: a state, not a reading. */
const STATES = new Set(['on', 'off', 'open', 'closed', 'locked', 'unlocked', 'running', 'heating', 'charging', 'armed', 'disarmed', 'playing']);
const MAX_STATE = 3;

/**
 * "está abierto el portón" → "is portón open"; "sono accese le luci" → "are luci on"; "¿está prendida?" → "is it on".
 * Undefined unless a state word of the language is said right after the verb or at the end (so "es" or "sono" in an
 * English sentence, or a name, is never read).
 */
export function copulaFirst(said: readonly SaidWord[], language: string, frame: FrameWords, english: (from: readonly SaidWord[]) => string[], snapshot: HomeSnapshot): string | undefined {
  const verb = said[0];
  const be = verb ? frame.copulas[verb.word] : undefined;
  if (!verb || !be || snapshot.phrases.has(keyOf(verb.word))) return undefined;
  const rest = said.slice(1);
  const within = withinWords(language);
  const stateOf = (words: readonly SaidWord[]): string | undefined => {
    const english = entryFor(within, words.map((s) => s.word).join(' '));
    return english !== undefined && STATES.has(english) ? english : undefined;
  };
  for (let len = Math.min(MAX_STATE, rest.length); len >= 1; len--) {
    const first = stateOf(rest.slice(0, len));
    const last = first ? undefined : stateOf(rest.slice(rest.length - len));
    const state = first ?? last;
    if (!state) continue;
    const subject = first ? rest.slice(len) : rest.slice(0, rest.length - len);
    if (subject.some((s) => frame.copulas[s.word] !== undefined)) return undefined;
    const bare = isOwnDeterminer(subject[0]?.word, frame) || CUES_LEXICON.articles.includes(subject[0]?.word ?? '') ? subject.slice(1) : subject;
    const named = bare.length === 0 ? ['it'] : english(bare);
    return [be, ...named, state].join(' ');
  }
  return undefined;
}

/** True when `word` is one of the language's state words ("accesa", "ligada", "abierto"). */
export function isStateWord(language: string, word: string | undefined): boolean {
  const english = word === undefined ? undefined : entryFor(withinWords(language), word);
  return english !== undefined && STATES.has(english);
}

const OPPOSITE: Record<string, string> = { on: 'off', off: 'on', open: 'closed', closed: 'open', locked: 'unlocked', unlocked: 'locked' };
/** "which lights are not on" is "which lights are off": each state word turned. */
export function oppositeStates(words: readonly string[]): string[] {
  return words.map((w) => OPPOSITE[w] ?? w);
}

function isOwnDeterminer(word: string | undefined, frame: FrameWords): boolean {
  return word !== undefined && (frame.determiners?.includes(word) ?? false);
}

/** "apágala" → "turn off it", "spegnili" → "turn off them", "préndeme" → "turn on": a command verb and its pronoun. */
export function encliticCommand(first: SaidWord | undefined, commands: Record<string, string>, clitics: Record<string, string>): string | undefined {
  const said = encliticParts(first, commands, clitics);
  return said && (said.object ? `${said.command} ${said.object}` : said.command);
}

/** The command and its glued pronoun ("abbassala" → "lower", "it"), when `first` is one. */
export function encliticParts(first: SaidWord | undefined, commands: Record<string, string>, clitics: Record<string, string>): { command: string; object: string } | undefined {
  const word = first?.word ?? '';
  if (!first || first.glued || commands[word] !== undefined) return undefined;
  for (const [clitic, object] of Object.entries(clitics)) {
    // One-letter pronouns ("-o", "-a") are said after a hyphen only: "liga-o".
    if (clitic.length < 2 || !word.endsWith(clitic) || word.length - clitic.length < 3) continue;
    const command = entryFor(commands, word.slice(0, -clitic.length));
    if (command !== undefined) return { command, object };
  }
  return undefined;
}

/** "la prende", "me la prende" → "turn on", "it": object pronouns opening the sentence, the last saying what, then a
 *  command word (a pronoun said as its own word, never glued: "-la" is the enclitic's). */
export function procliticCommand(said: readonly SaidWord[], commands: Record<string, string>, clitics: Record<string, string>): { command: string; object: string; length: number } | undefined {
  let at = 0;
  let object = '';
  for (; at < said.length - 1 && !said[at]?.glued && clitics[said[at]?.word ?? ''] !== undefined; at++) object = clitics[said[at]?.word ?? ''] || object;
  const command = at > 0 && object ? commands[said[at]?.word ?? ''] : undefined;
  return command ? { command, object, length: at + 1 } : undefined;
}

/**
 * A follow-up opener is read as "and …" unless it is a one-letter word ("y", "e") not followed by the language's own
 * words, an article or a name of the home: "e-bike charger on?" and "e sharp" stay as typed.
 */
export function followUpStandsAlone(said: readonly SaidWord[], length: number, language: string, frame: FrameWords, snapshot: HomeSnapshot): boolean {
  const opener = said.slice(0, length).map((s) => s.word).join(' ');
  const next = said[length];
  if (!next || next.glued) return false;
  if (opener.length > 1) return true;
  // "y prende la lámpara", "e spegni la luce": a command of the language after it too.
  const command = CUES_LEXICON.commands[language]?.[next.word] !== undefined;
  return command || withinWords(language)[next.word] !== undefined || isOwnDeterminer(next.word, frame) || snapshot.phrases.has(keyOf(next.word));
}

/**
 * "el foco de la cochera tiene horario" → "does foco de la cochera have horario"; "la lampe a-tu un horaire" → "does
 * lampe have horaire"; "tiene garantía?" → "does it have garantía". Read only when the subject opens with a determiner
 * of the language (or a particle follows the verb), or when the verb opens a question the language's words go on.
 */
export function possession(said: readonly SaidWord[], frame: FrameWords, english: (from: readonly SaidWord[]) => string[], isDeterminer: (word: string | undefined) => boolean): string | undefined {
  const at = said.findIndex((s) => frame.haves?.[s.word] !== undefined);
  const verb = said[at];
  const auxiliary = verb ? frame.haves?.[verb.word] : undefined;
  const rest = said.slice(at + 1);
  // "el pol té l'aire a 23": a value after the thing is a setting asked about, not a having.
  if (!verb || !auxiliary || rest.length === 0 || rest.some((s) => /^\d/.test(s.word))) return undefined;
  const subject = said.slice(0, at);
  // A short verb opening the sentence ("a", "ha") is an English word too: only with its particle ("a-tu").
  if (subject.length === 0 && verb.word.length < 4 && !verb.particle) return undefined;
  if (subject.length > 0 && !isDeterminer(subject[0]?.word) && !verb.particle) return undefined;
  const named = subject.length === 0 ? ['it'] : english(isDeterminer(subject[0]?.word) ? subject.slice(1) : subject);
  return [auxiliary, ...named, 'have', ...english(rest)].join(' ');
}

/** Every word of a name of the home (its phrases' words), built once per snapshot. */
const nameWords = perSnapshot((snapshot: HomeSnapshot): Set<string> => new Set([...snapshot.phrases.keys()].flatMap((key) => key.split(' '))));

/**
 * True when the words only name something of the home ("la caldaia lago", "minisplit de la recámara principal"): a
 * word of a name first, then names' words, determiners and "de"/"di" (`isLinkWord`), no verb or question word.
 */
export function onlyNamesThing(words: readonly string[], isLinkWord: (word: string) => boolean, snapshot: HomeSnapshot): boolean {
  const named = nameWords(snapshot);
  const bare = words.map((w) => w.replace(/^[ld]'/, ''));
  const start = isLinkWord(bare[0] ?? '') ? 1 : 0;
  if (bare.length <= start || !named.has(phraseKey(bare[start] ?? ''))) return false;
  return bare.slice(start).every((w) => isLinkWord(w) || named.has(phraseKey(w)));
}

/** True when the language's "in" ("in", "nella") is said at `at` and a room or zone of the home right after it. */
export function placeFollows(said: readonly SaidWord[], at: number, language: string, snapshot: HomeSnapshot): boolean {
  if (entryFor(withinWords(language), said[at]?.word ?? '') !== 'in') return false;
  const named = snapshot.phrases.get(phraseKey(said[at + 1]?.word ?? ''));
  return named?.some((e) => e.entity_type === 'room' || e.entity_type === 'zone') ?? false;
}
