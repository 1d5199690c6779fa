// "which heaters are on" with the room heater off and the boiler heating: the boiler is named as another kind (a
// water heater), but its capability `heating` is the heater's job, so it is said to be on, doing that job, instead
// of "No heaters are on". A capability pair another kind has too (volume + input of a TV, a soundbar's) never counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './intentHarness';
import { askingOver } from './dialogsOver';
import type { RawEntity } from './homeExportJson';
import { openSmallHome, room } from './smallHome';

const home: RawEntity = { id: 'hj-home', entity_type: 'home', name: 'Casa Ferri', content: {} };
const rooms: RawEntity[] = [
  room('hj-bagno', 'Bagno'),
  room('hj-closet', 'Ripostiglio'),
  room('hj-salotto', 'Salotto'),
];
const device = (id: string, name: string, type: string, capabilities: string[], state: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content: { type, capabilities, state } });
const devices: RawEntity[] = [
  device('hj-stufa', 'Stufetta bagno', 'climate', ['on/off', 'target_temperature'], { on: false, target_temperature: 24 }),
  device('hj-boiler', 'Caldaia', 'climate', ['heating', 'hot_water', 'pressure'], { on: true, flow_temperature: 55 }),
  device('hj-tv', 'Televisore', 'entertainment', ['power', 'volume', 'input'], { power: 'off' }),
  device('hj-bar', 'Soundbar', 'entertainment', ['power', 'volume', 'input'], { power: 'on' }),
];
const placeOf: Record<string, string> = { 'hj-boiler': 'hj-closet', 'hj-tv': 'hj-salotto', 'hj-bar': 'hj-salotto' };

describe('a device doing a kind\'s job by its capability', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openSmallHome({ entities: [home, ...rooms, ...devices], homeId: home.id, placeOf: placeOf, fallbackRoom: 'hj-bagno', edgePrefix: 'hj' });
  });
  afterAll(() => h.dispose());
  const ask = askingOver(() => h, 'hj', { mustAnswer: true });

  it('"which heaters are on" says the boiler heating, never "no heaters are on"', async () => {
    const a = await ask('which heaters are on');
    expect(a.cited).toContain('Caldaia');
    expect(a.text).toMatch(/Caldaia is on/);
    expect(a.text).not.toMatch(/No heaters/);
  });

  it('a soundbar is never a TV that is on', async () => {
    const a = await ask('which tvs are on');
    expect(a.cited).not.toContain('Soundbar');
  });
});
