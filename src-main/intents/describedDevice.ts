// A device described rather than named: "the floor lamp" for "Golvlampa", "johans bedside lamp" for "Sänglampa
// Johan", "the coffee maker" for "Kaffebryggare Plug". The head kind picks the candidates, and every other word must
// occur in the device's name or room, as typed or in another language (lexicon/cues.json `modifiers`), also inside
// compound words. Used only when no name matched.
import type { Entity } from '../../src-shared/protocol/entities';
import { modifierTranslations } from './languages/crossLanguageCues';
import { kindForPhrase, type DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { perSnapshot } from './perSnapshot';
import { devicesWithin } from './placeClaims';
import { membersOfKind } from './kindMembers';
import { stateOf } from './IntentAnswerInput';
import { keyOf, plainLetters, type Token } from './normalizeText';
import { joinsTwoKinds } from './twoThingsJoined';
import { deviceOwnHeads, endsInPlaceWord, openingSayings } from './placeVocabulary';

const SKIP = new Set(['the', 'my', 'our', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'to', 'all', 'one', 'thing', 'device']);
const MAX_KIND_WORDS = 3;

export function describedDevices(snapshot: HomeSnapshot, tokens: readonly Token[]): Entity[] {
  // "the ceiling light in the living room": the words after "in" name the place the device must be in.
  const inAt = tokens.findIndex((t, i) => i > 0 && (t.key === 'in' || t.key === 'at'));
  if (inAt > 0) {
    const place = placeNamed(snapshot, tokens.slice(inAt + 1));
    if (!place) return [];
    return describedDevices(snapshot, tokens.slice(0, inAt)).filter((d) => devicesWithin(snapshot, place).includes(d));
  }
  const keys = tokens.map((t) => t.key).filter((k) => !SKIP.has(k));
  if (keys.length === 0 || (keys.length === 1 && (keys[0] ?? '').length < 4)) return [];
  // "the tv and the sonos" is two things, not one described by both (twoThingsJoined.ts).
  if (joinsTwoKinds(keys)) return [];
  // Each reading of the head kind ("night light", or "light" with "night" a modifier): the one that narrows most.
  let best: Entity[] = [];
  let anyKind: DeviceKind | undefined;
  for (let len = Math.min(MAX_KIND_WORDS, keys.length); len >= 1; len--) {
    const kind = kindForPhrase(keys.slice(keys.length - len).join(' '));
    // "air purifier" is one kind's name: "air" is no modifier of "purifier" (nor "leak" of "sensor").
    if (!kind || kind === anyKind) continue;
    anyKind ??= kind;
    const found = withKind(snapshot, keys, kind, keys.slice(0, keys.length - len));
    if (found.length > 0 && (best.length === 0 || found.length < best.length)) best = found;
  }
  return anyKind !== undefined ? best : withKind(snapshot, keys, undefined, keys);
}

function withKind(snapshot: HomeSnapshot, keys: readonly string[], kind: DeviceKind | undefined, modifiers: readonly string[]): Entity[] {
  const ofKind = kind ? membersOfKind(snapshot, kind) : [];
  // A kind the home has no device of ("coffee maker" where the machine is a smart plug) leaves the words to the names.
  let candidates = ofKind.length > 0 ? ofKind : snapshot.devices;
  const sayings = (d: Entity): string => sayingsOf(snapshot, d);
  // Each modifier's translations, made plain once per question rather than once per device.
  const plainTranslations = new Map<string, string[]>();
  const translationsOf = (m: string): string[] => plainTranslations.get(m) ?? plainTranslations.set(m, modifierTranslations(m).map(plain)).get(m) ?? [];
  const translated = (said: string, m: string): boolean => translationsOf(m).some((t) => said.includes(t));
  // "the front door lock" for "Hoveddør lås": an opening phrase among the modifiers is one requirement, met by the
  // phrase in any language starting a name word (also a compound: "Hoveddørslås").
  const opening = openingIn(modifiers);
  if (opening) {
    const openingWords = opening.sayings.map((o) => ` ${plain(o)}`);
    candidates = candidates.filter((d) => openingWords.some((o) => ` ${sayings(d)}`.includes(o)));
    if (candidates.length === 0) return [];
  }
  const words = (opening ? [...modifiers.slice(0, opening.at), ...modifiers.slice(opening.at + opening.length)] : modifiers).filter((m) => m.length >= 3);
  if (words.length === 0) {
    if (opening) return [...candidates];
    // Only the kind was said and no device is of it: a name in another language may still say it ("Kaffebryggare").
    if (!kind || ofKind.length > 0) return [];
    return snapshot.devices.filter((d) => keys.some((k) => translated(sayings(d), k)));
  }
  const fits = (said: string): boolean => words.every((m) => said.includes(m) || translated(said, m));
  const found = candidates.filter((d) => fits(sayings(d)));
  // "the google speaker" for "Keukenspeaker" made by Google: the maker describes a device too, when it singles one
  // out ("the hue lights" are several: a question about the maker's group, not one of them).
  if (found.length === 0) {
    const byMaker = candidates.filter((d) => {
      const maker = makerWordsOf(d);
      return maker !== '' && fits(`${sayings(d)} ${maker}`);
    });
    return byMaker.length === 1 ? byMaker : [];
  }
  // "the hall light": a word that starts a name or room word ("Hallbelysning", room "Hall") beats one inside a word
  // ("Trapphall Lampa").
  const atStart = found.filter((d) => {
    const said = ` ${sayings(d)}`;
    return words.every((m) => [m, ...translationsOf(m)].some((w) => said.includes(` ${w}`)));
  });
  const chosen = atStart.length > 0 ? atStart : found;
  // "the hive thermostat" among a thermostat and radiator valves (counted as thermostats): the one that is the kind.
  const itself = kind ? chosen.filter((d) => snapshot.kindsOfDevice.get(d.id)?.has(kind.id)) : [];
  return itself.length > 0 ? itself : chosen;
}

/** The first run of modifier words that names an opening ("front door"), with what it is called in other languages. */
function openingIn(modifiers: readonly string[]): { at: number; length: number; sayings: string[] } | undefined {
  for (let at = 0; at < modifiers.length; at++) {
    for (const length of [3, 2]) {
      if (at + length > modifiers.length) continue;
      const sayings = openingSayings(modifiers.slice(at, at + length).join(' '));
      if (sayings) return { at, length, sayings };
    }
  }
  return undefined;
}

/** Name and room words per device, built once per snapshot (snapshots are immutable): 20 000 devices are scanned. */
const SAYINGS = new WeakMap<HomeSnapshot, Map<string, string>>();

function sayingsOf(snapshot: HomeSnapshot, device: Entity): string {
  let map = SAYINGS.get(snapshot);
  if (!map) SAYINGS.set(snapshot, (map = new Map()));
  let said = map.get(device.id);
  if (said === undefined) {
    said = `${wordsOf(device.name)} ${wordsOf(snapshot.placeOfDevice.get(device.id)?.name ?? '')}`;
    map.set(device.id, said);
  }
  return said;
}

/** A device's maker words, kept per entity object (entities are immutable values): 20 000 devices are scanned. */
const makerWordsOf = perSnapshot((device: Entity): string => {
  const maker = device.content['manufacturer'];
  return typeof maker === 'string' ? wordsOf(maker) : '';
});

function wordsOf(name: string): string {
  return plain(name).split(/[^\p{L}\p{N}]+/u).map((w) => `${w} ${keyOf(w)}`).join(' ');
}

const plain = plainLetters;

/** The one room or zone a phrase names (name or alias, "the" ignored). */
function placeNamed(snapshot: HomeSnapshot, tokens: readonly Token[]): Entity | undefined {
  const keys = tokens.map((t) => t.key).filter((k) => !SKIP.has(k)).join(' ');
  const places = [...(snapshot.phrases.get(keys) ?? []), ...(snapshot.aliases.get(keys) ?? [])].filter((e) => e.entity_type === 'room' || e.entity_type === 'zone');
  const unique = [...new Set(places)];
  return unique.length === 1 ? unique[0] : undefined;
}

/**
 * The one device whose own description or model says every word of the phrase ("the pool pump" for "Bomba da
 * Piscina", description "relay for the pool filtration pump"; "the thermomix" for model "Thermomix TM6"). Exports
 * in another language often only say in English what the device is there. Several devices fitting is no answer.
 */
/** `among`: 'every' checks every device that says a word of its own (round44Speed's check of the rarest-word shortcut). */
export function deviceDescribedAs(snapshot: HomeSnapshot, tokens: readonly Token[], among: 'rarest' | 'every' = 'rarest'): Entity | undefined {
  const words = tokens.map((t) => t.key).filter((k) => !SKIP.has(k) && k.length >= 3);
  if (words.length === 0) return undefined;
  // A short word alone ("the pump") is too loose among every word of a device, but not when it is what one device's
  // description or model calls it ("water pump from the tank", "booster pump on a switch").
  if (words.length === 1 && (words[0] ?? '').length < 5) return calledSo(snapshot, words[0] ?? '');
  // "the kitchen" is a place even where a device is described as a "kitchen robot".
  if (endsInPlaceWord(words.join(' '))) return undefined;
  // "the water tank" for a heat pump "for hot water" whose state says `tank_temp`: a state field's words may say the
  // rest, once the description or model says at least one word.
  const plainWords = words.map(plain);
  // A device must have one of the words in its own words: only those the per-snapshot word index lists are tested.
  // Round 44: only the devices that say the rarest word, in their own words or a state field, can say every word.
  const candidates = plainWords.some((w) => w.includes(' ')) ? snapshot.devices : among === 'every' ? devicesWithOwnWord(snapshot, plainWords) : devicesSayingRarest(snapshot, plainWords);
  const found = candidates.filter((d) => {
    const { said, fields } = ownWordsOf(d);
    const inOwn = words.filter((_, i) => said.includes(` ${plainWords[i] ?? ''} `));
    return inOwn.length > 0 && words.every((w, i) => inOwn.includes(w) || fields.includes(` ${plainWords[i] ?? ''} `));
  });
  return found.length === 1 ? found[0] : undefined;
}

function calledSo(snapshot: HomeSnapshot, word: string): Entity | undefined {
  const found = devicesWithOwnWord(snapshot, [plain(word)]).filter((d) => deviceOwnHeads(d).some((head) => ` ${head}`.endsWith(` ${word}`)));
  return found.length === 1 ? found[0] : undefined;
}

/** Each word of one of the devices' own-word fields (`ownWordsOf(…)[field]`) → the devices saying it. */
function wordIndexOf(snapshot: HomeSnapshot, field: 'said' | 'fields'): Map<string, Entity[]> {
  const index = new Map<string, Entity[]>();
  for (const device of snapshot.devices) {
    for (const word of new Set(ownWordsOf(device)[field].split(' '))) {
      if (!word) continue;
      const list = index.get(word);
      if (list) list.push(device);
      else index.set(word, [device]);
    }
  }
  return index;
}

/** The devices' own words (`said`) and their state field names (`fields`), each indexed once per snapshot. */
const ownWordIndex = perSnapshot((snapshot: HomeSnapshot): Map<string, Entity[]> => wordIndexOf(snapshot, 'said'));
const fieldWordIndex = perSnapshot((snapshot: HomeSnapshot): Map<string, Entity[]> => wordIndexOf(snapshot, 'fields'));

/**
 * The devices that say the rarest of the words (plain, no spaces) in their own words or a state field, each once: a
 * superset of those that say every word, found without going over every device that says a common one ("thermostat"
 * in a home of thousands). Any of them that says no word of its own is left to the caller's check.
 */
function devicesSayingRarest(snapshot: HomeSnapshot, words: readonly string[]): Entity[] {
  const own = ownWordIndex(snapshot);
  const fields = fieldWordIndex(snapshot);
  let rarest: { own: readonly Entity[]; fields: readonly Entity[] } | undefined;
  for (const word of new Set(words)) {
    const found = { own: own.get(word) ?? [], fields: fields.get(word) ?? [] };
    if (!rarest || found.own.length + found.fields.length < rarest.own.length + rarest.fields.length) rarest = found;
  }
  if (!rarest || rarest.fields.length === 0) return [...(rarest?.own ?? [])];
  return [...new Set([...rarest.own, ...rarest.fields])];
}

/** The devices whose own words hold at least one of the words (plain, no spaces), each once. */
function devicesWithOwnWord(snapshot: HomeSnapshot, words: readonly string[]): Entity[] {
  const index = ownWordIndex(snapshot);
  const lists = [...new Set(words)].map((w) => index.get(w) ?? []).filter((l) => l.length > 0);
  return lists.length <= 1 ? lists[0] ?? [] : [...new Set(lists.flat())];
}

/**
 * The words of a device's description (first sentence), model and name, each also in its singular key form, and of its
 * state field names; kept per entity object (entities are immutable values), as 20 000 devices are scanned.
 */
const ownWordsOf = perSnapshot((device: Entity): { said: string; fields: string } => {
  const out: string[] = [];
  for (const field of ['description', 'model']) {
    const text = device.content[field];
    if (typeof text === 'string') out.push(wordsOf((text.split(/[.!?](?:\s|$)|\n/)[0] ?? '').slice(0, 120)));
  }
  // "the mesh node" for "Mesh-võrgusõlm", model "ZenWiFi XT9 node": a word of the name may say the rest.
  out.push(wordsOf(device.name));
  return { said: ` ${out.join(' ')} `, fields: ` ${Object.keys(stateOf(device)).map((f) => f.toLowerCase().replace(/[_-]+/g, ' ')).join(' ')} ` };
});
