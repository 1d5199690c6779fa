// "what's fleur's code for the shed lock": the code is in a note about the lock the words describe ("bike-shed
// lock"), and the note need not repeat those words ("the Nuki code for Fleur is …"). A secret asked of a device is
// looked for in the notes linked to it too, so a guest hears that it is in a private note instead of a list of
// unrelated things.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';

/** Notes linked to any of the found devices whose text holds a secret (`holdsSecret`), not already found. */
export function secretNotesOf(snapshot: HomeSnapshot, found: readonly Entity[], holdsSecret: (note: Entity) => boolean): Entity[] {
  const devices = new Set(found.filter((e) => e.entity_type === 'device').map((e) => e.id));
  if (devices.size === 0) return [];
  const notes: Entity[] = [];
  for (const [docId, linked] of snapshot.devicesOfDoc) {
    const doc = snapshot.byId.get(docId);
    if (!doc || doc.entity_type !== 'note' || found.includes(doc) || !linked.some((d) => devices.has(d.id))) continue;
    if (holdsSecret(doc)) notes.push(doc);
  }
  return notes;
}
