// "turn them all off" after "which lights are on", "turn off the ones downstairs": a command over what the last answer
// listed. The group is said as the kind the listed devices share ("all the lights") so that a control template reads
// the rest of the sentence (a place after it narrows), and the target becomes exactly the listed devices there —
// never every device of the kind in the home.
import type { Entity } from '../../src-shared/protocol/entities';
import { kindById } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { devicesWithin } from './placeClaims';
import type { IntentEngine, IntentMatch } from './IntentEngine';
import type { Focus } from './ConversationFocus';
import { listedGroupMeant } from './listedGroupMeant';
import { tokenize } from './normalizeText';
import type { SlotValue } from './SlotResolver';

/** The group as said, with an "all" on either side: "them all", "all of them", "the ones", "those", "'em all". */
const GROUP = /(^|\s)(?:all\s+(?:of\s+)?)?(?:them|['’]?em|those|these|the ones|ones)(?:\s+all)?(?=\s|$|[?.!,])/i;

/** "the one in the office", "the ones on the patio": listed things picked by their place, said after "one(s)". */
const ONES_IN = /(^|\s)the\s+(ones?)\s+(in|on|at)\s+/i;
/** "the kitchen ones", "the office one": listed things picked by their place, said before "one(s)". */
const PLACE_ONES = /(^|\s)the\s+(\p{L}[\p{L}\d'’-]*(?:\s+\p{L}[\p{L}\d'’-]*){0,2})\s+(ones?)(?=\s|$|[?.!,])/iu;

/**
 * "turn off the one in the office" / "the kitchen ones" after a list: the listed things in a place, said as "them in
 * <place>" so the reading below narrows to them. Only when the words before "one(s)" name a room or zone of the home
 * ("the big one" is no place). Tells whether one thing was meant ("the one …").
 */
function listedByPlace(text: string, snapshot: HomeSnapshot): { text: string; single: boolean } | undefined {
  const after = ONES_IN.exec(text);
  if (after) return { text: text.replace(ONES_IN, (_m, pre: string, _o: string, prep: string) => `${pre}them ${prep} `), single: after[2]?.toLowerCase() === 'one' };
  const before = PLACE_ONES.exec(text);
  const words = before?.[2];
  if (!before || !words) return undefined;
  const places = snapshot.phrases.get(tokenize(words).map((t) => t.key).join(' ')) ?? [];
  if (places.length !== 1 || !places.every((p) => p.entity_type === 'room' || p.entity_type === 'zone')) return undefined;
  return { text: text.replace(PLACE_ONES, (_m, pre: string, place: string) => `${pre}them in the ${place}`), single: before[3]?.toLowerCase() === 'one' };
}

/** The command as read (the group said as its kind), or undefined when the sentence is no command over the group. */
export async function commandOverListed(engine: IntentEngine, said: string, listed: readonly Entity[], kindSlot: SlotValue | undefined, snapshot: HomeSnapshot): Promise<{ match: IntentMatch; text: string } | undefined> {
  const byPlace = listed.length >= 2 ? listedByPlace(said, snapshot) : undefined;
  const text = byPlace?.text ?? said;
  if (listed.length < 2 || !GROUP.test(text)) return undefined;
  const shared = kindSlot?.type === 'kind' ? kindSlot.kind.plural : sharedKind(listed, snapshot);
  const reading = text.replace(GROUP, (_m, pre: string) => `${pre}all the ${shared ?? 'devices'}`).replace(/\s+/g, ' ').trim();
  const match = await engine.match(reading);
  const target = match?.slots['target'];
  if (!shared && !byPlace && target?.type !== 'group') return overMixedList(engine, text, listed);
  if (!match || match.category !== 'control' || target?.type !== 'group') return undefined;
  const place = target.place && target.place.entity_type !== 'home' ? target.place : undefined;
  const there = place ? new Set(devicesWithin(snapshot, place)) : undefined;
  const devices = there ? listed.filter((d) => there.has(d)) : [...listed];
  // "the one in the office" with two listed there is still a question of which; it is not both.
  if (devices.length === 0 || (byPlace && (!place || (byPlace.single && devices.length !== 1)))) return undefined;
  return { match: { ...match, slots: { ...match.slots, target: { ...target, devices } } }, text: reading };
}

/**
 * "turn them all off" after a list of several kinds ("what is on in Karthik's room": a strip, a fan, an AC): no kind
 * says them all, so the command is read on the first listed thing and acts on every listed one.
 */
async function overMixedList(engine: IntentEngine, text: string, listed: readonly Entity[]): Promise<{ match: IntentMatch; text: string } | undefined> {
  const first = listed[0];
  if (!first) return undefined;
  const reading = text.replace(GROUP, (_m, pre: string) => `${pre}${first.name}`).replace(/\s+/g, ' ').trim();
  const match = await engine.match(reading);
  const one = match?.slots['target'];
  if (!match || match.category !== 'control' || one?.type !== 'entity' || one.entity.id !== first.id) return undefined;
  return { match: { ...match, slots: { ...match.slots, target: { type: 'group', text: one.text, kind: undefined, place: undefined, devices: [...listed] } } }, text: reading };
}

/** The command over the group a follow-up means ("all except Anaya's", "both", "them"): listedGroupMeant.ts. */
export async function commandOverGroupMeant(engine: IntentEngine, said: string, focus: Focus, listed: readonly Entity[], snapshot: HomeSnapshot): Promise<{ match: IntentMatch; text: string } | undefined> {
  const group = listedGroupMeant(said, focus, listed);
  if (group.one) {
    const match = await engine.match(group.text);
    const target = match?.slots['target'];
    return match?.category === 'control' && target?.type === 'entity' && group.devices.some((d) => d.id === target.entity.id) ? { match, text: group.text } : undefined;
  }
  return commandOverListed(engine, group.text, group.devices, focus.slots['kind'], snapshot);
}

/** The plural of a kind every listed device is (the narrowest one: "lights", not "devices"). */
function sharedKind(listed: readonly Entity[], snapshot: HomeSnapshot): string | undefined {
  const [first, ...rest] = listed;
  if (!first) return undefined;
  const ids = [...(snapshot.kindsOfDevice.get(first.id)?.keys() ?? [])].filter((id) => rest.every((d) => snapshot.kindsOfDevice.get(d.id)?.has(id) === true));
  const kinds = ids.map(kindById).filter((k) => k !== undefined);
  return (kinds.find((k) => k.includes.length === 0) ?? kinds[0])?.plural;
}
