// Southern US English switches with "cut" and "kick": "cut the porch light on", "cut the fan off", "kick it on". Read
// as written, "cut … on" named nothing to do and the sentence became a state question ("Café Pot is off"). Only with
// on/off a few words after the verb and ending the request (last, or before a comma, "now", "too", "for …"), so "cut
// the power on the second floor" (a preposition) stays as typed. Lexicon: lexicon/switchVerbs.json.
import { z } from 'zod';
import lexicon from './lexicon/switchVerbs.json';

const schema = z.object({ verbs: z.array(z.string().min(1)), endingAfterState: z.array(z.string().min(1)) }).strict();
const LEXICON = schema.parse(lexicon);
const VERBS: ReadonlySet<string> = new Set(LEXICON.verbs);
const ENDING: ReadonlySet<string> = new Set(LEXICON.endingAfterState);
/** Words a request may open with before its verb ("and", "pls", "can you"). */
const OPENERS: ReadonlySet<string> = new Set(['and', 'n', 'please', 'pls', 'plz', 'ok', 'okay', 'just', 'you', 'then', 'go']);
/** At most this many words between the verb and on/off ("cut the back yard flood lights on"). */
const MAX_BETWEEN = 5;
const keyOf = (word: string): string => word.toLowerCase().replace(/[^\p{L}\d]+$/u, '');
const TURN: Record<string, string> = { cut: 'turn', kick: 'turn', cuts: 'turns', kicks: 'turns', cuttin: 'turning', cutting: 'turning', kickin: 'turning', kicking: 'turning' };

/** The sentence with "cut"/"kick" read as "turn" where an on/off ends what it switches; unchanged otherwise. */
export function switchVerbs(text: string): string {
  const words = text.trim().split(/\s+/);
  const at = words.findIndex((w) => VERBS.has(keyOf(w)));
  // The verb opens the request ("cut the fan on", "and kick it on"): "when the power cut off" is no command.
  if (at < 0 || (at > 0 && !OPENERS.has(keyOf(words[at - 1] ?? '')))) return text;
  for (let i = at + 1; i <= at + MAX_BETWEEN + 1 && i < words.length; i++) {
    const word = words[i] ?? '';
    const key = keyOf(word);
    if (key !== 'on' && key !== 'off') continue;
    const next = keyOf(words[i + 1] ?? '');
    const ends = i === words.length - 1 || /[,;.!?]$/.test(word) || ENDING.has(next);
    if (!ends) return text;
    const verb = words[at] ?? '';
    words[at] = (TURN[keyOf(verb)] ?? 'turn') + verb.slice(keyOf(verb).length);
    return words.join(' ');
  }
  return text;
}
