// HTTP client for a Goodies home server: upstream FunkyGibbon (Inbetweenies v2) or ours (src-server/, which adds users,
// invites, edges in sync responses and the conversation extension). Every answer is validated with zod; every failure
// is an AppError (homeServerErrors.ts). Stateless apart from the token getter: sessions live in HomeServerSession.
import type { z } from 'zod';
import { AppError, formatZodError } from '../../src-shared/errors';
import type { Relationship } from '../../src-shared/protocol/entities';
import {
  INBETWEENIES_PROTOCOL_VERSION,
  syncStatusSchema,
  type SyncChange,
  type SyncFilters,
  type SyncResponse,
  type SyncStatus,
  type SyncType,
} from '../../src-shared/protocol/inbetweeniesSync';
import type { ChatSyncRequest, ChatSyncResponse } from '../../src-shared/protocol/conversationSync';
import { badResponseError, errorFromResponse, networkError } from './homeServerErrors';
import {
  healthResponseSchema,
  inviteResponseSchema,
  meResponseSchema,
  relationshipsResponseSchema,
  tokenResponseSchema,
  type MeResponse,
  type TokenResponse,
} from './homeServerSchemas';
import { chatSyncResponseSchema } from './chatSyncResponseSchema';
import { fetchSend, type HttpAnswer, type HttpSend } from './httpSend';
import { nodeHttpSend } from './nodeHttpSend';
import { syncResponseParser } from './syncResponseParser';

export interface InbetweeniesClientOptions {
  /** e.g. `http://127.0.0.1:8000` (a trailing slash is dropped). */
  baseUrl: string;
  /** The current bearer token, if logged in. */
  token?: () => string | undefined;
  timeoutMs?: number;
  /** Sends over this fetch instead of node:http (tests watch requests this way). */
  fetch?: typeof fetch;
}

export interface SyncCall {
  deviceId: string;
  userId: string;
  syncType: SyncType;
  changes?: SyncChange[];
  cursor?: string | null;
  filters?: SyncFilters;
  /** Our server's extension; upstream ignores the unknown field. */
  includeRelationships?: boolean;
  signal?: AbortSignal;
}

/** The sync path with its trailing slash: upstream answers the bare form with a 307. */
export const SYNC_PATH = '/api/v1/sync/';

export function normaliseServerUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new AppError('validation', `Not a server address: ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new AppError('validation', `The home server address must start with http:// or https:// (${url})`);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`;
}

export class InbetweeniesClient {
  readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly httpSend: HttpSend;

  constructor(private readonly options: InbetweeniesClientOptions) {
    this.baseUrl = normaliseServerUrl(options.baseUrl);
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.httpSend = options.fetch ? fetchSend(options.fetch) : nodeHttpSend();
  }

  /** `GET /health`: true when the server answers healthy; never throws (a probe before heavy work). */
  async isHealthy(signal?: AbortSignal): Promise<boolean> {
    try {
      const body = await this.request('health check', 'GET', '/health', healthResponseSchema, { auth: false, timeoutMs: 5_000, ...(signal ? { signal } : {}) });
      return body.status === 'healthy';
    } catch {
      return false;
    }
  }

  adminLogin(password: string): Promise<TokenResponse> {
    return this.request('admin login', 'POST', '/api/v1/auth/admin/login', tokenResponseSchema, { auth: false, body: { password } });
  }

  /** Our server's invited users (docs/server.md "Roles"); upstream answers 404. */
  userLogin(userId: string, password: string): Promise<TokenResponse> {
    return this.request('login', 'POST', '/api/v1/auth/login', tokenResponseSchema, { auth: false, body: { user_id: userId, password } });
  }

  verifyGuestToken(token: string): Promise<TokenResponse> {
    return this.request('guest token', 'POST', '/api/v1/auth/guest/verify', tokenResponseSchema, { auth: false, body: { token } });
  }

  redeemInvite(token: string, password: string): Promise<TokenResponse> {
    return this.request('invite', 'POST', '/api/v1/auth/invites/redeem', tokenResponseSchema, { auth: false, body: { token, password } });
  }

  createInvite(userId: string): Promise<{ token: string }> {
    return this.request('invite', 'POST', '/api/v1/auth/invites', inviteResponseSchema, { body: { user_id: userId } });
  }

  refresh(): Promise<TokenResponse> {
    return this.request('token refresh', 'POST', '/api/v1/auth/refresh', tokenResponseSchema, { body: {} });
  }

  me(): Promise<MeResponse> {
    return this.request('who am I', 'GET', '/api/v1/auth/me', meResponseSchema);
  }

  syncStatus(deviceId: string): Promise<SyncStatus> {
    return this.request('sync status', 'GET', `/api/v1/sync/status?device_id=${encodeURIComponent(deviceId)}`, syncStatusSchema);
  }

  sync(call: SyncCall): Promise<SyncResponse> {
    const body: Record<string, unknown> = {
      protocol_version: INBETWEENIES_PROTOCOL_VERSION,
      device_id: call.deviceId,
      user_id: call.userId,
      sync_type: call.syncType,
      changes: call.changes ?? [],
      vector_clock: { clocks: {} },
    };
    if (call.cursor) body['cursor'] = call.cursor;
    if (call.filters) body['filters'] = call.filters;
    if (call.includeRelationships) body['include_relationships'] = true;
    const what = call.changes?.length ? `sync push (${call.changes.length} changes)` : 'sync pull';
    return this.request(what, 'POST', SYNC_PATH, syncResponseParser, { body, ...(call.signal ? { signal: call.signal } : {}), timeoutMs: Math.max(this.timeoutMs, 120_000) });
  }

  /** Every edge (stale pins included): upstream never puts edges in sync responses. */
  async relationships(signal?: AbortSignal): Promise<Relationship[]> {
    const body = await this.request('relationships', 'GET', '/api/v1/graph/relationships', relationshipsResponseSchema, { ...(signal ? { signal } : {}), timeoutMs: Math.max(this.timeoutMs, 120_000) });
    return body.relationships;
  }

  chatSync(request: ChatSyncRequest, signal?: AbortSignal): Promise<ChatSyncResponse> {
    return this.request('conversation sync', 'POST', '/api/v1/chat/sync', chatSyncResponseSchema, { body: request, ...(signal ? { signal } : {}) });
  }

  /** ws(s):// URL of our server's "pull now" channel (docs/protocol-conversations.md). */
  pullNowUrl(): string {
    return `${this.baseUrl.replace(/^http/, 'ws')}/api/v1/chat/ws`;
  }

  private async request<T>(
    what: string,
    method: 'GET' | 'POST',
    path: string,
    schema: Pick<z.ZodType<T, unknown>, 'safeParse'>,
    options: { auth?: boolean; body?: unknown; signal?: AbortSignal; timeoutMs?: number } = {},
  ): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.auth !== false) {
      const token = this.options.token?.();
      if (!token) throw new AppError('forbidden', 'Not logged in to a home server. Log in first (Settings → Home server, or `goodies login`).', { retryable: false, details: { status: 0, reason: 'not_logged_in' } });
      headers['authorization'] = `Bearer ${token}`;
    }
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const timeout = AbortSignal.timeout(options.timeoutMs ?? this.timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    const payload = options.body !== undefined ? JSON.stringify(options.body) : undefined;
    let response: HttpAnswer;
    try {
      response = await this.send(`${this.baseUrl}${path}`, method, headers, payload, signal);
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (options.signal?.aborted) throw new AppError('unavailable', `${what} was cancelled`, { retryable: true, details: { status: 0, reason: 'network' } });
      throw networkError(what, this.baseUrl, error);
    }
    const text = response.text;
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: keep the text for the error message.
    }
    if (response.status < 200 || response.status > 299) throw errorFromResponse(what, response.status, body, { get: (name) => response.header(name) });
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw badResponseError(what, formatZodError(parsed.error));
    return parsed.data;
  }

  /**
   * Follows one 307/308 by hand: a redirect must keep method, body and the bearer token, and only to the same origin
   * (a token never leaves for another host).
   */
  private async send(url: string, method: 'GET' | 'POST', headers: Record<string, string>, body: string | undefined, signal: AbortSignal): Promise<HttpAnswer> {
    const call = { method, headers, signal, ...(body !== undefined ? { body } : {}) };
    const first = await this.httpSend(url, call);
    if (first.status !== 307 && first.status !== 308) return first;
    const location = first.header('location');
    if (!location) return first;
    const next = new URL(location, url);
    if (next.origin !== new URL(url).origin) throw new AppError('unavailable', `The home server redirected to another host (${next.origin}); refusing to send the token there.`, { retryable: false, details: { status: first.status, reason: 'rejected' } });
    return this.httpSend(next.toString(), call);
  }
}
