// The durable offline queue on a real SQLite file: client UUIDs make re-enqueue a no-op, payloads are validated per
// kind, a parked item never blocks the rest, expiry flips items to `expired`, and queue writes commit with
// synchronous=FULL while the rest of the connection stays at NORMAL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { durableWrite, readSynchronous } from '../../../src-main/outbox/durableWrite';
import { outboxMigrations } from '../../../src-main/outbox/outboxMigrations';
import { SqliteOutbox } from '../../../src-main/outbox/SqliteOutbox';
import { openDatabase, type SqliteDatabase } from '../../../src-main/store/openDatabase';
import { runMigrations } from '../../../src-main/store/runMigrations';

let dir: string;
let db: SqliteDatabase;
let now: Date;
let outbox: SqliteOutbox;

const change = (entity_id: string, version = '1') => ({ kind: 'entity_change' as const, payload: { entity_id, version } });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'goodies-outbox-'));
  db = openDatabase(join(dir, 'goodies.db'));
  runMigrations(db, outboxMigrations);
  now = new Date('2026-12-02T10:00:00.000Z');
  outbox = new SqliteOutbox(db, { now: () => now });
});

afterEach(() => {
  outbox.dispose();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('SqliteOutbox', () => {
  it('keys items by client UUID: re-enqueueing the same id after a crash changes nothing', async () => {
    const first = await outbox.enqueue({ id: 'a1b2', ...change('light-1', 'v1') });
    expect(first).toMatchObject({ id: 'a1b2', kind: 'entity_change', status: 'queued', attempts: 0, payload: { entity_id: 'light-1', version: 'v1' } });
    await outbox.markDone(['a1b2']);
    const again = await outbox.enqueue({ id: 'a1b2', ...change('light-1', 'v2') });
    expect(again).toMatchObject({ id: 'a1b2', status: 'done', payload: { version: 'v1' } });
    expect(await outbox.list()).toHaveLength(1);
    const minted = await outbox.enqueue(change('light-2'));
    expect(minted.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('validates the payload of each kind and refuses a batch with one bad item as a whole', async () => {
    await expect(outbox.enqueue({ kind: 'entity_change', payload: { entity_id: 'x' } })).rejects.toMatchObject({ type: 'validation' });
    await expect(outbox.enqueue({ kind: 'message', payload: { text: 'hi' } })).rejects.toThrow(/message item/);
    await expect(outbox.enqueue({ kind: 'bogus' as never, payload: {} })).rejects.toMatchObject({ type: 'validation' });
    await expect(outbox.enqueueMany([change('a'), change('b'), { kind: 'conversation', payload: { record_type: 'nope' } }])).rejects.toMatchObject({ type: 'validation' });
    expect(await outbox.list()).toEqual([]);
    const batch = await outbox.enqueueMany([change('a'), change('b'), { kind: 'conversation', payload: { record_type: 'message', record_id: 'm1', conversation_id: 'c1' } }]);
    expect(batch.map((i) => i.kind)).toEqual(['entity_change', 'entity_change', 'conversation']);
  });

  it('a parked change never blocks the rest: due() skips it, retry puts it back at its place', async () => {
    const [a, b, c] = await outbox.enqueueMany([change('a'), change('b'), change('c')]);
    if (!a || !b || !c) throw new Error('not enqueued');
    await outbox.markFailed(a.id, 'HTTP 500: bad enum value', { park: false });
    expect((await outbox.due('entity_change')).map((i) => i.id)).toEqual([a.id, b.id, c.id]);
    await outbox.markFailed(a.id, 'HTTP 422: rejected by the server', { park: true });
    expect((await outbox.due('entity_change')).map((i) => i.id)).toEqual([b.id, c.id]);
    await outbox.markDone([b.id, c.id]);
    expect(await outbox.due('entity_change')).toEqual([]);
    const parked = await outbox.list({ status: ['parked'] });
    expect(parked).toEqual([expect.objectContaining({ id: a.id, attempts: 2, lastError: 'HTTP 422: rejected by the server' })]);
    expect(await outbox.counts()).toMatchObject({ entity_change: { queued: 0, parked: 1 } });
    await outbox.retry(a.id);
    expect((await outbox.due('entity_change')).map((i) => i.id)).toEqual([a.id]);
    expect(await outbox.counts()).toMatchObject({ entity_change: { queued: 1, parked: 0 } });
  });

  it('expired items flip to expired when read, are never due, and can be discarded but not retried', async () => {
    const item = await outbox.enqueue({ kind: 'entity_change', payload: { entity_id: 'x', version: '1' }, expiresAt: '2026-12-02T10:05:00.000Z' });
    expect(await outbox.due('entity_change')).toHaveLength(1);
    now = new Date('2026-12-02T10:05:00.000Z');
    expect(await outbox.due('entity_change')).toEqual([]);
    expect(await outbox.get(item.id)).toMatchObject({ status: 'expired' });
    await expect(outbox.retry(item.id)).rejects.toMatchObject({ type: 'conflict' });
    await expect(outbox.markFailed(item.id, 'x', { park: true })).rejects.toMatchObject({ type: 'conflict' });
    await outbox.discard(item.id);
    expect(await outbox.get(item.id)).toMatchObject({ status: 'discarded' });
    await expect(outbox.retry('nope')).rejects.toMatchObject({ type: 'not_found' });
  });

  it('lists by kind and status in queue order and counts queued/parked per kind', async () => {
    await outbox.enqueueMany([change('a'), { kind: 'message', payload: { conversation_id: 'c', question_id: 'q', reply_id: 'r', text: 'Is the door locked?', fallback_reason: 'provider unreachable', asked_at: now.toISOString() } }, change('b')]);
    expect((await outbox.list({ kind: 'entity_change' })).map((i) => (i.payload as { entity_id: string }).entity_id)).toEqual(['a', 'b']);
    expect(await outbox.counts()).toEqual({
      entity_change: { queued: 2, parked: 0 }, message: { queued: 1, parked: 0 }, pending_action: { queued: 0, parked: 0 }, conversation: { queued: 0, parked: 0 },
    });
  });

  it('commits queue writes with synchronous=FULL and leaves the connection at NORMAL', async () => {
    expect(readSynchronous(db)).toBe('NORMAL');
    const seen = durableWrite(db, () => readSynchronous(db), 'NORMAL');
    expect(seen).toBe('FULL');
    await outbox.enqueue(change('a'));
    expect(readSynchronous(db)).toBe('NORMAL');
    // Inside a caller's transaction the pragma cannot change; the write joins the caller's transaction instead.
    db.exec('BEGIN');
    outbox.enqueueNow([change('b')]);
    db.exec('ROLLBACK');
    expect(await outbox.list()).toHaveLength(1);
  });

  it('group commit: single enqueues of one tick share a commit, keep their order, and a bad one fails alone', async () => {
    const items = Array.from({ length: 50 }, (_, n) => outbox.enqueue(change(`light-${n}`)));
    const bad = outbox.enqueue({ kind: 'entity_change', payload: { entity_id: 'no-version' } });
    await expect(bad).rejects.toMatchObject({ type: 'validation' });
    const stored = await Promise.all(items);
    expect((await outbox.list()).map((i) => i.id)).toEqual(stored.map((i) => i.id));
    // A call made before the tick ends sees what is waiting: markDone right after enqueue, without awaiting it.
    const late = outbox.enqueue(change('late'));
    const lateItem = (await outbox.list()).at(-1);
    await outbox.markDone([lateItem?.id ?? '']);
    expect(await late).toMatchObject({ status: 'queued', payload: { entity_id: 'late' } });
    expect(await outbox.get(lateItem?.id ?? '')).toMatchObject({ status: 'done' });
  });

  it('keeps everything across a reopen of the file', async () => {
    const item = await outbox.enqueue(change('a'));
    await outbox.markFailed(item.id, 'boom', { park: true });
    db.close();
    db = openDatabase(join(dir, 'goodies.db'));
    runMigrations(db, outboxMigrations);
    outbox = new SqliteOutbox(db);
    expect(await outbox.get(item.id)).toMatchObject({ status: 'parked', attempts: 1, lastError: 'boom' });
  });
});
