// Durable offline-queue writes per second (issue 11 bench/sync: ≥ 2,000 single, ≥ 20,000 batched), on a real SQLite
// file in a temp dir. Each figure is measured twice in the same run: with the queue's own durability (synchronous=FULL
// per write, what the app does) and with the connection's usual NORMAL as the baseline, so the ratio shows what the
// fsync per commit costs on this disk. A second baseline is the disk itself: raw write+fsync calls per second, the
// ceiling for one-commit-per-write durability. "single" is measured two ways: one caller awaiting each write in turn
// (one fsync per item), and many callers enqueueing at once (group commit: one fsync per event-loop turn). Run:
//   npx vitest run --config bench/sync/queue.vitest.config.ts
// Prints the figures and writes bench/results/sync-queue.json.
import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { SynchronousLevel } from '../../src-main/outbox/durableWrite';
import type { EnqueueInput } from '../../src-main/outbox/Outbox';
import { outboxMigrations } from '../../src-main/outbox/outboxMigrations';
import { SqliteOutbox } from '../../src-main/outbox/SqliteOutbox';
import { openDatabase } from '../../src-main/store/openDatabase';
import { runMigrations } from '../../src-main/store/runMigrations';

const SINGLE_WRITES = 500;
const CONCURRENT_WRITES = 5_000;
const CONCURRENT_CALLERS = 100;
const BATCHED_ITEMS = 50_000;
const BATCH_SIZE = 1_000;
const TARGETS = { single_per_s: 2_000, batched_per_s: 20_000 };

const item = (n: number): EnqueueInput => ({ id: randomUUID(), kind: 'entity_change', payload: { entity_id: `entity-${n}`, version: `2026-12-02T10:00:00.000000Z-bench-${n}` } });

/** The disk's own ceiling: append 100 bytes and fsync, as fast as it goes. */
function rawFsyncsPerSecond(count = 300): number {
  const dir = mkdtempSync(join(tmpdir(), 'goodies-bench-fsync-'));
  const fd = openSync(join(dir, 'f'), 'a');
  try {
    const started = performance.now();
    for (let n = 0; n < count; n++) {
      writeSync(fd, Buffer.alloc(100, n % 256));
      fsyncSync(fd);
    }
    return Math.round(count / ((performance.now() - started) / 1000));
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}

interface QueueFigures { single_sequential_per_s: number; single_sequential_cpu_us_per_write: number; single_concurrent_per_s: number; batched_per_s: number; mark_done_batched_per_s: number }

async function measure(level: SynchronousLevel): Promise<QueueFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'goodies-bench-queue-'));
  const db = openDatabase(join(dir, 'goodies.db'));
  try {
    runMigrations(db, outboxMigrations);
    const outbox = new SqliteOutbox(db, { synchronous: level });
    let started = performance.now();
    const cpuBefore = process.cpuUsage();
    for (let n = 0; n < SINGLE_WRITES; n++) await outbox.enqueue(item(n));
    const single = SINGLE_WRITES / ((performance.now() - started) / 1000);
    // CPU time (user + system) per awaited write: what the queue itself costs, apart from waiting for the disk.
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMicrosPerWrite = (cpu.user + cpu.system) / SINGLE_WRITES;

    // CONCURRENT_CALLERS producers (IPC calls, the sync engine, chat), each awaiting its own writes in turn.
    started = performance.now();
    let next = 0;
    await Promise.all(Array.from({ length: CONCURRENT_CALLERS }, async () => {
      while (next < CONCURRENT_WRITES) await outbox.enqueue(item(SINGLE_WRITES + next++));
    }));
    const concurrent = CONCURRENT_WRITES / ((performance.now() - started) / 1000);

    const ids: string[] = [];
    started = performance.now();
    for (let n = 0; n < BATCHED_ITEMS; n += BATCH_SIZE) {
      const stored = await outbox.enqueueMany(Array.from({ length: BATCH_SIZE }, (_, k) => item(n + k)));
      for (const s of stored) ids.push(s.id);
    }
    const batched = BATCHED_ITEMS / ((performance.now() - started) / 1000);

    started = performance.now();
    for (let n = 0; n < ids.length; n += BATCH_SIZE) await outbox.markDone(ids.slice(n, n + BATCH_SIZE));
    const markDone = ids.length / ((performance.now() - started) / 1000);
    outbox.dispose();
    return { single_sequential_per_s: Math.round(single), single_sequential_cpu_us_per_write: Math.round(cpuMicrosPerWrite), single_concurrent_per_s: Math.round(concurrent), batched_per_s: Math.round(batched), mark_done_batched_per_s: Math.round(markDone) };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

it('durable queue writes per second (synchronous=FULL) against a NORMAL baseline', async () => {
  const rawFsyncs = rawFsyncsPerSecond();
  const baseline = await measure('NORMAL');
  const durable = await measure('FULL');
  const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;
  const results = {
    measured_at: new Date().toISOString(),
    // The disk and both cores are shared: figures taken at a load above 2 say little (see README).
    load_average_1m: Number(loadavg()[0]!.toFixed(2)),
    single_writes: SINGLE_WRITES,
    concurrent_writes: CONCURRENT_WRITES,
    concurrent_callers: CONCURRENT_CALLERS,
    batched_items: BATCHED_ITEMS,
    batch_size: BATCH_SIZE,
    durable_full: durable,
    baseline_normal: baseline,
    baseline_disk_raw_fsyncs_per_s: rawFsyncs,
    full_over_normal_ratio: {
      single_sequential: ratio(durable.single_sequential_per_s, baseline.single_sequential_per_s),
      single_concurrent: ratio(durable.single_concurrent_per_s, baseline.single_concurrent_per_s),
      batched: ratio(durable.batched_per_s, baseline.batched_per_s),
    },
    sequential_over_raw_fsync_ratio: ratio(durable.single_sequential_per_s, rawFsyncs),
    targets: TARGETS,
    meets_targets: {
      single_sequential: durable.single_sequential_per_s >= TARGETS.single_per_s,
      single_concurrent: durable.single_concurrent_per_s >= TARGETS.single_per_s,
      batched: durable.batched_per_s >= TARGETS.batched_per_s,
    },
  };
  console.info(JSON.stringify(results, null, 2));
  mkdirSync(join(import.meta.dirname, '../results'), { recursive: true });
  writeFileSync(join(import.meta.dirname, '../results/sync-queue.json'), `${JSON.stringify(results, null, 2)}\n`);
  expect(durable.single_sequential_per_s).toBeGreaterThan(0);
}, 600_000);
