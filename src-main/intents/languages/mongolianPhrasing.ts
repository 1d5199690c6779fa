// Mongolian read in English (mongolianWords.ts, lexicon/mongolian.json): in Cyrillic ("Эмээгийн өрөөний радиатор
// хэдэн хэм байна вэ", how warm is grandma's room's radiator) or in phone Latin ("zochnii uruunii gerel untraa"), with
// Russian words ("стиралка дууссан уу"). Mongolian puts the thing first and the verb or question last, so a sentence
// is its thing (the home's names as the home writes them, found with their case endings, or Mongolian words in
// English) and the shape its role words give: a request ("асаа" turn on, "унтраа" turn off, "нээ" open, "хаа" close,
// "тайл" unlock, "25 болго" set to 25), a state asked ("асаалттай" on, "онгорхой" open, "түгжээтэй" locked), or a
// question word ("хэд" how much, "хаана" where, "хэзээ" when, "ямар" what, "яаж" how, "бий" is there).
// Only a home written in Mongolian (ө or ү in its names: mongolianLetters.ts) is read here, so Russian, Ukrainian and
// Serbian homes are left to their readers. Speed: a sentence with no Cyrillic letter and no word only Mongolian says
// returns at once.
import type { Entity } from '../../../src-shared/protocol/entities';
import type { HomeSnapshot } from '../HomeIndex';
import { markerSet, saysMarker } from '../saidWordSet';
import { perSnapshot } from '../perSnapshot';
import { CYRILLIC, mongolianKey } from './mongolianLetters';
import { isMongolianHome } from './mongolianNames';
import { MONGOLIAN, genitiveName, isReason, lexiconAt, ownerOf, roleOf, rolePairAt, sameStem, type MongolianWord } from './mongolianWords';

const SURE = markerSet(MONGOLIAN.sure);

/** The gate: a Cyrillic letter, or a word only Mongolian says. */
export function maySayMongolian(text: string): boolean {
  return CYRILLIC.test(text) || saysMarker(text, SURE);
}

interface HomeName {
  keys: string[];
  name: string;
  place: boolean;
}

const PLACE_TYPES = new Set(['room', 'zone']);
const NAME_TYPES = new Set(['device', 'door', 'window', 'room', 'zone', 'automation', 'schedule', 'app', 'manual']);

/** Per snapshot: whether the home is Mongolian, and its names by key, longest first. */
const homeNames = perSnapshot((snapshot: HomeSnapshot): HomeName[] | undefined => {
  const entities: Entity[] = [...snapshot.byId.values()];
  if (!isMongolianHome(entities)) return undefined;
  const names = entities
    .filter((e) => NAME_TYPES.has(e.entity_type) && CYRILLIC.test(e.name))
    .map((e) => ({ keys: e.name.split(/\s+/).filter(Boolean).map(mongolianKey), name: e.name, place: PLACE_TYPES.has(e.entity_type) }))
    .filter((n) => n.keys.join('').length >= 3);
  return names.sort((a, b) => b.keys.length - a.keys.length || b.keys.join('').length - a.keys.join('').length);
});

/** The words of one clause, read. */
export function mongolianWords(clause: string, names: readonly HomeName[]): MongolianWord[] {
  const typed = clause.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  const keys = typed.map((w) => mongolianKey(w.replace(/-.*$/, '')));
  const out: MongolianWord[] = [];
  for (let i = 0; i < typed.length; i++) {
    const word = typed[i] ?? '';
    const key = keys[i] ?? '';
    if (/^\d+(?:[.,]\d+)?%?$/.test(word)) {
      out.push({ kind: 'number', text: word, length: 1 });
      continue;
    }
    const named = names.find((n) => n.keys.every((k, m) => keys[i + m] !== undefined && sameStem(keys[i + m] ?? '', k)));
    if (named) {
      out.push({ kind: 'name', text: named.name, place: named.place, length: named.keys.length });
      i += named.keys.length - 1;
      continue;
    }
    const pair = rolePairAt(keys, i);
    if (pair) {
      out.push({ kind: 'role', text: pair.role, length: pair.length });
      i += pair.length - 1;
      continue;
    }
    const role = roleOf(key);
    if (role) {
      out.push({ kind: 'role', text: role, length: 1 });
      continue;
    }
    if (isReason(key)) {
      out.push({ kind: 'reason', text: '', length: 1 });
      continue;
    }
    const owner = ownerOf(key);
    if (owner) {
      out.push({ kind: 'word', text: owner, length: 1 });
      continue;
    }
    const known = lexiconAt(keys, i);
    if (known) {
      out.push({ kind: 'word', text: known.english.split('|')[0] ?? '', length: known.length });
      i += known.length - 1;
      continue;
    }
    // A word in Latin letters Mongolian doesn't say ("router", "PC", "Samsung") is kept as typed.
    if (!CYRILLIC.test(word)) out.push({ kind: 'word', text: word, length: 1 });
    else out.push({ kind: 'other', text: genitiveName(word) ?? word, length: 1 });
  }
  return out;
}

/** The sentence in English, or undefined when the home is not Mongolian or nothing was read. */
export function mongolianPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!maySayMongolian(text)) return undefined;
  const names = homeNames(snapshot);
  if (!names) return undefined;
  for (const clause of text.split(/[,;!]|[.?](?:\s|$)/)) {
    if (!clause.trim()) continue;
    const read = readClause(mongolianWords(clause, names));
    if (read) return read;
  }
  return undefined;
}

const REQUESTS: Record<string, string> = { turnOn: 'turn on', turnOff: 'turn off', open: 'open', close: 'close', lock: 'lock', unlock: 'unlock' };
/** Words of what is measured or asked of a thing, no part of the thing. */
const ASPECTS = new Set(['degrees', 'percent', 'battery', 'filter', 'manual', 'app', 'schedule', 'humidity', 'water', 'devices', 'automation']);

/** One clause's words as an English question or request; undefined when it has no shape read here. */
function readClause(words: readonly MongolianWord[]): string | undefined {
  const roles = words.filter((w) => w.kind === 'role').map((w) => w.text);
  const has = (role: string): boolean => roles.includes(role);
  const request = words.findIndex((w) => w.kind === 'role' && (REQUESTS[w.text] !== undefined || w.text === 'setTo' || w.text === 'dim'));
  const before = request >= 0 ? words.slice(0, request) : words;
  const said = before.filter((w) => w.kind === 'name' || w.kind === 'word');
  const saidWords = new Set(said.map((w) => w.text));
  const thing = thingOf(said.filter((w) => !ASPECTS.has(w.text)));
  const the = thing ? (said.some((w) => w.kind === 'name' && !w.place) ? thing : `the ${thing}`) : 'it';
  const number = words.find((w) => w.kind === 'number')?.text;
  if (request >= 0) {
    const verb = words[request]?.text ?? '';
    if ((verb === 'setTo' || verb === 'dim') && number) return saidWords.has('degrees') || /radiator|heater|boiler/.test(thing) ? `set ${the} to ${number} degrees` : `set ${the} to ${number}`;
    if (verb === 'setTo' || verb === 'dim') return undefined;
    return `${REQUESTS[verb] ?? ''} ${the}`;
  }
  if (!thing && !roles.length) return undefined;
  if (has('how')) return `how do I use ${the}`;
  if (has('isOn')) return `is ${the} on?`;
  if (has('isOff')) return `is ${the} off?`;
  if (has('isOpen')) return `is ${the} open?`;
  if (has('isClosed')) return `is ${the} closed?`;
  if (has('locked')) return `is ${the} locked?`;
  if (has('controls')) return saidWords.has('app') ? `which app controls ${the}` : `what does ${the} control`;
  if (has('where')) return `where is ${the}`;
  if (has('turnsOn') || has('turnsOff')) return `when does ${the} turn ${has('turnsOn') ? 'on' : 'off'}`;
  if (saidWords.has('devices') && (has('what') || has('exists'))) return thing ? `what devices are in ${the}` : undefined;
  if (saidWords.has('app') && has('what')) return `which app controls ${the}`;
  if (saidWords.has('manual') && (has('exists') || !roles.some((r) => r !== 'is'))) return `is there a manual for ${the}`;
  if (has('exists')) return thing ? `do we have a ${thing}` : undefined;
  if (has('howMuch') || has('what')) {
    if (saidWords.has('degrees')) return `what is the temperature of ${the}`;
    if (saidWords.has('battery')) return `what is the battery of ${the}`;
    if (saidWords.has('humidity')) return `what is the humidity of ${the}`;
    if (saidWords.has('percent') || saidWords.has('water')) return `how full is ${the}`;
    return thing ? `what is ${the} at` : undefined;
  }
  return undefined;
}

/** The thing's words in English order: a device's name alone; a place said with words goes after ("radiator in the X"). */
function thingOf(said: readonly MongolianWord[]): string {
  const device = said.find((w) => w.kind === 'name' && !w.place);
  if (device) return device.text;
  const places = said.filter((w) => w.place).map((w) => w.text);
  const things = said.filter((w) => !w.place).map((w) => w.text);
  if (!things.length) return places.join(' ');
  return places.length ? `${things.join(' ')} in the ${places.join(' ')}` : things.join(' ');
}
