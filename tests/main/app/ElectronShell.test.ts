// The shell's logic with a fake Electron behind the seams and the real core services: the quick-ask window is
// created once and reused (shortcut, tray, Esc via the view's hide call, blur); a taken shortcut is reported, not
// silent; a second launch hands its deep link to the first; notification clicks open the right place; bounds and
// start at login follow the settings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../src-main/api/CallHandlers';
import { ElectronShell } from '../../../src-main/app/ElectronShell';
import { WINDOW_STATE_FILE } from '../../../src-main/app/windowBounds';
import { DEFAULT_QUICK_ASK_SHORTCUT } from '../../../src-main/desktop/DesktopSettings';
import { Emitter } from '../../../src-main/lifecycle/Emitter';
import type { NavigationTarget } from '../../../src-preload/contract';
import { createTestServices, type TestServices } from '../../support/createTestServices';
import { FakeApp, FakeGlobalShortcut, FakeWindowFactory } from './fakeElectron';

interface Harness {
  test: TestServices;
  shell: ElectronShell;
  app: FakeApp;
  windows: FakeWindowFactory;
  shortcuts: FakeGlobalShortcut;
  navigations: NavigationTarget[];
  notifications: Array<{ title: string; body: string; target?: NavigationTarget }>;
  clickNotification(target: NavigationTarget): void;
}

async function startShell(options: { taken?: string[] } = {}): Promise<Harness> {
  const app = new FakeApp();
  const windows = new FakeWindowFactory();
  const shortcuts = new FakeGlobalShortcut();
  for (const t of options.taken ?? []) shortcuts.taken.add(t);
  const navigations: NavigationTarget[] = [];
  const notifications: Harness['notifications'] = [];
  const ref: { shell?: ElectronShell } = {};
  const test = await createTestServices({ runtime: 'electron', shell: { kind: 'electron', hideQuickAsk: () => ref.shell!.hideQuickAsk(), openInMainWindow: (t) => ref.shell!.openInMainWindow(t), openFolder: async () => true } });
  test.platform.notify = (n) => void notifications.push(n);
  // What ElectronPlatform does when a notification is clicked: fire onDidClickNotification with its target.
  const clicks = new Emitter<NavigationTarget>();
  Object.defineProperty(test.platform, 'onDidClickNotification', { value: clicks.event });
  const shell = new ElectronShell({ app, windows, globalShortcut: shortcuts, platform: test.platform, logger: test.services.logger, openPath: async () => true });
  ref.shell = shell;
  shell.connect({
    settings: test.services.desktop.settings,
    publishNavigation: (target) => {
      navigations.push(target);
      test.services.events.publish('shell.didRequestNavigation', target);
    },
  });
  return { test, shell, app, windows, shortcuts, navigations, notifications, clickNotification: (t) => clicks.fire(t) };
}

describe('ElectronShell (fake Electron)', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.shell.dispose();
    await h?.test.cleanup();
    h = undefined;
  });

  it('creates the quick-ask window once, up front, and reuses it: shortcut toggles, blur hides, the view\'s Esc hides', async () => {
    h = await startShell();
    expect(h.windows.of('quick')).toHaveLength(1);
    const quick = h.windows.of('quick')[0]!;
    expect(quick.visible).toBe(false);
    h.shortcuts.press(DEFAULT_QUICK_ASK_SHORTCUT);
    expect(quick.visible && quick.focused).toBe(true);
    quick.blur();
    expect(quick.visible).toBe(false);
    h.shortcuts.press(DEFAULT_QUICK_ASK_SHORTCUT);
    expect(quick.visible).toBe(true);
    h.shortcuts.press(DEFAULT_QUICK_ASK_SHORTCUT);
    expect(quick.visible).toBe(false);
    h.shell.quickAsk.show();
    // Esc on an empty box: the view calls quickAsk.hide through the contract; the shell hides the same window.
    const hidden = await dispatchCall(h.test.services.handlers, 'quickAsk.hide', {}, 'test');
    expect(hidden).toEqual({ ok: true, value: { hidden: true } });
    expect(quick.visible).toBe(false);
    // The shell has no keyboard handler of its own: nothing listens for Esc besides the view.
    expect(quick.listenerCount('before-input-event')).toBe(0);
    h.shell.quickAsk.show();
    expect(h.windows.of('quick')).toHaveLength(1);
    expect(quick.centred).toBe(4);
  });

  it('reports a shortcut another application owns (settings, log, notification) and registers a new one when changed', async () => {
    h = await startShell({ taken: [DEFAULT_QUICK_ASK_SHORTCUT] });
    const view = await dispatchCall(h.test.services.handlers, 'desktop.getSettings', {}, 'test');
    expect(view.ok && view.value).toMatchObject({ shortcut: { state: 'failed', message: expect.stringMatching(/could not be registered: it is taken by another application/) } });
    expect(h.notifications.map((n) => n.title)).toContain('Quick-ask shortcut unavailable');
    const log = readFileSync(h.test.services.logger.filePath!, 'utf8');
    expect(log).toMatch(/"msg":"quick-ask shortcut not registered"/);
    await dispatchCall(h.test.services.handlers, 'desktop.saveSettings', { quickAskShortcut: 'Alt+Shift+Q', startAtLogin: true }, 'test');
    expect([...h.shortcuts.registered.keys()]).toEqual(['Alt+Shift+Q']);
    expect(h.app.loginItem).toEqual({ openAtLogin: true });
    const after = await dispatchCall(h.test.services.handlers, 'desktop.getSettings', {}, 'test');
    expect(after.ok && after.value).toMatchObject({ shortcut: { state: 'registered' } });
  });

  it('a second launch hands over: a deep link goes to its place, a plain launch focuses the one main window', async () => {
    h = await startShell();
    h.shell.handleLaunch(['/opt/Goodies/goodies']);
    expect(h.windows.of('main')).toHaveLength(1);
    const main = h.windows.of('main')[0]!;
    main.minimized = true;
    main.focused = false;
    h.app.emit('second-instance', {}, ['/opt/Goodies/goodies', '--flag']);
    expect(h.windows.of('main')).toHaveLength(1);
    expect(main.minimized).toBe(false);
    expect(main.focused).toBe(true);
    h.app.emit('second-instance', {}, ['/opt/Goodies/goodies', 'goodies://entity/kitchen-light']);
    expect(h.navigations).toEqual([{ kind: 'entity', id: 'kitchen-light' }]);
    h.app.emit('second-instance', {}, ['/opt/Goodies/goodies', 'goodies://ask?q=is%20the%20garage%20open']);
    expect(h.navigations.at(-1)).toEqual({ kind: 'ask', question: 'is the garage open' });
    expect(h.windows.of('quick')[0]!.visible).toBe(true);
    // A bad link is refused: no navigation, just the window.
    h.app.emit('second-instance', {}, ['goodies://entity/../../etc/passwd']);
    expect(h.navigations).toHaveLength(2);
    expect(h.windows.of('main')).toHaveLength(1);
  });

  it('a deep link on first launch opens the main window at the route', async () => {
    h = await startShell();
    h.shell.handleLaunch(['/opt/Goodies/goodies', 'goodies://entity/abc-123']);
    expect(h.windows.of('main').map((w) => w.route)).toEqual(['/entity/abc-123']);
  });

  it('a click on "Approval waiting" opens the conversation with the card', async () => {
    h = await startShell();
    const sent = await dispatchCall(h.test.services.handlers, 'chat.send', { text: 'turn off the kitchen lights' }, 'test');
    expect(sent.ok).toBe(true);
    const notification = h.notifications.find((n) => n.title === 'Approval waiting');
    expect(notification?.target?.kind).toBe('conversation');
    h.clickNotification(notification!.target!);
    const main = h.windows.of('main')[0]!;
    expect(main.route).toBe(`/conversation/${(notification!.target as { id: string }).id}`);
    expect(h.navigations.at(-1)).toEqual(notification!.target);
  });

  it('remembers the main window bounds, and ignores them when that display is gone', async () => {
    h = await startShell();
    const main = h.shell.showMain();
    (main as unknown as { bounds: object }).bounds = { x: 300, y: 200, width: 1000, height: 700 };
    (main as unknown as { emit(e: string): void }).emit('close');
    expect(JSON.parse(readFileSync(join(h.test.dataDir, WINDOW_STATE_FILE), 'utf8'))).toEqual({ x: 300, y: 200, width: 1000, height: 700 });
    main.destroy();
    h.shell.showMain();
    expect(h.windows.of('main')[1]!.bounds).toEqual({ x: 300, y: 200, width: 1000, height: 700 });
    h.windows.of('main')[1]!.destroy();
    h.windows.displays = [{ x: 5000, y: 0, width: 1280, height: 1024 }];
    h.shell.showMain();
    expect(h.windows.of('main')[2]!.bounds).toEqual({ x: 100, y: 100, width: 1200, height: 800 });
  });
});
