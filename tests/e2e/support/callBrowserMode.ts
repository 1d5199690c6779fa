// Calls the browser-mode contract from the test process over the same token-protected WebSocket the page uses, to
// set things up (settings) without depending on how another screen is laid out.
import { WebSocket } from 'ws';

export async function callBrowserMode(appUrl: string, name: string, args: unknown): Promise<unknown> {
  const url = new URL(appUrl);
  const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
  const ws = new WebSocket(`ws://${url.host}/ws?token=${encodeURIComponent(token)}`);
  try {
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return await new Promise((resolve, reject) => {
      ws.on('message', (data) => {
        const message = JSON.parse(data.toString()) as { t: string; id?: number; result?: { ok: boolean; value?: unknown; error?: { message: string } } };
        if (message.t !== 'result' || message.id !== 1) return;
        if (message.result?.ok) resolve(message.result.value);
        else reject(new Error(message.result?.error?.message ?? 'call failed'));
      });
      ws.send(JSON.stringify({ t: 'call', id: 1, name, args }));
    });
  } finally {
    ws.close();
  }
}
