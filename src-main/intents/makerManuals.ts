// "whas the yale manual", "manual for the nuki", "where's the Miele manual": a manual asked by the maker of several
// devices here is the manuals of that maker's devices, or those whose name, title or "covers" says the maker. Read as
// a listing it answered "3 Yale devices: …" to a question about a manual.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { makerKeyOf } from './kindClaims';

/** The maker's devices and the manuals linked to them or named for the maker. */
export function makerManuals(snapshot: HomeSnapshot, maker: string): { devices: Entity[]; manuals: Entity[] } {
  const key = makerKeyOf(maker);
  const made = (d: Entity): boolean => ` ${snapshot.makerKeyOfDevice.get(d.id) ?? ''} `.includes(` ${key} `);
  const devices = snapshot.devices.filter(made);
  const manuals = [...snapshot.byId.values()].filter((m) => {
    if (m.entity_type !== 'manual') return false;
    if ((snapshot.devicesOfDoc.get(m.id) ?? []).some(made)) return true;
    const said = ` ${phraseKey([m.name, ...['title', 'covers', 'manufacturer'].map((f) => m.content[f]).filter((v): v is string => typeof v === 'string')].join(' '))} `;
    return key.length > 0 && said.includes(` ${key} `);
  });
  return { devices, manuals: manuals.sort((a, b) => a.name.localeCompare(b.name)) };
}
