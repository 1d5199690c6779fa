// Questions romanized Punjabi asks with words of its own, in English (punjabiPhrasing.ts reads the rest): which app
// runs a thing ("ring doorbell kis app ch", "kettle kehri app"), who made it ("furnace kis company di", "jhoomar kehri
// company da"), whether it is running ("sump pump theek chal reha?", "tandoor chalda piya?" once Gurmukhi is in Latin
// letters), whether the home has one ("ghar vich dishwasher hega?") and "heat it up" said of a thing that heats
// ("tandoor garam kar do" = turn the tandoor on). The words are in lexicon/punjabi.json ("questions").
import { endsWith, PUNJABI } from './punjabiWords';

const Q = PUNJABI.questions;
const IN = new Set(['vich', 'andar']);
const HOW_MANY = new Set(['kinne', 'kinniyan', 'kinnian']);
const COPULAS = new Set(PUNJABI.copulas);

/** The words with "kis"/"kehra"/"konsi" said as the one "which" the shapes below know. */
function rewritten(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const two = `${ws[i] ?? ''} ${ws[i + 1] ?? ''}`;
    if (Q.rewrite[two]) {
      out.push(...Q.rewrite[two].split(' '));
      i++;
    } else out.push(Q.rewrite[ws[i] ?? ''] ?? ws[i] ?? '');
  }
  return out;
}

/** The question in English, or undefined when it is none of these shapes. */
export function punjabiQuestion(said: readonly string[], asked: boolean, thing: (p: readonly string[]) => string): string | undefined {
  const ws = rewritten(said);
  const app = endsWith(ws, Q.whichApp);
  if (app > 0) return app < ws.length ? `which app controls ${thing(ws.slice(0, -app))}` : 'which app controls it';
  const maker = endsWith(ws, Q.whichMaker);
  if (maker > 0) return maker < ws.length ? `who makes ${thing(ws.slice(0, -maker))}` : 'who makes it';
  // "ਜਿੰਦਾ ਲੱਗਾ?" (jinda laga): is it locked.
  const locked = endsWith(ws, Q.locked);
  if (locked > 0) return locked < ws.length ? `is ${thing(ws.slice(0, -locked))} locked` : 'is it locked';
  const warm = endsWith(ws, Q.warmUp);
  if (warm > 0 && warm < ws.length) return `turn on ${thing(ws.slice(0, -warm))}`;
  // "ghar vich dishwasher hega?": is there one (in that place).
  const have = endsWith(ws, Q.have);
  if (have > 0 && have < ws.length) {
    const rest = ws.slice(0, -have);
    const at = rest.findIndex((w) => IN.has(w));
    if (at > 0 && at < rest.length - 1) return `is there a ${thing(rest.slice(at + 1))} in the ${rest[at - 1] === 'ghar' ? 'home' : thing(rest.slice(0, at))}`;
    return `is there a ${thing(rest)}`;
  }
  // "tandoor chalda piya?", "furnace chal reha?": whether it is on (a question, not "kado chaldi", read before).
  const running = endsWith(ws, Q.running);
  const subject = ws.slice(0, -running).filter((w, i, all) => i < all.length - 1 || (w !== 'theek' && w !== 'thik'));
  if (running > 0 && subject.length > 0 && asked) return `is ${thing(subject)} on`;
  return howMany(ws, thing);
}

/** "kitchen vich kinne devices", "kinne cameras yard te", "kinniyan windows ne app ch": how many there are (there). */
function howMany(ws: readonly string[], thing: (p: readonly string[]) => string): string | undefined {
  const at = ws.findIndex((w) => HOW_MANY.has(w));
  if (at < 0 || at === ws.length - 1) return undefined;
  const before = ws.slice(0, at);
  let after = ws.slice(at + 1);
  // "… app ch": where the asker looks (as "in the app", inTheApp.ts), no place of the home.
  if (after.length > 2 && after[after.length - 1] === 'vich' && after[after.length - 2] === 'app') after = after.slice(0, -2);
  if (COPULAS.has(after[after.length - 1] ?? '')) after = after.slice(0, -1);
  let place: readonly string[] = [];
  if (before.length > 1 && IN.has(before[before.length - 1] ?? '')) place = before.slice(0, -1);
  else if (before.length > 0) return undefined;
  // "cameras yard te": the place said after the kind, with "te" (at) or "ch" (in) last.
  const marker = after.findIndex((w) => w === 'te' || IN.has(w));
  let kind = after;
  if (marker >= 0) {
    if (marker !== after.length - 1 || marker < 2 || place.length > 0) return undefined;
    kind = after.slice(0, 1);
    place = after.slice(1, marker);
  }
  if (kind.length === 0 || kind.length > 3) return undefined;
  return `how many ${kind.join(' ')} are there${place.length > 0 ? ` in ${thing(place)}` : ''}`;
}
