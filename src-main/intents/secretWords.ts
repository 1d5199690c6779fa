// "whats the wifi pass", "wat is het wifi paswoord", "the padlock combo", "Wie war nochmal der Alarmcode?", "kode alarm
// berapa": a password or access code said in a way the cue words miss is said as the English words the secret search
// reads ("wifi password", "combination", "alarm code"), so a guest hears the secret is in a private note and an admin
// gets the note, instead of a list of network devices. The phrases are data (lexicon/secretWords.json); names stay
// as typed.
import { z } from 'zod';
import lexicon from './lexicon/secretWords.json';
import { escapeRegExp } from './regexText';

const PHRASES = z.object({ phrases: z.record(z.string().min(2), z.string().min(2)) }).parse(lexicon).phrases;
/** Longest phrase first, so "mk wifi" wins over any shorter phrase inside it. */
const ORDERED = Object.entries(PHRASES).sort((a, b) => b[0].length - a[0].length);
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(${ORDERED.map(([k]) => escapeRegExp(k)).join('|')})(?![\\p{L}\\p{N}])`, 'giu');

export function secretWords(text: string): string {
  return text.replace(PATTERN, (found) => PHRASES[found.toLowerCase()] ?? found);
}
