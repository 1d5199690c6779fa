import { describe, expect, it } from 'vitest';
import { readablePreview } from '../../src-renderer/features/home/readablePreview';
import { entityContentView } from '../../src-renderer/features/home/entityContent';

describe('readable entity text', () => {
  it('turns JSON-ish search previews into words and leaves prose alone', () => {
    expect(readablePreview('{"steps":["Lift the top cover.","Empty it')).toBe('steps: Lift the top cover., Empty it');
    expect(readablePreview('Ecobee thermostat, heat/cool')).toBe('Ecobee thermostat, heat/cool');
  });

  it('shows procedure steps as a list and other content as labelled values', () => {
    const view = entityContentView({ entity_type: 'procedure', content: { steps: ['Open', { text: 'Reset' }], duration_min: 5, state: { power: 'on' } } });
    expect(view.steps).toEqual(['Open', 'Reset']);
    expect(view.rows).toEqual([{ key: 'Duration min', value: '5' }, { key: 'State', value: 'Power: on' }]);
  });
});
