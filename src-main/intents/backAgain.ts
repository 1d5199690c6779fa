// "open the shutters back up, storm pass", "turn the lights back on": "back" before a closing up/on/off/down says
// again; it names no part of the home. Left in, it is read as a name's word ("Shutters Back" of two shutters, front
// and back), and the command goes to one of them without asking which. A name the home spells with "back" and that
// particle together ("Back Up Pump") stays as typed.
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';

/** "back" and a particle that ends the request or its clause ("… back on", "… back up, storm pass"). */
const BACK_AGAIN = /\bback\s+(up|on|off|down|in|open)\b(?=\s*(?:[,.;!?]|$))/i;

/** A request to open something, whose "up" adds nothing. */
const OPENS = /^\s*(?:please\s+)?open\b/i;

/** The sentence without the "back" of "back on"; unchanged when it has none. */
export function withoutBackAgain(text: string, snapshot: HomeSnapshot): string {
  if (!text.toLowerCase().includes('back')) return text;
  const found = BACK_AGAIN.exec(text);
  if (!found || snapshot.phrases.has(phraseKey(found[0]))) return text;
  // "open the shutters back up" is "open the shutters": up after open says no more than open.
  const particle = found[1]?.toLowerCase() === 'up' && OPENS.test(text) ? '' : (found[1] ?? '');
  return (text.slice(0, found.index) + particle).trimEnd() + text.slice(found.index + found[0].length);
}
