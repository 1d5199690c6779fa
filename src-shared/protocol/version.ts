// Entity version strings: `{UTC ISO-8601 with microseconds and +00:00}-{6-digit counter}-{user_id}`.
// Lexical order = chronological order, which is why the timestamp is fixed-width and always UTC.
// Readers tolerate the legacy `...+00:00Z-...` form; writers never produce it.

const VERSION_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+00:00)(Z?)-(\d{6})-(.+)$/s;

export interface ParsedVersion {
  /** Canonical timestamp, e.g. `2026-06-15T09:41:02.581234+00:00`. */
  timestamp: string;
  /** Microseconds since the epoch (exact, as a bigint would be overkill: 2^53 µs ≈ year 2255). */
  epochMicros: number;
  counter: number;
  userId: string;
  legacyZ: boolean;
}

export function parseVersion(version: string): ParsedVersion | undefined {
  const m = VERSION_PATTERN.exec(version);
  if (!m) return undefined;
  const [, timestamp, z, counter, userId] = m as unknown as [string, string, string, string, string];
  const millis = Date.parse(timestamp.slice(0, 23) + 'Z');
  if (Number.isNaN(millis)) return undefined;
  const micros = millis * 1000 + Number(timestamp.slice(23, 26));
  // Beyond 2^53 µs (the year 2255) microseconds are no longer exact and a re-formatted version would differ from the
  // original: such a version is refused everywhere (import included) instead of being accepted and failing later.
  if (!Number.isSafeInteger(micros) || micros < 0) return undefined;
  return { timestamp, epochMicros: micros, counter: Number(counter), userId, legacyZ: z === 'Z' };
}

export function isValidVersion(version: string): boolean {
  return parseVersion(version) !== undefined;
}

const PLAIN_CANONICAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{6}\+00:00-\d{6}-./s;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True when `version` is valid and already canonical, decided without the Date round trip (pulls check ~100k
 * versions). Only the plain case: no legacy Z, a real calendar date and time between 1970 and 2200. False means
 * "not sure": call canonicalVersion / isValidVersion (e.g. Date.parse accepts 24:00 and April 31 and moves them).
 */
export function isPlainCanonicalVersion(version: string): boolean {
  const m = PLAIN_CANONICAL_PATTERN.exec(version);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1970 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  return day <= days && Number(m[4]) <= 23 && Number(m[5]) <= 59 && Number(m[6]) <= 59;
}

/** Rewrites a legacy `+00:00Z` version to the canonical form; canonical input is returned unchanged. */
export function canonicalVersion(version: string): string {
  const p = parseVersion(version);
  if (!p) throw new Error(`Invalid version string: ${version.slice(0, 80)}`);
  return formatVersion(p.epochMicros, p.counter, p.userId);
}

export function formatTimestampMicros(epochMicros: number): string {
  const millis = Math.floor(epochMicros / 1000);
  const micros = epochMicros - millis * 1000;
  const iso = new Date(millis).toISOString(); // 2026-06-15T09:41:02.581Z
  return `${iso.slice(0, 23)}${String(micros).padStart(3, '0')}+00:00`;
}

export function formatVersion(epochMicros: number, counter: number, userId: string): string {
  if (!userId) throw new Error('A version needs a user id');
  return `${formatTimestampMicros(epochMicros)}-${String(counter % 1_000_000).padStart(6, '0')}-${userId}`;
}

/** Compares two versions chronologically (legacy and canonical forms compare equal when they name the same instant). */
export function compareVersions(a: string, b: string): number {
  const ca = parseVersion(a) ? canonicalVersion(a) : a;
  const cb = parseVersion(b) ? canonicalVersion(b) : b;
  return ca < cb ? -1 : ca > cb ? 1 : 0;
}

/**
 * Mints strictly increasing versions for one writer. Two versions minted in the same microsecond
 * (or after the wall clock stepped back) still sort in the order they were minted.
 */
export class VersionClock {
  private lastMicros = 0;
  private counter = 0;

  constructor(private readonly nowMs: () => number = Date.now) {}

  next(userId: string): string {
    let micros = Math.floor(this.nowMs() * 1000);
    if (micros <= this.lastMicros) micros = this.lastMicros + 1;
    this.lastMicros = micros;
    this.counter = (this.counter + 1) % 1_000_000;
    return formatVersion(micros, this.counter, userId);
  }
}
