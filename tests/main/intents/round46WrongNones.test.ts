// Issue 12, round 46: wrong "none" answers, where the home has the answer under another reading or name. A reading
// asked with no measure the engine knows was taken as the temperature and answered "no device reports the
// temperature" beside a tank that reads its level (readingsThereUnnamed.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const HOME = [
  { id: 'r46n-home', entity_type: 'home', name: 'Beit Jbeil', content: {} },
  room('r46n-cave', 'Cave'),
  room('r46n-salon', 'Salon'),
  device('r46n-tank', 'Réservoir fioul', { type: 'sensor', capabilities: ['level'], state: { level: '42 %', litres: 420 }, description: 'diesel tank for the heater' }),
  device('r46n-pump', 'Pompe cave', { type: 'pump', capabilities: ['on_off'], state: { power: 'off', watts: 0 } }),
  device('r46n-thermo', 'Thermostat salon', { type: 'thermostat', capabilities: ['temperature'], state: { temperature: 21.5 } }),
];
const PLACES = { 'r46n-tank': 'r46n-cave', 'r46n-pump': 'r46n-cave', 'r46n-thermo': 'r46n-salon' };

let home: Harness;
const ask = askingOver(() => home, 'r46n-ask');
beforeAll(async () => {
  home = await openSmallHome({ entities: HOME, placeOf: PLACES, fallbackRoom: 'r46n-salon', edgePrefix: 'r46n-edge' });
});
afterAll(() => home.dispose());

describe('a reading asked with no measure the engine knows', () => {
  it('says what the devices there read, the one the words name first, not "no device reports the temperature" (be024)', async () => {
    const answer = await ask('kam fioul ba2i bel cave, for the heater');
    expect(answer.text).not.toMatch(/reports the temperature/);
    expect(answer.text).toMatch(/Réservoir fioul: level 42 %, litres 420/);
    expect(answer.text.indexOf('Réservoir fioul')).toBeLessThan(answer.text.indexOf('Pompe cave'));
  });

  it('a temperature asked of a room without a thermometer is still answered so', async () => {
    expect((await ask('how warm is the cave')).text).toMatch(/No device in Cave reports the temperature/);
  });
});
