// `goodies outbox list | retry | discard`, in-process with a temp data dir: a parked change shows its error, retry
// puts it back, discard drops it, guests are refused, bad options are usage errors (exit 2).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src-main/cli/CliIo';
import { runCli } from '../../../src-main/cli/runCli';
import { VersionClock } from '../../../src-shared/protocol/version';
import { createTestServices } from '../../support/createTestServices';

describe('goodies outbox', () => {
  let dir: string;
  let parkedId: string;
  let queuedId: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'goodies-cli-outbox-'));
    const t = await createTestServices({}, dir);
    const [lamp] = (await t.services.store.listEntities({ types: ['device'] })).filter((e) => e.name === 'Bedside Lamp');
    const [parked, queued] = await t.services.outbox.enqueueMany([
      { kind: 'entity_change', payload: { entity_id: lamp?.id ?? 'x', version: lamp?.version ?? 'v' } },
      { kind: 'entity_change', payload: { entity_id: 'not-in-this-home', version: 'v9' } },
    ]);
    parkedId = parked?.id ?? '';
    queuedId = queued?.id ?? '';
    await t.services.outbox.markFailed(parkedId, 'HTTP 500: invalid entity_type', { park: true });
    await t.services.dispose();
    await t.platform.dispose();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function run(argv: string[], extra: Partial<CliIo> = {}): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['--data-dir', dir, ...argv], { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), ...extra });
    return { code, out: out.join(''), err: err.join('') };
  }

  it('lists with names and errors, retries and discards by id prefix', async () => {
    const list = await run(['outbox', 'list']);
    expect(list.code).toBe(0);
    expect(list.out).toContain(`${parkedId}  [parked]  entity_change  Change to Bedside Lamp  1 try\n    last error: HTTP 500: invalid entity_type`);
    expect(list.out).toContain(`${queuedId}  [queued]  entity_change  Change to not-in-this-home`);

    expect((await run(['outbox', 'retry', parkedId.slice(0, 8)])).out).toMatch(/\[queued\]\s+entity_change\s+Change to Bedside Lamp/);
    expect((await run(['outbox', 'discard', queuedId])).out).toMatch(/\[discarded\]/);
    const json = JSON.parse((await run(['--json', 'outbox', 'list', '--status', 'all'])).out) as Array<{ id: string; status: string }>;
    expect(json.map((i) => [i.id, i.status])).toEqual([[parkedId, 'queued'], [queuedId, 'discarded']]);
    expect((await run(['outbox', 'list', '--status', 'discarded', '--kind', 'message'])).out).toBe('The outbox is empty.\n');
  });

  it('discarding a parked entity change drops its local edit: reads show the server head again, nothing is left to push', async () => {
    const t = await createTestServices({}, dir);
    const store = t.services.store;
    const [fan] = (await store.listEntities({ types: ['device'] })).filter((e) => e.name !== 'Bedside Lamp');
    if (!fan) throw new Error('the demo home has a second device');
    await store.applyPulled('home', { entities: [fan], relationships: [] });
    const edit = { ...fan, name: 'Poisoned Name', version: new VersionClock().next('me'), user_id: 'me', parent_versions: [fan.version] };
    await store.applyChanges({ entities: [edit], pending: true });
    const item = await t.services.outbox.enqueue({ kind: 'entity_change', payload: { entity_id: fan.id, version: edit.version } });
    await t.services.outbox.markFailed(item.id, 'HTTP 500: invalid entity_type', { park: true });
    await t.services.dispose();
    await t.platform.dispose();

    expect((await run(['outbox', 'discard', item.id])).out).toMatch(/\[discarded\]/);
    const after = await createTestServices({}, dir);
    try {
      expect(await after.services.store.getEntity(fan.id)).toMatchObject({ name: fan.name, version: fan.version });
      expect((await after.services.store.pendingChanges()).entities.map((p) => p.entity.id)).not.toContain(fan.id);
    } finally {
      await after.services.dispose();
      await after.platform.dispose();
    }
  });

  it('refuses guests, unknown ids and bad options', async () => {
    const guest = await run(['--as', 'guest', 'outbox', 'list']);
    expect(guest.code).toBe(1);
    expect(guest.err).toMatch(/forbidden/);
    expect((await run(['--as', 'guest', 'outbox', 'discard', queuedId])).err).toMatch(/forbidden/);
    expect((await run(['outbox', 'retry', 'zzzz'])).err).toMatch(/not_found/);
    expect((await run(['outbox', 'list', '--kind', 'nope'])).code).toBe(2);
    expect((await run(['outbox', 'list', '--status', 'queued,bogus'])).code).toBe(2);
  });
});
