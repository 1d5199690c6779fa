// Settings → Home server → Conflicts as a person sees it: the fields that differ between my version and the server's
// side by side, which one the server kept, and "Keep theirs" dropping my still-pending edit. The data folder is
// prepared with the real store before the app starts: a pulled kettle, my offline rename and state change, the
// server's newer version pulled, and the server's conflict answer for my push (as the sync engine records it).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entity } from '../../src-shared/protocol/entities';
import { VersionClock } from '../../src-shared/protocol/version';
import { openDataDir } from '../main/sync/support/openDataDir';
import { callBrowserMode } from './support/callBrowserMode';
import { screenshotAllThemes } from './support/screenshots';
import { startBrowserMode, type BrowserModeApp } from './support/startBrowserMode';

const clock = new VersionClock();
const kettle: Entity = {
  id: 'dev-kettle', version: clock.next('server'), entity_type: 'device', name: 'Kettle',
  content: { state: { power: 'off', temperature: 20 }, manufacturer: 'Brewmaster' }, source_type: 'manual', user_id: 'server', parent_versions: [],
};
const mine: Entity = { ...kettle, version: clock.next('me'), user_id: 'me', name: 'Tea Kettle', content: { ...kettle.content, state: { power: 'on', temperature: 90 } }, parent_versions: [kettle.version] };
const theirs: Entity = { ...kettle, version: clock.next('alice'), user_id: 'alice', name: "Alice's Kettle", content: { ...kettle.content, state: { power: 'off', temperature: 20 }, note: 'descaled' }, parent_versions: [kettle.version] };

let app: BrowserModeApp;

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'goodies-e2e-conflict-'));
  await openDataDir(dataDir, 'me', async ({ store }) => {
    await store.applyPulled('home', { entities: [kettle], relationships: [] });
    await store.applyChanges({ entities: [mine], pending: true });
    await store.applyPulled('home', { entities: [theirs], relationships: [] });
    await store.recordConflicts('home', [
      { entity_id: kettle.id, local_version: theirs.version, remote_version: mine.version, resolution_strategy: 'last write wins: server version is later', resolved_version: theirs.version },
    ]);
  });
  app = await startBrowserMode([], {}, { dataDir });
}, 60_000);
afterAll(async () => {
  await app?.close();
});

describe('sync conflicts side by side (browser mode, headless Chromium)', () => {
  it('shows the changed fields of mine and theirs, and "Keep theirs" drops my pending edit', async () => {
    const page = await app.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.getByTestId('settings-button').click();
    const dialog = page.getByTestId('settings-dialog');
    const conflict = dialog.getByTestId('sync-conflict');
    await expect.poll(() => conflict.count(), { timeout: 15_000 }).toBe(1);
    const rows = await conflict.getByTestId('sync-conflict-diff').locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split('\t').map((c) => c.trim()))).toEqual([
      ['name', 'Tea Kettle', "Alice's Kettle"],
      ['content.note', '(none)', 'descaled'],
      ['content.state.power', 'on', 'off'],
      ['content.state.temperature', '90', '20'],
    ]);
    expect(await conflict.getByTestId('sync-conflict-diff').locator('thead').innerText()).toMatch(/Theirs \(kept\)/);
    await conflict.scrollIntoViewIfNeeded();
    await screenshotAllThemes(page, 'home-server-conflict', () => conflict.scrollIntoViewIfNeeded());

    await conflict.getByRole('button', { name: 'Keep theirs' }).click();
    await expect.poll(() => dialog.getByTestId('sync-conflict').count()).toBe(0);
    // Reads show the server's winner again, and nothing is left to push.
    const detail = (await callBrowserMode(app.url, 'home.getEntity', { id: kettle.id })) as { entity: { name: string; version: string } };
    expect(detail.entity).toMatchObject({ name: "Alice's Kettle", version: theirs.version });
    const status = (await callBrowserMode(app.url, 'sync.status', {})) as { pending: { entities: number }; conflicts: number };
    expect(status).toMatchObject({ pending: { entities: 0 }, conflicts: 0 });
    expect(errors).toEqual([]);
  }, 90_000);
});
