// JWT HS256 with upstream's claims: sub, role, permissions, exp, iat (+ `gid` for guests, so revoking a QR token
// also ends the sessions it opened).
import { SignJWT, jwtVerify, errors } from 'jose';
import type { Role } from '../storage/ServerAuthStore';

export const PERMISSIONS: Record<Role, readonly string[]> = {
  admin: ['read', 'write', 'delete', 'configure'],
  user: ['read', 'write'],
  guest: ['read'],
};

export const ADMIN_TOKEN_SECONDS = 604_800;

export interface Principal {
  userId: string;
  role: Role;
  permissions: readonly string[];
  expiresAtMs: number;
  guestTokenId?: string;
}

export interface IssuedToken {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  role: Role;
}

export class TokenIssuer {
  private readonly key: Uint8Array;

  constructor(secret: string, private readonly now: () => number = Date.now) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(subject: string, role: Role, lifetimeSeconds: number, guestTokenId?: string): Promise<IssuedToken> {
    const iat = Math.floor(this.now() / 1000);
    const claims: Record<string, unknown> = { role, permissions: PERMISSIONS[role] };
    if (guestTokenId) claims['gid'] = guestTokenId;
    const token = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setSubject(subject).setIssuedAt(iat).setExpirationTime(iat + lifetimeSeconds).sign(this.key);
    return { access_token: token, token_type: 'bearer', expires_in: lifetimeSeconds, role };
  }

  /** The principal of a valid token, or a reason it is not valid. */
  async verify(token: string): Promise<{ ok: true; principal: Principal } | { ok: false; reason: 'expired' | 'invalid' }> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], currentDate: new Date(this.now()) });
      const role = payload['role'];
      if ((role !== 'admin' && role !== 'user' && role !== 'guest') || typeof payload.sub !== 'string' || typeof payload.exp !== 'number') return { ok: false, reason: 'invalid' };
      const principal: Principal = { userId: payload.sub, role, permissions: PERMISSIONS[role], expiresAtMs: payload.exp * 1000 };
      if (typeof payload['gid'] === 'string') principal.guestTokenId = payload['gid'];
      return { ok: true, principal };
    } catch (error) {
      return { ok: false, reason: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
    }
  }
}
