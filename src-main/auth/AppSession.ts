// Who is using this app instance right now. The OS user (or `--as`) is the base; an admin or user can hand the app to
// a visitor as a "guest session", which only ends with the PIN chosen when it started (the admin's confirmation). The
// PIN is kept as a salted scrypt hash in settings, so a restart does not end the guest session either.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../src-shared/errors';
import type { Role } from '../api/callPolicy';
import { Emitter, type Event } from '../lifecycle/Emitter';
import type { SqliteSettingsStore } from '../settings/SqliteSettingsStore';

export interface SessionUser {
  id: string;
  role: Role;
}

const GUEST_KEY = 'session.guest';
const guestSchema = z.object({ salt: z.string(), hash: z.string(), startedBy: z.string() }).nullable();
export const GUEST_USER_ID = 'guest';

export class AppSession {
  private readonly changeEmitter = new Emitter<SessionUser>();
  readonly onDidChange: Event<SessionUser> = this.changeEmitter.event;

  constructor(
    private readonly base: SessionUser,
    private readonly settings: SqliteSettingsStore,
  ) {}

  get user(): SessionUser {
    if (this.base.role === 'guest') return { id: this.base.id, role: 'guest' };
    return this.settings.read(GUEST_KEY, guestSchema, null) ? { id: GUEST_USER_ID, role: 'guest' } : this.base;
  }

  startGuest(pin: string): SessionUser {
    if (this.user.role === 'guest') throw new AppError('conflict', 'A guest session is already running.');
    const salt = randomBytes(16).toString('hex');
    this.settings.write(GUEST_KEY, { salt, hash: hashPin(pin, salt), startedBy: this.base.id });
    return this.fire();
  }

  endGuest(pin: string): SessionUser {
    const guest = this.settings.read(GUEST_KEY, guestSchema, null);
    if (!guest) throw new AppError('conflict', this.base.role === 'guest' ? 'This app was started as a guest; restart it as yourself.' : 'No guest session is running.');
    const expected = Buffer.from(guest.hash, 'hex');
    const given = Buffer.from(hashPin(pin, guest.salt), 'hex');
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      throw new AppError('forbidden', 'That PIN is not the one set when the guest session started.');
    }
    this.settings.write(GUEST_KEY, null);
    return this.fire();
  }

  dispose(): void {
    this.changeEmitter.dispose();
  }

  private fire(): SessionUser {
    const user = this.user;
    this.changeEmitter.fire(user);
    return user;
  }
}

function hashPin(pin: string, salt: string): string {
  return scryptSync(pin, salt, 32).toString('hex');
}
