// Finds what a question mentions before deciding what it asks: rooms/zones, devices, automations, other entities
// (by name or alias), kinds of device (lexicon), makers. Exact phrase lookups in the home snapshot first (cheap,
// left to right, longest span wins); the words left over may then go to the name resolver once (typos, partial names).
import type { Entity, EntityType } from '../../src-shared/protocol/entities';
import type { EntityNameResolver } from '../graph/EntityNameResolver';
import { DEVICE_KINDS, kindForPhrase, phraseKey, type DeviceKind } from './deviceKinds';
import { isQuantityWord } from './stateQuantities';
import { isValueRange } from './valueRange';
import { commandTarget } from './commandTarget';
import type { HomeSnapshot } from './HomeIndex';
import { kindMatch } from './kindClaims';
import type { Token } from './normalizeText';
import { editDistance } from './editDistance';
import { ownerStems } from './placeNameForms';
import { homeWords } from './homeWords';
import { placeWordAfterPreposition } from './placeWordAsked';
import { absentMakerOfPhrase } from './makerKindPhrases';
import { HOUSE_WORDS, nicknamedZone } from './zoneNicknames';
import { gappedAutomationName } from './gappedAutomationName';
import { interchangeablePlaceWords } from './looseWords';
import { kindWordIsVerb } from './kindWordAsVerb';
import { makerWordNamingKind } from './makerWordInName';
import { nameKeyOf } from './entityNameKey';
import { rememberRecentOf } from './recentResults';

export { editDistance };

export type MentionRole = 'place' | 'device' | 'automation' | 'other';

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** Entities named by the span, grouped by what they are. */
  entities: Partial<Record<MentionRole, Entity[]>>;
  kind?: DeviceKind;
  maker?: string;
  /** Found by the resolver (typo or partial name) rather than an exact phrase. */
  loose?: boolean;
}

/** Words that never start or end a mention on their own. */
export const STOP_WORDS = new Set([
  'the', 'a', 'an', 'my', 'our', 'your', 'any', 'all', 'every', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'is',
  'are', 'be', 'do', 'doe', 'does', 'we', 'i', 'you', 'it', 'there', 'what', 'which', 'where', 'when', 'how', 'who', 'that',
  'this', 'with', 'from', 'about', 'me', 'us', 'have', 'ha', 'has', 'got', 'some', 'please', 'can', 'could', 'would',
  'will', 'by', 'up', 'down', 'into', 'onto', 'out', 'than', 'then', 'just', 'still', 'right', 'now', 'not', 'no', 'yes', 'so',
  'was', 'were', 'been', 'did', 'one', 'thing', 'stuff', 'device', 'gadget', 'else', 'other', 'also', 'too', 'again',
]);

const ROLE_OF: Record<EntityType, MentionRole> = {
  home: 'place', room: 'place', zone: 'place', device: 'device', door: 'device', window: 'device',
  automation: 'automation', schedule: 'automation', procedure: 'other', manual: 'other', note: 'other', app: 'other',
};

export function roleOf(entity: Entity): MentionRole {
  return ROLE_OF[entity.entity_type];
}

const REMEMBERED = rememberRecentOf<HomeSnapshot, readonly Mention[]>(64);

/**
 * Exact mentions, longest first, not overlapping. Round 46, speed: remembered per snapshot and sentence (its tokens'
 * texts and keys, all it reads), since one question finds the mentions of the same words several times (roomWays.ts,
 * then the parser on each reading tried); each caller gets its own copies, as callers narrow mentions in place.
 */
export function findMentions(tokens: readonly Token[], snapshot: HomeSnapshot): Mention[] {
  const said = tokens.map((t) => `${t.text}\u0001${t.key}`).join('\u0002');
  return REMEMBERED(snapshot, said, () => mentionsNow(tokens, snapshot)).map(copyOf);
}

/** A mention with its own entity lists, so a caller's narrowing never reaches the remembered one. */
function copyOf(m: Mention): Mention {
  const entities: Mention['entities'] = {};
  for (const [role, list] of Object.entries(m.entities) as Array<[MentionRole, Entity[]]>) entities[role] = [...list];
  return { ...m, entities };
}

function mentionsNow(tokens: readonly Token[], snapshot: HomeSnapshot): Mention[] {
  const mentions: Mention[] = [];
  const keys = tokens.map((t) => t.key);
  const longest = Math.max(3, snapshot.longestPhrase);
  let pos = 0;
  while (pos < tokens.length) {
    let found: Mention | undefined;
    for (let len = Math.min(longest, tokens.length - pos); len >= 1 && !found; len--) {
      const span = keys.slice(pos, pos + len);
      const phrase = span.join(' ');
      // A kind phrase may start or end with a stop word ("media device", "a c"); names and makers may not.
      // "in camera" where the rooms are "Camera …": the word says where, not a kind (placeWordAsked.ts).
      // So is a room's whole name that is a kind word too ("devices at the gate" with a room "Gate" and a sliding gate).
      const kind = len === 1 && (((!snapshot.phrases.has(phrase) || namesPlace(snapshot, phrase)) && placeWordAfterPreposition(keys, pos, snapshot)) || kindWordIsVerb(tokens, pos) || isValueRange(keys, pos, snapshot)) ? undefined : kindForPhrase(phrase); // "salt range" (valueRange.ts)
      // A name may end in "one": "Sonos One", "Xbox One", an automation's nickname "the morning one"
      // (automationNicknames.ts). Only a whole name does; "the kitchen one" stays a kind-less reference.
      const wholeNameEndingInOne = span[span.length - 1] === 'one' && snapshot.phrases.has(phrase);
      // "Out the door", "On holiday": an automation's whole name of several words may start with a stop word.
      const automationName = len >= 2 && (snapshot.phrases.get(phrase) ?? []).some((e) => roleOf(e) === 'automation' && phraseKey(e.name) === phrase);
      if (!kind && !automationName && (STOP_WORDS.has(span[0] ?? '') || (STOP_WORDS.has(span[span.length - 1] ?? '') && !wholeNameEndingInOne))) continue;
      // "at the bach": a zone's nickname said where a place is (zoneNicknames.ts).
      const entities = snapshot.phrases.get(phrase) ?? snapshot.phrases.get(`the ${phrase}`) ?? (len === 1 ? nicknamedZone(snapshot, keys, pos) : undefined);
      // "any sonos" where nothing here says Sonos: the maker asked about, not the speakers of others (makerKindPhrases.ts).
      const absentMaker = kind && !entities ? absentMakerOfPhrase(phrase, snapshot) : undefined;
      const maker = snapshot.manufacturers.get(phrase) ?? absentMaker;
      if (!entities && !kind && !maker) continue;
      const mention: Mention = { start: pos, end: pos + len, text: tokens.slice(pos, pos + len).map((t) => t.text).join(' '), entities: {} };
      for (const e of entities ?? []) (mention.entities[roleOf(e)] ??= []).push(e);
      if (kind && !absentMaker) mention.kind = kind;
      if (maker) mention.maker = maker;
      found = mention;
    }
    found ??= ownerRoom(tokens, pos, snapshot);
    // "the catchment alert" for the automation "Catchment low alert": a rule's name with a word left out, when nothing
    // here is named by the words whole (gappedAutomationName.ts).
    found = gappedRuleAt(tokens, pos, found, snapshot) ?? found;
    if (found) {
      // "radiator thermostats", "smoke detector batteries": of two kind words in a row the last is the head noun, the
      // first only says which ones.
      const before = mentions[mentions.length - 1];
      if (found.kind && before?.kind && before.end === found.start && isKindOnly(before) && isKindOnly(found)) {
        mentions.pop();
        found = { ...found, start: before.start, text: `${before.text} ${found.text}` };
      }
      // "the front door lock" where "front door" is the doorbell's spot: a device mention followed by a kind it is not
      // of describes a device of that kind, when exactly one fits (commandTarget.ts reads the words).
      const described = before && before.end === found.start ? describedBy(before, found, tokens, snapshot) : undefined;
      if (described) {
        mentions.pop();
        found = described;
      }
      // "the hive valves" where "Hive" is also the thermostat's name: the maker's devices of that kind.
      const ofMaker = !described && before && before.end === found.start ? makerKindOf(before, found, snapshot) : undefined;
      if (ofMaker) {
        mentions.pop();
        found = ofMaker;
      }
      // "the solar heater" with "Solar" a maker of something else: the heater named "Solar …" (makerWordInName.ts).
      const namedByMakerWord = !described && !ofMaker && before && before.end === found.start ? makerWordNamingKind(before, found, snapshot) : undefined;
      if (namedByMakerWord) {
        mentions.pop();
        found = namedByMakerWord;
      }
      found = pluralOfName(found, tokens, snapshot);
      mentions.push(found);
      pos = found.end;
    } else pos++;
  }
  return mentions;
}

function describedBy(before: Mention, found: Mention, tokens: readonly Token[], snapshot: HomeSnapshot): Mention | undefined {
  const devices = before.entities.device;
  if (!found.kind || !isKindOnly(found) || !devices?.length || Object.keys(before.entities).length !== 1) return undefined;
  const kind = found.kind;
  if (devices.some((d) => kindMatch(snapshot, d, kind) !== undefined)) return undefined;
  const read = commandTarget(snapshot, tokens.slice(before.start, found.end));
  if (read?.type !== 'one' || read.why) return undefined;
  return { start: before.start, end: found.end, text: `${before.text} ${found.text}`, entities: { device: [read.device] } };
}

/**
 * "the hive valves" where "Hive" is also the thermostat's name: the maker's devices of that kind, or (when the kind
 * word is a narrower thing of theirs: "valves" for radiator valves) those whose own words say it.
 */
function makerKindOf(before: Mention, found: Mention, snapshot: HomeSnapshot): Mention | undefined {
  const kind = found.kind;
  if (!kind || !before.maker || before.kind || !isKindOnly(found) || !before.entities.device?.length) return undefined;
  if (before.entities.device.some((d) => kindMatch(snapshot, d, kind) !== undefined)) return undefined;
  const makerKey = phraseKey(before.maker);
  const ofMaker = snapshot.devices.filter((d) => ` ${snapshot.makerKeyOfDevice.get(d.id) ?? ''} `.includes(` ${makerKey} `));
  const ofKind = ofMaker.filter((d) => kindMatch(snapshot, d, kind) !== undefined);
  const word = found.text.toLowerCase().replace(/s$/, '');
  const saying = ofMaker.filter((d) => [d.name, d.content['model'], d.content['description']].some((t) => typeof t === 'string' && t.toLowerCase().includes(word)));
  const devices = ofKind.length > 0 ? ofKind : saying;
  if (devices.length === 0) return undefined;
  return { start: before.start, end: found.end, text: `${before.text} ${found.text}`, entities: { device: devices } };
}

/**
 * "eva's room" for "Pokoj Evy": an owner word before "room" whose ending differs from the room name's, when exactly
 * one room's owner word meets it (`roomOwners`).
 */
function ownerRoom(tokens: readonly Token[], pos: number, snapshot: HomeSnapshot): Mention | undefined {
  const word = tokens[pos];
  if (!word || tokens[pos + 1]?.key !== 'room' || STOP_WORDS.has(word.key) || word.key.length < 3) return undefined;
  const rooms = new Set(ownerStems(word.key).flatMap((stem) => snapshot.roomOwners.get(stem) ?? []));
  const [room] = rooms;
  if (rooms.size !== 1 || !room) return undefined;
  return { start: pos, end: pos + 2, text: `${word.text} ${tokens[pos + 1]?.text ?? ''}`, entities: { place: [room] } };
}

/** "zosia's room", "zosias room" as a slot's whole words: the one room whose owner word meets it, if exactly one. */
export function ownedRoom(snapshot: HomeSnapshot, keys: readonly string[]): Entity | undefined {
  const words = keys.filter((k) => k !== 'the' && k !== 'my');
  const [owner, room] = words;
  if (words.length !== 2 || room !== 'room' || !owner || owner.length < 3) return undefined;
  const rooms = new Set(ownerStems(owner).flatMap((stem) => snapshot.roomOwners.get(stem) ?? []));
  const [one] = rooms;
  return rooms.size === 1 ? one : undefined;
}

function isKindOnly(m: Mention): boolean {
  return Object.keys(m.entities).length === 0 && !m.maker;
}

/**
 * The longest run of words that are neither mentions, stop words nor cue words, resolved through the name resolver
 * (typos, partial names such as "mitsubishi thermostat"). One resolver call per question at most.
 */
/** Words for "of" that may open the words left over ("ya", "za" Swahili, "de", "du", "di", "da" Romance, "ng" Tagalog). */
const OF_WORDS: ReadonlySet<string> = new Set(['ya', 'za', 'cha', 'vya', 'de', 'du', 'des', 'di', 'del', 'da', 'do', 'ng']);

export async function looseMention(
  tokens: readonly Token[],
  taken: readonly Mention[],
  cue: ReadonlySet<string>,
  resolver: EntityNameResolver,
  types: readonly EntityType[] | undefined,
): Promise<Mention | undefined> {
  const used = new Set<number>();
  for (const m of taken) for (let i = m.start; i < m.end; i++) used.add(i);
  let best: { start: number; end: number } | undefined;
  let start = -1;
  const content = (i: number): boolean => !used.has(i) && !cue.has(tokens[i]?.key ?? '') && !STOP_WORDS.has(tokens[i]?.key ?? '');
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && content(i)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && (!best || i - start > best.end - best.start)) best = { start, end: i };
    start = -1;
  }
  if (!best || best.end - best.start > 4) return undefined;
  // Only word-like spans are worth a typo search over every name (random text is not).
  if (!tokens.slice(best.start, best.end).every((t) => /^[\p{L}][\p{L}\p{N}'-]{1,24}$/u.test(t.text))) return undefined;
  let text = tokens.slice(best.start, best.end).map((t) => t.text).join(' ');
  if (text.replace(/[^\p{L}\p{N}]/gu, '').length < 3) return undefined;
  let result = await resolver.resolve(text, { ...(types ? { types } : {}), limit: 6, interchangeable: interchangeablePlaceWords });
  // "manual ya dstv": a word that joins what is asked to its thing ("of" in Swahili, French, Tagalog …) opens the
  // span but is no part of the name.
  if (result.kind === 'none' && best.end - best.start >= 2 && OF_WORDS.has(tokens[best.start]?.key ?? '')) {
    best = { start: best.start + 1, end: best.end };
    text = tokens.slice(best.start, best.end).map((t) => t.text).join(' ');
    result = await resolver.resolve(text, { ...(types ? { types } : {}), limit: 6, interchangeable: interchangeablePlaceWords });
  }
  const mention: Mention = { start: best.start, end: best.end, text, entities: {}, loose: true };
  if (result.kind === 'match') {
    mention.entities[roleOf(result.entity)] = [result.entity];
    return withNameCues(mention, tokens, used, result.entity);
  }
  if (result.kind === 'ambiguous') {
    for (const c of result.candidates) (mention.entities[roleOf(c.entity)] ??= []).push(c.entity);
    return mention;
  }
  return undefined;
}

/**
 * "whats the heat tape for" of "Heat tape pump house": a cue word ("heat") next to the words that found the name,
 * and in the name beside them, is a word of the name, not a cue (it would make this a setpoint question).
 */
function withNameCues(mention: Mention, tokens: readonly Token[], used: ReadonlySet<number>, entity: Entity): Mention {
  const name = ` ${phraseKey(entity.name)} `;
  const said = (start: number, end: number): boolean => name.includes(` ${tokens.slice(start, end).map((t) => t.key).join(' ')} `);
  const free = (i: number): boolean => i >= 0 && i < tokens.length && !used.has(i) && !STOP_WORDS.has(tokens[i]?.key ?? '');
  let { start, end } = mention;
  while (free(start - 1) && said(start - 1, end)) start--;
  while (free(end) && said(start, end + 1)) end++;
  if (start === mention.start && end === mention.end) return mention;
  return { ...mention, start, end, text: tokens.slice(start, end).map((t) => t.text).join(' ') };
}

interface TypoTarget { key: string; place?: Entity; kind?: DeviceKind }
/** One-word place names and aliases ("kitchen", "cocina") and kind words, per snapshot, for typo matching. */
const TYPO_TARGETS = new WeakMap<HomeSnapshot, Map<string, TypoTarget[]>>();
const KIND_WORDS = DEVICE_KINDS.flatMap((kind) => kind.phrases.map(phraseKey).filter((k) => !k.includes(' ') && k.length >= 5).map((key) => ({ key, kind })));

function typoTargets(snapshot: HomeSnapshot): ReadonlyMap<string, TypoTarget[]> {
  let byFirst = TYPO_TARGETS.get(snapshot);
  if (byFirst) return byFirst;
  const list: TypoTarget[] = [...KIND_WORDS];
  for (const [key, entities] of snapshot.phrases) {
    const places = entities.filter((e) => e.entity_type === 'room' || e.entity_type === 'zone');
    if (!key.includes(' ') && key.length >= 5 && places.length === 1 && places[0]) list.push({ key, place: places[0] });
  }
  // Round 46, speed: by first letter (a slip keeps it), so a word is measured against its own letter's targets only.
  byFirst = new Map();
  for (const target of list) {
    const first = target.key[0] ?? '';
    const same = byFirst.get(first);
    if (same) same.push(target);
    else byFirst.set(first, [target]);
  }
  TYPO_TARGETS.set(snapshot, byFirst);
  return byFirst;
}

/** A misspelt room or kind word ("kitchn", "thermostst"): one edit away (two for long words), and only one such target. */
export function typoMention(tokens: readonly Token[], snapshot: HomeSnapshot): Mention | undefined {
  const targets = typoTargets(snapshot);
  for (const [i, token] of tokens.entries()) {
    if (token.key.length < 5 || token.key.length > 16 || STOP_WORDS.has(token.key) || !/^\p{L}+$/u.test(token.key)) continue;
    // "how much power is …": a word that asks for a reading is no slip of a kind ("power" is not "mower").
    if (isQuantityWord(token.key)) continue;
    // A word the home itself writes (the cat "Murkis" of a note) is no slip of a kind word ("markis", an awning).
    if (homeWords(snapshot).has(token.key)) continue;
    // A word for a house ("casita") is a word of its own, never a slip of a place word ("caseta", a shed).
    if (HOUSE_WORDS.has(token.key)) continue;
    const max = token.key.length >= 9 ? 2 : 1;
    // A slip keeps the first letter ("kitchn"); "power" is no "mower".
    const hits = (targets.get(token.key[0] ?? '') ?? []).filter((t) => Math.abs(t.key.length - token.key.length) <= max && editDistance(t.key, token.key, max) <= max);
    const places = [...new Set(hits.map((h) => h.place).filter((p): p is Entity => p !== undefined))];
    const kinds = [...new Set(hits.map((h) => h.kind).filter((k): k is DeviceKind => k !== undefined))];
    if (places.length + kinds.length !== 1) continue;
    const mention: Mention = { start: i, end: i + 1, text: token.text, entities: {}, loose: true };
    if (places[0]) mention.entities.place = [places[0]];
    if (kinds[0]) mention.kind = kinds[0];
    return mention;
  }
  return undefined;
}

/**
 * "which shower heaters do we have" with a "Shower heater" and a "DSQ shower heater": a device's whole name said in
 * the plural is every device whose name holds those words, not the one whose name is exactly them. Said in the
 * singular ("the shower heater") it stays that one device.
 */
function pluralOfName(found: Mention, tokens: readonly Token[], snapshot: HomeSnapshot): Mention {
  const last = tokens[found.end - 1];
  const named = found.entities.device;
  if (!last || last.text.toLowerCase() === last.key || !named?.length || found.kind || Object.keys(found.entities).length !== 1) return found;
  const phrase = ` ${tokens.slice(found.start, found.end).map((t) => t.key).join(' ')} `;
  const holding = snapshot.devices.filter((d) => ` ${nameKeyOf(d)} `.includes(phrase));
  return holding.length > named.length && named.every((d) => holding.includes(d)) ? { ...found, entities: { device: holding } } : found;
}

/** Is the phrase a room's or zone's whole name? */
function namesPlace(snapshot: HomeSnapshot, phrase: string): boolean {
  return (snapshot.phrases.get(phrase) ?? []).some((e) => (e.entity_type === 'room' || e.entity_type === 'zone') && phraseKey(e.name) === phrase);
}

function gappedRuleAt(tokens: readonly Token[], pos: number, found: Mention | undefined, snapshot: HomeSnapshot): Mention | undefined {
  if (found?.entities.automation || snapshot.automations.length === 0) return undefined;
  for (const len of [3, 2]) {
    const span = tokens.slice(pos, pos + len);
    if (span.length < len || (found && found.end > pos + len)) continue;
    const rule = gappedAutomationName(snapshot, span.map((t) => t.key).join(' '));
    if (rule) return { start: pos, end: pos + len, text: span.map((t) => t.text).join(' '), entities: { automation: [rule] } };
  }
  return undefined;
}
