// Nepali questions and requests the Hindi reader has no form for, read in English (nepaliPhrasing.ts reads the rest
// in Roman Hindi): "geyser 60 ma set gar" (set X to 60), "gate lock gar" (lock X), "signboard kati baje nibhcha"
// (what time does X turn off), "doorbell last kati baje bajeko" (when did X last ring), "bhansa ko batti kati ujyalo
// cha" (how bright is X), "gate lock ko battery kati cha" (what is the battery of X). The words come romanised, with
// the particles left out; the words of the lexicon's "questions" table say which is which (lexicon/nepali.json).
import { NEPALI } from './nepaliWords';

const Q = NEPALI.questions;
const SET_VERBS = new Set(Q.setVerbs);
const DO = new Set(Q.doVerbs);
const IS = new Set(Q.copulas);
const ATTRIBUTES = new Set(Q.attributes);
const NUMBER = /^\d+(?:[.,]\d+)?%?$/;

/** The sentence's words (romanised, particles out) as an English question or request, or undefined. */
export function nepaliQuestion(ws: readonly string[]): string | undefined {
  return lockRequest(ws) ?? setRequest(ws) ?? whenAsked(ws) ?? howAsked(ws) ?? attributeAsked(ws);
}

const the = (thing: readonly string[]): string => `the ${thing.join(' ')}`;

/** "gate lock gar": lock or unlock the thing before. */
function lockRequest(ws: readonly string[]): string | undefined {
  const verb = ws.length >= 3 ? ws[ws.length - 1] ?? '' : '';
  const act = ws[ws.length - 2];
  if (!DO.has(verb) || (act !== 'lock' && act !== 'unlock')) return undefined;
  return `${act} ${the(ws.slice(0, -2))}`;
}

/** "oil heater 20 ma set gar", "echo dot ko volume 20 ma jharidinus": set the thing (or its setting) to the number. */
function setRequest(ws: readonly string[]): string | undefined {
  const at = ws.findIndex((w, i) => NUMBER.test(w) && (ws[i + 1] === 'ma' || ws[i + 1] === 'maa'));
  if (at < 0) return undefined;
  const rest = ws.slice(at + 2);
  if (!rest.length || !rest.every((w) => SET_VERBS.has(w) || DO.has(w))) return undefined;
  const thing = ws.slice(0, at).filter((w, i, all) => !(w === 'lai' && i === all.length - 1));
  const of = thing.indexOf('ko');
  const setting = of > 0 && of === thing.length - 2 ? `the ${thing[of + 1] ?? ''} of ${the(thing.slice(0, of))}` : the(thing);
  // "ali thulo banaideu, 25 ma": the thing in focus.
  return `set ${thing.length ? setting : 'it'} to ${ws[at] ?? ''}`;
}

/** "signboard kati baje nibhcha", "geyser schedule kati baje", "doorbell last kati baje bajeko": when. */
function whenAsked(ws: readonly string[]): string | undefined {
  const at = ws.findIndex((w, i) => (w === 'kati' && ws[i + 1] === 'baje') || w === 'kahile');
  if (at < 0) return undefined;
  const thing = ws.slice(0, at).filter((w, i) => !(i === 0 && (w === 'ani' || w === 'ra')) && w !== 'last' && w !== 'aaja' && w !== 'aja' && w !== 'bihana' && w !== 'beluka');
  const after = ws.slice(at + (ws[at] === 'kati' ? 2 : 1)).filter((w) => !IS.has(w));
  if (thing.some((w) => NUMBER.test(w))) return undefined;
  const it = thing.length ? the(thing) : 'it';
  if (after.some((w) => Q.past.includes(w))) return `when did ${it} last ${after.some((w) => Q.ring.includes(w)) ? 'ring' : 'run'}`;
  if (after.some((w) => Q.close.includes(w))) return `what time does ${it} close`;
  if (after.some((w) => Q.off.includes(w))) return `what time does ${it} turn off`;
  if (after.some((w) => Q.on.includes(w))) return `what time does ${it} turn on`;
  if (after.length === 0 && thing.includes('schedule')) return `when does ${it} run`;
  return undefined;
}

/** "bhansa ko batti kati ujyalo cha", "Rojina ko kotha ma kati jaado chha": how bright, how cold. */
function howAsked(ws: readonly string[]): string | undefined {
  const at = ws.indexOf('kati');
  const adjective = Q.adjectives[ws[at + 1] ?? ''];
  if (at < 1 || !adjective || !ws.slice(at + 2).every((w) => IS.has(w))) return undefined;
  const thing = ws.slice(0, at);
  // "mathi ko tank ma kati pani cha": how full the tank is.
  if (thing[thing.length - 1] === 'ma' && adjective === 'full') return `how full is ${the(thing.slice(0, -1))}`;
  if (thing[thing.length - 1] === 'ma') return `how ${adjective} is it in ${the(thing.slice(0, -1))}`;
  // "NVR ko hard disk kati bhariyo": how full the NVR hard disk is.
  return `how ${adjective} is ${the(thing.filter((w) => w !== 'ko'))}`;
}

/** "gate lock ko battery kati cha", "fridge ko temperature kati chha": what is the thing's setting. */
function attributeAsked(ws: readonly string[]): string | undefined {
  const said = ws.indexOf('kati');
  // "baithak ma kati degree": the setting said after "kati".
  const after = ws[said + 1] === 'degree' && ws.slice(said + 2).every((w) => IS.has(w));
  const at = after ? said + 1 : said;
  const words = after ? [...ws.slice(0, said), 'degree', 'kati'] : ws;
  if (at < 1 || !words.slice(at + 1).every((w) => IS.has(w) || w === '%')) return undefined;
  const attribute = words[at - 1] ?? '';
  if (!ATTRIBUTES.has(attribute)) return undefined;
  const thing = words.slice(0, at - 1).filter((w, i, all) => !(w === 'ko' && i === all.length - 1));
  const named = attribute === 'degree' ? 'temperature' : attribute;
  // "greenhouse ma temperature kati cha", "baithak ma kati degree": in the place.
  if (thing[thing.length - 1] === 'ma') return `what is the ${named} in ${the(thing.slice(0, -1))}`;
  return thing.length ? `what is the ${named} of ${the(thing)}` : `what is the ${named}`;
}
