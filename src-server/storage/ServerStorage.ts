// The home server's storage port. One interface, two implementations (SQLite, PostgreSQL: `openServerStorage`),
// one conformance suite (tests/server/storageConformance.test.ts).
import type { Entity, Relationship } from '../../src-shared/protocol/entities';
import type { PulledChange, SyncChange } from '../../src-shared/protocol/inbetweeniesSync';
import type { SqlDialect } from '../../src-node-shared/sql/SqlClient';
import type { GraphPushOutcome } from '../sync/applyGraphPush';
import type { ServerAuthStore } from './ServerAuthStore';
import type { ServerChatStore } from './ServerChatStore';

/** Guests never receive private notes (`content.private === true`), nor edges that touch one. */
export interface Visibility {
  hidePrivate: boolean;
}

export interface GraphPullQuery extends Visibility {
  afterSeq?: number;
  sinceMs?: number;
  entityTypes?: readonly string[];
  modifiedBy?: readonly string[];
  includeRelationships: boolean;
  limit: number;
}

export interface GraphPullPage {
  changes: PulledChange[];
  entityCount: number;
  relationshipCount: number;
  /** Sequence number of the last row in the page (the next cursor), null for an empty page. */
  lastSeq: number | null;
  hasMore: boolean;
}

/** An entity as the REST API returns it: the wire shape plus naive ISO receive times. */
export type RestEntity = Entity & { created_at: string; updated_at: string };

export interface GraphStatistics {
  total_entities: number;
  total_relationships: number;
  deleted_entities: number;
  entity_types: Record<string, number>;
  relationship_types: Record<string, number>;
}

export interface ServerGraphStore {
  /** One transaction: all entity changes, then all relationships. */
  applyPush(changes: readonly SyncChange[], receivedAtMs: number): Promise<GraphPushOutcome>;
  pullPage(query: GraphPullQuery): Promise<GraphPullPage>;
  /** The graph sequence: moves whenever a current row or an edge changes. */
  currentSequence(): Promise<number>;
  /** (id, version) of every current row, tombstones included: the input of `state_digest`. */
  currentVersions(visibility: Visibility): Promise<Array<{ id: string; version: string }>>;
  listEntities(query: Visibility & { entityType?: string; limit: number; offset: number }): Promise<RestEntity[]>;
  getEntity(id: string, visibility: Visibility): Promise<RestEntity | undefined>;
  /** Every stored edge, stale pins included (as upstream's REST read). */
  listRelationships(query: Visibility & { fromEntityId?: string; toEntityId?: string; relationshipType?: string }): Promise<Relationship[]>;
  /** Current, non-deleted entities (search and path run over them). */
  currentEntities(visibility: Visibility): Promise<Entity[]>;
  statistics(visibility: Visibility): Promise<GraphStatistics>;
}

export interface ServerStorage {
  readonly dialect: SqlDialect;
  readonly graph: ServerGraphStore;
  readonly chat: ServerChatStore;
  readonly auth: ServerAuthStore;
  /** Drains, checkpoints (SQLite) and closes connections. */
  close(): Promise<void>;
}
