// A number said as the target of a direction: "mach lüüter, uf 25", "leiser bitte, auf 10", "skru ned til 15",
// "baixa pra 21", "sobe pra 24". Many languages put the level last, after their word for "to" (auf, uf, til, pra, a,
// iwe …), often after a comma, and leave the device out because the conversation is about it. Two general readings:
// - the direction is read alone and the number joined to it as English does ("turn it up" + "to 25");
// - a command with a number and no object ("set to 22", "lower to 21") is about "it", the device in focus; a volume
//   with no device ("lower volume to 10") is its volume. Without a focus "it" stays unresolved and is asked about,
//   never guessed from the words around it. The words are data (lexicon/numberTargets.json).
import { z } from 'zod';
import lexicon from './lexicon/numberTargets.json';
import { escapeRegExp } from './regexText';

const schema = z.object({
  prepositions: z.array(z.string().min(1)),
  // A bare comparative is a whole request in German and its neighbours ("leiser bitte!"): the English it stands for.
  comparatives: z.record(z.string().min(1), z.string().min(1)),
  politeness: z.array(z.string().min(1)),
}).strict();
const WORDS = schema.parse(lexicon);
const PREPOSITIONS = WORDS.prepositions.map((p) => escapeRegExp(p)).join('|');
/** "…, auf 10", "… pra 21 graus", "… til 15 %": the number clause at the end. */
const NUMBER_CLAUSE = new RegExp(`^(.+?)[,;]?\\s+(?:${PREPOSITIONS})\\s+(\\d+(?:[.,]\\d+)?)\\s*(%|°c?|°|degrees?|graus?|grad|grader|gradi|grados)?[.!]?$`, 'iu');
const POLITE = new RegExp(`\\s*\\b(?:${WORDS.politeness.join('|')})\\b[,.!]?`, 'giu');
const VERB = '(?:set|put|lower|raise|increase|decrease|reduce|turn up|turn down|bring up|bring down)';
/** "set to 22", "turn down to 10": a command with a number and no object. */
const NO_OBJECT = new RegExp(`^(${VERB})\\s+(to|at)\\s+(\\d+(?:[.,]\\d+)?.*)$`, 'i');
/** "lower volume to 10", "turn the volume down to 10": a volume with no device. */
const BARE_VOLUME = new RegExp(`^(?:${VERB}|turn)\\s+(?:the\\s+)?volume(?:\\s+(?:up|down))?\\s+(?:to|at)\\s+(\\d+(?:[.,]\\d+)?)\\s*%?$`, 'i');
/** What a direction read alone may be: "turn it up", "turn the sonos down", "turn down it", "lower it". */
const DIRECTION = /^(?:turn|put|bring)\s+(.+?)\s+(up|down)$|^(?:turn|bring)\s+(up|down)\s+(.+)$|^(lower|raise|brighten|dim)\s+(.+)$/i;

const PRONOUN = /^(?:it|them)$/i;

/** The number clause split off ("mach lüüter", "25"), or undefined when the sentence ends with none. */
export function numberClause(said: string): { head: string; number: string; unit: string } | undefined {
  const m = NUMBER_CLAUSE.exec(said.trim());
  if (!m || !m[1] || !m[2]) return undefined;
  const unit = !m[3] ? '' : m[3] === '%' ? '%' : ' degrees';
  return { head: m[1].trim(), number: m[2].replace(',', '.'), unit };
}

/** The head read in English with the number joined to its direction, or undefined when the head is no direction. */
export function directionTo(headEnglish: string, number: string, unit: string): string | undefined {
  const plain = headEnglish.replace(POLITE, '').replace(/[,.!]+$/, '').trim();
  const comparative = WORDS.comparatives[plain.toLowerCase()];
  const read = comparative ?? plain;
  if (/\d/.test(read)) return undefined;
  const m = DIRECTION.exec(read);
  if (!m) return undefined;
  // Only the device in focus ("it", "them"): a device named in the head is read with the whole sentence as before.
  const object = m[1] ?? m[4] ?? m[6] ?? '';
  if (!PRONOUN.test(object)) return undefined;
  if (m[1] && m[2]) return `turn ${object} ${m[2]} to ${number}${unit}`;
  if (m[3] && m[4]) return `turn ${object} ${m[3]} to ${number}${unit}`;
  if (m[5] && m[6]) return `${m[5]} ${object} to ${number}${unit}`;
  return undefined;
}

/** "set to 22" → "set it to 22"; "lower volume to 10" → "set its volume to 10"; anything else unchanged. */
export function objectForNumber(english: string): string {
  const volume = BARE_VOLUME.exec(english.trim());
  if (volume) return `set its volume to ${volume[1]}`;
  const m = NO_OBJECT.exec(english.trim());
  if (!m || !m[1] || !m[2] || !m[3]) return english;
  const [verb, particle] = m[1].toLowerCase().startsWith('turn ') || m[1].toLowerCase().startsWith('bring ') ? m[1].split(' ') : [m[1], ''];
  return `${verb} it${particle ? ` ${particle}` : ''} ${m[2]} ${m[3]}`;
}
