// Issue 12, round 45: wrong nones. "morning geyser schedule" names one schedule whole: its times answer, not the list
// of every automation and schedule of the home (automationNamedWhole.ts; kochi kc257).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const ENTITIES = [
  { id: 'r45n-home', entity_type: 'home', name: 'River house', content: {} },
  room('r45n-bath', 'Bathroom'),
  room('r45n-hall', 'Hall'),
  device('r45n-geyser', 'Bath geyser', { type: 'water_heater', capabilities: ['on_off', 'temperature'], state: { power: 'off', temperature: 31 } }),
  device('r45n-tapgeyser', 'Tap geyser', { type: 'water_heater', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r45n-light', 'Hall light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  { id: 'r45n-morning', entity_type: 'schedule', name: 'Early geyser', content: { days: 'Mon-Sat', times: ['05:30-06:30'], devices: ['Bath geyser'] } },
  { id: 'r45n-lights', entity_type: 'schedule', name: 'Hall lights evening', content: { days: 'daily', times: ['18:00-23:00'], devices: ['Hall light'] } },
  { id: 'r45n-leave', entity_type: 'automation', name: 'Leaving home', content: { trigger: { type: 'manual' }, actions: ['Hall light off'], enabled: true } },
];
const PLACE_OF = { 'r45n-geyser': 'r45n-bath', 'r45n-tapgeyser': 'r45n-bath', 'r45n-light': 'r45n-hall' };
const EDGES = [
  { from: 'r45n-morning', to: 'r45n-geyser', type: 'automates' },
  { from: 'r45n-lights', to: 'r45n-light', type: 'automates' },
  { from: 'r45n-leave', to: 'r45n-light', type: 'automates' },
];

let home: Harness;
const ask = askingOver(() => home, 'r45n-ask');
beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'r45n-hall', edges: EDGES, edgePrefix: 'r45n-edge' });
});
afterAll(() => home.dispose());

describe('a schedule or automation said by its whole name is that one, not the list of every rule', () => {
  it('"<name> schedule" answers its times', async () => {
    for (const q of ['early geyser schedule', 'the early geyser schedule', 'early geyser automation']) {
      const { text, cited } = await ask(q);
      expect(text, q).toContain('05:30');
      expect(cited, q).toContain('Early geyser');
      expect(cited, q).not.toContain('Leaving home');
    }
  });

  it('the bare word still lists every schedule and automation', async () => {
    const { cited } = await ask('what schedules are there');
    expect(cited).toEqual(expect.arrayContaining(['Early geyser', 'Hall lights evening', 'Leaving home']));
  });
});
