// Issue 12, round 38: a Caribbean household (the Miami home). Cuban Spanish as typed, its final s and d dropped with an
// apostrophe ("ta' prendía", "ta' cerrá con llave", "la lu'": lexicon/cuban.json, `elidedMarkers` in spokenForms.ts);
// Haitian Creole read word by word as English ("limyè salon an limen?", "etenn limyè kwizin nan", "pòt devan an fèmen
// a kle?", "chanm grann nan": lexicon/haitianCreole.json); "grandma's room" is a room named "Cuarto de abuela"
// (lexicon/places.json); a number no device of its kind is set to is no setpoint ("set the aire to 2",
// setpointInReach.ts); "pool heat pump" is "Heat pump de la piscina" standing beside the pool (namedForPlace.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const PLACES: RawEntity[] = [
  { id: 'r38-home', entity_type: 'home', name: 'Casa Martí', content: {} },
  { id: 'r38-sala', entity_type: 'room', name: 'La sala', content: {} },
  { id: 'r38-cocina', entity_type: 'room', name: 'La cocina', content: {} },
  { id: 'r38-abuela', entity_type: 'room', name: 'Cuarto de abuela', content: {} },
  { id: 'r38-bano', entity_type: 'room', name: 'Baño de abuela', content: {} },
  { id: 'r38-piscina', entity_type: 'room', name: 'La piscina', content: {} },
  { id: 'r38-costado', entity_type: 'room', name: 'El costado', content: {} },
];
const DEVICES: RawEntity[] = [
  device('r38-luzsala', 'Luz de la sala', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r38-luzcocina', 'Luz de la cocina', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r38-vent', 'Ventilador de la sala', { type: 'fan', capabilities: ['on_off', 'speed'], state: { power: 'on', speed: 2 } }),
  device('r38-lampara', 'Lámpara de abuela', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r38-aire', 'Aire de abuela', { type: 'air_conditioner', capabilities: ['on_off', 'setpoint', 'temperature'], state: { power: 'on', setpoint: 24, temperature: 27 } }),
  device('r38-cerradura', 'Cerradura de la calle', { type: 'lock', capabilities: ['lock', 'battery'], state: { locked: true, battery: 71 } }),
  device('r38-poollight', 'Luz de la piscina', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r38-hp', 'Heat pump de la piscina', { type: 'heat_pump', capabilities: ['on_off', 'setpoint', 'temperature'], state: { power: 'off', setpoint: 29, temperature: 30 } }),
];
const ROOM_OF: Record<string, string> = {
  'r38-luzsala': 'r38-sala', 'r38-luzcocina': 'r38-cocina', 'r38-vent': 'r38-sala', 'r38-lampara': 'r38-abuela', 'r38-aire': 'r38-abuela', 'r38-cerradura': 'r38-sala',
  'r38-poollight': 'r38-piscina', 'r38-hp': 'r38-costado',
};

let home: Harness;
const ask = askingOver(() => home, 'r38-ask', { mustAnswer: true });
const { dialog, proposes } = dialogsOver(() => home, 'r38-cmd');

beforeAll(async () => {
  home = await openHarness({ homeJson: homeExportJson([...PLACES, ...DEVICES], roomAndDeviceEdges('r38-home', PLACES, DEVICES, ROOM_OF, 'r38-sala'), 'r38-edge') });
});
afterAll(() => home.dispose());

describe('Cuban Spanish with its letters dropped', () => {
  it('"la lu\' de la cocina ta\' prendía" asks whether the kitchen light is on', async () => {
    const a = await ask("la lu' de la cocina ta' prendía");
    expect(a.cited).toContain('Luz de la cocina');
    expect(a.text).toMatch(/\bon\b/);
  });

  it('"ta\' prendío el aire de abuela?" asks the AC', async () => {
    const a = await ask("ta' prendío el aire de abuela?");
    expect(a.cited).toContain('Aire de abuela');
  });
});

describe('Haitian Creole read as English', () => {
  it('"limyè salon an limen?" is the living-room light', async () => {
    const a = await ask('limyè salon an limen?');
    expect(a.cited).toContain('Luz de la sala');
    expect(a.text).toMatch(/\bon\b/);
  });

  it('"etenn limyè kwizin nan, mèsi" turns off the kitchen light', async () => {
    await proposes(['etenn limyè kwizin nan, mèsi'], ['Luz de la cocina'], 2);
  });

  it('"etenn vantilatè salon an" turns off the living-room fan, typed without marks too', async () => {
    await proposes(['etenn vantilate salon an'], ['Ventilador de la sala'], 2);
  });

  it('"pòt devan an fèmen a kle?" asks whether the front door is locked', async () => {
    const a = await ask('pòt devan an fèmen a kle?');
    expect(a.text).toMatch(/locked/);
  });

  it('"ki aparèy ki nan chanm grann nan" lists grandma\'s room, not her bathroom', async () => {
    const a = await ask('ki aparèy ki nan chanm grann nan');
    expect(a.cited).toEqual(expect.arrayContaining(['Lámpara de abuela', 'Aire de abuela']));
  });
});

describe('a setpoint must be one the device could take', () => {
  it('"set the aire de abuela to 2" proposes nothing', async () => {
    const a = await dialog('set the aire de abuela to 2');
    expect(a.proposal, a.text).toBeFalsy();
  });

  it('"set the aire de abuela to 22" is still a proposal', async () => {
    const a = await dialog('set the aire de abuela to 22');
    expect(a.proposal?.targets.map((t) => t.name), a.text).toEqual(['Aire de abuela']);
  });
});

describe('a kind said with a place that holds none of it', () => {
  it('"pool heat pump setpoint" is the heat pump named for the pool, though it stands beside the house', async () => {
    const a = await ask('pool heat pump setpoint');
    expect(a.cited).toContain('Heat pump de la piscina');
    expect(a.text).toMatch(/29/);
  });
});
