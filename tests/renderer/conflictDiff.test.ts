import { describe, expect, it } from 'vitest';
import { conflictFieldDiff } from '../../src-renderer/features/sync/conflictDiff';

describe('sync conflict side-by-side diff', () => {
  it('lists only the fields that differ, nested content as dotted paths, the name first', () => {
    const mine = { name: "Bob's Kettle", entity_type: 'device', content: { state: { power: 'on', level: 80 }, room: 'Kitchen', tags: ['a', 'b'] } };
    const theirs = { name: "Alice's Kettle", entity_type: 'device', content: { state: { power: 'off', level: 80 }, room: 'Kitchen', tags: ['a'], note: 'descaled' } };
    expect(conflictFieldDiff(mine, theirs)).toEqual([
      { field: 'name', mine: "Bob's Kettle", theirs: "Alice's Kettle" },
      { field: 'content.note', mine: null, theirs: 'descaled' },
      { field: 'content.state.power', mine: 'on', theirs: 'off' },
      { field: 'content.tags', mine: '["a","b"]', theirs: '["a"]' },
    ]);
  });

  it('shows a delete as content.deleted, treats a missing side as empty, and finds nothing when equal', () => {
    expect(conflictFieldDiff({ name: 'Fan', content: { deleted: true } }, { name: 'Fan', content: {} })).toEqual([{ field: 'content.deleted', mine: 'true', theirs: null }]);
    expect(conflictFieldDiff(null, { name: 'Fan' })).toEqual([{ field: 'name', mine: null, theirs: 'Fan' }]);
    expect(conflictFieldDiff({ name: 'Fan', content: { a: 1 } }, { name: 'Fan', content: { a: 1 } })).toEqual([]);
  });
});
