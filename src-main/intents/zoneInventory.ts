// "what's in the attic", "list everything upstairs": a floor or area answered with its rooms and, for each room,
// what is in it — people asking that way mean either, and both fit in one short answer.
import type { Entity } from '../../src-shared/protocol/entities';
import { capital, joinNames, placeName, plural } from './AnswerBuilder';
import type { IntentAnswerInput } from './IntentAnswerInput';

/** Rooms of a zone, each with the devices located in it (deeper rooms fold into the room of the zone above them). */
export function zoneInventory(input: IntentAnswerInput, zone: Entity, rooms: readonly Entity[], devices: readonly Entity[]): string {
  const byRoom = new Map<string, Entity[]>(rooms.map((r) => [r.id, []]));
  const loose: Entity[] = [];
  for (const device of devices) {
    const room = roomOfZoneHolding(input, device, zone, byRoom);
    if (room) byRoom.get(room)!.push(device);
    else loose.push(device);
  }
  input.answer.cite(zone, ...rooms, ...devices);
  const sorted = [...rooms].sort((a, b) => a.name.localeCompare(b.name));
  const lines = sorted.map((r) => {
    const held = byRoom.get(r.id)!.map((d) => d.name);
    return `• ${r.name}: ${held.length > 0 ? joinNames(held) : 'no devices'}`;
  });
  if (loose.length > 0) lines.push(`• elsewhere in ${placeName(zone)}: ${joinNames(loose.map((d) => d.name))}`);
  const lead = `${capital(placeName(zone))} has ${plural(rooms.length, 'room', 'rooms')}`;
  if (devices.length === 0) return `${lead}: ${joinNames(sorted.map((r) => r.name))}. No devices are placed in them.`;
  return `${lead}, with ${plural(devices.length, 'device', 'devices')} between them:\n${lines.join('\n')}`;
}

/** The zone's own room that holds a device, walking up from the device's place. */
function roomOfZoneHolding(input: IntentAnswerInput, device: Entity, zone: Entity, rooms: ReadonlyMap<string, unknown>): string | undefined {
  let at = input.snapshot.placeOfDevice.get(device.id);
  for (let depth = 0; at && depth < 6 && at.id !== zone.id; depth++) {
    if (rooms.has(at.id)) return at.id;
    at = input.snapshot.parentOfPlace.get(at.id);
  }
  return undefined;
}
