import { describe, expect, it } from 'vitest';
import { findByIdPrefix } from '../../../src-main/cli/findByIdPrefix';

describe('findByIdPrefix', () => {
  const items = [{ id: 'a1b2c3' }, { id: 'a1b9z9' }, { id: 'ff00' }];
  it('takes a full id or an unambiguous prefix', () => {
    expect(findByIdPrefix(items, 'ff00', 'items', 'none')).toBe(items[2]);
    expect(findByIdPrefix(items, 'a1b2', 'items', 'none')).toBe(items[0]);
  });
  it('refuses an unknown id with the given message, and a prefix of several by count', () => {
    expect(() => findByIdPrefix(items, 'zz', 'items', 'No item "zz".')).toThrow(expect.objectContaining({ type: 'not_found', message: 'No item "zz".' }));
    expect(() => findByIdPrefix(items, 'a1b', 'proposals', 'none')).toThrow(expect.objectContaining({ type: 'ambiguous', message: '"a1b" matches 2 proposals; give more of the id.' }));
  });
});
