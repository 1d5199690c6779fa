// Issue 12, round 36: wrong answers a household can't trust. A dehumidifier's bare `target` is a humidity in %, never
// a temperature in °F (stateQuantities.ts); "prenda la bomba" with a pool pump and a "Motobomba" asks which, never the
// generator of the room whose description lists a "bomba" (placeVocabulary.ts, nameWordNamesakes.ts); a generator
// described "para cuando se va la luz" is no light (deviceKinds.ts); "turn it off" after what is in a room is one of
// the things listed there, never the room's lights by default (pronounOverPlaceList.ts), and "the fan, what speed" then
// is the fan there (commandInFocusPlace.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const PLACES: RawEntity[] = [
  { id: 't36-home', entity_type: 'home', name: 'Finca Sol', content: {} },
  room('t36-machines', 'Sala técnica', { description: 'sala técnica junto a la alberca: bomba, clorador, planta' }),
  room('t36-utility', 'Cuarto útil'),
  room('t36-kid', 'Cuarto de Lucas'),
  room('t36-bunk', 'Bunk room'),
  room('t36-shed', 'Shed'),
  room('t36-gran', 'Cuarto de la abuela'),
];
const DEVICES: RawEntity[] = [
  device('t36-pool', 'Bomba de la alberca', { type: 'pump', capabilities: ['on_off'], state: { power: 'on' } }),
  device('t36-tank', 'Motobomba del aljibe', { type: 'pump', capabilities: ['on_off'], state: { power: 'off' } }),
  device('t36-gen', 'Planta de emergencia', { type: 'generator', capabilities: ['on_off', 'fuel'], state: { power: 'off', fuel: 70 }, description: 'la planta, para cuando se va la luz' }),
  device('t36-chlor', 'Clorador', { type: 'chlorinator', capabilities: ['on_off'], state: { power: 'on' } }),
  device('t36-fan', 'Abanico de Lucas', { type: 'fan', capabilities: ['on_off', 'speed'], state: { power: 'on', speed: 3 } }),
  device('t36-led', 'Tira LED de Lucas', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 40 } }),
  device('t36-console', 'Consola de Lucas', { type: 'entertainment', capabilities: ['on_off'], state: { power: 'on' } }),
  device('t36-shedlight', 'Shed Lights', { type: 'switch', capabilities: ['power'], state: { power: 'off' } }),
  device('t36-granfan', 'Abanico de la abuela', { type: 'fan', capabilities: ['on_off', 'speed'], state: { power: 'off', speed: 0 } }),
  device('t36-dehum', 'Bunk dehumidifier', { type: 'appliance', capabilities: ['on_off', 'humidity'], state: { power: 'on', humidity: 58, target: 50 } }),
];
const ROOM_OF: Record<string, string> = {
  't36-pool': 't36-machines', 't36-gen': 't36-machines', 't36-chlor': 't36-machines', 't36-tank': 't36-utility',
  't36-fan': 't36-kid', 't36-led': 't36-kid', 't36-console': 't36-kid', 't36-dehum': 't36-bunk',
  't36-shedlight': 't36-shed', 't36-granfan': 't36-gran',
};

let home: Harness;
const ask = askingOver(() => home, 't36-ask');
const { dialog } = dialogsOver(() => home, 't36-cmd');

beforeAll(async () => {
  home = await openSmallHome({ entities: [...PLACES, ...DEVICES], placeOf: ROOM_OF, fallbackRoom: 't36-utility', edgePrefix: 't36-edge' });
});
afterAll(() => home.dispose());

describe('a unit comes from what the device deals in', () => {
  it('a dehumidifier that reads humidity and no temperature is set to a humidity, never °F or °C', async () => {
    const a = await ask("what's the bunk dehumidifier set to");
    expect(a.text).toMatch(/50\s?%/);
    expect(a.text).not.toMatch(/°/);
  });
});

describe('a word that fits two pumps asks which', () => {
  it('"prenda la bomba" asks between the pool pump and the Motobomba, never the generator of the room', async () => {
    const a = await dialog('prenda la bomba');
    expect(a.proposal, a.text).toBeFalsy();
    expect(a.text).toMatch(/Which one/);
    expect(a.text).toMatch(/Bomba de la alberca/);
    expect(a.text).toMatch(/Motobomba del aljibe/);
    expect(a.text).not.toMatch(/Planta de emergencia/);
  });

  it('a word that only one device ends in is still that device', async () => {
    const a = await dialog('prenda la motobomba');
    expect(a.proposal?.targets.map((t) => t.name)).toEqual(['Motobomba del aljibe']);
  });
});

describe('"para" ends what a description says the device is', () => {
  it('a generator "para cuando se va la luz" is no light', async () => {
    const a = await ask('how many lights are there');
    expect(a.text).not.toMatch(/Planta de emergencia/);
  });

  it('switching on the machine room asks which device, never proposes the generator', async () => {
    const a = await dialog('prenda la sala técnica');
    expect(a.proposal, a.text).toBeFalsy();
  });
});

describe('"it" after what is in a room is one of the things listed', () => {
  it('asks which of the listed devices can be turned off, never the room\'s lights alone', async () => {
    const a = await dialog('what is in the cuarto de Lucas', 'turn it off');
    expect(a.proposal, a.text).toBeFalsy();
    expect(a.text).toMatch(/Which one/);
    expect(a.text).toMatch(/Abanico de Lucas/);
  });

  it('"turn them off" still means all of them', async () => {
    const a = await dialog('what is in the cuarto de Lucas', 'turn them all off');
    expect(a.proposal?.targets.map((t) => t.name).sort()).toEqual(['Abanico de Lucas', 'Consola de Lucas', 'Tira LED de Lucas']);
  });
});

describe('the conversation\'s room settles which of a kind a read question means', () => {
  it('"el abanico en qué velocidad está" after what is in Lucas\'s room is his fan', async () => {
    const a = await ask('what is in the cuarto de Lucas', 'el abanico en qué velocidad está');
    expect(a.cited).toEqual(['Abanico de Lucas']);
    expect(a.text).toMatch(/speed 3/);
  });
});
