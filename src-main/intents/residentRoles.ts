// "the lodger's room" is Tomasz's room when the home lists its residents with their roles ("Tomasz (lodger)",
// {name: "Ana", role: "au pair"}): a role word is one more way to say the owner of a room. Read from the home's
// own content only; a role two residents share ("kids") names no one.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import { ownerStems } from './placeNameForms';

const RESIDENT_FIELDS = ['residents', 'occupants', 'household', 'people', 'members'];

/** Role word (as a key) → the resident's first name (as a key). */
export function residentRoles(homes: readonly Entity[]): Map<string, string> {
  const named = new Map<string, string[]>();
  for (const home of homes) {
    for (const field of RESIDENT_FIELDS) {
      const list = home.content[field];
      if (!Array.isArray(list)) continue;
      for (const item of list) {
        const pair = residentPair(item);
        if (!pair) continue;
        named.set(pair.role, [...(named.get(pair.role) ?? []), pair.name]);
      }
    }
  }
  const out = new Map<string, string>();
  for (const [role, names] of named) if (names.length === 1 && names[0]) out.set(role, names[0]);
  return out;
}

function residentPair(item: unknown): { name: string; role: string } | undefined {
  let name: unknown;
  let role: unknown;
  if (typeof item === 'string') [, name, role] = /^\s*([^(]+?)\s*\(([^)]+)\)\s*$/.exec(item) ?? [];
  else if (item && typeof item === 'object') {
    const record = item as Record<string, unknown>;
    name = record['name'];
    role = record['role'] ?? record['relation'];
  }
  if (typeof name !== 'string' || typeof role !== 'string') return undefined;
  const nameKey = phraseKey(name).split(' ')[0] ?? '';
  const roleKey = phraseKey(role);
  // One word each: "Tomasz (lodger)"; "Claire (mum, works nights)" says more than a role.
  if (!nameKey || !roleKey || roleKey.includes(' ') || roleKey.length < 3) return undefined;
  return { name: nameKey, role: roleKey };
}

/** Adds each role to the rooms its resident owns ("lodger" → the rooms of "tomasz"). */
export function addRoleOwners(owners: Map<string, Entity[]>, roles: ReadonlyMap<string, string>): void {
  for (const [role, name] of roles) {
    const rooms = [...new Set(ownerStems(name).flatMap((stem) => owners.get(stem) ?? []))];
    if (rooms.length === 0) continue;
    for (const stem of ownerStems(role)) if (!owners.has(stem)) owners.set(stem, rooms);
  }
}
