// "whats the wifi pass", "wat is het wifi paswoord", "the padlock combo", "Wie war nochmal der Alarmcode?", "kode alarm
// berapa": a password or access code said in a way the cue words miss is said as the English words the secret search
// reads ("wifi password", "combination", "alarm code"), so a guest hears the secret is in a private note and an admin
// gets the note, instead of a list of network devices. "what's the wifi" said with nothing after it but a place or a
// courtesy ("what's the wifi out here", "whats your wifi", "what's the wifi at the Melaka house?") asks the password
// too: read as the router, a guest was told its state or "no schedule runs" it. The phrases are data
// (lexicon/secretWords.json); names stay as typed.
import { z } from 'zod';
import lexicon from './lexicon/secretWords.json';
import { escapeRegExp } from './regexText';

const LEXICON = z.object({
  phrases: z.record(z.string().min(2), z.string().min(2)),
  bareWifi: z.object({ asks: z.array(z.string()), determiners: z.array(z.string()), networks: z.array(z.string()), after: z.array(z.string()) }),
}).parse(lexicon);
const PHRASES = LEXICON.phrases;
/** Longest phrase first, so "mk wifi" wins over any shorter phrase inside it. */
const ORDERED = Object.entries(PHRASES).sort((a, b) => b[0].length - a[0].length);
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(${ORDERED.map(([k]) => escapeRegExp(k)).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
const anyOf = (words: readonly string[]): string => words.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|');
/** "what's the wifi" followed by the end, a mark, or a word of place or courtesy (never "what's the wifi router"). */
const BARE_WIFI = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:${anyOf(LEXICON.bareWifi.asks)})\\s+(?:${anyOf(LEXICON.bareWifi.determiners)})\\s+(?:${anyOf(LEXICON.bareWifi.networks)}))(?=\\s*(?:[?.!,;]|$)|\\s+(?:${anyOf(LEXICON.bareWifi.after)})(?![\\p{L}\\p{N}]))`,
  'iu',
);

export function secretWords(text: string): string {
  return text.replace(BARE_WIFI, '$1 password').replace(PATTERN, (found) => PHRASES[found.toLowerCase()] ?? found);
}
