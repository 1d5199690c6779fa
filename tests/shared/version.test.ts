import { describe, expect, it } from 'vitest';
import { VersionClock, canonicalVersion, compareVersions, formatVersion, isValidVersion, parseVersion } from '../../src-shared/protocol/version';

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
});
