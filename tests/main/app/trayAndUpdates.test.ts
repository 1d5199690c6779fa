// The tray menu's content (Quick ask with its shortcut, Open Goodies, online/offline and pending count, Quit) and
// automatic updates: off by default, never in a development build, failures logged rather than thrown.
import { describe, expect, it } from 'vitest';
import { startAutoUpdate } from '../../../src-main/app/startAutoUpdate';
import { trayMenuTemplate } from '../../../src-main/app/trayMenu';
import { consoleLogger } from '../../../src-main/logging/Logger';
import type { StatusSnapshot } from '../../../src-preload/contract';

const status = (network: 'online' | 'offline', pendingCount: number): StatusSnapshot => ({
  network,
  homeServer: { state: 'not_configured' },
  llm: { mode: 'hybrid', remote: 'not_configured', local: 'healthy' },
  graph: { entityCount: 10, relationshipCount: 5, pendingCount, source: 'demo' },
});

describe('tray menu', () => {
  it('lists quick ask (with its shortcut), open, the connection with the pending count, and quit; items act', () => {
    const calls: string[] = [];
    const actions = { openMain: () => calls.push('open'), quickAsk: () => calls.push('quick'), quit: () => calls.push('quit') };
    const menu = trayMenuTemplate(status('offline', 3), actions, 'Alt+Space');
    expect(menu.filter((i) => i.label).map((i) => i.label)).toEqual(['Quick ask', 'Open Goodies', 'Offline · 3 changes pending', 'Quit Goodies']);
    expect(menu[0]).toMatchObject({ accelerator: 'Alt+Space' });
    expect(menu.find((i) => i.label?.startsWith('Offline'))?.enabled).toBe(false);
    for (const item of menu) item.click?.();
    expect(calls).toEqual(['quick', 'open', 'quit']);
    expect(trayMenuTemplate(status('online', 1), actions, undefined)[3]?.label).toBe('Online · 1 change pending');
    expect(trayMenuTemplate(undefined, actions, undefined)[3]?.label).toBe('Starting…');
  });
});

describe('automatic updates', () => {
  it('never check when the setting is off (the default) or in a development build', async () => {
    let checked = 0;
    const off = startAutoUpdate({ enabled: () => false, isPackaged: true, logger: consoleLogger, check: async () => (checked += 1) });
    const dev = startAutoUpdate({ enabled: () => true, isPackaged: false, logger: consoleLogger, check: async () => (checked += 1) });
    await new Promise((r) => setTimeout(r, 10));
    expect(checked).toBe(0);
    off.dispose();
    dev.dispose();
  });

  it('check a packaged app with the setting on, and log a failed check instead of throwing', async () => {
    const warnings: string[] = [];
    const logger = { ...consoleLogger, warn: (m: string) => void warnings.push(m) };
    const updater = startAutoUpdate({ enabled: () => true, isPackaged: true, logger, check: async () => Promise.reject(new Error('offline')) });
    await new Promise((r) => setTimeout(r, 10));
    expect(updater.checks).toBe(1);
    expect(warnings).toEqual(['update check failed']);
    updater.dispose();
  });
});
