// "is the kitchen light still on?", "are the blinds still open", "is it on still": "still" only says the asker
// expects the state to have lasted; the question is the same as without it. Left in, the word sits between the thing
// and its state and the parse loses the place said before it ("kitchen"), so one light whose name holds the kind word
// was answered for alone while another light of that kitchen was on: a wrong "no". Dropped only in a question (it
// opens with a question word or ends with "?") and never when it is a word of the home's names (a whisky "Still").
import type { HomeSnapshot } from './HomeIndex';
import { namesSomething } from './kindClaims';

const STILL = /\bstill\b/i;
/** Words a yes/no or wh- question opens with (after an "and"/"so"). */
const QUESTION_OPENERS = new Set(['is', 'are', 'was', 'were', 'isnt', 'arent', 'has', 'have', 'does', 'do', 'did', 'which', 'what', 'whats', 'who', 'how', 'anything', 'any', 'why']);
/** States a "still" may stand before; what may follow the state ("still on now?"). */
const STATES = new Set(['on', 'off', 'open', 'closed', 'shut', 'locked', 'unlocked', 'running', 'going', 'lit', 'armed', 'disarmed']);
const AFTER_STATE = new Set(['', 'now', 'right', 'then', 'or', 'not']);
const LEAD_INS = new Set(['and', 'so', 'but', 'ok', 'okay', 'hey']);

const keyOf = (word: string): string => word.toLowerCase().replace(/['’]/g, '');

/** The question without its "still"; the text unchanged when there is none or it is no question. */
export function withoutStill(text: string, snapshot: HomeSnapshot): string {
  if (!STILL.test(text) || namesSomething(snapshot, 'still')) return text;
  const words = text.trim().split(/\s+/);
  const first = LEAD_INS.has(keyOf(words[0] ?? '')) ? 1 : 0;
  if (!/\?\s*$/.test(text) && !QUESTION_OPENERS.has(keyOf(words[first] ?? ''))) return text;
  // Only before a state said last ("still on?", "still on now"): "is alfie still on his xbox" (on a thing), "rice cooker
  // still warm?" (a reading of its own) and "warranty still good?" are read with it as before.
  const keys = words.map((w) => keyOf(w).replace(/[?!.,]+$/, ''));
  const stateLast = (i: number): boolean => STATES.has(keys[i + 1] ?? '') && keys.slice(i + 2).every((k) => AFTER_STATE.has(k));
  // "is it on still?": a "still" said after the state, last.
  const afterState = (i: number): boolean => i === words.length - 1 && STATES.has(keys[i - 1] ?? '');
  const out: string[] = [];
  words.forEach((w, i) => {
    if (i === 0 || keys[i] !== 'still' || !(stateLast(i) || afterState(i))) out.push(w);
    // The question mark "still?" carried stays.
    else if (afterState(i) && w.endsWith('?')) out[out.length - 1] = `${out[out.length - 1] ?? ''}?`;
  });
  return out.join(' ');
}
