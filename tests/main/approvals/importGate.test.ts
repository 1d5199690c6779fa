// Issue 8, finding 4 (and 7): a one-entity file imported from the CLI or the UI unlocked the front door with no
// proposal and no audit entry; import merged into the demo home (two "Living Room"s); uploads over 1 MiB failed in
// browser mode; a year-9999 version was accepted on import and rejected by the app later.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../src-main/api/CallHandlers';
import { runCli } from '../../../src-main/cli/runCli';
import { UPLOAD_CHUNK_CHARS, type AuditEntryView } from '../../../src-preload/contract';
import type { Entity, HomeFile } from '../../../src-shared/protocol/entities';
import { VersionClock } from '../../../src-shared/protocol/version';
import { createTestServices, type TestServices } from '../../support/createTestServices';
import { DEMO_HOME_PATH } from '../intents/intentHarness';

const demo = JSON.parse(readFileSync(DEMO_HOME_PATH, 'utf8')) as HomeFile;
const frontLock = (): Entity => {
  const lock = demo.entities.filter((e) => e.name === 'Front Door Lock').at(-1);
  if (!lock) throw new Error('demo has no Front Door Lock');
  return lock;
};

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) });
  return { code, out: out.join(''), err: err.join('') };
}

describe('imports are writes', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'goodies-import-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function withServices<T>(run: (t: TestServices) => Promise<T>): Promise<T> {
    const t = await createTestServices({}, join(dir, 'data'));
    try {
      return await run(t);
    } finally {
      await t.services.dispose();
      await t.platform.dispose();
    }
  }
  const audit = (t: TestServices) => dispatchCall(t.services.handlers, 'audit.list', { kind: 'import' }, 'test').then((r) => (r.ok ? (r.value as AuditEntryView[]) : []));
  const lockState = (t: TestServices) => t.services.store.getEntity(frontLock().id).then((e) => (e?.content['state'] as { lock?: string } | undefined)?.lock);

  it('a file that unlocks the front door is refused without --yes, audited, and imported with --yes', async () => {
    await withServices(async () => undefined); // the demo home is loaded
    const unlock: Entity = { ...frontLock(), version: new VersionClock().next('intruder'), content: { ...frontLock().content, state: { lock: 'unlocked' } }, parent_versions: [frontLock().version] };
    const file = join(dir, 'unlock.json');
    writeFileSync(file, JSON.stringify({ entities: [unlock], relationships: [] }));

    const refused = await cli('--data-dir', join(dir, 'data'), 'import', '--merge', file);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/Error \(conflict\): This import changes security or safety devices: Front Door Lock: lock → unlocked\..*--yes/);
    await withServices(async (t) => {
      expect(await lockState(t)).toBe('locked');
      const [entry] = await audit(t);
      expect(entry).toMatchObject({ kind: 'import', actor: expect.stringMatching(/./), arguments: { file_name: 'unlock.json', mode: 'merge', confirmed: false }, result: { refused: true } });
    });

    const confirmed = await cli('--data-dir', join(dir, 'data'), 'import', '--merge', '--yes', file);
    expect(confirmed.code).toBe(0);
    expect(confirmed.out).toMatch(/Confirmed security changes: Front Door Lock: lock → unlocked/);
    await withServices(async (t) => {
      expect(await lockState(t)).toBe('unlocked');
      const [entry] = await audit(t);
      expect(entry).toMatchObject({ arguments: { file_name: 'unlock.json', mode: 'merge', confirmed: true }, result: { entity_count: 1, relationship_count: 0 } });
    });
  });

  it('the first import into the demo home replaces it (one Living Room), later imports merge, --replace replaces', async () => {
    const file = join(dir, 'home.json');
    writeFileSync(file, JSON.stringify(demo));
    // A copy of the demo under new ids: merging it would make two of everything.
    const copy = { entities: demo.entities.map((e) => ({ ...e, id: `copy-${e.id}` })), relationships: demo.relationships.map((r) => ({ ...r, id: `copy-${r.id}`, from_entity_id: `copy-${r.from_entity_id}`, to_entity_id: `copy-${r.to_entity_id}` })) };
    writeFileSync(file, JSON.stringify(copy));
    const first = await cli('--data-dir', join(dir, 'data'), 'import', file);
    expect(first.out).toMatch(/^Replaced the home with/);
    const livingRooms = (t: TestServices) => t.services.store.listEntities({ types: ['room'] }).then((rooms) => rooms.filter((r) => r.name === 'Living Room').length);
    await withServices(async (t) => expect(await livingRooms(t)).toBe(1));
    const again = { ...copy, entities: copy.entities.map((e) => ({ ...e, id: `again-${e.id}` })), relationships: [] };
    writeFileSync(file, JSON.stringify(again));
    expect((await cli('--data-dir', join(dir, 'data'), 'import', file)).out).toMatch(/^Imported/);
    await withServices(async (t) => expect(await livingRooms(t)).toBe(2));
    expect((await cli('--data-dir', join(dir, 'data'), 'import', '--replace', file)).out).toMatch(/^Replaced the home with/);
    await withServices(async (t) => {
      expect(await livingRooms(t)).toBe(1);
      expect((await audit(t)).map((e) => e.arguments)).toEqual([
        { file_name: 'home.json', mode: 'replace', confirmed: false },
        { file_name: 'home.json', mode: 'merge', confirmed: false },
        { file_name: 'home.json', mode: 'replace', confirmed: false },
      ]);
    });
  });

  it('a file larger than one WebSocket frame arrives in chunks and imports', async () => {
    await withServices(async (t) => {
      const padded = { ...demo, entities: demo.entities.map((e, i) => (i === 0 ? { ...e, content: { ...e.content, notes: 'x'.repeat(1_500_000) } } : e)) };
      const json = JSON.stringify(padded);
      expect(json.length).toBeGreaterThan(1024 * 1024);
      const total = Math.ceil(json.length / UPLOAD_CHUNK_CHARS);
      for (let index = 0; index < total; index++) {
        const sent = await dispatchCall(t.services.handlers, 'home.uploadChunk', { uploadId: 'u1', index, total, data: json.slice(index * UPLOAD_CHUNK_CHARS, (index + 1) * UPLOAD_CHUNK_CHARS) }, 'test');
        expect(sent.ok).toBe(true);
      }
      const imported = await dispatchCall(t.services.handlers, 'home.importJson', { uploadId: 'u1', fileName: 'big.json' }, 'test');
      expect(imported).toMatchObject({ ok: true, value: { entityCount: demo.entities.length, mode: 'replace' } });
    });
  });

  it('a year-9999 version is refused on import, as everywhere else', async () => {
    await withServices(async (t) => {
      const bad = { entities: [{ ...frontLock(), version: '9999-12-31T23:59:59.999999+00:00-000001-x' }], relationships: [] };
      const result = await dispatchCall(t.services.handlers, 'home.importJson', { json: JSON.stringify(bad), mode: 'merge', confirm: true }, 'test');
      expect(result).toMatchObject({ ok: false, error: { type: 'validation' } });
      expect(!result.ok && result.error.message).toMatch(/entities\.0\.version/);
      expect(await lockState(t)).toBe('locked');
    });
  });
});
