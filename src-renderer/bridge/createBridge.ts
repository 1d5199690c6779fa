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

/** Browser mode only: the page has no token, or the core refused it (a link from an earlier `goodies serve`). */
export type AccessProblem = 'missing_token' | 'token_rejected';

/**
 * The core refuses a wrong token at the WebSocket upgrade, which a browser reports like any failed connection. If the
 * same server answers a plain HTTP request, it is running: the token is what it refused.
 */
async function diagnoseRefusal(): Promise<AccessProblem | null> {
  try {
    const response = await fetch(`${window.location.origin}/`, { cache: 'no-store' });
    return response.ok ? 'token_rejected' : null;
  } catch {
    return null;
  }
}

export function createBridge(options: { onConnectionChange?: (connected: boolean) => void; onAccessProblem?: (problem: AccessProblem) => void } = {}): GoodiesApi {
  if (window.goodies) return window.goodies;
  const token = readBrowserToken(window.location, window.history, safeSessionStorage()) ?? '';
  if (!token) queueMicrotask(() => options.onAccessProblem?.('missing_token'));
  let everConnected = false;
  const onConnectionChange = (connected: boolean) => {
    options.onConnectionChange?.(connected);
    if (connected) everConnected = true;
    else if (!everConnected && token) void diagnoseRefusal().then((problem) => problem && options.onAccessProblem?.(problem));
  };
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return createWebSocketBridge({
    url: `${scheme}://${window.location.host}/ws?token=${encodeURIComponent(token)}`,
    // The DOM types its handler properties with `this: WebSocket`; the shape is the same.
    openSocket: (url) => new WebSocket(url) as unknown as SocketLike,
    onConnectionChange,
  });
}
