// Exposes `window.goodies`, generated from the contract: one function per declared call and per declared event.
// ipcRenderer itself is never exposed, and only the contract's channels are ever used.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CallName, EventName, GoodiesApi, GoodiesCalls, GoodiesEvents } from './contract';
// Names only: the preload must not bundle the schemas (see contract/names.ts).
import { CALL_NAMES, EVENT_CHANNEL_PREFIX, EVENT_NAMES, INVOKE_CHANNEL } from './contract/names';

function buildCalls(): GoodiesCalls {
  const calls: Partial<Record<CallName, (args: unknown) => Promise<unknown>>> = {};
  for (const name of CALL_NAMES) {
    calls[name] = (args: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL, name, args);
  }
  // The loop fills every key of the mapped type; TypeScript cannot follow that through a loop.
  return calls as GoodiesCalls;
}

function buildEvents(): GoodiesEvents {
  const events: Partial<Record<EventName, (listener: (payload: unknown) => void) => () => void>> = {};
  for (const name of EVENT_NAMES) {
    events[name] = (listener) => {
      const channel = EVENT_CHANNEL_PREFIX + name;
      // A fresh wrapper per subscription: the renderer never sees the IPC event object (it carries `sender`).
      const handler = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
      ipcRenderer.on(channel, handler);
      return () => void ipcRenderer.removeListener(channel, handler);
    };
  }
  return events as GoodiesEvents;
}

const api: GoodiesApi = { calls: buildCalls(), events: buildEvents(), runtime: 'electron' };

contextBridge.exposeInMainWorld('goodies', api);
