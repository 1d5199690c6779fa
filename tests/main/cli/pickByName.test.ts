import { describe, expect, it } from 'vitest';
import { pickByName } from '../../../src-main/cli/commands/homeCommands';
import type { SearchResultView } from '../../../src-preload/contract';

const hit = (id: string, name: string): SearchResultView => ({ id, name, entity_type: 'room', score: 1, highlights: [], content_preview: '' });

describe('pickByName (goodies home show)', () => {
  it('prefers an exact, case-insensitive name over fuzzy hits', () => {
    expect(pickByName('kitchen', [hit('1', 'Kitchen light'), hit('2', 'Kitchen')]).id).toBe('2');
  });
  it('takes a single fuzzy hit', () => {
    expect(pickByName('kitch', [hit('1', 'Kitchen')]).id).toBe('1');
  });
  it('reports nothing found and ambiguity with the candidates', () => {
    expect(() => pickByName('attic', [])).toThrow(expect.objectContaining({ type: 'not_found' }));
    try {
      pickByName('lamp', [hit('1', 'Desk lamp'), hit('2', 'Floor lamp')]);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ type: 'ambiguous', options: { details: { candidates: [{ id: '1' }, { id: '2' }] } } });
    }
  });
});
