// How a question or command is built in another language, read into an English sentence before the follow-up reader
// sees it: question openings ("c'est quoi", "qu'est-ce qu'il y a", "y a-tu"), follow-up openings ("pis …", "et …"),
// the subject said before the verb ("la porte est-tu barrée" is "is the porte locked"), interrogative particles
// ("-tu", "-il") and object pronouns on a command ("ferme-la" is "close it"). The frames are data
// (lexicon/frames.json); the words after the frame go through the cue translation (crossLanguageCues.ts), so names
// stay the home's own words. English input is never touched: a sentence is read only when it opens with a frame of
// another language or has that language's verb and particles where English has none.
import { z } from 'zod';
import { FRAME_LEXICONS } from './frameLexicons';
import { copulaFirst, encliticCommand, encliticParts, procliticCommand, followUpStandsAlone, isStateWord, onlyNamesThing, oppositeStates, placeFollows, possession } from './languages/romanceFrames';
import { plain } from './commandSayings';
import { CUES_LEXICON, cueWordsInEnglish, translateCues, withinWords } from './languages/crossLanguageCues';
import type { HomeSnapshot } from './HomeIndex';
import { keyOf } from './normalizeText';
import { rememberRecent } from './recentResults';

const framesSchema = z.record(z.string(), z.object({
  leads: z.record(z.string(), z.string()),
  followUps: z.record(z.string(), z.string()),
  particles: z.array(z.string()),
  pronouns: z.record(z.string(), z.string()),
  clitics: z.record(z.string(), z.string()),
  copulas: z.record(z.string(), z.string()),
  stateVerbs: z.record(z.string(), z.string()),
  asking: z.array(z.string()),
  setTo: z.array(z.string()),
  // Read by crossLanguageCues.ts into its tables.
  commands: z.record(z.string(), z.string()),
  words: z.record(z.string(), z.string()),
  inner: z.record(z.string(), z.string()).optional(),
  articles: z.array(z.string()).optional(),
  genitives: z.array(z.string()).optional(),
  // The language's own determiners ("el", "o", "il"), besides the French ones below.
  determiners: z.array(z.string()).optional(),
  // "no", "não", "non"; and a copula only read before a state word ("e" typed for "è").
  negations: z.array(z.string()).optional(),
  weakCopulas: z.record(z.string(), z.string()).optional(),
  // "tiene", "a", "ha": the verb of having, and the English auxiliary its number takes ("does", "do").
  haves: z.record(z.string(), z.string()).optional(),
  // "menys", "excepte": an exception the engine does not read; the sentence is left as typed rather than read as
  // a request on all of them.
  exceptions: z.array(z.string()).optional(),
}).strict());
type Frames = z.infer<typeof framesSchema>[string];
const FRAMES = framesSchema.parse(FRAME_LEXICONS);

/** A word as said; `glued` when a hyphen joined it to the word before; `particle` the "-tu"/"-il" said after it. */
interface Said {
  word: string;
  glued: boolean;
  particle?: string;
}

/** Words that open a noun phrase ("la porte", "des fenêtres"): a subject said before its verb starts with one. */
const DETERMINERS = new Set(['le', 'la', 'les', 'un', 'une', 'des', 'du', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces']);
const MAX_LEAD = 6;
/** Question words that can open the subject: "how many lights are on", not "are how many lights on". */
const ASKED_BY_SUBJECT = new Set(['how many', 'which', 'what', 'how much']);

/** The sentence as an English question or command, or undefined when it is not built the way another language builds one. */
export function readSentenceFrames(input: string, snapshot: HomeSnapshot): string | undefined {
  const text = exceptionText(input);
  if (Object.values(FRAMES).some((frame) => frame.exceptions?.some((word) => text.includes(` ${word} `)) ?? false)) return undefined;
  // Only the languages one of whose marker words is said are read (saysFrameWord), and ordered only when there are some.
  const readable = Object.entries(FRAMES).filter(([language, frame]) => saysFrameWord(saidWords(input, frame), language, frame)).map(([language]) => language);
  for (const [language, frame] of readable.length > 0 ? byOwnWords(input) : []) {
    if (!readable.includes(language)) continue;
    const read = readSaid(saidWords(input, frame), language, frame, snapshot);
    if (read) return read.replace(/\s+/g, ' ').trim();
  }
  // "allume la lampe de chevet": a sentence the cue words alone translate, so that a reply to it ("celle à Mathieu")
  // is read against the English question.
  return translateCues(input, snapshot)?.text;
}

/** The sentence lowercased, its punctuation spaces, padded with spaces: folded once for every language's exceptions. */
function exceptionText(input: string): string {
  return ` ${input.toLowerCase().replace(/[?!.,;:¿¡]+/g, ' ').replace(/\s+/g, ' ')} `;
}

/**
 * The languages, the one whose own words the sentence uses most first (in table order when as many): "que
 * automatizaciones hay para la bomba" is Spanish, though "que" opens a Portuguese question too.
 */
/**
 * True when the sentence opens with an opening of three words or more of a language here ("a che ora si chiudono",
 * "a qué hora se prende"): no other language's reader (Swahili's "a", "si") should take it first.
 */
export function opensWithLongLead(input: string): boolean {
  // The cheap check: every opening read here starts at the first word said, or after a follow-up opener that does
  // (saidWords splits the first word alike in every language).
  const first = FIRST_FRAME ? saidWords(input, FIRST_FRAME)[0]?.word : undefined;
  if (!Object.values(FRAMES).some((frame) => mayOpenPhrase(first, frame.leads) || mayOpenPhrase(first, frame.followUps))) return false;
  return byOwnWords(input).some(([, frame]) => {
    const said = saidWords(input, frame);
    // "i on el tenim" (and where do we have it): after a follow-up opener too, so Tagalog's "i on" is no "turn on".
    const opener = phraseAt(said, frame.followUps)?.length ?? 0;
    return [0, opener].some((at) => (phraseAt(said.slice(at), frame.leads)?.length ?? 0) >= LONG_LEAD);
  });
}
const LONG_LEAD = 3;
const FIRST_FRAME: Frames | undefined = Object.values(FRAMES)[0];

/**
 * The cheap check before a language's frames are tried (README, "Speed of the language layer"): every reading of
 * readSaid starts from a word of the language's tables (an opening anywhere, a follow-up opener first, a command verb
 * alone or with its pronoun glued, a copula, a weak copula, a state verb or a verb of having), so a sentence with none
 * of them is never read in that language, and skipping it changes no answer.
 */
function saysFrameWord(said: readonly Said[], language: string, frame: Frames): boolean {
  const commands = CUES_LEXICON.commands[language] ?? {};
  return mayOpenPhrase(said[0]?.word, frame.followUps) || said.some((s) => mayOpenPhrase(s.word, frame.leads) || commands[s.word] !== undefined || frame.copulas[s.word] !== undefined || frame.weakCopulas?.[s.word] !== undefined || frame.stateVerbs[s.word] !== undefined || frame.haves?.[s.word] !== undefined || encliticParts(s, commands, frame.clitics) !== undefined);
}

// Asked twice of the same sentence (opensWithLongLead, then readSentenceFrames): remembered (recentResults.ts).
const byOwnWords = rememberRecent(languagesByOwnWords, 256);
function languagesByOwnWords(input: string): ReadonlyArray<[string, Frames]> {
  // Words of three letters or more: "a", "y", "en" are words of several of them.
  const words = input.toLowerCase().split(/[\s?!.,;:¿¡]+/).filter((w) => w.length >= 3);
  const scored = Object.entries(FRAMES).map(([language, frame], order) => ({ language, frame, order, own: words.filter((w) => withinWords(language)[w] !== undefined).length }));
  return scored.sort((a, b) => b.own - a.own || a.order - b.order).map((s) => [s.language, s.frame]);
}

// The sentence's words, each cut at its hyphens: the same for every language, so cut once per sentence (each frame
// then only marks its own particles).
const hyphenedWords = rememberRecent((input: string): ReadonlyArray<readonly string[]> => {
  const text = input.toLowerCase().replace(/[’‘`]/g, "'").replace(/[?!.,;:«»"¿¡]+/g, ' ').replace(/-t-(?=\p{L})/gu, '-');
  return text.split(/\s+/).filter(Boolean).map((chunk) => chunk.split('-').filter(Boolean));
}, 256);

function saidWords(input: string, frame: Frames): Said[] {
  const out: Said[] = [];
  for (const parts of hyphenedWords(input)) {
    parts.forEach((word, i) => {
      const before = out[out.length - 1];
      // "est-tu", "fait-il", and Québec's standalone "tu" after a verb: a question mark, not a word.
      const isParticle = frame.particles.includes(word) && before !== undefined && (i > 0 || (word === 'tu' && before.particle === undefined));
      if (isParticle && before) before.particle = word;
      else out.push({ word, glued: i > 0 });
    });
  }
  return out;
}

function readSaid(said: Said[], language: string, frame: Frames, snapshot: HomeSnapshot): string | undefined {
  const english = (from: readonly Said[]): string[] => cueWordsInEnglish(joined(from), language, snapshot);
  // "pis dans la chambre de félix?", "et au sous-sol": a follow-up, read as "and …".
  const followUp = phraseAt(said, frame.followUps);
  // "e dov'è di preciso": an opening of the language after it too.
  const standsAlone = (length: number): boolean => followUpStandsAlone(said, length, language, frame, snapshot) || phraseAt(said.slice(length), frame.leads) !== undefined;
  if (followUp && said.length > followUp.length && standsAlone(followUp.length)) {
    const rest = said.slice(followUp.length);
    const inner = readSaid(rest, language, frame, snapshot) ?? translateCues(joined(rest).join(' '), snapshot)?.text ?? english(rest).join(' ');
    // "y prende la lámpara", "e spegni la luce": a command after the opener is the command itself.
    const commandAfter = CUES_LEXICON.commands[language]?.[rest[0]?.word ?? ''] !== undefined && !snapshot.phrases.has(keyOf(rest[0]?.word ?? ''));
    return commandAfter ? inner : `${followUp.english} ${inner}`;
  }
  const lead = phraseAt(said, frame.leads);
  // "qué luces no están prendidas": a bare question word opening a subject said before its verb.
  const asking = lead?.length === 1 && ASKED_BY_SUBJECT.has(lead.english) ? subjectFirst(said, frame, english, snapshot) : undefined;
  if (asking) return asking;
  if (lead) {
    // "y a-tu des plinthes": the determiner after an opening is no "of".
    const after = said.slice(lead.length);
    const rest = isDeterminer(after[0]?.word, frame) && after.length > 1 ? after.slice(1) : after;
    // "celui d'en haut" is the whole reply ("the upstairs one").
    if (rest.length === 0) return lead.english ? withLead(lead.english, []) : undefined;
    // "est-ce que la chaufferette est allumée": the question is the sentence after it.
    // "est-ce que les plinthes chauffent": the subject keeps its determiner, which shows it is one.
    if (!lead.english) return subjectFirst(after, frame, english, snapshot) ?? translateCues(joined(rest).join(' '), snapshot)?.text;
    return withLead(lead.english, english(rest));
  }
  // "ferme-la", "barre-les": a command with its object pronoun.
  const command = CUES_LEXICON.commands[language]?.[said[0]?.word ?? ''];
  const clitic = said[1]?.glued ? frame.clitics[said[1].word] : undefined;
  if (command && clitic) return [command, clitic, ...english(said.slice(2))].join(' ');
  // "apágala", "spegnilo": the pronoun glued to the verb.
  const glued = encliticCommand(said[0], CUES_LEXICON.commands[language] ?? {}, frame.clitics);
  if (glued) return [glued, ...english(said.slice(1))].join(' ');
  // "la prende", "lo apaga", "me la prende": the pronoun said before the verb, the polite request of Colombia and Mexico.
  const proclitic = procliticCommand(said, CUES_LEXICON.commands[language] ?? {}, frame.clitics);
  if (proclitic) return [proclitic.command, proclitic.object, ...english(said.slice(proclitic.length))].join(' ');
  return topicFirst(said, frame, english, snapshot) ?? objectFirst(said, frame, english, snapshot) ?? subjectFirst(said, frame, english, snapshot);
}

/**
 * "la radio del nonno abbassala a 15", "la luz de la sala apágala", "la lampe éteins-la": the thing named first and
 * taken up again by the pronoun on the command after it (the language's way to put the object first): the command
 * on that thing. Read only when the words before the command only name something of the home.
 */
function objectFirst(said: Said[], frame: Frames, english: (from: readonly Said[]) => string[], snapshot: HomeSnapshot): string | undefined {
  const commands = CUES_LEXICON.commands[languageOf(frame)] ?? {};
  const linking = (word: string): boolean => isDeterminer(word, frame) || CUES_LEXICON.genitives.includes(word) || CUES_LEXICON.articles.includes(word);
  for (let at = 1; at < said.length; at++) {
    const hyphened = commands[said[at]?.word ?? ''] !== undefined && said[at + 1]?.glued && frame.clitics[said[at + 1]?.word ?? ''] !== undefined;
    const command = hyphened ? commands[said[at]?.word ?? ''] : encliticParts(said[at], commands, frame.clitics)?.command;
    if (!command) continue;
    const topic = said.slice(0, at);
    if (!onlyNamesThing(topic.map((s) => s.word), linking, snapshot)) return undefined;
    return [command, ...english(topic), ...english(said.slice(at + (hyphened ? 2 : 1)))].join(' ');
  }
  return undefined;
}

/**
 * "asciugatrice quanto manca", "irrigazione quando parte", "minisplit de la recámara a cuánto está": the thing said
 * first, as a heading, and the question about it last. Read only when an opening of the language ends the sentence
 * and the words before it only name something of the home ("la cour arrière donne sur quoi" has a verb of its own).
 */
function topicFirst(said: Said[], frame: Frames, english: (from: readonly Said[]) => string[], snapshot: HomeSnapshot): string | undefined {
  const linking = (word: string): boolean => isDeterminer(word, frame) || CUES_LEXICON.genitives.includes(word) || CUES_LEXICON.articles.includes(word);
  for (let at = 1; at < said.length; at++) {
    const lead = phraseAt(said.slice(at), frame.leads);
    if (!lead?.english || at + lead.length !== said.length) continue;
    const topic = said.slice(0, at);
    return onlyNamesThing(topic.map((s) => s.word), linking, snapshot) ? withLead(lead.english, english(topic)) : undefined;
  }
  return undefined;
}

/**
 * The opening and the words after it: an opening that wraps its subject ("a cuánto está …" is "what is … set to")
 * says where they go; after "from" ("cómo llego de la sala al patio") the next "in" is the "to" of the way.
 */
function withLead(lead: string, rest: readonly string[]): string {
  const words = [...rest];
  const into = words.indexOf('in');
  if (/\bfrom$/.test(lead) && into > 0) words[into] = 'to';
  // "a che ora si chiudono?", "a quanto è impostato?": the subject left unsaid, as these languages do, is "they"/"it".
  const unsaid = /\b(do|are) \{\}/.test(lead) ? 'they' : 'it';
  return lead.includes('{}') ? lead.replace('{}', words.length > 0 ? words.join(' ') : unsaid) : [lead, ...words].join(' ');
}

/**
 * "la porte d'en arrière est-tu barrée" → "is porte arrière locked"; "la hotte fonctionne?" → "is hotte running";
 * "le chauffe-eau est à quelle température" → "what is the temperature of chauffe-eau"; "est-elle barrée" → "is it locked".
 */
function subjectFirst(said: Said[], frame: Frames, english: (from: readonly Said[]) => string[], snapshot: HomeSnapshot): string | undefined {
  // "¿está prendida la luz?", "è accesa la luce": the verb first, then the state and the subject in either order.
  // "¿no está prendida …?" asks what "¿está prendida …?" asks.
  const opening = isNegation(said[0], frame) && frame.copulas[said[1]?.word ?? ''] !== undefined ? said.slice(1) : said;
  if (frame.copulas[opening[0]?.word ?? ''] !== undefined && !opening[0]?.particle) return copulaFirst(opening, languageOf(frame), frame, english, snapshot);
  // "la luce e accesa": a copula typed without its accent ("e" is "and") only before a state word.
  // "il forno e in cucina": and before "in" and a place of the home.
  const weak = (i: number): boolean => frame.weakCopulas?.[said[i]?.word ?? ''] !== undefined && i > 0 && (isStateWord(languageOf(frame), said[i + 1]?.word) || placeFollows(said, i + 1, languageOf(frame), snapshot));
  const at = said.findIndex((s, i) => frame.copulas[s.word] !== undefined || weak(i) || (frame.stateVerbs[s.word] !== undefined && i > 0 && (s.particle !== undefined || i === said.length - 1)));
  const verb = said[at];
  if (!verb) return possession(said, frame, english, (word) => isDeterminer(word, frame));
  // "qué luces no están prendidas": the negation before the verb turns the state asked about.
  const negated = at > 0 && isNegation(said[at - 1], frame);
  const subject = said.slice(0, negated ? at - 1 : at);
  const pronoun = verb.particle ? frame.pronouns[verb.particle] : undefined;
  // The language shows itself: a determiner before the subject, a particle after the verb, or its words after.
  const rest = said.slice(at + 1);
  // "a porta está trancada" is Portuguese though Spanish has "trancada" too: "a" opens no Spanish subject.
  const otherLanguage = Object.values(FRAMES).some((f) => f !== frame && f.determiners?.includes(subject[0]?.word ?? '')) && !isDeterminer(subject[0]?.word, frame);
  const ownWords = !otherLanguage && rest.some((s) => withinWords(languageOf(frame))[s.word] !== undefined);
  const askedWord = ASKED_BY_SUBJECT.has(CUES_LEXICON.questions[languageOf(frame)]?.[plain(subject[0]?.word ?? '')] ?? '');
  if (subject.length === 0 ? !pronoun : !(isDeterminer(subject[0]?.word, frame) || /^[ld]'/.test(subject[0]?.word ?? '') || verb.particle || ownWords)) return undefined;
  // "elle est réglée sur cb": a subject pronoun alone is "it", the one talked of before.
  const saidPronoun = subject.length === 1 ? frame.pronouns[subject[0]?.word ?? ''] : undefined;
  const named = subject.length === 0 ? [pronoun ?? 'it'] : saidPronoun ? [saidPronoun] : english(isDeterminer(subject[0]?.word, frame) ? subject.slice(1) : subject);
  const state = frame.stateVerbs[verb.word];
  const plural = frame.copulas[verb.word] === 'are' || (state !== undefined && verb.word.endsWith('nt'));
  const be = plural ? 'are' : 'is';
  // "cuántas luces están prendidas", "quais luzes estão ligadas": the question word leads, as in English.
  if (askedWord) {
    const asked = [...(state ? [state] : []), ...english(rest)];
    return [...english(subject), be, ...(negated ? oppositeStates(asked) : asked)].join(' ');
  }
  if (state) return [be, ...named, state, ...english(rest)].join(' ');
  // "est à quelle température", "est en quel mode": what the subject's reading of that is.
  const asking = rest.findIndex((s) => frame.asking.includes(s.word));
  const asked = asking >= 0 ? rest.slice(asking + 1) : [];
  if (asked.length > 0) return ['what', be, 'the', ...english(asked), 'of', ...named].join(' ');
  if (rest.some((s) => s.word === 'combien')) return rest.some((s) => frame.setTo.includes(s.word)) ? ['what', be, ...named, 'set to'].join(' ') : undefined;
  // "le radiateur est réglé sur quoi": what it is set to, asked with "what" last.
  if (rest.some((s) => frame.setTo.includes(s.word)) && rest[rest.length - 1]?.word === 'quoi') return ['what', be, ...named, 'set to'].join(' ');
  return [be, ...named, ...english(rest)].join(' ');
}

function isNegation(said: Said | undefined, frame: Frames): boolean {
  return said !== undefined && (frame.negations?.includes(said.word) ?? false);
}

function isDeterminer(word: string | undefined, frame: Frames): boolean {
  return word !== undefined && (DETERMINERS.has(word) || (frame.determiners?.includes(word) ?? false));
}

/** Each frame's language, looked up (subjectFirst asks at every word) rather than searched for. */
const LANGUAGE_OF = new Map<Frames, string>(Object.entries(FRAMES).map(([language, frame]) => [frame, language]).reverse() as Array<[Frames, string]>);
function languageOf(frame: Frames): string {
  return LANGUAGE_OF.get(frame) ?? '';
}

/** The words as typed again: hyphenated words joined back ("chauffe-eau"), particles left out. */
function joined(said: readonly Said[]): string[] {
  const out: string[] = [];
  for (const s of said) {
    if (s.glued && out.length > 0) out[out.length - 1] = `${out[out.length - 1]}-${s.word}`;
    else out.push(s.word);
  }
  return out;
}

/** The longest entry of `table` said from the first word (hyphens and particles as in the sentence, accents or not). */
function phraseAt(said: readonly Said[], table: Record<string, string>): { english: string; length: number } | undefined {
  if (!mayOpenPhrase(said[0]?.word, table)) return undefined;
  for (let len = Math.min(MAX_LEAD, said.length); len >= 1; len--) {
    const typed = said.slice(0, len).map((s) => s.word).join(' ');
    // Without accents only from three letters: "è" is no "e" ("and").
    const entries = leadTable(table).get(typed) ?? (typed.length >= 3 ? leadTable(table).get(`~${plain(typed)}`) : undefined) ?? [];
    // "a-t-on" is no "a" ("a luz da cozinha"): a particle the opening has must be said.
    const entry = entries.find((e) => e.particles.every((p, i) => p === undefined || said[i]?.particle === p));
    if (entry) return { english: entry.english, length: len };
  }
  return undefined;
}

/** An opening keyed as `saidWords` splits it ("y a-tu" → "y a", particle "tu"), as typed and without accents. */
interface KeyedLead { english: string; particles: Array<string | undefined> }
const KEYED = new Map<Record<string, string>, Map<string, KeyedLead[]>>(
  Object.values(FRAMES).flatMap((frame) => [frame.leads, frame.followUps].map((table) => {
    const keyed = new Map<string, KeyedLead[]>();
    for (const [phrase, english] of Object.entries(table)) {
      const said = saidWords(phrase, frame);
      const key = said.map((s) => s.word).join(' ');
      // As typed, and ("~"-marked) without accents.
      for (const k of [key, `~${plain(key)}`]) keyed.set(k, [...(keyed.get(k) ?? []), { english, particles: said.map((s) => s.particle) }]);
    }
    return [table, keyed] as const;
  })),
);
function leadTable(table: Record<string, string>): ReadonlyMap<string, KeyedLead[]> {
  return KEYED.get(table) ?? new Map();
}

/**
 * Every entry's first word, as typed and ("~"-marked) without accents, per table: phraseAt is asked at every word of
 * every sentence (topicFirst), and most words open no entry, which one look-up tells before any phrase is folded.
 */
const FIRST_WORDS = new Map<Record<string, string>, Set<string>>([...KEYED].map(([table, keyed]) => [table, new Set([...keyed.keys()].map((k) => k.split(' ')[0] ?? k))]));
function mayOpenPhrase(word: string | undefined, table: Record<string, string>): boolean {
  if (word === undefined) return false;
  const first = FIRST_WORDS.get(table);
  if (!first || word.includes(' ') || first.has(word)) return true;
  // A word that folds to more than one word (a spacing accent, "¨") is left to the full look-up.
  const folded = plain(word);
  return folded.includes(' ') || first.has(`~${folded}`);
}
