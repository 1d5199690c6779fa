// The desktop feature through the real contract boundary: one "Quick ask" conversation, hide / open-in-app go to the
// shell (observable in browser mode), desktop settings validated, the logs folder, and notifications with targets.
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../src-main/api/CallHandlers';
import { HeadlessShell } from '../../../src-main/desktop/DesktopShell';
import { createTestServices, type TestServices } from '../../support/createTestServices';

describe('desktop feature', () => {
  let test: TestServices | undefined;
  afterEach(async () => {
    await test?.cleanup();
    test = undefined;
  });

  it('questions from quick ask share one conversation, made again if deleted', async () => {
    test = await createTestServices();
    const call = (name: string, args: unknown = {}) => dispatchCall(test!.services.handlers, name, args, 'test');
    const first = await call('quickAsk.getConversation');
    const again = await call('quickAsk.getConversation');
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    const conversation = first.value as { id: string; title: string };
    expect(conversation.title).toBe('Quick ask');
    expect((again.value as { id: string }).id).toBe(conversation.id);
    const sent = await call('chat.send', { conversationId: conversation.id, text: 'what is in the kitchen?' });
    expect(sent.ok).toBe(true);
    expect((await call('chat.getMessages', { conversationId: conversation.id })).ok).toBe(true);
    await call('chat.deleteConversation', { id: conversation.id });
    const fresh = await call('quickAsk.getConversation');
    expect(fresh.ok && (fresh.value as { id: string }).id).not.toBe(conversation.id);
  });

  it('hide and open-in-app reach the shell; browser mode says it could not, and records the request', async () => {
    const shell = new HeadlessShell();
    test = await createTestServices({ shell });
    const hidden = await dispatchCall(test.services.handlers, 'quickAsk.hide', {}, 'test');
    expect(hidden).toEqual({ ok: true, value: { hidden: false } });
    const opened = await dispatchCall(test.services.handlers, 'quickAsk.openInApp', { target: { kind: 'conversation', id: 'c1' } }, 'test');
    expect(opened).toEqual({ ok: true, value: { opened: false } });
    expect(shell.requests).toEqual([{ kind: 'hideQuickAsk' }, { kind: 'openInMainWindow', target: { kind: 'conversation', id: 'c1' } }]);
    const bad = await dispatchCall(test.services.handlers, 'quickAsk.openInApp', { target: { kind: 'file', path: '/etc/passwd' } }, 'test');
    expect(bad.ok === false && bad.error.type).toBe('validation');
  });

  it('desktop settings: defaults (auto-update off), validated shortcut, change event for the shell', async () => {
    test = await createTestServices();
    const seen: string[] = [];
    test.services.desktop.settings.onDidChange((s) => seen.push(s.quickAskShortcut));
    const initial = await dispatchCall(test.services.handlers, 'desktop.getSettings', {}, 'test');
    expect(initial.ok && initial.value).toMatchObject({ quickAskShortcut: 'CommandOrControl+Shift+G', startAtLogin: false, autoUpdate: false, shortcut: { state: 'not_applicable' } });
    const saved = await dispatchCall(test.services.handlers, 'desktop.saveSettings', { quickAskShortcut: 'Alt+Space', startAtLogin: true }, 'test');
    expect(saved.ok && saved.value).toMatchObject({ quickAskShortcut: 'Alt+Space', startAtLogin: true, autoUpdate: false });
    const bad = await dispatchCall(test.services.handlers, 'desktop.saveSettings', { quickAskShortcut: 'just letters' }, 'test');
    expect(bad.ok === false && bad.error).toMatchObject({ type: 'validation' });
    expect(seen).toEqual(['Alt+Space']);
    test.services.desktop.settings.reportShortcut({ state: 'failed', message: 'Alt+Space is taken by another application.' });
    const after = await dispatchCall(test.services.handlers, 'desktop.getSettings', {}, 'test');
    expect(after.ok && after.value).toMatchObject({ quickAskShortcut: 'Alt+Space', shortcut: { state: 'failed' } });
  });

  it('the logs folder call names the folder and the current file; browser mode cannot open it', async () => {
    test = await createTestServices();
    const result = await dispatchCall(test.services.handlers, 'app.openLogsFolder', {}, 'test');
    expect(result.ok && result.value).toMatchObject({ path: test.platform.paths.logsDir, opened: false });
    expect(result.ok && (result.value as { logFile: string }).logFile).toMatch(/logs[/\\]goodies\.\d+\.log$/);
  });
});
