// The only module that reads `window.goodies`. Electron: the preload's API. Browser mode: the same API over WebSocket.
import type { GoodiesApi } from '../../src-preload/contract';
import { createWebSocketBridge } from './createWebSocketBridge';
import type { SocketLike } from './createWebSocketBridge';
import { readBrowserToken } from './readBrowserToken';

declare global {
  interface Window {
    goodies?: GoodiesApi;
  }
}

function safeSessionStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function createBridge(options: { onConnectionChange?: (connected: boolean) => void } = {}): GoodiesApi {
  if (window.goodies) return window.goodies;
  const token = readBrowserToken(window.location, window.history, safeSessionStorage()) ?? '';
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return createWebSocketBridge({
    url: `${scheme}://${window.location.host}/ws?token=${encodeURIComponent(token)}`,
    // The DOM types its handler properties with `this: WebSocket`; the shape is the same.
    openSocket: (url) => new WebSocket(url) as unknown as SocketLike,
    ...(options.onConnectionChange ? { onConnectionChange: options.onConnectionChange } : {}),
  });
}
