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
  /**
   * Words said for one another that are the same thing said loosely, not another thing the home names ("utility floor"
   * for "Utility room": both say a place is a place). A close whole-name typo that swaps in only such words is still a
   * match; the caller that knows the words (the intent engine's lexicon) says which.
   */
  interchangeable?: (said: string, nameWord: string) => boolean;
}
