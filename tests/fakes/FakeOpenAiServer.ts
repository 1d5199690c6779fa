// A real HTTP server on 127.0.0.1 that speaks enough of the OpenAI API for the openai SDK: POST /v1/chat/completions
// (JSON or SSE), GET /v1/models and POST /v1/audio/speech (audio bytes). Each test scripts the replies in order and injects faults; the server records
// every request and every client disconnect so tests can prove what reached the wire.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FakeToolCall {
  id: string;
  name: string;
  /** Raw JSON text of the arguments: may be deliberately malformed. */
  arguments: string;
  /** How many SSE chunks the arguments are split across (default 3). */
  pieces?: number;
}

export type FakeChatReply =
  | {
      kind: 'stream';
      tokens?: string[];
      toolCalls?: FakeToolCall[];
      finishReason?: string;
      firstByteDelayMs?: number;
      chunkDelayMs?: number;
      /** Destroy the socket after this many `data:` chunks (mid-stream drop). */
      dropAfterChunks?: number;
      /** Send this many `data:` chunks, then nothing more until `until` settles (a test's own promise, not a timer). */
      pause?: { afterChunks: number; until: Promise<unknown> };
    }
  | { kind: 'json'; text?: string; toolCalls?: FakeToolCall[]; delayMs?: number }
  | { kind: 'error'; status: number; message?: string; headers?: Record<string, string>; delayMs?: number }
  /** Accept the request and never answer: only the client giving up ends it. */
  | { kind: 'hang' }
  /** Destroy the socket before any response byte. */
  | { kind: 'reset' };

export type FakeModelsReply =
  | { kind: 'ok'; models?: string[]; delayMs?: number }
  | { kind: 'error'; status: number; message?: string; headers?: Record<string, string> };

export type FakeSpeechReply =
  | { kind: 'audio'; bytes?: Uint8Array; contentType?: string }
  | { kind: 'error'; status: number; message?: string };

/** What the fake "speaks": a tiny MP3-looking payload, recognisable in tests. */
export const FAKE_SPEECH_AUDIO = Uint8Array.from([0x49, 0x44, 0x33, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0xfb, 0x90, 0x44]);

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: unknown;
  receivedAt: number;
}

export interface RecordedDisconnect {
  path: string;
  /** performance.now() when the server noticed the client went away before the response finished. */
  at: number;
}

export interface FakeOpenAiServerOptions {
  defaultChatReply?: FakeChatReply;
  /** Listen on this port (to bring a "crashed" provider back at the same address); default: any free port. */
  port?: number;
  models?: string[];
}

export class FakeOpenAiServer {
  readonly requests: RecordedRequest[] = [];
  readonly disconnects: RecordedDisconnect[] = [];
  private readonly chatQueue: FakeChatReply[] = [];
  private readonly modelsQueue: FakeModelsReply[] = [];
  private readonly speechQueue: FakeSpeechReply[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly disconnectWaiters: Array<() => void> = [];
  private stopped = false;

  private constructor(
    private readonly server: http.Server,
    readonly port: number,
    private readonly options: FakeOpenAiServerOptions,
  ) {}

  static async start(options: FakeOpenAiServerOptions = {}): Promise<FakeOpenAiServer> {
    // The handlers need the instance, which needs the listening server's port: a holder breaks the cycle.
    const ref: { instance?: FakeOpenAiServer } = {};
    const server = http.createServer((req, res) => void ref.instance?.handle(req, res));
    server.on('connection', (socket) => {
      ref.instance?.sockets.add(socket);
      socket.on('close', () => ref.instance?.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', resolve);
    });
    const instance = new FakeOpenAiServer(server, (server.address() as AddressInfo).port, options);
    ref.instance = instance;
    return instance;
  }

  /** The SDK's baseURL. */
  get baseURL(): string {
    return `http://127.0.0.1:${this.port}/v1`;
  }

  get chatRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.path === '/v1/chat/completions');
  }

  scriptChat(...replies: FakeChatReply[]): this {
    this.chatQueue.push(...replies);
    return this;
  }

  get speechRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.path === '/v1/audio/speech');
  }

  scriptSpeech(...replies: FakeSpeechReply[]): this {
    this.speechQueue.push(...replies);
    return this;
  }

  scriptModels(...replies: FakeModelsReply[]): this {
    this.modelsQueue.push(...replies);
    return this;
  }

  /** Resolves once at least `count` disconnects were seen, or rejects after `timeoutMs`. */
  async waitForDisconnects(count = 1, timeoutMs = 2000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.disconnects.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`fake server saw ${this.disconnects.length} disconnects, expected ${count}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.disconnectWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Closes the listener and every open connection: later calls get ECONNREFUSED. Idempotent. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const raw = await readBody(req);
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      // keep the raw text: a test may assert on it
    }
    this.requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body, receivedAt: performance.now() });
    res.on('close', () => {
      if (!res.writableFinished) {
        this.disconnects.push({ path, at: performance.now() });
        for (const wake of this.disconnectWaiters.splice(0)) wake();
      }
    });
    if (req.method === 'GET' && path === '/v1/models') return this.replyModels(res);
    if (req.method === 'POST' && path === '/v1/chat/completions') {
      const reply = this.chatQueue.shift() ?? this.options.defaultChatReply ?? { kind: 'stream', tokens: ['Hello', ' there'] };
      const stream = (body as { stream?: unknown } | undefined)?.stream === true;
      return this.replyChat(req, res, reply, stream);
    }
    if (req.method === 'POST' && path === '/v1/audio/speech') {
      const reply = this.speechQueue.shift() ?? { kind: 'audio' };
      if (reply.kind === 'error') return sendJson(res, reply.status, { error: { message: reply.message ?? 'speech failed', type: 'server_error' } });
      const bytes = reply.bytes ?? FAKE_SPEECH_AUDIO;
      res.writeHead(200, { 'content-type': reply.contentType ?? 'audio/mpeg', 'content-length': String(bytes.byteLength) });
      res.end(Buffer.from(bytes));
      return;
    }
    sendJson(res, 404, { error: { message: `no route ${req.method} ${path}`, type: 'not_found' } });
  }

  private async replyModels(res: http.ServerResponse): Promise<void> {
    const reply = this.modelsQueue.shift() ?? { kind: 'ok' };
    if (reply.kind === 'error') {
      sendJson(res, reply.status, { error: { message: reply.message ?? `fake ${reply.status}` } }, reply.headers);
      return;
    }
    if (reply.delayMs) await sleep(reply.delayMs);
    const ids = reply.models ?? this.options.models ?? ['fake-model'];
    sendJson(res, 200, { object: 'list', data: ids.map((id) => ({ id, object: 'model', created: 0, owned_by: 'fake' })) });
  }

  private async replyChat(req: http.IncomingMessage, res: http.ServerResponse, reply: FakeChatReply, stream: boolean): Promise<void> {
    switch (reply.kind) {
      case 'reset':
        req.socket.destroy();
        return;
      case 'hang':
        return;
      case 'error':
        if (reply.delayMs) await sleep(reply.delayMs);
        sendJson(res, reply.status, { error: { message: reply.message ?? `fake ${reply.status}`, type: 'fake_error' } }, reply.headers);
        return;
      case 'json': {
        if (reply.delayMs) await sleep(reply.delayMs);
        const toolCalls = reply.toolCalls?.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.arguments } }));
        sendJson(res, 200, {
          id: 'chatcmpl-fake',
          object: 'chat.completion',
          created: 0,
          model: 'fake-model',
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: reply.text ?? null, ...(toolCalls ? { tool_calls: toolCalls } : {}) },
              finish_reason: toolCalls ? 'tool_calls' : 'stop',
            },
          ],
        });
        return;
      }
      case 'stream':
        if (!stream) throw new Error('fake server: a stream reply was scripted for a non-streaming request');
        await this.streamChat(res, reply);
    }
  }

  private async streamChat(res: http.ServerResponse, reply: Extract<FakeChatReply, { kind: 'stream' }>): Promise<void> {
    if (reply.firstByteDelayMs) await sleep(reply.firstByteDelayMs);
    if (res.destroyed) return;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const chunks: unknown[] = [];
    const base = { id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 0, model: 'fake-model' };
    chunks.push({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] });
    for (const token of reply.tokens ?? []) chunks.push({ ...base, choices: [{ index: 0, delta: { content: token }, finish_reason: null }] });
    (reply.toolCalls ?? []).forEach((call, index) => {
      chunks.push({
        ...base,
        choices: [{ index: 0, delta: { tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }] }, finish_reason: null }],
      });
      for (const piece of splitInto(call.arguments, call.pieces ?? 3)) {
        chunks.push({ ...base, choices: [{ index: 0, delta: { tool_calls: [{ index, function: { arguments: piece } }] }, finish_reason: null }] });
      }
    });
    const finish = reply.finishReason ?? (reply.toolCalls?.length ? 'tool_calls' : 'stop');
    chunks.push({ ...base, choices: [{ index: 0, delta: {}, finish_reason: finish }] });
    let sent = 0;
    for (const chunk of chunks) {
      if (res.destroyed) return;
      if (reply.dropAfterChunks !== undefined && sent >= reply.dropAfterChunks) {
        // Let the chunks already written reach the client first: destroy() discards unflushed writes.
        await sleep(20);
        res.socket?.destroy();
        return;
      }
      if (reply.pause && sent === reply.pause.afterChunks) {
        await reply.pause.until;
        if (res.destroyed) return;
      }
      await new Promise<void>((resolve) => res.write(`data: ${JSON.stringify(chunk)}\n\n`, () => resolve()));
      sent++;
      if (reply.chunkDelayMs) await sleep(reply.chunkDelayMs);
    }
    if (res.destroyed) return;
    res.end('data: [DONE]\n\n');
  }
}

function splitInto(text: string, pieces: number): string[] {
  if (text.length === 0) return [];
  const size = Math.max(1, Math.ceil(text.length / Math.max(1, pieces)));
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
