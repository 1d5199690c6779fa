// The browser-mode token: random per run, compared in constant time so its length and prefix cannot be probed.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function createAccessToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Hashing first gives equal-length buffers, so `timingSafeEqual` never throws and the length is not leaked. */
export function isSameToken(expected: string, received: string | null | undefined): boolean {
  if (typeof received !== 'string' || received.length === 0 || received.length > 1024) return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(received).digest();
  return timingSafeEqual(a, b);
}
