// Issue 12, round 36: wrong answers a household can't trust. A dehumidifier's bare `target` is a humidity in %, never
// a temperature in °F (stateQuantities.ts); "prenda la bomba" with a pool pump and a "Motobomba" asks which, never the
// generator of the room whose description lists a "bomba" (placeVocabulary.ts, nameWordNamesakes.ts); a generator
// described "para cuando se va la luz" is no light (deviceKinds.ts); "turn it off" after what is in a room is one of
// the things listed there, never the room's lights by default (pronounOverPlaceList.ts), and "the fan, what speed" then
// is the fan there (commandInFocusPlace.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const PLACES: RawEntity[] = [
  { id: 't36-home', entity_type: 'home', name: 'Finca Sol', content: {} },
  { id: 't36-machines', entity_type: 'room', name: 'Sala técnica', content: { description: 'sala técnica junto a la alberca: bomba, clorador, planta' } },
  { id: 't36-utility', entity_type: 'room', name: 'Cuarto útil', content: {} },
  { id: 't36-kid', entity_type: 'room', name: 'Cuarto de Lucas', content: {} },
  { id: 't36-bunk', entity_type: 'room', name: 'Bunk room', content: {} },
  { id: 't36-shed', entity_type: 'room', name: 'Shed', content: {} },
  { id: 't36-gran', entity_type: 'room', name: 'Cuarto de la abuela', content: {} },
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
  const edges: RawEdge[] = [
    ...PLACES.filter((p) => p.entity_type === 'room').map((r) => ({ from: r.id, to: 't36-home', type: 'part_of' })),
    ...Object.entries(ROOM_OF).map(([d, room]) => ({ from: d, to: room, type: 'located_in' })),
  ];
  home = await openHarness({ homeJson: homeExportJson([...PLACES, ...DEVICES], edges, 't36-edge') });
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
