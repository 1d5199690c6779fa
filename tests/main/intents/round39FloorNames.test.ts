// Issue 12, round 39 (begun in round 38): a floor named in Spanish ("Casa - abajo", "Casa - arriba") is that floor (lexicon/places.json),
// and the floor its name says beats its description's: an American "first floor" in the description of "Casa - abajo"
// is the ground floor, so "the lights upstairs" never turns off the ground floor's lights (floorZoneClaims.ts).
// "y el de abajo" is the device named for that floor, not the floor (floorNamedOne.ts); "the downstairs AC" where the
// floor holds a window AC and the central AC's thermostat asks which (floorClimateChoice.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver, dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room, zone } from './smallHome';

const ENTITIES = [
  { id: 'fl-home', entity_type: 'home', name: 'Casa Ortega', content: {} },
  zone('fl-down', 'Casa - abajo', { description: 'first floor: la sala, la cocina' }),
  zone('fl-up', 'Casa - arriba', { description: 'second floor: los cuartos' }),
  room('fl-sala', 'La sala'),
  room('fl-cocina', 'La cocina'),
  room('fl-cuarto', 'Cuarto de los niños'),
  room('fl-pasillo', 'Pasillo'),
  device('fl-luzsala', 'Luz de la sala', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('fl-luzcocina', 'Luz de la cocina', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('fl-luzninos', 'Luz de los niños', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('fl-luzpasillo', 'Luz del pasillo', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('fl-termo', 'Termostato de abajo', { type: 'climate', capabilities: ['temperature', 'temperature_setpoint', 'mode'], state: { mode: 'cool', setpoint: 76, temperature: 77 }, notes: 'AC zone 1: all of downstairs' }),
  device('fl-termo2', 'Termostato de arriba', { type: 'climate', capabilities: ['temperature', 'temperature_setpoint', 'mode'], state: { mode: 'cool', setpoint: 74, temperature: 75 }, notes: 'AC zone 2: upstairs' }),
  device('fl-aire', 'AC de la cocina', { type: 'climate', model: 'window unit', capabilities: ['on_off', 'temperature', 'temperature_setpoint', 'mode'], state: { power: 'off', mode: 'cool', setpoint: 78, temperature: 81 } }),
];
const PLACE_OF = { 'fl-luzsala': 'fl-sala', 'fl-luzcocina': 'fl-cocina', 'fl-luzninos': 'fl-cuarto', 'fl-luzpasillo': 'fl-pasillo', 'fl-termo': 'fl-sala', 'fl-termo2': 'fl-pasillo', 'fl-aire': 'fl-cocina' };
const PARENT_OF = { 'fl-sala': 'fl-down', 'fl-cocina': 'fl-down', 'fl-cuarto': 'fl-up', 'fl-pasillo': 'fl-up' };

let home: Harness;
const ask = askingOver(() => home, 'fl-ask', { mustAnswer: true });
const { dialog, proposes } = dialogsOver(() => home, 'fl-cmd');

beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'fl-sala', parentOf: PARENT_OF, edgePrefix: 'fl-edge' });
});
afterAll(() => home.dispose());

describe('a floor its name says in Spanish', () => {
  it('"turn off the lights upstairs" is the lights of Casa - arriba, never those of the "first floor" Casa - abajo', async () => {
    await proposes(['turn off the lights upstairs'], ['Luz de los niños', 'Luz del pasillo'], 2);
  });

  it('"downstairs" is Casa - abajo', async () => {
    const a = await ask('what lights are on downstairs');
    expect(a.cited).toEqual(expect.arrayContaining(['Luz de la sala', 'Luz de la cocina']));
    expect(a.cited).not.toContain('Luz de los niños');
  });

  it('"apaga las luces de arriba" is the upstairs lights', async () => {
    await proposes(['apaga las luces de arriba'], ['Luz de los niños', 'Luz del pasillo'], 2);
  });

  it('"y el de abajo a cuánto está" is the thermostat named for downstairs, not the whole floor', async () => {
    const a = await ask('y el de abajo a cuánto está');
    expect(a.text).toContain('76');
    expect(a.cited).toContain('Termostato de abajo');
  });

  it('after the upstairs thermostat, "and the one of abajo" is still the downstairs thermostat', async () => {
    const a = await ask('what is the Termostato de arriba set to', 'y el de abajo?');
    expect(a.cited).toContain('Termostato de abajo');
  });

  it('"set the downstairs AC to 75" with a window AC and the AC zone thermostat downstairs asks which, never picks one', async () => {
    const a = await dialog('set the downstairs AC to 75');
    expect(a.proposal, a.text).toBeFalsy();
    expect(a.text).toMatch(/which one/i);
    expect(a.text).toContain('AC de la cocina');
    expect(a.text).toContain('Termostato de abajo');
  });

  it('"set the downstairs thermostat to 75" is the thermostat', async () => {
    await proposes(['set the downstairs thermostat to 75'], ['Termostato de abajo'], 3);
  });
});
