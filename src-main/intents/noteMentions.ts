// A note linked to nothing is still about the devices its text names: "Cirkó annual service by … next service due 15
// January 2027" is the boiler Cirkó's service note, so "when is the boiler service due" finds it through the device
// as if the note were linked to it (documented_by). Only whole names of four letters or more count.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';

export function linkNamedDevices(notes: readonly Entity[], devices: readonly Entity[], devicesOfDoc: Map<string, Entity[]>): void {
  const names = devices.filter((d) => d.entity_type === 'device').map((d) => ({ device: d, key: phraseKey(d.name) })).filter((n) => n.key.length >= 4);
  for (const note of notes) {
    if (devicesOfDoc.has(note.id)) continue;
    const text = note.content['text'];
    if (typeof text !== 'string') continue;
    const said = ` ${phraseKey(text)} `;
    const named = names.filter((n) => said.includes(` ${n.key} `)).map((n) => n.device);
    if (named.length > 0) devicesOfDoc.set(note.id, named);
  }
}
