// What a name resolution looks like: the public result and option types of EntityNameResolver, kept apart so the
// ranking helpers can use them without importing the resolver (no import cycle).
import type { Entity, EntityType } from '../../src-shared/protocol/entities';

export type NameMatchHow = 'id' | 'exact' | 'case' | 'synonym' | 'fuzzy';

export interface ScoredEntity {
  entity: Entity;
  /** 0..1, higher is better. */
  score: number;
}

export type NameResolution =
  | { kind: 'match'; entity: Entity; how: NameMatchHow; score: number }
  | { kind: 'ambiguous'; candidates: ScoredEntity[] }
  | { kind: 'none'; suggestions: ScoredEntity[] };

export interface ResolveOptions {
  types?: readonly EntityType[];
  /** Most candidates or suggestions returned (default 8). */
  limit?: number;
}
