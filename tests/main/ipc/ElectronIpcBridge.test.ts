// The IPC bridge's own logic (sender check, dispatch, event fan-out). There is no Electron binary on CI machines, so
// ipcMain and the windows are minimal stand-ins with Electron's shapes; the handlers and EventBus are the real ones.
import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { EventBus } from '../../../src-main/api/EventBus';
import type { CallHandlers } from '../../../src-main/api/CallHandlers';
import { registerIpcBridge, trustRendererFrames, type IpcMainLike } from '../../../src-main/ipc/ElectronIpcBridge';
import { EVENT_CHANNEL_PREFIX, INVOKE_CHANNEL } from '../../../src-preload/contract';
import { stubHandlers } from './stubHandlers';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

class RecordingIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  invoke(frame: { url: string; parent: unknown } | null, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(INVOKE_CHANNEL);
    if (!listener) throw new Error('no handler');
    return listener({ senderFrame: frame } as unknown as IpcMainInvokeEvent, ...args);
  }
}

const handlers: CallHandlers = stubHandlers({
  'app.getInfo': async () => ({ version: '1.0.0', runtime: 'electron', dataDir: '/data', user: { id: 'me', role: 'admin' } }),
});

const location = { kind: 'file', indexHtmlPath: '/opt/goodies/out/renderer/index.html' } as const;
const ourPage = { url: 'file:///opt/goodies/out/renderer/index.html#/quick', parent: null };

function setup() {
  const ipcMain = new RecordingIpcMain();
  const events = new EventBus();
  const sent: Array<{ window: number; channel: string; payload: unknown }> = [];
  const window = (n: number, destroyed = false) => ({
    isDestroyed: () => destroyed,
    webContents: { isDestroyed: () => destroyed, send: (channel: string, payload: unknown) => void sent.push({ window: n, channel, payload }) },
  });
  const windows = [window(1), window(2), window(3, true)];
  const bridge = registerIpcBridge({ ipcMain, handlers, events, isTrustedSender: trustRendererFrames(location), getWindows: () => windows });
  return { ipcMain, events, sent, bridge };
}

describe('registerIpcBridge', () => {
  it('dispatches calls from our own page', async () => {
    const { ipcMain } = setup();
    expect(await ipcMain.invoke(ourPage, 'app.getInfo', {})).toMatchObject({ ok: true, value: { runtime: 'electron' } });
    expect(await ipcMain.invoke(ourPage, 'nope', {})).toMatchObject({ ok: false, error: { type: 'unknown_call' } });
    expect(await ipcMain.invoke(ourPage, 'app.getInfo', { x: 1 })).toMatchObject({ ok: false, error: { type: 'validation' } });
  });

  it('refuses other pages, subframes and a missing frame with forbidden, without running the handler', async () => {
    const { ipcMain } = setup();
    for (const frame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'file:///opt/goodies/out/renderer/other.html', parent: null },
      { url: 'file:///etc/passwd', parent: null },
      { url: ourPage.url, parent: {} },
      null,
    ]) {
      expect(await ipcMain.invoke(frame, 'app.getInfo', {})).toMatchObject({ ok: false, error: { type: 'forbidden', retryable: false } });
    }
  });

  it('forwards events to every live window on the event channel, and stops after dispose', async () => {
    const { ipcMain, events, sent, bridge } = setup();
    events.publish('status.didChange', { network: 'offline' } as never);
    expect(sent).toEqual([
      { window: 1, channel: `${EVENT_CHANNEL_PREFIX}status.didChange`, payload: { network: 'offline' } },
      { window: 2, channel: `${EVENT_CHANNEL_PREFIX}status.didChange`, payload: { network: 'offline' } },
    ]);
    await bridge.dispose();
    events.publish('home.didChange', { entityIds: [] });
    expect(sent).toHaveLength(2);
    expect(ipcMain.handlers.size).toBe(0);
  });
});
