// Issue 12, round 41: follow-ups that keep the conversation's focus. After a reading, a quantity said alone is asked
// where the last reading was and a place said alone asks the same reading there, whatever language's "and" leads it
// (readingFollowUp.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const ENTITIES = [
  { id: 'fu-home', entity_type: 'home', name: 'Maison', content: {} },
  room('fu-salon', 'Salon'),
  room('fu-cellar', 'Pivnita'),
  room('fu-bath', 'Bathroom'),
  device('fu-air', 'Air monitor', { type: 'sensor', capabilities: ['co2', 'humidity', 'temperature'], state: { co2: 1150, humidity: 55, temperature: 21 } }),
  device('fu-cellarsensor', 'Cellar sensor', { type: 'sensor', capabilities: ['humidity', 'temperature'], state: { humidity: 81, temperature: 6.5 } }),
  device('fu-bathsensor', 'Bath sensor', { type: 'sensor', capabilities: ['humidity'], state: { humidity: 72 } }),
  device('fu-cellarlight', 'Cellar light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
];
const PLACE_OF = { 'fu-air': 'fu-salon', 'fu-cellarsensor': 'fu-cellar', 'fu-bathsensor': 'fu-bath', 'fu-cellarlight': 'fu-cellar' };

let home: Harness;
const ask = askingOver(() => home, 'fu-ask', { mustAnswer: true });

beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'fu-salon', edgePrefix: 'fu-edge' });
});
afterAll(() => home.dispose());

describe('a reading asked again with one thing changed', () => {
  it('a quantity said alone is asked where the last reading was (pa030)', async () => {
    const { text, cited } = await ask('what is the co2 in the salon', 'and the humidity?');
    expect(text).toContain('55');
    expect(text).not.toContain('72');
    expect(cited).toContain('Air monitor');
  });

  it('a place said alone, led by another language\'s "and", asks the same reading there (mk275, bu052)', async () => {
    const { text } = await ask('what is the temperature in the salon', 'si in pivnita?');
    expect(text).toContain('6.5');
    expect(text).not.toMatch(/has \d+ devices/);
  });

  it('"what is in" a place still asks what is there', async () => {
    const { cited } = await ask('what is the temperature in the salon', 'what is in the pivnita?');
    expect(cited).toContain('Cellar light');
  });
});
