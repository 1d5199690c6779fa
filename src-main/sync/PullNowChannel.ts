// Our server's "pull now" WebSocket (docs/protocol-conversations.md): a message without data after any push we can
// see; we answer it by syncing. Upstream has no such channel: a failed connection just means interval sync. Reconnects
// with a growing delay; a missed message costs only latency.
import WebSocket from 'ws';
import { z } from 'zod';
import type { Disposable } from '../lifecycle/Disposable';

const pullNowMessage = z.object({ type: z.literal('pull_now'), scope: z.enum(['chat', 'graph']).optional() });

export interface PullNowChannelOptions {
  url: string;
  token: string;
  onPullNow: (scope: 'chat' | 'graph') => void;
  onConnected?: (connected: boolean) => void;
  reconnectMs?: { baseMs: number; maxMs: number };
}

export class PullNowChannel implements Disposable {
  private socket: WebSocket | undefined;
  private reconnect: NodeJS.Timeout | undefined;
  private attempts = 0;
  private disposed = false;

  constructor(private readonly options: PullNowChannelOptions) {
    this.connect();
  }

  private connect(): void {
    if (this.disposed) return;
    const socket = new WebSocket(this.options.url, { headers: { authorization: `Bearer ${this.options.token}` } });
    this.socket = socket;
    socket.on('open', () => {
      this.attempts = 0;
      this.options.onConnected?.(true);
    });
    socket.on('message', (data) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(String(data));
      } catch {
        return;
      }
      const message = pullNowMessage.safeParse(parsed);
      if (message.success) this.options.onPullNow(message.data.scope ?? 'graph');
    });
    socket.on('error', () => undefined); // followed by 'close'
    socket.on('close', () => {
      this.options.onConnected?.(false);
      if (this.disposed) return;
      const { baseMs, maxMs } = this.options.reconnectMs ?? { baseMs: 2_000, maxMs: 120_000 };
      const delay = Math.min(maxMs, baseMs * 2 ** Math.min(this.attempts++, 10));
      this.reconnect = setTimeout(() => this.connect(), delay);
      this.reconnect.unref?.();
    });
  }

  dispose(): void {
    this.disposed = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    this.socket?.removeAllListeners('close');
    this.socket?.terminate();
  }
}
