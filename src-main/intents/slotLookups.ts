// Look-ups of a slot's words in the home's phrase and alias tables (a place named exactly, an alias of one entity) and
// of a bare kind word matched by synonym (every device of the kind). Split out of SlotResolver.ts.
import type { Entity, EntityType } from '../../src-shared/protocol/entities';
import type { DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { everyOneOfKind, membersOfKind } from './kindMembers';
import type { Token } from './normalizeText';
import { stripPrefix, type ScoredSlot } from './slotValue';

// "the light" among twelve lights is not "Staande lamp" (or it and a plug "for the desk lamp") because those names say
// "lamp": a bare kind word matched to names by synonym only is every device of that kind, when the home has more.
export function allOfKindSaid(snapshot: HomeSnapshot, kind: DeviceKind | undefined, tokens: readonly Token[], found: readonly Entity[]): Entity[] | undefined {
  if (!kind) return undefined;
  const said = stripPrefix(tokens).map((t) => t.text.toLowerCase()).join(' '); // as typed: name keys say "lamp" as "light"
  if (found.some((e) => e.entity_type !== 'device' || ` ${e.name.toLowerCase()} `.includes(` ${said} `))) return everyOneOfKind(snapshot, kind, found);
  const ofKind = membersOfKind(snapshot, kind);
  const ids = new Set(ofKind.map((d) => d.id));
  const inKind = found.filter((e) => ids.has(e.id));
  // A plug "for the desk lamp" found by its words stays a candidate next to the lights.
  return inKind.length > 0 && ofKind.length > inKind.length ? [...ofKind, ...found.filter((e) => !ids.has(e.id))] : undefined;
}
export function groupOrPlaceProblem(text: string, kind: DeviceKind, place: ScoredSlot): ScoredSlot {
  return place.value.type === 'entity' ? { value: { type: 'group', text, kind, place: place.value.entity }, score: place.score } : place;
}

export function aliasMatch(snapshot: HomeSnapshot, tokens: readonly Token[], types: readonly EntityType[] | undefined): Entity | undefined {
  const keys = tokens.filter((t) => t.key !== 'the').map((t) => t.key).join(' ');
  const found = (snapshot.aliases.get(keys) ?? []).filter((e) => !types || types.includes(e.entity_type));
  return found.length === 1 ? found[0] : undefined;
}

/** A room or zone named exactly (name or alias, "the" ignored) and nothing else of that phrase that is a device. */
export function exactPlace(snapshot: HomeSnapshot, tokens: readonly Token[]): Entity | undefined {
  const keys = tokens.filter((t) => t.key !== 'the').map((t) => t.key).join(' ');
  const named = snapshot.phrases.get(keys) ?? [];
  const places = named.filter((e) => e.entity_type === 'room' || e.entity_type === 'zone');
  if (places.length !== 1 || named.some((e) => e.entity_type === 'device' || e.entity_type === 'door' || e.entity_type === 'window')) return undefined;
  return places[0];
}

export function aliasOrExact(snapshot: HomeSnapshot, tokens: readonly Token[], types: readonly EntityType[]): Entity | undefined {
  const keys = tokens.filter((t) => t.key !== 'the').map((t) => t.key).join(' ');
  const found = (snapshot.phrases.get(keys) ?? []).filter((e) => types.includes(e.entity_type));
  return found.length === 1 ? found[0] : undefined;
}
