// The seam between the sync engine (client, scheduling, paging) and the local store (server heads, local heads,
// change log, conflicts). The engine only talks to this port; SqliteGraphStore implements it. Additive changes only:
// both sides of the seam were built in parallel against this file.
import type { Entity, Relationship } from '../../src-shared/protocol/entities';
import type { SyncConflict } from '../../src-shared/protocol/inbetweeniesSync';

/** A local edit not yet acknowledged: the local head of one entity, on top of `baseVersion` (the server head it edited, null if new). */
export interface PendingEntity {
  /** As it is pushed: `parent_versions` names `baseVersion` when there is one (a fast-forward on the server). */
  entity: Entity;
  baseVersion: string | null;
  /** true when the local head is a tombstone (pushed as change_type "delete"). */
  deleted: boolean;
}

/** A local edge edit not yet acknowledged. `revision` grows on every local write, so an ack clears only what was pushed. */
export interface PendingRelationship {
  relationship: Relationship;
  revision: number;
}

export interface PendingPush {
  entities: PendingEntity[];
  relationships: PendingRelationship[];
}

/** What the server acknowledged for one push: exactly the (id, version) and (id, revision) pairs that were sent. */
export interface PushAck {
  entities: { id: string; version: string }[];
  relationships: { id: string; revision: number }[];
}

/** One page of pulled rows (server heads). Edges may come from the sync response or from REST. */
export interface PulledPage {
  entities: Entity[];
  relationships: Relationship[];
}

export interface ApplyPulledResult {
  /** Server heads that changed. */
  applied: number;
  /** Ids with a pending local head: their server head is updated, the local view is untouched until acked. */
  keptLocal: string[];
}

export interface ConflictRecord {
  id: number;
  serverId: string;
  entityId: string;
  entityName: string;
  /** Our version (the local head we pushed) and the server's; `winner` says which one the server kept as current. */
  localVersion: string;
  remoteVersion: string;
  winner: 'local' | 'remote';
  strategy: string;
  recordedAt: string;
  resolved: boolean;
  /** Both contents for a side-by-side view; null when that version is not stored locally (e.g. not pulled yet). */
  mine: ConflictSide | null;
  theirs: ConflictSide | null;
}

export interface ConflictSide {
  name: string;
  entityType: string;
  content: Record<string, unknown>;
  deleted: boolean;
}

export interface SyncState {
  serverId: string;
  /** Delta cursor (decimal string) from the last completed pull; null before the first full sync. */
  cursor: string | null;
  serverTime: string | null;
  lastDigest: string | null;
  lastDigestMatched: boolean | null;
  lastSyncAt: string | null;
}

export interface SyncLocalStore {
  /** Every pending local head and edge edit, oldest first, at most `limit` entities. */
  pendingChanges(limit?: number): Promise<PendingPush>;
  /** Clears exactly the acknowledged local heads / edge revisions and makes the pushed version the server head. */
  markPushed(serverId: string, ack: PushAck): Promise<void>;
  /** Updates server heads only; never touches a pending id's local head. Idempotent by (id, version). */
  applyPulled(serverId: string, page: PulledPage): Promise<ApplyPulledResult>;
  /** Records the server's conflict answers for our pushes (server "local" = its row, "remote" = ours). */
  recordConflicts(serverId: string, conflicts: readonly SyncConflict[]): Promise<ConflictRecord[]>;
  listConflicts(options?: { includeResolved?: boolean }): Promise<ConflictRecord[]>;
  /** "Keep mine": a new local head on top of the server's winner with our content; marks the conflict resolved. */
  keepMine(conflictId: number): Promise<void>;
  /** "Keep theirs": drops a still-pending local edit of the entity when the server's version won; marks the conflict resolved. */
  dismissConflict(conflictId: number): Promise<void>;
  /** Discarding a parked change: drops the local head of `entityId` if it is still `version`; true when it was dropped. */
  discardLocalEdit(entityId: string, version: string): Promise<boolean>;
  /** sha256 state digest over the server heads (docs/inbetweenies-v2.md §3), to compare with the server's. */
  serverHeadDigest(): Promise<string>;
  /** After a completed full pull: drop server heads and synced edges the pull did not bring; unsynced local heads stay. */
  sweepServerHeads(serverId: string, seen: { entityIds: ReadonlySet<string>; relationshipIds: ReadonlySet<string> }): Promise<void>;
  /** Repair: forget server heads not pending locally so a full resync rebuilds them; unsynced local heads stay. */
  resetServerHeads(serverId: string): Promise<void>;
  /**
   * Optional: a full pull is about to write many pages (and `endLargePull` says it is over, even on failure). The store
   * may defer WAL checkpoints in between, so pages that rewrite the same b-tree pages are copied to the file once.
   */
  beginLargePull?(): void;
  endLargePull?(): void;
  getSyncState(serverId: string): Promise<SyncState>;
  setSyncState(serverId: string, patch: Partial<Omit<SyncState, 'serverId'>>): Promise<void>;
}
