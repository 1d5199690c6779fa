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
    expect(view.rows).toEqual([{ key: 'Duration', value: '5 min' }, { key: 'State', value: 'Power: on' }]);
  });
});

describe('friendly labels and units', () => {
  it('says Battery 18%, Area 12 m², Set to 19°C instead of the raw keys', () => {
    const view = entityContentView({ entity_type: 'device', content: { battery_pct: 18, area_m2: 12, ip: '10.0.0.2', capabilities: ['on_off', 'dimming'], state: { setpoint_c: 19, level: 40 } } });
    expect(view.rows).toEqual([
      { key: 'Battery', value: '18%' },
      { key: 'Area', value: '12 m²' },
      { key: 'IP address', value: '10.0.0.2' },
      { key: 'Capabilities', value: 'on/off, dimming' },
      { key: 'State', value: 'Set to: 19°C, Level: 40%' },
    ]);
  });
});
