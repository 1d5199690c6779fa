import { describe, expect, it } from 'vitest';
import { entitySimilarity } from '../../../src-main/tools/entitySimilarity';

describe('entitySimilarity', () => {
  const hueA = { name: 'Hallway Light', content: { manufacturer: 'Philips', model: 'Hue White', type: 'light', capabilities: ['on_off', 'dimming'], ip: '10.0.0.2' } };
  const hueB = { name: 'Bedroom Light', content: { manufacturer: 'philips', model: 'Hue White', type: 'light', capabilities: ['dimming', 'on_off'], ip: '10.0.0.3' } };
  const tv = { name: 'Living Room TV', content: { manufacturer: 'Samsung', type: 'tv', capabilities: ['on_off', 'volume'] } };

  it('scores identical descriptions 1 and shares the heavy features first', () => {
    const s = entitySimilarity(hueA, { ...hueA });
    expect(s.score).toBe(1);
    expect(s.shared.slice(0, 2).sort()).toEqual(['kind light', 'manufacturer philips']);
  });

  it('ranks two lights of one model far above a light and a TV, ignoring ip addresses and letter case', () => {
    const lights = entitySimilarity(hueA, hueB);
    const lightTv = entitySimilarity(hueA, tv);
    expect(lights.score).toBeGreaterThan(0.7);
    expect(lightTv.score).toBeLessThan(0.3);
    expect(lights.shared).toContain('model hue white');
    expect(lights.shared.some((f) => f.includes('10.0.0'))).toBe(false);
  });

  it('is symmetric and 0 for two empty entities', () => {
    expect(entitySimilarity(hueA, tv).score).toBeCloseTo(entitySimilarity(tv, hueA).score, 10);
    expect(entitySimilarity({ name: '-', content: {} }, { name: '?', content: {} }).score).toBe(0);
  });
});
