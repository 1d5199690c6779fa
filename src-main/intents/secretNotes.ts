// "what's fleur's code for the shed lock": the code is in a note about the lock the words describe ("bike-shed
// lock"), and the note need not repeat those words ("the Nuki code for Fleur is …"). A secret asked of a device is
// looked for in the notes linked to it too, so a guest hears that it is in a private note instead of a list of
// unrelated things. A door's secret is in its lock's notes.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';

/** Notes linked to any of the found devices whose text holds a secret (`holdsSecret`), not already found. */
export function secretNotesOf(snapshot: HomeSnapshot, found: readonly Entity[], holdsSecret: (note: Entity) => boolean): Entity[] {
  const devices = new Set(found.filter((e) => e.entity_type === 'device').map((e) => e.id));
  // A door's code is in the notes of its lock: the lock in the door's room ("spare pin for the front door").
  for (const door of found.filter((e) => e.entity_type === 'door')) {
    const room = snapshot.placeOfDevice.get(door.id);
    if (room) for (const d of snapshot.devices) if (snapshot.placeOfDevice.get(d.id) === room && snapshot.kindsOfDevice.get(d.id)?.has('lock')) devices.add(d.id);
  }
  if (devices.size === 0) return [];
  const notes: Entity[] = [];
  for (const [docId, linked] of snapshot.devicesOfDoc) {
    const doc = snapshot.byId.get(docId);
    if (!doc || doc.entity_type !== 'note' || found.includes(doc) || !linked.some((d) => devices.has(d.id))) continue;
    if (holdsSecret(doc)) notes.push(doc);
  }
  return notes;
}
