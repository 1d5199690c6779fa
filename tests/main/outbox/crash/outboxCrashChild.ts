// Child process for outboxCrash.test.ts: opens the real database the parent prepared, re-sends what is still queued
// (same client UUIDs, as a sync engine does after a crash), then enqueues items (singly and in batches) and marks
// older ones done, forever, until the parent kills it with SIGKILL. A line is printed only after its write resolved:
// "acked <id> <entity>" after an enqueue, "done <id>" after a markDone. stdout is a pipe, which Node writes
// synchronously on Linux, so a printed line is never ahead of its commit.
import { randomUUID } from 'node:crypto';
import { outboxMigrations } from '../../../../src-main/outbox/outboxMigrations';
import { SqliteOutbox } from '../../../../src-main/outbox/SqliteOutbox';
import { openDatabase } from '../../../../src-main/store/openDatabase';
import { runMigrations } from '../../../../src-main/store/runMigrations';

const file = process.argv[2] ?? '';
const run = process.argv[3] ?? '0';
const db = openDatabase(file);
runMigrations(db, outboxMigrations);
const outbox = new SqliteOutbox(db);

async function main(): Promise<never> {
  const queued = await outbox.due('entity_change', 10_000);
  await outbox.enqueueMany(queued.map((i) => ({ id: i.id, kind: i.kind, payload: i.payload })));
  process.stdout.write(`ready ${queued.length}\n`);
  const recent: string[] = [];
  for (let n = 0; ; n++) {
    const batch = n % 4 === 3 ? 20 : 1;
    const items = Array.from({ length: batch }, (_, k) => ({ id: randomUUID(), kind: 'entity_change' as const, payload: { entity_id: `e-${run}-${n}-${k}`, version: `v${n}` } }));
    const stored = batch === 1 ? [await outbox.enqueue(items[0] as (typeof items)[number])] : await outbox.enqueueMany(items);
    process.stdout.write(stored.map((i) => `acked ${i.id} ${(i.payload as { entity_id: string }).entity_id}\n`).join(''));
    recent.push(...stored.map((i) => i.id));
    if (recent.length > 30) {
      const pushed = recent.splice(0, 10);
      await outbox.markDone(pushed);
      process.stdout.write(pushed.map((id) => `done ${id}\n`).join(''));
    }
  }
}

void main();
