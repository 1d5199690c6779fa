// Who may do what: admin login, user login and invites, guest QR tokens, and checking bearer tokens.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { GuestTokenRecord, ServerAuthStore } from '../storage/ServerAuthStore';
import { hashPassword, verifyPassword } from './passwordHash';
import { ADMIN_TOKEN_SECONDS, type IssuedToken, type Principal, type TokenIssuer } from './TokenIssuer';

export const ADMIN_USER_ID = 'admin';
const USER_TOKEN_SECONDS = 604_800;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const newSecret = (): string => randomBytes(24).toString('base64url');

export type AuthCheck = { ok: true; principal: Principal } | { ok: false; reason: 'missing' | 'expired' | 'invalid' | 'revoked' };

export class AuthService {
  constructor(
    private readonly store: ServerAuthStore,
    private readonly tokens: TokenIssuer,
    private readonly adminPasswordHash: string,
    private readonly now: () => number = Date.now,
  ) {}

  async adminLogin(password: string): Promise<IssuedToken | undefined> {
    if (!(await verifyPassword(password, this.adminPasswordHash))) return undefined;
    return this.tokens.issue(ADMIN_USER_ID, 'admin', ADMIN_TOKEN_SECONDS);
  }

  async userLogin(userId: string, password: string): Promise<IssuedToken | undefined> {
    const user = await this.store.getUser(userId);
    if (!user || user.disabled || !user.passwordHash || !(await verifyPassword(password, user.passwordHash))) return undefined;
    return this.tokens.issue(user.id, user.role, USER_TOKEN_SECONDS);
  }

  async createInvite(createdBy: string, userId: string, durationHours: number): Promise<{ token: string; user_id: string; expires_at: string }> {
    const token = newSecret();
    const expiresAtMs = this.now() + durationHours * 3_600_000;
    await this.store.createInvite({ id: randomUUID(), tokenHash: sha256(token), user_id: userId, expires_at_ms: expiresAtMs, redeemed_at_ms: null, createdBy, createdAtMs: this.now() });
    return { token, user_id: userId, expires_at: new Date(expiresAtMs).toISOString() };
  }

  /** Sets the invited user's password and logs them in; undefined for an unknown, used or expired invite. */
  async redeemInvite(token: string, password: string): Promise<IssuedToken | undefined> {
    const invite = await this.store.redeemInvite(sha256(token), this.now());
    if (!invite) return undefined;
    await this.store.upsertUser({ id: invite.user_id, role: 'user', passwordHash: await hashPassword(password), disabled: false });
    return this.tokens.issue(invite.user_id, 'user', USER_TOKEN_SECONDS);
  }

  async createGuestToken(createdBy: string, durationHours: number): Promise<{ token: string; record: GuestTokenRecord }> {
    const token = newSecret();
    const record: GuestTokenRecord = { id: randomUUID(), created_by: createdBy, created_at_ms: this.now(), expires_at_ms: this.now() + durationHours * 3_600_000, revoked: false, redeemed_count: 0 };
    await this.store.createGuestToken({ ...record, tokenHash: sha256(token) });
    return { token, record };
  }

  async verifyGuestToken(token: string): Promise<IssuedToken | undefined> {
    const record = await this.store.findGuestTokenByHash(sha256(token));
    if (!record || record.revoked || record.expires_at_ms <= this.now()) return undefined;
    await this.store.markGuestTokenRedeemed(record.id);
    const seconds = Math.max(1, Math.floor((record.expires_at_ms - this.now()) / 1000));
    return this.tokens.issue(`guest-${record.id}`, 'guest', seconds, record.id);
  }

  listGuestTokens(): Promise<GuestTokenRecord[]> {
    return this.store.listGuestTokens();
  }

  revokeGuestToken(id: string): Promise<boolean> {
    return this.store.revokeGuestToken(id);
  }

  async refresh(principal: Principal): Promise<IssuedToken> {
    return this.tokens.issue(principal.userId, principal.role, principal.role === 'admin' ? ADMIN_TOKEN_SECONDS : USER_TOKEN_SECONDS);
  }

  async check(authorization: string | undefined): Promise<AuthCheck> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match?.[1]) return { ok: false, reason: 'missing' };
    return this.checkToken(match[1]);
  }

  async checkToken(token: string): Promise<AuthCheck> {
    const verified = await this.tokens.verify(token);
    if (!verified.ok) return verified;
    const { principal } = verified;
    if (principal.guestTokenId) {
      const record = await this.store.getGuestToken(principal.guestTokenId);
      if (!record || record.revoked) return { ok: false, reason: 'revoked' };
    } else if (principal.role === 'user') {
      const user = await this.store.getUser(principal.userId);
      if (!user || user.disabled) return { ok: false, reason: 'revoked' };
    }
    return { ok: true, principal };
  }
}
