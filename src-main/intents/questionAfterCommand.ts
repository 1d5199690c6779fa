// "set the radiator to 23" … "and in our bedroom?", "raise it fully" … "and the big room's one?": a fragment with no
// verb of its own, typed as a question right after a command on one device, asks how the other one is; read as the
// command again it proposed acting on a device the user only asked about. So a fragment that the command, said again,
// puts onto one device of the same kind asks that device's state; one that names only a place and lands on a device of
// another kind ("allume la lumière dehors" … "et dans la cuisine ?" proposing the kitchen's water valve) asks what is
// there. A command over several ("turn them off" … "and in the living room?") still carries over: it is a sweep.
import type { Entity } from '../../src-shared/protocol/entities';
import { ellipsisFragment, type Focus } from './ConversationFocus';
import type { HomeSnapshot } from './HomeIndex';
import { devicesWithin } from './placeClaims';
import { membersOfKind } from './kindMembers';
import type { SlotValue } from './SlotResolver';
import type { IntentMatch } from './IntentEngine';
import { coveredKinds, kindById, type DeviceKind } from './deviceKinds';

const COMMANDS: ReadonlySet<string> = new Set(['turn_on', 'turn_off', 'set_level', 'set_temperature', 'open', 'close', 'lock', 'unlock', 'arm', 'disarm']);
/** A verb said in the fragment makes it a command of its own ("and switch the fan off?"). */
const OWN_VERB = /\b(turn|switch|put|set|make|open|close|shut|lock|unlock|arm|disarm|dim|raise|lower|start|stop|run|kill)\b/i;
const POSSESSIVE = /^(?:the\s+)?\p{L}+['’]s?$/u;
/** "and in the kitchen?", "and at the cottage?": a place said with its preposition and nothing else. */
const PLACE_ONLY = /^(?:and|also|what about|how about)\s+(?:in|at|on|upstairs|downstairs)\b/i;

export async function questionAfterCommand(
  match: IntentMatch,
  focus: Focus | undefined,
  typed: string,
  read: string,
  understoodText: string,
  snapshot: HomeSnapshot,
  matchText: (text: string) => Promise<IntentMatch | undefined>,
): Promise<IntentMatch> {
  if (!focus || match.category !== 'control' || !COMMANDS.has(focus.intent) || !/\?\s*$/.test(typed) || understoodText.trim() === read.trim()) return match;
  const fragment = ellipsisFragment(read);
  // "and rhys's?" after switching the lounge fan on: the same again for someone else's, read by its owner.
  if (!fragment || OWN_VERB.test(fragment) || OWN_VERB.test(typed) || POSSESSIVE.test(fragment.trim())) return match;
  const before = focus.subjects.filter((e) => e.entity_type === 'device');
  const [last] = before;
  if (!last || before.length !== 1) return match;
  const target = match.slots['target'];
  const devices = devicesOf(target, snapshot);
  // "აუწიე 23-მდე" on the living room's radiator … "და საძინებელში?": a place said alone puts the command onto every
  // device there; the one of the radiator's kind is the one asked about.
  const placeOnly = target?.type === 'group' && !target.kind && !target.devices && target.place !== undefined;
  const alike = placeOnly ? devices.filter((d) => sameKind(last, d, snapshot)) : devices;
  const [one] = alike;
  if (one && alike.length === 1 && one.id !== last.id && sameKind(last, one, snapshot)) {
    return { ...match, intent: 'device_state', category: 'state', slots: { device: { type: 'entity', text: one.name, entity: one, how: 'exact' } } };
  }
  if (!PLACE_ONLY.test(read.trim()) || devices.some((d) => sameKind(last, d, snapshot))) return match;
  const there = await matchText(`what is in ${fragment}`);
  const place = there?.intent === 'devices_in_place' ? there.slots['place'] : undefined;
  // A place it cannot tell ("kegin" only in a description) is said so, never acted on in a room it guessed.
  return there && (place?.type === 'entity' || place?.type === 'missing' || place?.type === 'ambiguous') ? there : match;
}

/** The devices a control target stands for: the one named, or those of the kind in the place said. */
function devicesOf(target: SlotValue | undefined, snapshot: HomeSnapshot): Entity[] {
  if (target?.type === 'entity') return target.entity.entity_type === 'device' ? [target.entity] : [];
  if (target?.type !== 'group') return [];
  if (target.devices) return target.devices;
  const there = target.place ? new Set(devicesWithin(snapshot, target.place)) : undefined;
  const kind = target.kind;
  if (!kind) return there ? [...there] : [];
  return membersOfKind(snapshot, kind).filter((d) => !there || there.has(d));
}

/** Both devices are one narrow kind (radiators, blinds), never only a broad family (climate, appliance); a kind and one
 *  it covers count as one ("radiatori" read as a heater, its twin's model read as a radiator valve). */
function sameKind(a: Entity, b: Entity, snapshot: HomeSnapshot): boolean {
  const narrow = (e: Entity): DeviceKind[] => [...(snapshot.kindsOfDevice.get(e.id)?.keys() ?? [])].map((id) => kindById(id)).filter((k): k is DeviceKind => k !== undefined && !k.includes?.length);
  const covers = (x: DeviceKind, y: DeviceKind): boolean => coveredKinds(x).has(y.id);
  const theirs = narrow(b);
  return narrow(a).some((k) => theirs.some((t) => covers(k, t) || covers(t, k)));
}
