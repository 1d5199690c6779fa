// "turn them all off" after "which lights are on", "turn off the ones downstairs": a command over what the last answer
// listed. The group is said as the kind the listed devices share ("all the lights") so that a control template reads
// the rest of the sentence (a place after it narrows), and the target becomes exactly the listed devices there —
// never every device of the kind in the home.
import type { Entity } from '../../src-shared/protocol/entities';
import { kindById } from './deviceKinds';
import { devicesWithin, type HomeSnapshot } from './HomeIndex';
import type { IntentEngine, IntentMatch } from './IntentEngine';
import type { SlotValue } from './SlotResolver';

/** The group as said, with an "all" on either side: "them all", "all of them", "the ones", "those", "'em all". */
const GROUP = /(^|\s)(?:all\s+(?:of\s+)?)?(?:them|['’]?em|those|these|the ones|ones)(?:\s+all)?(?=\s|$|[?.!,])/i;

/** The command as read (the group said as its kind), or undefined when the sentence is no command over the group. */
export async function commandOverListed(engine: IntentEngine, text: string, listed: readonly Entity[], kindSlot: SlotValue | undefined, snapshot: HomeSnapshot): Promise<{ match: IntentMatch; text: string } | undefined> {
  if (listed.length < 2 || !GROUP.test(text)) return undefined;
  const plural = kindSlot?.type === 'kind' ? kindSlot.kind.plural : sharedKind(listed, snapshot) ?? 'devices';
  const reading = text.replace(GROUP, (_m, pre: string) => `${pre}all the ${plural}`).replace(/\s+/g, ' ').trim();
  const match = await engine.match(reading);
  const target = match?.slots['target'];
  if (!match || match.category !== 'control' || target?.type !== 'group') return undefined;
  const place = target.place && target.place.entity_type !== 'home' ? target.place : undefined;
  const there = place ? new Set(devicesWithin(snapshot, place)) : undefined;
  const devices = there ? listed.filter((d) => there.has(d)) : [...listed];
  if (devices.length === 0) return undefined;
  return { match: { ...match, slots: { ...match.slots, target: { ...target, devices } } }, text: reading };
}

/** The plural of a kind every listed device is (the narrowest one: "lights", not "devices"). */
function sharedKind(listed: readonly Entity[], snapshot: HomeSnapshot): string | undefined {
  const [first, ...rest] = listed;
  if (!first) return undefined;
  const ids = [...(snapshot.kindsOfDevice.get(first.id)?.keys() ?? [])].filter((id) => rest.every((d) => snapshot.kindsOfDevice.get(d.id)?.has(id) === true));
  const kinds = ids.map(kindById).filter((k) => k !== undefined);
  return (kinds.find((k) => k.includes.length === 0) ?? kinds[0])?.plural;
}
