// The device a command is about, read from its mentions rather than from its name: a kind (the head noun, or the kind
// the verb implies — "lock the shed" wants a lock), a place ("the living room ceiling light", "the upstairs hallway
// light"), an owner and other modifier words ("rasmus", "mirror", "desk") read against each candidate's name, model,
// description and room. Built for homes whose names are in a language the lexicon doesn't know: the device's own
// English fields ("Plus 1 relay (mirror light)") are the evidence, and a word the home teaches counts for all its devices.
// Rules of trust: only devices of the kind said (by their kinds or by their own model/description) are candidates;
// several that fit are a question back; a modifier the home never uses is said, never silently dropped.
import type { Entity } from '../../src-shared/protocol/entities';
import { opens, ownKinds, sayingsOf, taughtStems, wordOfOtherKind } from './commandSayings';
import { coveredKinds, kindForPhrase, phraseKey, type DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { kindMatch } from './kindClaims';
import { devicesWithin } from './placeClaims';
import { cachedMembers, MAX_WHICH } from './kindMembers';
import { ownWordOfMany } from './kindNamesake';
import type { Token } from './normalizeText';
import { thingNotPlace } from './kindTarget';
import { unknownWordSaid } from './unknownWordSaid';
import { mainOfPlace } from './mainOfPlace';
import { zoneNicknamed } from './zoneNicknames';
import { nearKnown, nicknamedZoneIn, placeIn, placesNamed, placeWord, spotIn } from './commandTargetPlaces';
import { fieldWordsOf, fitOf, inCompoundName, type Fit } from './modifierFit';
import { headSayers, saysInOtherKind, sayingTheKind } from './headWordSayers';
import { kinOfHead } from './headWordKin';

export type CommandTarget =
  | { type: 'one'; device: Entity; why?: string }
  /** `all`: every one of them is meant ("the kitchen ceiling lights"), said as the kind in the one place named. */
  | { type: 'several'; devices: Entity[]; note?: string; all?: { kind?: DeviceKind; place?: Entity } }
  | { type: 'none'; note: string };

const SKIP = new Set(['the', 'my', 'our', 'a', 'an', 'of', 'in', 'at', 'on', 'all', 'one', 'thing', 'device', 'please', 'that', 'this', 'some', 'to', 'it', 'them', 'they', 'those', 'these', 'now', 'again', 'also', 'too', 'just', 'right', 'then', 'me', 'us', 'you', 'pls', 'thanks', 'thank', 'up', 'there']); // "the yale there": pointing at the thing (a place in focus is put in before: FollowUpReader).
/** More candidates than this after an unknown word is no useful question back ("the porch light" among 16 lights). */
const MAX_OPTIONS = 6, MAX_KIND_WORDS = 3;

/**
 * Reads a command target. `implied` is the kind the verb needs when the words name none ("unlock the shed": a lock;
 * "open the gate": anything that opens). Returns undefined when the words give no reading (the caller goes on).
 */
export function commandTarget(snapshot: HomeSnapshot, tokens: readonly Token[], implied?: DeviceKind | 'openable', plural = false, anyDevice = false): CommandTarget | undefined {
  let keys = tokens.map((t) => t.key).filter((k) => !SKIP.has(k));
  // "the lightstrip to 20" is a target and a value run together, not a description ("20" is no name word here).
  if (keys.some((k) => /^\d/.test(k) && !snapshot.devices.some((d) => sayingsOf(snapshot, d).nameWords.includes(k)))) return undefined;
  // A spot the home puts devices at ("front door" on the doorbell's edge, "sauna" on a sensor's) says where: the rooms
  // of the devices there.
  const spot = spotIn(snapshot, keys);
  const within = spot?.rooms;
  if (spot) keys = [...keys.slice(0, spot.at), ...keys.slice(spot.at + spot.length)];
  const forAt = keys.indexOf('for'); // "the tv for mummy room": whose or where after the thing, read as "mummy room tv"
  if (!implied && forAt > 0 && forAt < keys.length - 1 && kindForPhrase(keys.slice(0, forAt).join(' '))) keys = [...keys.slice(forAt + 1), ...keys.slice(0, forAt)];
  // A door is locked through the lock on it: "the terrace door" is, for a lock, the lock of the terrace door.
  if (implied && implied !== 'openable') keys = keys.filter((k) => k !== 'door');
  if (keys.length === 0 && !(spot && implied)) return undefined;
  // "the hallway light upstairs": a place said after the kind is read as if said before it.
  for (let len = Math.min(3, keys.length - 1); len >= 1; len--) {
    const tail = keys.slice(keys.length - len);
    // …a zone's nickname too ("luces del hostal", read as "lights hostal": zoneNicknames.ts).
    if ((placesNamed(snapshot, tail.join(' ')).length > 0 || zoneNicknamed(snapshot, tail.join(' ')) !== undefined) && kindForPhrase(keys[keys.length - len - 1] ?? '')) {
      keys = [...tail, ...keys.slice(0, keys.length - len)];
      break;
    }
  }
  const readWith = (devices: readonly Entity[], noun: string, modifiers: readonly string[], many: boolean, head?: string, kind?: DeviceKind): CommandTarget | undefined => read(snapshot, { devices, noun, modifiers, plural: many, within, head, kind });
  let best: CommandTarget | undefined;
  let kindSaid = false;
  for (let len = Math.min(MAX_KIND_WORDS, keys.length); len >= 1; len--) {
    const kind = kindForPhrase(keys.slice(keys.length - len).join(' '));
    if (!kind) continue;
    kindSaid = true;
    const modifiers = keys.slice(0, keys.length - len);
    // "unlock the sauna": the verb's kind wins over a kind word that names the place ("sauna" is also a heater).
    if (implied && implied !== 'openable' && !coveredKinds(implied).has(kind.id) && !coveredKinds(kind).has(implied.id)) {
      return readWith(ofKind(snapshot, implied), implied.singular, keys, plural);
    }
    if (implied === 'openable' && len === keys.length) {
      const openers = snapshot.devices.filter(opens);
      const found = readWith(openers.filter((d) => ofKindOrSays(snapshot, d, kind)), kind.singular, modifiers, plural);
      if (found && found.type !== 'none') return found;
      // "turn off the light" read as something that opens: lights are there and none opens, so it names no opener.
      const said = ofKind(snapshot, kind);
      if (said.length > 0 && !said.some(opens)) return undefined;
      return readWith(openers, 'device', keys, plural);
    }
    // Each reading of the head kind ("night light", or a light that is "night"): the one that narrows most.
    const head = keys.slice(keys.length - len).join(' ');
    // A kind said in several words ("sauna heater", "night light") is specific even when it is the kind's own name,
    // unless that leaves several real members ("the water heater" of two): then no shorter kind in it ("heater" with
    // "water" as a word of a name) picks one of them (kindNamesake.ts).
    const many = ownWordOfMany(snapshot, kind, head, ofKindItself(snapshot, kind));
    const found = readWith(ofKindItself(snapshot, kind), kind.singular, modifiers, plural, (head === phraseKey(kind.singular) && len === 1) || many ? undefined : head, kind);
    if (rank(found) > rank(best)) best = found;
    if (many) break;
  }
  // "the lightstrip" (a model), "the sonos beam": no kind word, the words alone pick a device, only by whole words or
  // word starts, and never as "no such device" (the name resolver has its say). A kind said ("la luz") that found no
  // one device is not read again as any device's words (a fan's model "con luz" is no light of the home's).
  if (!best && !implied && anyDevice && !kindSaid) {
    const found = read(snapshot, { devices: snapshot.devices, noun: 'device', modifiers: keys, plural, within, minFit: 3, byFields: true });
    return found?.type === 'none' ? undefined : found;
  }
  if (best || !implied) return best;
  if (implied === 'openable') return readWith(snapshot.devices.filter(opens), 'device', keys, plural);
  return readWith(ofKind(snapshot, implied), implied.singular, keys, plural);
}

/** One device beats a question back (fewer options first), which beats "no such device". */
function rank(found: CommandTarget | undefined): number {
  if (!found) return 0;
  return found.type === 'one' ? 1000 : found.type === 'several' ? 500 - found.devices.length : 1;
}

/** Devices of a kind by the home's vocabulary, or whose own model or description says the kind ("(desk lamp)"). */
function ofKind(snapshot: HomeSnapshot, kind: DeviceKind): readonly Entity[] {
  return cachedMembers(snapshot, `${kind.id} or says`, (d) => ofKindOrSays(snapshot, d, kind));
}

/**
 * "turn off the purifier": of a kind that covers others (an air purifier covers humidifiers), the devices that are
 * the kind itself when there are any; a humidifier is a purifier only when nothing else is.
 */
function ofKindItself(snapshot: HomeSnapshot, kind: DeviceKind): readonly Entity[] {
  const all = ofKind(snapshot, kind);
  if (kind.includes.length === 0) return all;
  const itself = cachedMembers(snapshot, `${kind.id} itself`, (d) => ofKindOrSays(snapshot, d, kind) && (snapshot.kindsOfDevice.get(d.id)?.has(kind.id) === true || ownKinds(snapshot, d).includes(kind.id)));
  return itself.length > 0 ? itself : all;
}

function ofKindOrSays(snapshot: HomeSnapshot, device: Entity, kind: DeviceKind): boolean {
  if (kindMatch(snapshot, device, kind) !== undefined) return true;
  const covered = coveredKinds(kind);
  return ownKinds(snapshot, device).some((id) => covered.has(id));
}

interface Request {
  devices: readonly Entity[];
  /** What the devices are called in answers ("lock", "device"). */
  noun: string;
  modifiers: readonly string[];
  plural: boolean;
  /** Rooms a spot said ("front door": where the doorbell is). */
  within?: Entity[] | undefined;
  /** The kind as said when narrower than the kind's own word ("soundbar" for a speaker, "lamp" for a light). */
  head?: string | undefined;
  /** The least fit that counts (a whole word or a word start when no kind was said). */
  minFit?: Fit;
  /** With no kind said, a word of a device's capabilities or readings fits too ("the living room floor": `floor_c`). */
  byFields?: boolean;
  /** The kind said, for a group answer ("2 lights in Köök"). */
  kind?: DeviceKind | undefined;
}

function read(snapshot: HomeSnapshot, request: Request): CommandTarget | undefined {
  const { devices: ofThisKind, noun, modifiers, plural, within, head, minFit = 1, kind, byFields = false } = request;
  if (ofThisKind.length === 0) return undefined;
  let candidates = ofThisKind;
  if (within) {
    const there = candidates.filter((d) => within.some((p) => devicesWithin(snapshot, p).includes(d)));
    if (there.length === 0) return undefined;
    candidates = there;
  }
  let words = modifiers.filter((m) => m.length >= 2);
  let placeSaid: Entity[] | undefined = within;
  // A place said among the modifiers ("living room", "upstairs hallway", "kitchen") narrows to the devices there;
  // when nothing of the kind is there, the words may still describe it ("the terrace door" lock is in the living room).
  const place = placeIn(snapshot, words) ?? nicknamedZoneIn(snapshot, words, candidates);
  // With no kind said, a kind word that only a place's description says is the thing asked for (thingNotPlace.ts).
  if (place && !(kind === undefined && thingNotPlace(words.slice(place.at, place.at + place.length).join(' '), place.places))) {
    const inside = candidates.filter((d) => place.places.some((p) => devicesWithin(snapshot, p).includes(d)));
    if (inside.length > 0) {
      candidates = inside;
      placeSaid = place.places;
      words = [...words.slice(0, place.at), ...words.slice(place.at + place.length)];
    }
  }
  const main = mainOfPlace(candidates, words, placeSaid, plural); // "the main lights in the kitchen" (mainOfPlace.ts)
  if (main) return { type: 'one', device: main };
  // "the soundbar" among three speakers: the one whose own words say soundbar.
  // A head word the home teaches counts too ("candeeiro" for lamp, said by the "floor lamp" and the "desk lamp").
  // …and a head said in one language is said by a device whose words say it in another ("lampe", "lamp": headWordKin.ts).
  const saysHead = (d: Entity, w: string): boolean => kinOfHead(w).some((k) => sayingsOf(snapshot, d).words.includes(k)) || taughtStems(snapshot, w).some((s) => sayingsOf(snapshot, d).nameWords.some((n) => n.startsWith(s))) || inCompoundName(snapshot, d, w);
  const saying = headSayers(snapshot, candidates.filter((d) => head !== undefined && head.split(' ').every((w) => saysHead(d, w)) && !saysInOtherKind(d, head, kind)), candidates, kind);
  // A name in the home's language says the kind its own way ("Lampka Zosi" is no "lamp" by its words): when none of
  // the devices saying the head fits the other words, the head narrows nothing ("zosia's lamp").
  if (saying.length > 0 && (words.length === 0 || candidates.length > 1)) {
    const usedHere = new Map<string, boolean>();
    const used = (m: string): boolean => usedHere.get(m) ?? usedHere.set(m, snapshot.devices.some((d) => fitOf(snapshot, d, m) > 0) || placeWord(snapshot, m)).get(m) === true;
    // A word the home never uses ("his") does not count against the ones saying the head.
    if (saying.some((d) => words.every((m) => fitOf(snapshot, d, m) > 0 || !used(m)))) candidates = saying;
  }
  if (words.length === 0) {
    if (candidates.length === 1 || (plural && placeSaid)) return pick(candidates, plural, placeSaid, kind);
    // The kind said alone ("the fan" among eight): every one of it is offered, a longer list than after other words.
    return candidates.length <= MAX_WHICH ? { type: 'several', devices: [...candidates] } : undefined;
  }
  const scored = candidates.map((d) => ({ d, fit: Math.min(...words.map((m) => (byFields && fieldWordsOf(d).has(m) ? 3 : fitOf(snapshot, d, m)))) as Fit }));
  const best = Math.max(...scored.map((s) => s.fit));
  if (best > 0 && best < minFit) return undefined;
  if (best > 0) {
    const found = scored.filter((s) => s.fit === best).map((s) => s.d);
    return pick(plural ? found : sayingTheKind(snapshot, found, kind, head), plural, placeSaid, kind);
  }
  // No candidate fits every word. A word the home never uses anywhere ("front" with no front anything) is said, and
  // the devices of the kind are offered (the only one is proposed, saying why); a word the home does use for other
  // things means the device asked for isn't here.
  const unknown = words.filter((m) => !snapshot.devices.some((d) => fitOf(snapshot, d, m) > 0) && !placeWord(snapshot, m));
  // "frnt", "kitchn": a typo of a word the home uses, or a word for another kind ("put the kettle on" read as arming an
  // alarm) none of the candidates is, is no unknown name of this kind; the reading is left to the name resolver.
  if (unknown.some((m) => nearKnown(snapshot, m) || wordOfOtherKind(snapshot, m, kind, candidates))) return undefined;
  const where = placeSaid && placeSaid.length === 1 && placeSaid[0] ? ` in ${placeSaid[0].name}` : '';
  if (unknown.length === 0) return { type: 'none', note: `I couldn't find a ${[...words, noun].join(' ')}${where} in this home.` };
  // More than one word nothing here says: not a description of a device ("the garage im pulling in").
  if (unknown.length > 1) return undefined;
  const rest = words.filter((m) => !unknown.includes(m));
  const fitting = rest.length === 0 ? candidates : candidates.filter((d) => rest.every((m) => fitOf(snapshot, d, m) > 0));
  const said = unknownWordSaid(noun, where, unknown.join(' '));
  const [only] = fitting;
  // "start charging the car": a word that is what the one device does (its `charging` capability) is no unknown name.
  if (fitting.length === 1 && only && unknown.every((m) => fieldWordsOf(only).has(m))) return { type: 'one', device: only };
  if (fitting.length === 1 && fitting[0]) {
    const room = snapshot.placeOfDevice.get(fitting[0].id);
    return { type: 'one', device: fitting[0], why: `${said}; ${fitting[0].name} is the only ${noun}${where}${!where && room ? ` (in ${room.name})` : ''} that fits.` };
  }
  if (fitting.length === 0 || fitting.length > MAX_OPTIONS) return { type: 'none', note: `${said}.` };
  return { type: 'several', devices: [...fitting], note: `${said}.` };
}

function pick(found: readonly Entity[], plural: boolean, placeSaid: Entity[] | undefined, kind: DeviceKind | undefined): CommandTarget | undefined {
  const [one] = found;
  if (!one) return undefined;
  if (found.length === 1) return { type: 'one', device: one };
  // "the kitchen ceiling lights" are all of them; "the ceiling lights" across the home is asked back.
  if (plural && placeSaid) {
    const [place] = placeSaid;
    return { type: 'several', devices: [...found], all: { ...(kind ? { kind } : {}), ...(placeSaid.length === 1 && place ? { place } : {}) } };
  }
  return found.length <= MAX_OPTIONS ? { type: 'several', devices: [...found] } : undefined;
}

