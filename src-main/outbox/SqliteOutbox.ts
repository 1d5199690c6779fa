// The offline queue in the app's SQLite file (port: Outbox.ts). Every write that acknowledges something (enqueue,
// done, failed, retry, discard) commits with synchronous=FULL (durableWrite.ts): once `enqueue` resolves, the item
// survives kill -9 and power loss. Items are keyed by their client UUID, so re-enqueueing after a crash is a no-op.
// Group commit: single `enqueue` calls made in the same turn of the event loop share one transaction (one fsync),
// and each resolves only after that COMMIT; every other call first writes what is waiting, so order is kept.
import { randomUUID } from 'node:crypto';
import type { StatementSyncInstance } from '@photostructure/sqlite';
import { AppError } from '../../src-shared/errors';
import { Emitter, type Event } from '../lifecycle/Emitter';
import type { SqliteDatabase } from '../store/openDatabase';
import { prepareCached } from '../store/prepareCached';
import { transaction } from '../store/transaction';
import { durableWrite, readSynchronous, type SynchronousLevel } from './durableWrite';
import { OUTBOX_KINDS, type EnqueueInput, type Outbox, type OutboxItem, type OutboxKind, type OutboxStatus } from './Outbox';
import { parseOutboxPayload } from './outboxPayloads';

export interface SqliteOutboxOptions {
  now?: () => Date;
  /** Commit level of queue writes (default FULL). The bench measures NORMAL as its baseline. */
  synchronous?: SynchronousLevel;
}

interface PreparedRow {
  id: string;
  kind: OutboxKind;
  payload: string;
  expiresAt: string | null;
}

interface WaitingEnqueue {
  row: PreparedRow;
  resolve(item: OutboxItem): void;
  reject(error: unknown): void;
}

interface OutboxRow {
  id: string;
  kind: OutboxKind;
  payload: string;
  status: OutboxStatus;
  attempts: number;
  last_error: string | null;
  created_at: string;
  expires_at: string | null;
}

const COLUMNS = 'id, kind, payload, status, attempts, last_error, created_at, expires_at';
const MAX_ERROR_CHARS = 2_000;

export class SqliteOutbox implements Outbox {
  private readonly changeEmitter = new Emitter<void>();
  /** Fires after any write that changed the queue (status bar counts, the outbox list). */
  readonly onDidChange: Event<void> = this.changeEmitter.event;
  private readonly now: () => Date;
  private readonly level: SynchronousLevel;
  /** The connection's usual level, restored after each queue write. */
  private readonly usualLevel: SynchronousLevel;
  private waiting: WaitingEnqueue[] = [];
  private flushScheduled = false;
  /** Prepared once per SQL text: re-preparing on every write cost a noticeable share of an awaited single enqueue. */

  constructor(private readonly db: SqliteDatabase, options: SqliteOutboxOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.level = options.synchronous ?? 'FULL';
    this.usualLevel = readSynchronous(db);
  }

  /** Resolves after the item is committed durably (possibly together with others enqueued in the same tick). */
  async enqueue(item: EnqueueInput): Promise<OutboxItem> {
    const row = prepareRow(item);
    return new Promise<OutboxItem>((resolve, reject) => {
      this.waiting.push({ row, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flushWaiting());
      }
    });
  }

  /**
   * Retention (sync/pruneSyncHistory.ts): deletes up to `limit` finished items (done, discarded, expired) last touched
   * before `before`. Not a durable write: a prune lost to a crash is simply done again.
   */
  pruneFinished(before: Date, limit: number): number {
    return Number(
      this.db
        .prepare(`DELETE FROM outbox_items WHERE seq IN (
          SELECT seq FROM outbox_items WHERE status IN ('done', 'discarded', 'expired') AND updated_at < ? ORDER BY updated_at LIMIT ?)`)
        .run(before.toISOString(), Math.max(0, Math.floor(limit))).changes,
    );
  }

  async enqueueMany(items: readonly EnqueueInput[]): Promise<OutboxItem[]> {
    return this.enqueueNow(items);
  }

  /**
   * Synchronous enqueue for callers that must queue inside their own transaction (an approved write and its
   * entity_change item together): then the caller's COMMIT, not this call, makes it durable.
   */
  enqueueNow(items: readonly EnqueueInput[]): OutboxItem[] {
    // Validate everything before writing anything: a bad item refuses the whole batch.
    const rows = items.map(prepareRow);
    this.flushWaiting();
    if (rows.length === 0) return [];
    const stored = this.insertRows(rows);
    this.changeEmitter.fire();
    return stored;
  }

  /** Writes the single enqueues waiting for the group commit (also before any other call, so order is kept). */
  private flushWaiting(): void {
    this.flushScheduled = false;
    if (this.waiting.length === 0) return;
    const batch = this.waiting;
    this.waiting = [];
    let stored: OutboxItem[];
    try {
      stored = this.insertRows(batch.map((w) => w.row));
    } catch (error) {
      for (const w of batch) w.reject(error);
      return;
    }
    batch.forEach((w, i) => w.resolve(stored[i] as OutboxItem));
    this.changeEmitter.fire();
  }

  private insertRows(rows: readonly PreparedRow[]): OutboxItem[] {
    const at = this.now().toISOString();
    const insert = this.stmt(
      `INSERT INTO outbox_items (id, kind, payload, status, attempts, created_at, updated_at, expires_at)
       VALUES (?, ?, ?, 'queued', 0, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING ${COLUMNS}`,
    );
    const select = this.stmt(`SELECT ${COLUMNS} FROM outbox_items WHERE id = ?`);
    return this.durable(() =>
      rows.map((r) => {
        // A conflict returns no row: the id was queued before (a re-send), and the stored item is the answer.
        const row = (insert.get(r.id, r.kind, r.payload, at, at, r.expiresAt) ?? select.get(r.id)) as unknown as OutboxRow;
        return toItem(row);
      }),
    );
  }

  async due(kind: OutboxKind, limit = 100): Promise<OutboxItem[]> {
    this.flushWaiting();
    const nowIso = this.now().toISOString();
    // Not an acknowledgement, so the connection's usual durability is enough; a lost flip is redone on the next read.
    const flipped = transaction(this.db, () =>
      Number(this.stmt(`UPDATE outbox_items SET status = 'expired', updated_at = ? WHERE kind = ? AND status = 'queued' AND expires_at IS NOT NULL AND expires_at <= ?`).run(nowIso, kind, nowIso).changes),
    );
    if (flipped > 0) this.changeEmitter.fire();
    const rows = this
      .stmt(`SELECT ${COLUMNS} FROM outbox_items WHERE kind = ? AND status = 'queued' ORDER BY seq LIMIT ?`)
      .all(kind, Math.max(1, Math.min(10_000, Math.floor(limit)))) as unknown as OutboxRow[];
    return rows.map(toItem);
  }

  async markDone(ids: readonly string[]): Promise<void> {
    this.flushWaiting();
    if (ids.length === 0) return;
    const at = this.now().toISOString();
    const update = this.stmt(`UPDATE outbox_items SET status = 'done', updated_at = ? WHERE id = ? AND status IN ('queued', 'parked')`);
    this.durable(() => {
      for (const id of ids) update.run(at, id);
    });
    this.changeEmitter.fire();
  }

  async markFailed(id: string, error: string, options: { park: boolean }): Promise<void> {
    this.flushWaiting();
    const row = this.require(id);
    if (row.status !== 'queued' && row.status !== 'parked') throw notActive(row);
    this.durable(() => {
      this
        .stmt(`UPDATE outbox_items SET attempts = attempts + 1, last_error = ?, status = ?, updated_at = ? WHERE id = ?`)
        .run(error.slice(0, MAX_ERROR_CHARS), options.park ? 'parked' : row.status, this.now().toISOString(), id);
    });
    this.changeEmitter.fire();
  }

  /** A parked item goes back to the queue (its attempts and last error stay visible). Queued: nothing to do. */
  async retry(id: string): Promise<void> {
    this.flushWaiting();
    const row = this.require(id);
    if (row.status === 'queued') return;
    if (row.status !== 'parked') throw notActive(row);
    if (row.expires_at !== null && Date.parse(row.expires_at) <= this.now().getTime()) {
      throw new AppError('conflict', `Outbox item ${id} expired at ${row.expires_at}; it can only be discarded.`, { details: { status: 'expired' } });
    }
    this.durable(() => {
      this.stmt(`UPDATE outbox_items SET status = 'queued', updated_at = ? WHERE id = ? AND status = 'parked'`).run(this.now().toISOString(), id);
    });
    this.changeEmitter.fire();
  }

  /** Drops a queued, parked or expired item for good (the row stays, as `discarded`, so its id is never re-queued). */
  async discard(id: string): Promise<void> {
    this.flushWaiting();
    const row = this.require(id);
    if (row.status === 'discarded') return;
    if (row.status === 'done') throw notActive(row);
    this.durable(() => {
      this.stmt(`UPDATE outbox_items SET status = 'discarded', updated_at = ? WHERE id = ?`).run(this.now().toISOString(), id);
    });
    this.changeEmitter.fire();
  }

  /** Oldest first (queue order). */
  async list(options: { status?: OutboxStatus[]; kind?: OutboxKind } = {}): Promise<OutboxItem[]> {
    this.flushWaiting();
    const where: string[] = [];
    const params: string[] = [];
    if (options.kind) {
      where.push('kind = ?');
      params.push(options.kind);
    }
    if (options.status && options.status.length > 0) {
      where.push(`status IN (${options.status.map(() => '?').join(', ')})`);
      params.push(...options.status);
    }
    const sql = `SELECT ${COLUMNS} FROM outbox_items ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq`;
    return (this.stmt(sql).all(...params) as unknown as OutboxRow[]).map(toItem);
  }

  async get(id: string): Promise<OutboxItem | undefined> {
    this.flushWaiting();
    const row = this.find(id);
    return row ? toItem(row) : undefined;
  }

  async counts(): Promise<Record<OutboxKind, { queued: number; parked: number }>> {
    this.flushWaiting();
    const counts = Object.fromEntries(OUTBOX_KINDS.map((k) => [k, { queued: 0, parked: 0 }])) as Record<OutboxKind, { queued: number; parked: number }>;
    const rows = this
      .stmt(`SELECT kind, status, COUNT(*) AS n FROM outbox_items WHERE status IN ('queued', 'parked') GROUP BY kind, status`)
      .all() as unknown as Array<{ kind: OutboxKind; status: 'queued' | 'parked'; n: number }>;
    for (const r of rows) {
      const entry = counts[r.kind];
      if (entry) entry[r.status] = Number(r.n);
    }
    return counts;
  }

  dispose(): void {
    this.flushWaiting();
    this.changeEmitter.dispose();
  }

  private stmt(sql: string): StatementSyncInstance {
    return prepareCached(this.db, sql);
  }

  private durable<T>(fn: () => T): T {
    return durableWrite(this.db, fn, this.usualLevel, this.level);
  }

  private find(id: string): OutboxRow | undefined {
    return this.stmt(`SELECT ${COLUMNS} FROM outbox_items WHERE id = ?`).get(id) as unknown as OutboxRow | undefined;
  }

  private require(id: string): OutboxRow {
    const row = this.find(id);
    if (!row) throw new AppError('not_found', `No outbox item with id "${id}". See \`goodies outbox list\`.`);
    return row;
  }
}

/** Validates one item (kind, id, payload per kind, expiry) into what is written. */
function prepareRow(item: EnqueueInput): PreparedRow {
  if (!(OUTBOX_KINDS as readonly string[]).includes(item.kind)) throw new AppError('validation', `Unknown outbox kind "${String(item.kind)}".`);
  const id = item.id ?? randomUUID();
  if (id.length < 1 || id.length > 200) throw new AppError('validation', 'An outbox item id must be 1 to 200 characters.');
  const payload = parseOutboxPayload(item.kind, item.payload);
  const expiresAt = item.expiresAt ?? null;
  if (expiresAt !== null && Number.isNaN(Date.parse(expiresAt))) throw new AppError('validation', `"${expiresAt}" is not a date (expiresAt).`);
  return { id, kind: item.kind, payload: JSON.stringify(payload), expiresAt };
}

function toItem(row: OutboxRow): OutboxItem {
  return {
    id: row.id,
    kind: row.kind,
    payload: JSON.parse(row.payload) as unknown,
    status: row.status,
    attempts: Number(row.attempts),
    lastError: row.last_error,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

function notActive(row: OutboxRow): AppError {
  return new AppError('conflict', `Outbox item ${row.id} is ${row.status}; only queued or parked items can change.`, { details: { status: row.status } });
}
