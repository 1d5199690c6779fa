// Login and guest-verify throttle per client IP (docs/inbetweenies-v2.md §4): 5 attempts in 5 minutes, then 429 with
// Retry-After and a 15-minute lockout. Every attempt counts, successful or not, as upstream does.
export interface LoginThrottleOptions {
  maxAttempts: number;
  windowMs: number;
  lockoutMs: number;
  now?: () => number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleOptions = { maxAttempts: 5, windowMs: 5 * 60_000, lockoutMs: 15 * 60_000 };

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; lockoutStarted: boolean };

export class LoginThrottle {
  private readonly attempts = new Map<string, number[]>();
  private readonly lockedUntil = new Map<string, number>();
  private readonly now: () => number;

  constructor(private readonly options: LoginThrottleOptions = DEFAULT_LOGIN_THROTTLE) {
    this.now = options.now ?? Date.now;
  }

  /** Records one attempt from `key` and says whether it may proceed. */
  attempt(key: string): ThrottleVerdict {
    const now = this.now();
    const until = this.lockedUntil.get(key);
    if (until !== undefined && until > now) return { allowed: false, retryAfterSeconds: Math.ceil((until - now) / 1000), lockoutStarted: false };
    if (until !== undefined) this.lockedUntil.delete(key);
    const recent = (this.attempts.get(key) ?? []).filter((t) => now - t < this.options.windowMs);
    if (recent.length >= this.options.maxAttempts) {
      this.lockedUntil.set(key, now + this.options.lockoutMs);
      this.attempts.delete(key);
      return { allowed: false, retryAfterSeconds: Math.ceil(this.options.lockoutMs / 1000), lockoutStarted: true };
    }
    recent.push(now);
    this.attempts.set(key, recent);
    if (this.attempts.size > 10_000) this.prune(now);
    return { allowed: true };
  }

  private prune(now: number): void {
    for (const [key, times] of this.attempts) if (times.every((t) => now - t >= this.options.windowMs)) this.attempts.delete(key);
  }
}
