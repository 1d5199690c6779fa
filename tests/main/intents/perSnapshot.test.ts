import { describe, expect, it } from 'vitest';
import { perSnapshot } from '../../../src-main/intents/perSnapshot';

describe('perSnapshot', () => {
  it('builds once per owner and keeps owners apart', () => {
    let builds = 0;
    const sizeOf = perSnapshot((home: { devices: string[] }) => {
      builds += 1;
      return home.devices.length;
    });
    const one = { devices: ['lamp', 'fan'] };
    const other = { devices: ['lamp'] };
    expect(sizeOf(one)).toBe(2);
    expect(sizeOf(one)).toBe(2);
    expect(builds).toBe(1);
    expect(sizeOf(other)).toBe(1);
    expect(builds).toBe(2);
  });

  it('keeps a built undefined instead of building again', () => {
    let builds = 0;
    const nothing = perSnapshot((_home: object) => {
      builds += 1;
      return undefined;
    });
    const home = {};
    expect(nothing(home)).toBeUndefined();
    expect(nothing(home)).toBeUndefined();
    expect(builds).toBe(1);
  });
});
