// A note linked to nothing is still about the devices its text names: "Cirkó annual service by … next service due 15
// January 2027" is the boiler Cirkó's service note, so "when is the boiler service due" finds it through the device
// as if the note were linked to it (documented_by). Only whole names of four letters or more count, and the maker of
// only one device ("Nuki keypad: …" for the one Nuki lock).
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';

export function linkNamedDevices(notes: readonly Entity[], devices: readonly Entity[], devicesOfDoc: Map<string, Entity[]>): void {
  const own = devices.filter((d) => d.entity_type === 'device');
  const makers = new Map<string, Entity[]>();
  for (const d of own) {
    const maker = d.content['manufacturer'];
    const key = typeof maker === 'string' ? phraseKey(maker) : '';
    if (key) makers.set(key, [...(makers.get(key) ?? []), d]);
  }
  const names = [
    ...own.map((d) => ({ device: d, key: phraseKey(d.name) })),
    ...[...makers].filter(([, list]) => list.length === 1).map(([key, list]) => ({ device: list[0] as Entity, key })),
  ].filter((n) => n.key.length >= 4);
  for (const note of notes) {
    if (devicesOfDoc.has(note.id)) continue;
    const text = note.content['text'];
    if (typeof text !== 'string') continue;
    const said = ` ${phraseKey(text)} `;
    const named = [...new Set(names.filter((n) => said.includes(` ${n.key} `)).map((n) => n.device))];
    if (named.length > 0) devicesOfDoc.set(note.id, named);
  }
}
