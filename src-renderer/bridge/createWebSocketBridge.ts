// Browser mode: the same GoodiesApi as the Electron preload, spoken over one token-protected WebSocket.
// Wire: → {t:'call', id, name, args}; ← {t:'result', id, result: Result} | {t:'event', name, payload}.
import { CALL_NAMES, EVENT_NAMES } from '../../src-preload/contract';
import type { CallName, EventName, GoodiesApi, GoodiesCalls, GoodiesEvents } from '../../src-preload/contract';
import type { AppErrorShape, Result } from '../../src-shared/errors';
import { parseServerFrame } from './parseServerFrame';

/** The subset of the DOM WebSocket we use; the `ws` package's client fits too (tests use it). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

export interface WebSocketBridgeOptions {
  url: string;
  openSocket: (url: string) => SocketLike;
  /** Calls made while disconnected wait this long for a connection before failing. */
  queueTimeoutMs?: number;
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  onConnectionChange?: (connected: boolean) => void;
}

interface PendingCall {
  frame: string;
  sent: boolean;
  resolve: (result: Result<unknown>) => void;
  timer: ReturnType<typeof setTimeout> | null;
}

const OPEN = 1;

function unavailable(message: string): Result<never> {
  const error: AppErrorShape = { type: 'unavailable', message, retryable: true, correlation_id: '' };
  return { ok: false, error };
}

export interface WebSocketBridge extends GoodiesApi {
  /** Stops reconnecting and fails whatever is pending. */
  dispose(): void;
}

export function createWebSocketBridge(options: WebSocketBridgeOptions): WebSocketBridge {
  const queueTimeoutMs = options.queueTimeoutMs ?? 15_000;
  const initialBackoffMs = options.initialBackoffMs ?? 300;
  const maxBackoffMs = options.maxBackoffMs ?? 10_000;
  const pending = new Map<number, PendingCall>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let nextId = 1;
  let socket: SocketLike | null = null;
  let attempt = 0;
  let reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;

  function flush(): void {
    if (!socket || socket.readyState !== OPEN) return;
    for (const call of pending.values()) {
      if (call.sent) continue;
      if (call.timer) clearTimeout(call.timer);
      call.timer = null;
      call.sent = true;
      socket.send(call.frame);
    }
  }

  function connect(): void {
    if (disposed) return;
    const ws = options.openSocket(options.url);
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      options.onConnectionChange?.(true);
      flush();
    };
    ws.onmessage = (ev) => {
      const frame = parseServerFrame(ev.data);
      if (!frame) return;
      if (frame.t === 'result') {
        const call = pending.get(frame.id);
        if (!call) return;
        pending.delete(frame.id);
        call.resolve(frame.result);
      } else {
        for (const listener of listeners.get(frame.name) ?? []) {
          try {
            listener(frame.payload);
          } catch (error) {
            console.error('event listener failed', frame.name, error);
          }
        }
      }
    };
    ws.onerror = () => {
      // A close event always follows; reconnection is handled there.
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      options.onConnectionChange?.(false);
      // A call already sent may or may not have run: fail it (retryable) rather than resend it blindly.
      for (const [id, call] of pending) {
        if (!call.sent) continue;
        pending.delete(id);
        call.resolve(unavailable('The connection to Goodies was lost. Try again.'));
      }
      scheduleReconnect();
    };
  }

  function scheduleReconnect(): void {
    if (disposed || reconnectTimer) return;
    const base = Math.min(maxBackoffMs, initialBackoffMs * 2 ** attempt);
    attempt += 1;
    const delayMs = base / 2 + Math.random() * (base / 2);
    reconnectTimer = setTimeout(() => {
      reconnectTimer = null;
      connect();
    }, delayMs);
  }

  function invoke(name: CallName, args: unknown): Promise<Result<unknown>> {
    if (disposed) return Promise.resolve(unavailable('Goodies is shutting down.'));
    return new Promise((resolve) => {
      const id = nextId++;
      const call: PendingCall = { frame: JSON.stringify({ t: 'call', id, name, args: args ?? {} }), sent: false, resolve, timer: null };
      pending.set(id, call);
      if (socket && socket.readyState === OPEN) {
        call.sent = true;
        socket.send(call.frame);
        return;
      }
      call.timer = setTimeout(() => {
        if (pending.get(id) !== call || call.sent) return;
        pending.delete(id);
        resolve(unavailable('Cannot reach the Goodies core. Is `goodies serve` still running?'));
      }, queueTimeoutMs);
    });
  }

  const calls = Object.fromEntries(CALL_NAMES.map((name) => [name, (args: unknown) => invoke(name, args)])) as unknown as GoodiesCalls;
  const events = Object.fromEntries(
    EVENT_NAMES.map((name: EventName) => [
      name,
      (listener: (payload: unknown) => void) => {
        let set = listeners.get(name);
        if (!set) listeners.set(name, (set = new Set()));
        set.add(listener);
        return () => {
          set.delete(listener);
        };
      },
    ]),
  ) as unknown as GoodiesEvents;

  connect();

  return {
    calls,
    events,
    runtime: 'browser',
    dispose() {
      disposed = true;
      if (reconnectTimer) clearTimeout(reconnectTimer);
      for (const call of pending.values()) {
        if (call.timer) clearTimeout(call.timer);
        call.resolve(unavailable('Goodies is shutting down.'));
      }
      pending.clear();
      socket?.close();
      socket = null;
    },
  };
}
