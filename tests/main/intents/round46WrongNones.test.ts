// Issue 12, round 46: wrong "none" answers, where the home has the answer under another reading or name. A reading
// asked with no measure the engine knows was taken as the temperature and answered "no device reports the
// temperature" beside a tank that reads its level (readingsThereUnnamed.ts). "There" after a site the user named and a
// thing answered there was the room of that thing, which nobody named (ConversationFocus.ts's placeOfFocus).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room, zone } from './smallHome';

const HOME = [
  { id: 'r46n-home', entity_type: 'home', name: 'Beit Jbeil', content: {} },
  room('r46n-cave', 'Cave'),
  room('r46n-salon', 'Salon'),
  zone('r46n-farm', 'Ferme de Batroun'),
  room('r46n-porch', 'Porche'),
  room('r46n-shrine', 'Chapelle'),
  device('r46n-tank', 'Réservoir fioul', { type: 'sensor', capabilities: ['level'], state: { level: '42 %', litres: 420 }, description: 'diesel tank for the heater' }),
  device('r46n-pump', 'Pompe cave', { type: 'pump', capabilities: ['on_off'], state: { power: 'off', watts: 0 } }),
  device('r46n-thermo', 'Thermostat salon', { type: 'thermostat', capabilities: ['temperature'], state: { temperature: 21.5 } }),
  device('r46n-salonlight', 'Salon light', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r46n-farmlock', 'Farm front door lock', { type: 'lock', capabilities: ['lock', 'unlock'], state: { lock: 'locked' } }),
  device('r46n-porchlight', 'Porch light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r46n-shrinelight', 'Chapel light', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
];
const PLACES = {
  'r46n-tank': 'r46n-cave', 'r46n-pump': 'r46n-cave', 'r46n-thermo': 'r46n-salon', 'r46n-salonlight': 'r46n-salon',
  'r46n-farmlock': 'r46n-porch', 'r46n-porchlight': 'r46n-porch', 'r46n-shrinelight': 'r46n-shrine',
};
const PARENTS = { 'r46n-porch': 'r46n-farm', 'r46n-shrine': 'r46n-farm' };

let home: Harness;
const ask = askingOver(() => home, 'r46n-ask');
beforeAll(async () => {
  home = await openSmallHome({ entities: HOME, placeOf: PLACES, fallbackRoom: 'r46n-salon', parentOf: PARENTS, edgePrefix: 'r46n-edge' });
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

describe('"there" after a site the user named and a thing answered at it', () => {
  it('is the site, not the room of the thing answered (kc133)', async () => {
    const answer = await ask('what do we have at the ferme de batroun', 'is the front door there locked?', 'are any lights on there');
    expect(answer.text).toMatch(/Chapel light/);
    expect(answer.text).not.toMatch(/No lights in the Porche/);
    expect(answer.cited).not.toContain('Salon light');
  });

  it('a room the user named stays the place ("what else is in there")', async () => {
    const answer = await ask('is the porch light on in the porche', 'are any lights on there');
    expect(answer.text).toMatch(/Porche/);
    expect(answer.cited).not.toContain('Chapel light');
  });
});
