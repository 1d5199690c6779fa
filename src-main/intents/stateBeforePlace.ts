// "is the kitchen light on in the apartment": English may say the state before the place. When the thing already holds
// a place word ("kitchen"), the parse took "kitchen light" for the lights of the Kitchen and dropped "in the apartment",
// asking which of the Kitchen's lights while the one meant is the apartment's ("Apartment kitchen light"); said as
// "is the kitchen light in the apartment on" it is found. A yes/no question whose state word stands before a last
// "in/at <place>" is read with the state last; a place the home does not name is left as typed.
import type { HomeSnapshot } from './HomeIndex';
import { namesSomething } from './kindClaims';

const STATE_THEN_PLACE = /^((?:and\s+|so\s+)?(?:is|are)\s+(?:the|my|our)\s+.+?)\s+(on|off|open|closed|shut|locked|unlocked|running|lit|armed|disarmed)\s+((?:in|at)\s+(?:the\s+)?(.+?))\s*(\?*)\s*$/i;
/** The cheap check: a state word, then "in" or "at". */
const CHEAP = /\b(?:on|off|open|closed|shut|locked|unlocked|running|lit|armed|disarmed)\s+(?:in|at)\b/i;

/** The question with the state said last; the text unchanged otherwise. */
export function stateBeforePlace(text: string, snapshot: HomeSnapshot): string {
  if (!CHEAP.test(text)) return text;
  const m = STATE_THEN_PLACE.exec(text.trim());
  const [thing, state, place, placeWords, mark] = [m?.[1], m?.[2], m?.[3], m?.[4], m?.[5] ?? ''];
  if (!thing || !state || !place || !placeWords || !placeWords.split(/\s+/).every((w) => namesSomething(snapshot, w))) return text;
  // "is the light on in the kitchen" is read well as typed; only a thing of several words may hold a place word.
  if (thing.replace(/^(?:and\s+|so\s+)?(?:is|are)\s+(?:the|my|our)\s+/i, '').split(/\s+/).length < 2) return text;
  return `${thing} ${place} ${state}${mark}`;
}
