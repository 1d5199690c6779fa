// Users, guest QR tokens and invites. Tokens are stored as sha256 hashes only: a leaked database grants nothing.
import type { SqlClient } from '../../src-node-shared/sql/SqlClient';

export type Role = 'admin' | 'user' | 'guest';

export interface UserRecord {
  id: string;
  role: Role;
  passwordHash: string | null;
  disabled: boolean;
}

export interface GuestTokenRecord {
  id: string;
  created_by: string;
  created_at_ms: number;
  expires_at_ms: number;
  revoked: boolean;
  redeemed_count: number;
}

export interface InviteRecord {
  id: string;
  user_id: string;
  expires_at_ms: number;
  redeemed_at_ms: number | null;
}

export interface ServerAuthStore {
  getUser(id: string): Promise<UserRecord | undefined>;
  upsertUser(user: UserRecord): Promise<void>;
  createGuestToken(token: GuestTokenRecord & { tokenHash: string }): Promise<void>;
  findGuestTokenByHash(tokenHash: string): Promise<GuestTokenRecord | undefined>;
  getGuestToken(id: string): Promise<GuestTokenRecord | undefined>;
  listGuestTokens(): Promise<GuestTokenRecord[]>;
  markGuestTokenRedeemed(id: string): Promise<void>;
  revokeGuestToken(id: string): Promise<boolean>;
  createInvite(invite: InviteRecord & { tokenHash: string; createdBy: string; createdAtMs: number }): Promise<void>;
  /** Redeems an unexpired, unused invite atomically; undefined when there is none. */
  redeemInvite(tokenHash: string, nowMs: number): Promise<InviteRecord | undefined>;
}

interface GuestRow extends Record<string, unknown> {
  id: string;
  created_by: string;
  created_at_ms: number;
  expires_at_ms: number;
  revoked: number;
  redeemed_count: number;
}

const GUEST_COLUMNS = 'id, created_by, created_at_ms, expires_at_ms, revoked, redeemed_count';
const guestFromRow = (r: GuestRow): GuestTokenRecord => ({
  id: r.id, created_by: r.created_by, created_at_ms: Number(r.created_at_ms), expires_at_ms: Number(r.expires_at_ms), revoked: r.revoked === 1, redeemed_count: Number(r.redeemed_count),
});

export class SqlServerAuthStore implements ServerAuthStore {
  constructor(private readonly db: SqlClient) {}

  async getUser(id: string): Promise<UserRecord | undefined> {
    const [row] = await this.db.query<{ id: string; role: string; password_hash: string | null; disabled: number }>('SELECT id, role, password_hash, disabled FROM users WHERE id = ?', [id]);
    return row ? { id: row.id, role: row.role as Role, passwordHash: row.password_hash, disabled: row.disabled === 1 } : undefined;
  }

  async upsertUser(user: UserRecord): Promise<void> {
    await this.db.execute(
      `INSERT INTO users (id, role, password_hash, created_at_ms, disabled) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash, disabled = excluded.disabled`,
      [user.id, user.role, user.passwordHash, Date.now(), user.disabled ? 1 : 0],
    );
  }

  async createGuestToken(t: GuestTokenRecord & { tokenHash: string }): Promise<void> {
    await this.db.execute('INSERT INTO guest_tokens (id, token_hash, created_by, created_at_ms, expires_at_ms, revoked, redeemed_count) VALUES (?, ?, ?, ?, ?, 0, 0)', [
      t.id, t.tokenHash, t.created_by, t.created_at_ms, t.expires_at_ms,
    ]);
  }

  async findGuestTokenByHash(tokenHash: string): Promise<GuestTokenRecord | undefined> {
    const [row] = await this.db.query<GuestRow>(`SELECT ${GUEST_COLUMNS} FROM guest_tokens WHERE token_hash = ?`, [tokenHash]);
    return row ? guestFromRow(row) : undefined;
  }

  async getGuestToken(id: string): Promise<GuestTokenRecord | undefined> {
    const [row] = await this.db.query<GuestRow>(`SELECT ${GUEST_COLUMNS} FROM guest_tokens WHERE id = ?`, [id]);
    return row ? guestFromRow(row) : undefined;
  }

  async listGuestTokens(): Promise<GuestTokenRecord[]> {
    return (await this.db.query<GuestRow>(`SELECT ${GUEST_COLUMNS} FROM guest_tokens ORDER BY created_at_ms DESC`)).map(guestFromRow);
  }

  async markGuestTokenRedeemed(id: string): Promise<void> {
    await this.db.execute('UPDATE guest_tokens SET redeemed_count = redeemed_count + 1 WHERE id = ?', [id]);
  }

  async revokeGuestToken(id: string): Promise<boolean> {
    return (await this.db.execute('UPDATE guest_tokens SET revoked = 1 WHERE id = ?', [id])).changes > 0;
  }

  async createInvite(i: InviteRecord & { tokenHash: string; createdBy: string; createdAtMs: number }): Promise<void> {
    await this.db.execute('INSERT INTO invites (id, token_hash, user_id, created_by, created_at_ms, expires_at_ms) VALUES (?, ?, ?, ?, ?, ?)', [
      i.id, i.tokenHash, i.user_id, i.createdBy, i.createdAtMs, i.expires_at_ms,
    ]);
  }

  redeemInvite(tokenHash: string, nowMs: number): Promise<InviteRecord | undefined> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<{ id: string; user_id: string; expires_at_ms: number; redeemed_at_ms: number | null }>(
        'SELECT id, user_id, expires_at_ms, redeemed_at_ms FROM invites WHERE token_hash = ?', [tokenHash],
      );
      if (!row || row.redeemed_at_ms !== null || Number(row.expires_at_ms) <= nowMs) return undefined;
      await tx.execute('UPDATE invites SET redeemed_at_ms = ? WHERE id = ?', [nowMs, row.id]);
      return { id: row.id, user_id: row.user_id, expires_at_ms: Number(row.expires_at_ms), redeemed_at_ms: nowMs };
    });
  }
}
