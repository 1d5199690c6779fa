import { describe, expect, it } from 'vitest';
import { VersionClock, canonicalVersion, compareVersions, formatVersion, isPlainCanonicalVersion, isValidVersion, parseVersion } from '../../src-shared/protocol/version';

describe('version strings', () => {
  it('parses the canonical form', () => {
    const p = parseVersion('2026-06-15T09:41:02.581234+00:00-000417-alice');
    expect(p).toMatchObject({ timestamp: '2026-06-15T09:41:02.581234+00:00', counter: 417, userId: 'alice', legacyZ: false });
    expect(p?.epochMicros).toBe(Date.UTC(2026, 5, 15, 9, 41, 2, 581) * 1000 + 234);
  });

  it('tolerates the legacy Z form and rewrites it canonically', () => {
    const legacy = '2026-06-15T09:41:02.581234+00:00Z-000417-alice';
    expect(parseVersion(legacy)?.legacyZ).toBe(true);
    expect(canonicalVersion(legacy)).toBe('2026-06-15T09:41:02.581234+00:00-000417-alice');
    expect(compareVersions(legacy, '2026-06-15T09:41:02.581234+00:00-000417-alice')).toBe(0);
  });

  it('keeps hyphens in user ids', () => {
    expect(parseVersion('2026-06-15T09:41:02.581234+00:00-000001-ios-alice-phone')?.userId).toBe('ios-alice-phone');
  });

  it('rejects malformed versions', () => {
    for (const bad of ['', 'v1', '2026-06-15T09:41:02.581+00:00-000417-alice', '2026-06-15T09:41:02.581234Z-000417-alice',
      '2026-06-15T09:41:02.581234+00:00-417-alice', '2026-06-15T09:41:02.581234+00:00-000417-', '2026-13-45T09:41:02.581234+00:00-000417-a']) {
      expect(isValidVersion(bad), bad).toBe(false);
    }
  });

  it('formats microseconds with zero padding', () => {
    expect(formatVersion(Date.UTC(2026, 0, 1) * 1000 + 7, 3, 'bob')).toBe('2026-01-01T00:00:00.000007+00:00-000003-bob');
  });

  it('mints strictly increasing versions even when the clock stands still or steps back', () => {
    let now = Date.UTC(2026, 0, 1);
    const clock = new VersionClock(() => now);
    const a = clock.next('u');
    const b = clock.next('u');
    now -= 5_000;
    const c = clock.next('u');
    expect(a < b && b < c).toBe(true);
    expect([a, b, c].every(isValidVersion)).toBe(true);
  });

  it('sorts lexically in chronological order', () => {
    const clock = new VersionClock();
    const versions = Array.from({ length: 50 }, () => clock.next('zed'));
    expect([...versions].sort()).toEqual(versions);
  });

  it('isPlainCanonicalVersion: only valid versions that canonicalVersion returns unchanged, decided without Date', () => {
    const plain = [
      '2026-06-15T09:41:02.581234+00:00-000417-alice',
      '2024-02-29T23:59:59.999999+00:00-999999-bob-with-dashes',
      '1970-01-01T00:00:00.000000+00:00-000000-x',
      '2200-12-31T23:59:59.999999+00:00-000001-a\nb',
    ];
    const notPlain = [
      '2026-06-15T09:41:02.581234+00:00Z-000417-alice', // legacy Z: canonicalVersion rewrites it
      '2026-04-31T09:41:02.581234+00:00-000001-alice', // Date.parse moves it to May 1st
      '2025-02-29T09:41:02.581234+00:00-000001-alice',
      '2100-02-29T09:41:02.581234+00:00-000001-alice',
      '2026-01-01T24:00:00.000000+00:00-000001-alice',
      '2026-01-01T23:60:00.000000+00:00-000001-alice',
      '2026-13-01T00:00:00.000000+00:00-000001-alice',
      '2026-00-01T00:00:00.000000+00:00-000001-alice',
      '2026-01-00T00:00:00.000000+00:00-000001-alice',
      '1969-12-31T23:59:59.999999+00:00-000001-alice',
      '2300-01-01T00:00:00.000000+00:00-000001-alice',
      '2026-06-15T09:41:02.581234+00:00-000417-',
      '2026-06-15T09:41:02.58123+00:00-000417-alice',
      'yesterday',
    ];
    for (const v of plain) {
      expect(isPlainCanonicalVersion(v)).toBe(true);
      expect(canonicalVersion(v)).toBe(v);
    }
    for (const v of notPlain) expect(isPlainCanonicalVersion(v)).toBe(false);
    // Every day of a leap and a common year, at the edges of the day: plain ⇒ valid and unchanged.
    for (const year of [2024, 2025, 2100]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          for (const time of ['00:00:00.000000', '23:59:59.999999']) {
            const v = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${time}+00:00-000001-u`;
            if (isPlainCanonicalVersion(v)) expect(canonicalVersion(v)).toBe(v);
            else expect(isValidVersion(v) && canonicalVersion(v) === v && !v.includes('Z-')).toBe(false);
          }
        }
      }
    }
  });
});
