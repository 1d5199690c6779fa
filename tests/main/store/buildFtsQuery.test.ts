import { describe, expect, it } from 'vitest';
import { buildFtsQuery } from '../../../src-main/store/buildFtsQuery';
import { flattenContent } from '../../../src-main/store/flattenContent';

describe('buildFtsQuery', () => {
  it('quotes every term with a prefix star so operators stay words', () => {
    expect(buildFtsQuery('kitchen OR (lights')).toEqual({ all: '"kitchen"* "or"* "lights"*', any: '"kitchen"* OR "or"* OR "lights"*', terms: ['kitchen', 'or', 'lights'] });
  });

  it("drops one-letter fragments such as the s of what's, and returns nothing for punctuation only", () => {
    expect(buildFtsQuery("what's on")?.terms).toEqual(['what', 'on']);
    expect(buildFtsQuery('" * ( )')).toBeUndefined();
    expect(buildFtsQuery('')).toBeUndefined();
  });
});

describe('flattenContent', () => {
  it('collects nested strings and numbers, label keys first, flags skipped', () => {
    const text = flattenContent({ state: { power: 'on' }, steps: [{ text: 'Hold reset' }], manufacturer: 'Ecobee', deleted: true, year: 2024 });
    expect(text.split('\n')).toEqual(['Ecobee', 'Hold reset', 'on', '2024']);
  });
});
