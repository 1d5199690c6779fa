// Questions Roman Urdu asks with words of its own, in English (urduPhrasing.ts reads the rest): which app a device
// runs on ("motor kis app se chalti hai", "pedestal ki app konsi"), what an app or a place holds ("Smart Life pe kya
// kya hai", "chhat pe kya kya hai"), when it runs ("machar maar machine kab chalti hai"), the way from one room to another ("balcony se store kaise jayen", "main darwaze se Saad ke kamre tak kaise"),
// and a maker's things ("Dawlance ki kya kya cheezein hain", "Tuya ke devices kaun se hain"). The words are in
// lexicon/urdu.json ("questions"); what is asked about is said as typed ("of" turns "ka/ki/ke" into "'s" outside names).
import { phraseKey } from '../deviceKinds';
import type { HomeSnapshot } from '../HomeIndex';
import { URDU } from './urduWords';

const Q = URDU.questions;
const endsWith = (ws: readonly string[], phrase: string): boolean => {
  const parts = phrase.split(' ');
  return parts.length < ws.length && parts.every((p, i) => ws[ws.length - parts.length + i] === p);
};
const longestEnd = (ws: readonly string[], list: readonly string[]): number => list.filter((p) => endsWith(ws, p)).reduce((n, p) => Math.max(n, p.split(' ').length), 0);

/** The question in English, or undefined when it is none of these shapes. */
export function urduQuestion(ws: readonly string[], snapshot: HomeSnapshot, of: (p: readonly string[]) => string): string | undefined {
  return appAsked(ws, of) ?? appHolds(ws, snapshot) ?? whenAsked(ws, of) ?? wayAsked(ws, of) ?? makerAsked(ws, snapshot);
}

/**
 * "Smart Life pe kya kya hai", "Mi Home app se kya kya control hota hai": what an app of the home controls; "chhat pe
 * kya kya hai" (what is on the roof): the devices of a room.
 */
function appHolds(ws: readonly string[], snapshot: HomeSnapshot): string | undefined {
  const n = longestEnd(ws, Q.onApp);
  if (n === 0) return undefined;
  const said = ws.slice(0, -n);
  const name = (said[said.length - 1] === 'app' ? said.slice(0, -1) : said).join(' ');
  const named = snapshot.phrases.get(phraseKey(name)) ?? [];
  if (named.some((e) => e.entity_type === 'app')) return `what does ${name} control`;
  const on = ws[ws.length - n] === 'pe' || ws[ws.length - n] === 'par';
  return on && named.length > 0 && named.every((e) => e.entity_type === 'room' || e.entity_type === 'zone') ? `what devices are in ${name}` : undefined;
}

/** "X kis app se chalti hai", "X ki app konsi", "X ki app ka naam": which app controls X. */
function appAsked(ws: readonly string[], of: (p: readonly string[]) => string): string | undefined {
  const n = longestEnd(ws, Q.whichApp);
  return n > 0 && ws.length > n ? `which app controls ${of(ws.slice(0, -n))}` : undefined;
}

/** "X kab chalti hai", "X kab kab chalta hai": when X runs. */
function whenAsked(ws: readonly string[], of: (p: readonly string[]) => string): string | undefined {
  const n = longestEnd(ws, Q.whenRuns);
  return n > 0 && ws.length > n ? `when does ${of(ws.slice(0, -n))} run` : undefined;
}

/** "P se Q kaise jayen", "P se Q tak kaise": how to get from P to Q. */
function wayAsked(ws: readonly string[], of: (p: readonly string[]) => string): string | undefined {
  const n = longestEnd(ws, Q.howToGo);
  if (n === 0) return undefined;
  const rest = ws.slice(0, -n);
  const to = rest[rest.length - 1] === 'tak' ? rest.slice(0, -1) : rest;
  const from = to.indexOf('se');
  return from > 0 && from < to.length - 1 ? `how do i get from ${of(to.slice(0, from))} to ${of(to.slice(from + 1))}` : undefined;
}

/** "M ki kya kya cheezein hain", "M ki cheezein", "M ke devices kaun se hain": a maker's devices (a maker the home has). */
function makerAsked(ws: readonly string[], snapshot: HomeSnapshot): string | undefined {
  const of = ws.findIndex((w) => w === 'ki' || w === 'ke' || w === 'ka');
  if (of < 1 || !snapshot.manufacturers.has(phraseKey(ws.slice(0, of).join(' ')))) return undefined;
  const rest = ws.slice(of + 1).filter((w) => !Q.makerFiller.includes(w));
  return rest.length > 0 && rest.every((w) => Q.things.includes(w)) ? `what ${ws.slice(0, of).join(' ')} devices are there` : undefined;
}
