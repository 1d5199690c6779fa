// Crash durability of the offline queue (issue 11, "Done when"): a real child process enqueues items and marks older
// ones done in a loop against a temp data dir; the parent kills it with SIGKILL at a random moment, 17 times over the
// same database, in 3 lanes with a database each (51 kills; lanes run side by side because starting Node dominates
// the run time on a loaded machine), and after each kill checks that every item the child reported as enqueued (printed after the write
// resolved) is there, every item reported done is done, and nothing is duplicated, including the re-sends each new
// child makes of what is still queued.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxMigrations } from '../../../src-main/outbox/outboxMigrations';
import { openDatabase } from '../../../src-main/store/openDatabase';
import { runMigrations } from '../../../src-main/store/runMigrations';

const LANES = 3;
const KILLS_PER_LANE = 17;
const KILLS = LANES * KILLS_PER_LANE;
let dir: string;
let childScript: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'goodies-outbox-crash-'));
  childScript = join(dir, 'child.cjs');
  // Bundled so the child is plain Node running our real sources; the native SQLite binding is required from where it
  // is installed.
  const sqlitePath = createRequire(import.meta.url).resolve('@photostructure/sqlite');
  await build({
    entryPoints: [join(import.meta.dirname, 'crash/outboxCrashChild.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: childScript, logLevel: 'silent',
    plugins: [{ name: 'native-sqlite', setup: (b) => b.onResolve({ filter: /^@photostructure\/sqlite$/ }, () => ({ path: sqlitePath, external: true })) }],
  });
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface ChildReport {
  acked: Map<string, string>;
  done: Set<string>;
}

/** Runs one child until it is killed `delayMs` after it said "ready"; returns only complete lines it printed. */
function runChildUntilKilled(file: string, run: number, delayMs: number): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, file, String(run)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!armed && out.includes('ready')) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`child exited ${code}: ${err}`));
      // A line cut by the kill has no newline yet: it was not reported, so it is not counted.
      const lines = out.slice(0, out.lastIndexOf('\n') + 1).split('\n');
      const report: ChildReport = { acked: new Map(), done: new Set() };
      for (const line of lines) {
        const [word, id, entity] = line.split(' ');
        if (word === 'acked' && id && entity) report.acked.set(id, entity);
        if (word === 'done' && id) report.done.add(id);
      }
      resolve(report);
    });
  });
}

/** One lane: KILLS_PER_LANE children over one database, checked after every kill. */
async function runLane(lane: number): Promise<{ acked: number; done: number; rows: number }> {
  const file = join(dir, `lane-${lane}.db`);
  const acked = new Map<string, string>();
  const done = new Set<string>();
  let lastRows = 0;
  for (let kill = 0; kill < KILLS_PER_LANE; kill++) {
    const report = await runChildUntilKilled(file, kill, Math.floor(Math.random() * 40));
    for (const [id, entity] of report.acked) acked.set(id, entity);
    for (const id of report.done) done.add(id);

    // What the app does on start: open and migrate; then look at what survived.
    const db = openDatabase(file);
    try {
      runMigrations(db, outboxMigrations);
      const rows = db.prepare('SELECT id, status, payload FROM outbox_items').all() as Array<{ id: string; status: string; payload: string }>;
      const byId = new Map(rows.map((r) => [r.id, r]));
      const where = `lane ${lane}, after kill ${kill + 1}`;
      expect([...acked.keys()].filter((id) => !byId.has(id)), `${where}: acknowledged items lost`).toEqual([]);
      expect([...done].filter((id) => byId.get(id)?.status !== 'done'), `${where}: items reported done are not done`).toEqual([]);
      const entities = rows.map((r) => (JSON.parse(r.payload) as { entity_id: string }).entity_id);
      expect(new Set(entities).size, `${where}: duplicated items`).toBe(rows.length);
      for (const [id, entity] of acked) expect(JSON.parse(byId.get(id)?.payload ?? '{}')).toMatchObject({ entity_id: entity });
      expect(rows.length).toBeGreaterThanOrEqual(lastRows);
      lastRows = rows.length;
    } finally {
      db.close();
    }
  }
  return { acked: acked.size, done: done.size, rows: lastRows };
}

describe('kill -9 while enqueueing and marking done', () => {
  it(`loses no acknowledged item and duplicates none, ${KILLS} kills`, async () => {
    const lanes = await Promise.all(Array.from({ length: LANES }, (_, lane) => runLane(lane)));
    const total = lanes.reduce((t, l) => ({ acked: t.acked + l.acked, done: t.done + l.done, rows: t.rows + l.rows }), { acked: 0, done: 0, rows: 0 });
    expect(total.acked).toBeGreaterThan(KILLS);
    console.info(`outbox crash test: ${KILLS} kills (${LANES} lanes), ${total.acked} items acknowledged (${total.done} marked done), ${total.rows} rows stored, 0 lost, 0 duplicated`);
  }, 120_000);
});
