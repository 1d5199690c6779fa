// Whether "on"/"off" in a sentence asks a state, and when a switch word makes the sentence a request instead.
import { POLITE_OPENERS } from './cueWords';
import type { Token } from './normalizeText';

/** What "everything off", "all on" say all of (the whole place said after it). */
const WHOLE: ReadonlySet<string> = new Set(['everything', 'all']);
/** Words after which "off" is a preposition of where ("the box room off the hall", "a loo off the landing"). */
const PLACE_AFTER_OFF: ReadonlySet<string> = new Set(['the', 'of', 'our', 'my', 'a']);

/** What someone "left" that is no device left on ("left a note", "left us a message"). */
const LEFT_THING: ReadonlySet<string> = new Set(['note', 'notes', 'message', 'messages', 'msg']);

/** "on"/"off" as a state (last word, or with still/left/lit), not as a preposition ("lights on the first floor"). */
export function stateWord(tokens: readonly Token[]): boolean {
  const keys = tokens.map((t) => t.key);
  const last = keys[keys.length - 1];
  if (last === 'on' || last === 'off') return true;
  // "is the night light on in the kids room", "is it on right now"
  if (keys.some((k, i) => (k === 'on' || k === 'off') && ['in', 'at', 'right', 'now', 'still', 'upstairs', 'downstairs'].includes(keys[i + 1] ?? ''))) return true;
  // "is the box room off the hall": "off the …" says where a room lies, no state; "Grandpa left a note" is no
  // "left on" (a thing left after it is what was left).
  return keys.some((k, i) => ['off', 'running', 'playing', 'lit', 'still', 'left', 'charging', 'enabled', 'disabled', 'active'].includes(k) && !(k === 'off' && PLACE_AFTER_OFF.has(keys[i + 1] ?? '')) && !(k === 'left' && LEFT_THING.has(keys[i + 1] === 'a' || keys[i + 1] === 'me' || keys[i + 1] === 'us' ? keys[i + 2] ?? '' : keys[i + 1] ?? '')));
}

/**
 * "everything off for the BQ", "all off in the flat", "off the fan": a switch word first, or right after
 * "everything"/"all", with no verb or question word before it, is a request in a heading's shape. Read as "what is
 * off in the BQ" it answered "No devices in the BQ are off" to a command; the control reading (or the model) takes it.
 */
export function switchHeading(tokens: readonly Token[]): boolean {
  const keys = tokens.map((t) => t.key).filter((k, i, all) => !POLITE_OPENERS.has(k) || all.slice(0, i).some((w) => !POLITE_OPENERS.has(w)));
  if (keys[0] === 'off') return true;
  return WHOLE.has(keys[0] ?? '') && (keys[1] === 'off' || keys[1] === 'on');
}
