// One sync run against the logged-in home server: push, then pull, then the digest check (docs/inbetweenies-v2.md §3).
// Talks to the store only through SyncLocalStore and to the queue only through Outbox. Never on the UI's critical
// path: pages are applied one at a time with a yield to the event loop between them (the next page is fetched meanwhile).
import { setImmediate as yieldNow } from 'node:timers/promises';
import { AppError } from '../../src-shared/errors';
import type { Entity, Relationship } from '../../src-shared/protocol/entities';
import type { SyncResponse } from '../../src-shared/protocol/inbetweeniesSync';
import type { Logger } from '../logging/Logger';
import type { Outbox } from '../outbox/Outbox';
import type { HomeServerCredentials, HomeServerSession } from './HomeServerSession';
import type { InbetweeniesClient } from './InbetweeniesClient';
import { homeServerDetails } from './homeServerErrors';
import { ParkedChanges, type ChangeKey } from './ParkedChanges';
import { chunk, entityPushItem, isInvalid, pushItemKey, relationshipPushItem, type PushItem } from './pushBatches';
import type { SyncLocalStore } from './SyncLocalStore';
import type { ConversationSync, ConversationSyncReport } from './ConversationSync';

/** `filters.since` far in the future: a push answers with no rows instead of upstream's full-graph echo. */
const NO_ECHO_SINCE = '2999-12-31T00:00:00+00:00';
/** A delta without a cursor asks for rows after the last sync's server time, minus this margin (re-applying is idempotent). */
const SINCE_MARGIN_MS = 5_000;
const PUSH_BATCH = 500;
const EDGE_APPLY_CHUNK = 5_000;

export type SyncPhase = 'probe' | 'push' | 'pull' | 'relationships' | 'digest' | 'repair' | 'conversations';

export interface SyncProgress {
  phase: SyncPhase;
  /** Rows done in this phase, and the total when known. */
  done: number;
  total?: number;
}

export interface SyncReport {
  serverUrl: string;
  role: HomeServerCredentials['role'];
  full: boolean;
  pushed: { entities: number; relationships: number };
  pulled: { entities: number; relationships: number };
  /** Ids whose pending local edit kept the pulled server version out of view. */
  keptLocal: number;
  conflicts: number;
  parked: { id: string; error: string }[];
  digest: { local: string; server: string; matched: boolean; repaired: boolean };
  /** Conversation sync after the graph; null when not configured or the server has no conversation extension. */
  conversations: ConversationSyncReport | null;
  finishedAt: string;
}

export interface SyncRunOptions {
  full?: boolean;
  signal?: AbortSignal;
  onProgress?: (progress: SyncProgress) => void;
}

export interface SyncEngineDeps {
  store: SyncLocalStore;
  outbox: Outbox;
  session: HomeServerSession;
  logger?: Logger;
  /** The conversation step, run after the entity sync (our server only: upstream answers 404 and it is skipped). */
  conversations?: ConversationSync;
  /** Between pages; tests may count them. */
  yieldToEventLoop?: () => Promise<unknown>;
}

/** A rejection of the pushed content itself (upstream 500 for a bad enum, 400 for a bad edge type, our 422). */
function isPoisonedPush(error: unknown): boolean {
  const status = homeServerDetails(error)?.status;
  return status === 500 || status === 422 || status === 400;
}

export class SyncEngine {
  private readonly parked: ParkedChanges;
  private readonly pause: () => Promise<unknown>;

  constructor(private readonly deps: SyncEngineDeps) {
    this.parked = new ParkedChanges(deps.outbox);
    this.pause = deps.yieldToEventLoop ?? (() => yieldNow());
  }

  async sync(options: SyncRunOptions = {}): Promise<SyncReport> {
    const { client, credentials } = await this.deps.session.client();
    const progress = options.onProgress ?? (() => undefined);
    progress({ phase: 'probe', done: 0 });
    if (!(await client.isHealthy(options.signal))) {
      throw new AppError('unavailable', `The home server at ${credentials.serverUrl} is not reachable.`, { retryable: true, details: { status: 0, reason: 'network' } });
    }
    await this.deps.session.refreshIfDue();
    const serverId = credentials.serverUrl;
    const deviceId = await this.deps.session.deviceId();
    const report: SyncReport = {
      serverUrl: serverId,
      role: credentials.role,
      full: false,
      pushed: { entities: 0, relationships: 0 },
      pulled: { entities: 0, relationships: 0 },
      keptLocal: 0,
      conflicts: 0,
      parked: [],
      digest: { local: '', server: '', matched: false, repaired: false },
      conversations: null,
      finishedAt: '',
    };
    const context = { client, serverId, deviceId, userId: credentials.userId, report, options, progress };
    // A guest never pushes (upstream leaves read-only to the client; ours refuses with 403 anyway).
    if (credentials.role !== 'guest') await this.push(context);
    const state = await this.deps.store.getSyncState(serverId);
    report.full = options.full === true || (state.cursor === null && state.serverTime === null);
    // Server heads of a full sync come from this server only: whatever else sits there (the demo home, a previous
    // server's rows) goes once the full pull is complete (a crash half way leaves the graph in view); unsynced local
    // heads stay and were pushed above.
    let last = await this.pullMaybeLarge(context, report.full);
    let local = await this.deps.store.serverHeadDigest();
    if (local !== last.state_digest) {
      // Repair: rebuild server heads from a full pull, then drop the ones it did not bring (unsynced local heads stay).
      this.deps.logger?.warn('sync digest mismatch, repairing with a full resync', { server: serverId, local, server_digest: last.state_digest });
      progress({ phase: 'repair', done: 0 });
      last = await this.pullMaybeLarge(context, true);
      local = await this.deps.store.serverHeadDigest();
      report.digest.repaired = true;
      report.full = true;
    }
    report.digest = { ...report.digest, local, server: last.state_digest, matched: local === last.state_digest };
    if (this.deps.conversations) {
      progress({ phase: 'conversations', done: 0 });
      report.conversations = await this.syncConversations(this.deps.conversations, context, credentials.role !== 'guest');
    }
    report.finishedAt = new Date().toISOString();
    await this.deps.store.setSyncState(serverId, { lastDigest: last.state_digest, lastDigestMatched: report.digest.matched, lastSyncAt: report.finishedAt });
    progress({ phase: 'digest', done: 1, total: 1 });
    return report;
  }

  private async push(context: RunContext): Promise<void> {
    const pending = await this.deps.store.pendingChanges();
    await this.parked.load();
    const items: PushItem[] = [];
    for (const candidate of [...pending.entities.map(entityPushItem), ...pending.relationships.map(relationshipPushItem)]) {
      if (isInvalid(candidate)) {
        const key = { target: candidate.kind, id: candidate.id, version: candidate.version };
        if (!this.parked.isParked(key)) await this.park(context, key, candidate.error);
        continue;
      }
      if (this.parked.isParked(pushItemKey(candidate))) continue;
      items.push(candidate);
    }
    const total = items.length;
    let done = 0;
    context.progress({ phase: 'push', done, total });
    const entities = items.filter((i) => i.kind === 'entity');
    const edges = items.filter((i) => i.kind === 'relationship');
    for (const batch of [...chunk(entities, PUSH_BATCH), ...chunk(edges, PUSH_BATCH)]) {
      await this.pushBisecting(context, batch);
      done += batch.length;
      context.progress({ phase: 'push', done, total });
      await this.pause();
    }
  }

  /** Pushes a batch; when the server rejects its content, halves it until the poisoned change is alone, and parks it. */
  private async pushBisecting(context: RunContext, batch: PushItem[]): Promise<void> {
    if (batch.length === 0) return;
    context.options.signal?.throwIfAborted();
    let response: SyncResponse;
    try {
      response = await context.client.sync({
        deviceId: context.deviceId,
        userId: context.userId,
        syncType: 'delta',
        changes: batch.map((i) => i.change),
        filters: { since: NO_ECHO_SINCE },
        ...(context.options.signal ? { signal: context.options.signal } : {}),
      });
    } catch (error) {
      if (!isPoisonedPush(error)) throw error;
      if (batch.length === 1) {
        await this.park(context, pushItemKey(batch[0]!), error instanceof Error ? error.message : String(error));
        return;
      }
      const middle = Math.ceil(batch.length / 2);
      await this.pushBisecting(context, batch.slice(0, middle));
      await this.pushBisecting(context, batch.slice(middle));
      return;
    }
    const appliedEntities = new Set(response.applied);
    const appliedEdges = new Set(response.applied_relationships);
    const ack = { entities: [] as { id: string; version: string }[], relationships: [] as { id: string; revision: number }[] };
    const ackedKeys: ChangeKey[] = [];
    for (const item of batch) {
      if (item.kind === 'entity' && appliedEntities.has(item.pending.entity.id)) ack.entities.push({ id: item.pending.entity.id, version: item.pending.entity.version });
      else if (item.kind === 'relationship' && appliedEdges.has(item.pending.relationship.id)) ack.relationships.push({ id: item.pending.relationship.id, revision: item.pending.revision });
      else continue;
      ackedKeys.push(pushItemKey(item));
    }
    await this.deps.store.markPushed(context.serverId, ack);
    if (response.conflicts.length) await this.deps.store.recordConflicts(context.serverId, response.conflicts);
    await this.parked.acked(ackedKeys);
    context.report.pushed.entities += ack.entities.length;
    context.report.pushed.relationships += ack.relationships.length;
    context.report.conflicts += response.conflicts.length;
  }

  /** Upstream FunkyGibbon has no conversation extension: its 404 skips the step, anything else fails the run. */
  private async syncConversations(step: ConversationSync, context: RunContext, canPush: boolean): Promise<ConversationSyncReport | null> {
    try {
      return await step.run({ client: context.client, serverId: context.serverId, deviceId: context.deviceId, canPush, ...(context.options.signal ? { signal: context.options.signal } : {}) });
    } catch (error) {
      if (homeServerDetails(error)?.status === 404) return null;
      throw error;
    }
  }

  private async park(context: RunContext, key: ChangeKey, error: string): Promise<void> {
    await this.parked.park(key, error);
    context.report.parked.push({ id: key.id, error });
    this.deps.logger?.warn('sync parked a change the server cannot take', { target: key.target, id: key.id, version: key.version, error });
  }

  /** A full pull tells the store it is a large one (deferred WAL checkpoints); a delta is a page or two. */
  private async pullMaybeLarge(context: RunContext, full: boolean): Promise<SyncResponse> {
    if (!full) return this.pull(context, false);
    this.deps.store.beginLargePull?.();
    try {
      return await this.pull(context, true);
    } finally {
      this.deps.store.endLargePull?.();
    }
  }

  /** Full (paged) or delta pull; edges from the sync response when the server sends them, else over REST. */
  private async pull(context: RunContext, full: boolean): Promise<SyncResponse> {
    const { client, serverId } = context;
    const state = await this.deps.store.getSyncState(serverId);
    const base = { deviceId: context.deviceId, userId: context.userId, includeRelationships: true, ...(context.options.signal ? { signal: context.options.signal } : {}) };
    let request: Parameters<InbetweeniesClient['sync']>[0];
    if (full) request = { ...base, syncType: 'full' };
    else if (state.cursor) request = { ...base, syncType: 'delta', cursor: state.cursor };
    else if (state.serverTime) request = { ...base, syncType: 'delta', filters: { since: sinceWithMargin(state.serverTime) } };
    else request = { ...base, syncType: 'full' };
    let lastCursor: string | null = full ? null : state.cursor;
    let sendsEdges = false;
    let pulledEdges = 0;
    let done = 0;
    // What a full pull brought, so what it did not bring can go at its end (sweepServerHeads).
    const seen = { entityIds: new Set<string>(), relationshipIds: new Set<string>() };
    context.options.signal?.throwIfAborted();
    let fetching = client.sync(request);
    for (;;) {
      const page = await fetching;
      context.options.signal?.throwIfAborted();
      // Pipelined: the next page is on the wire (and parsed) while this one is applied. Only the fetch runs ahead;
      // the cursor is still persisted after this page's rows are committed, so a resume never skips a page.
      if (page.cursor) {
        request = { ...base, syncType: 'delta', cursor: page.cursor };
        fetching = client.sync(request);
        // Awaited on the next turn; until then a failure must not count as unhandled (it is rethrown there).
        fetching.catch(() => undefined);
      }
      // The yield between pages comes before the apply: fetch only writes the request on a later turn of the event
      // loop, and applying a page is synchronous SQLite work that would otherwise hold the request back until done.
      await this.pause();
      const entities: Entity[] = [];
      const relationships: Relationship[] = [];
      for (const change of page.changes) {
        if (change.entity) entities.push(change.entity);
        relationships.push(...change.relationships);
      }
      // Our server reports how many edges a page carried (and carries them when asked); upstream never does.
      if (typeof page.sync_stats['relationships_pulled'] === 'number') sendsEdges = true;
      const result = await this.deps.store.applyPulled(serverId, { entities, relationships });
      context.report.keptLocal += result.keptLocal.length;
      context.report.pulled.entities += entities.length;
      pulledEdges += relationships.length;
      done += page.changes.length;
      context.progress({ phase: 'pull', done });
      if (full) {
        for (const e of entities) seen.entityIds.add(e.id);
        for (const r of relationships) seen.relationshipIds.add(r.id);
      }
      if (!page.cursor) {
        if (!sendsEdges) pulledEdges = await this.pullRelationshipsByRest(context, seen.relationshipIds);
        if (full) await this.deps.store.sweepServerHeads(serverId, seen);
        await this.deps.store.setSyncState(serverId, { cursor: lastCursor, serverTime: page.server_time });
        context.report.pulled.relationships += pulledEdges;
        return page;
      }
      lastCursor = page.cursor;
      // Persist as we go: an interrupted large pull resumes from here.
      await this.deps.store.setSyncState(serverId, { cursor: lastCursor, serverTime: page.server_time });
    }
  }

  private async pullRelationshipsByRest(context: RunContext, seen: Set<string>): Promise<number> {
    context.progress({ phase: 'relationships', done: 0 });
    const edges = await context.client.relationships(context.options.signal);
    for (const edge of edges) seen.add(edge.id);
    let done = 0;
    for (const part of chunk(edges, EDGE_APPLY_CHUNK)) {
      await this.deps.store.applyPulled(context.serverId, { entities: [], relationships: part });
      done += part.length;
      context.progress({ phase: 'relationships', done, total: edges.length });
      await this.pause();
    }
    return edges.length;
  }
}

interface RunContext {
  client: InbetweeniesClient;
  serverId: string;
  deviceId: string;
  userId: string;
  report: SyncReport;
  options: SyncRunOptions;
  progress: (p: SyncProgress) => void;
}

function sinceWithMargin(serverTime: string): string {
  const ms = Date.parse(serverTime);
  if (Number.isNaN(ms)) return serverTime;
  return new Date(ms - SINCE_MARGIN_MS).toISOString().replace('Z', '+00:00');
}
