// Who we are on the home server: its URL, the bearer token, role and user id, kept in the platform's SecretStore
// (Electron: safeStorage-encrypted; Node/browser mode: a 0600 file in the data folder). A device id that survives
// logouts is kept beside it. The CLI and the app share the data folder, so `goodies login` logs the app in too.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../src-shared/errors';
import type { SecretStore } from '../platform/Platform';
import { InbetweeniesClient, normaliseServerUrl } from './InbetweeniesClient';
import { toHomeServerRole, type TokenResponse } from './homeServerSchemas';

const SESSION_KEY = 'homeServer.session';
const DEVICE_KEY = 'homeServer.deviceId';

export const homeServerCredentialsSchema = z.object({
  serverUrl: z.string(),
  accessToken: z.string().min(1),
  role: z.enum(['admin', 'user', 'guest']),
  userId: z.string().min(1),
  expiresAt: z.string().nullable(),
  loggedInAt: z.string(),
});
export type HomeServerCredentials = z.infer<typeof homeServerCredentialsSchema>;

export type LoginMethod =
  | { kind: 'password'; password: string }
  | { kind: 'guest_token'; token: string }
  | { kind: 'invite'; token: string; password: string }
  | { kind: 'user'; userId: string; password: string };

export interface HomeServerSessionOptions {
  secrets: SecretStore;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export class HomeServerSession {
  private cached: HomeServerCredentials | null | undefined;

  constructor(private readonly options: HomeServerSessionOptions) {}

  async credentials(): Promise<HomeServerCredentials | undefined> {
    if (this.cached === undefined) {
      const raw = await this.options.secrets.get(SESSION_KEY);
      let parsed: HomeServerCredentials | null = null;
      try {
        parsed = raw ? homeServerCredentialsSchema.parse(JSON.parse(raw)) : null;
      } catch {
        parsed = null; // An unreadable session is no session: the person logs in again.
      }
      this.cached = parsed;
    }
    return this.cached ?? undefined;
  }

  /** Forgets the cached copy so the next read sees what another process (the CLI) wrote. */
  invalidate(): void {
    this.cached = undefined;
  }

  async deviceId(): Promise<string> {
    const existing = await this.options.secrets.get(DEVICE_KEY);
    if (existing) return existing;
    const minted = `goodies-desktop-${randomUUID()}`;
    await this.options.secrets.set(DEVICE_KEY, minted);
    return minted;
  }

  clientFor(serverUrl: string, token?: string): InbetweeniesClient {
    return new InbetweeniesClient({
      baseUrl: serverUrl,
      token: () => token,
      ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
      ...(this.options.timeoutMs ? { timeoutMs: this.options.timeoutMs } : {}),
    });
  }

  /** A client with the stored token; throws "not logged in" without one. */
  async client(): Promise<{ client: InbetweeniesClient; credentials: HomeServerCredentials }> {
    const credentials = await this.credentials();
    if (!credentials) throw new AppError('forbidden', 'Not logged in to a home server. Log in first (Settings → Home server, or `goodies login --server <url>`).', { retryable: false, details: { status: 0, reason: 'not_logged_in' } });
    return { client: this.clientFor(credentials.serverUrl, credentials.accessToken), credentials };
  }

  async login(serverUrl: string, method: LoginMethod): Promise<HomeServerCredentials> {
    const url = normaliseServerUrl(serverUrl);
    const anonymous = this.clientFor(url);
    const token: TokenResponse =
      method.kind === 'password' ? await anonymous.adminLogin(method.password)
      : method.kind === 'guest_token' ? await anonymous.verifyGuestToken(method.token)
      : method.kind === 'invite' ? await anonymous.redeemInvite(method.token, method.password)
      : await anonymous.userLogin(method.userId, method.password);
    return this.adopt(url, token, method.kind === 'guest_token');
  }

  /** Admin and user tokens can be refreshed; guests re-scan a QR code. */
  async refresh(): Promise<HomeServerCredentials> {
    const { client, credentials } = await this.client();
    if (credentials.role === 'guest') return credentials;
    return this.adopt(credentials.serverUrl, await client.refresh(), false);
  }

  /** Refreshes when less than a day is left (tokens last a week upstream). Failures leave the session as it was. */
  async refreshIfDue(nowMs = Date.now()): Promise<void> {
    const credentials = await this.credentials();
    if (!credentials?.expiresAt || credentials.role === 'guest') return;
    if (Date.parse(credentials.expiresAt) - nowMs > 86_400_000) return;
    await this.refresh().catch(() => undefined);
  }

  async logout(): Promise<boolean> {
    const had = (await this.credentials()) !== undefined;
    await this.options.secrets.delete(SESSION_KEY);
    this.cached = null;
    return had;
  }

  private async adopt(serverUrl: string, token: TokenResponse, guest: boolean): Promise<HomeServerCredentials> {
    // /auth/me says who the token is for; the login answer's role is only a hint (upstream's guest answer has it too).
    const me = await this.clientFor(serverUrl, token.access_token).me();
    const role = guest ? 'guest' : toHomeServerRole(me.role ?? token.role);
    const expiresAt = me.expires_at ?? (token.expires_in ? new Date(Date.now() + token.expires_in * 1000).toISOString() : null);
    const credentials: HomeServerCredentials = { serverUrl, accessToken: token.access_token, role, userId: me.user_id, expiresAt, loggedInAt: new Date().toISOString() };
    await this.options.secrets.set(SESSION_KEY, JSON.stringify(credentials));
    this.cached = credentials;
    return credentials;
  }
}
