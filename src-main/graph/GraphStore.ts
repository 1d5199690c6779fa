// The graph port: what the tools, the intent engine, sync and the UI need from the local home graph.
// Async from the start so storage can move off the main thread later without touching callers.
import type { Entity, EntityType, Relationship, RelationshipType } from '../../src-shared/protocol/entities';
import type { Event } from '../lifecycle/Emitter';

export interface ListEntitiesQuery {
  types?: readonly EntityType[];
  /** Tombstones (`content.deleted === true`) are hidden unless asked for. */
  includeDeleted?: boolean;
  limit?: number;
  offset?: number;
}

export interface RelationshipQuery {
  fromId?: string;
  toId?: string;
  /** Edges where the id is either endpoint. */
  anyId?: string;
  types?: readonly RelationshipType[];
}

export interface TextSearchHit {
  entity: Entity;
  /** Higher is better; normalised to 0..1 within one result set. */
  score: number;
  /** Short snippets of name/content around the matched terms. */
  highlights: string[];
}

export interface GraphChangeSet {
  entities?: readonly Entity[];
  relationships?: readonly Relationship[];
  /**
   * True for local edits not yet acknowledged by a home server (sync pushes them): each entity becomes its id's local
   * head. False says "the server already has these": they become server heads, and a pending local head stays shown.
   */
  pending: boolean;
  /** What the change log records as the source; defaults to 'local' when pending, else 'import'. */
  source?: 'local' | 'remote' | 'import';
}

export interface GraphChangeEvent {
  entityIds: string[];
  relationshipIds: string[];
}

export interface GraphStats {
  entityCount: number;
  relationshipCount: number;
  pendingEntityCount: number;
  pendingRelationshipCount: number;
  countsByType: Partial<Record<EntityType, number>>;
}

export interface GraphStore {
  /** The current version of an entity (its pending local edit, else the server's current); undefined if unknown or a tombstone (unless includeDeleted). */
  getEntity(id: string, options?: { includeDeleted?: boolean }): Promise<Entity | undefined>;
  /** Current versions of several entities; unknown ids and tombstones are simply absent. */
  getEntities(ids: readonly string[]): Promise<Map<string, Entity>>;
  /** Every stored version of an entity, oldest first. */
  getVersions(id: string): Promise<Entity[]>;
  listEntities(query?: ListEntitiesQuery): Promise<Entity[]>;
  /**
   * Relationships whose endpoints both resolve (by id) to current, non-tombstoned entities.
   * Pins to older endpoint versions are tolerated on read: the protocol says clients resolve by id.
   */
  getRelationships(query?: RelationshipQuery): Promise<Relationship[]>;
  /** Full-text search over names and content (FTS5), tombstones excluded. */
  searchText(query: string, options?: { types?: readonly EntityType[]; limit?: number }): Promise<TextSearchHit[]>;
  /**
   * Applies entity versions and relationships in one transaction: all or nothing.
   * Idempotent by (id, version) and by relationship id (re-sent edges update in place).
   */
  applyChanges(changes: GraphChangeSet): Promise<void>;
  getStats(): Promise<GraphStats>;
  /** Small key/value state owned by the graph (e.g. `synced_at`, `source`). */
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
  readonly onDidChange: Event<GraphChangeEvent>;
}
