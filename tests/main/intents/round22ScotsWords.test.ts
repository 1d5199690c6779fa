// Issue 12, round 22: Scottish English says common words in their Scots forms ("pit the big light aff", "whit's the
// heating set tae", "is it baltic in the bairn's room", "eilidh's windae open?"). Over a small flat they are read as the
// English words they are (lexicon/scots.json), and a word the home names something with ("Wee lamp") stays a name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ROOMS: RawEntity[] = [
  { id: 'sc-home', entity_type: 'home', name: 'Tenement flat', content: {} },
  { id: 'sc-front', entity_type: 'room', name: 'Front room', content: {} },
  { id: 'sc-hall', entity_type: 'room', name: 'Hall', content: {} },
  { id: 'sc-kid', entity_type: 'room', name: "Morag's room", content: {} },
  { id: 'sc-cellar', entity_type: 'room', name: 'Cellar', content: {} },
];
const DEVICES: RawEntity[] = [
  device('sc-big', 'Big light', { type: 'lighting', capabilities: ['on/off', 'brightness'], state: { power: 'on', brightness: 80 } }),
  device('sc-rad', "Morag's rad", { type: 'climate', description: 'radiator valve', capabilities: ['target_temperature', 'temperature'], state: { temperature: 16.4, target_temperature: 18 } }),
  device('sc-window', "Morag's window", { type: 'sensor', description: 'window contact sensor', capabilities: ['contact'], state: { open: true } }),
  device('sc-meter', 'Meter display', { type: 'energy', description: 'the lecky meter on the fridge', capabilities: ['power', 'energy_kWh'], state: { power_w: 2310, energy_today_kwh: 9.6 } }),
  device('sc-wee', 'Wee lamp', { type: 'lighting', capabilities: ['on/off'], state: { power: 'off' } }),
  device('sc-hall-lamp', 'Hall lamp', { type: 'lighting', capabilities: ['on/off'], state: { power: 'off' } }),
];
const PLACE: Record<string, string> = { 'sc-big': 'sc-front', 'sc-rad': 'sc-kid', 'sc-window': 'sc-kid', 'sc-meter': 'sc-hall', 'sc-wee': 'sc-cellar', 'sc-hall-lamp': 'sc-hall' };

let flat: Harness;
const { proposes } = dialogsOver(() => flat, 'sc');
const ask = askingOver(() => flat, 'sc-ask', { mustAnswer: true });

beforeAll(async () => {
  const [home, first] = ROOMS;
  const edges = roomAndDeviceEdges(home?.id ?? '', ROOMS.slice(1), DEVICES, PLACE, first?.id ?? '');
  flat = await openHarness({ homeJson: homeExportJson([...ROOMS, ...DEVICES], edges, 'sc-edge') });
});
afterAll(() => flat.dispose());

describe('Scots words are read as the English words they are', () => {
  it('"pit the big light aff then" proposes turning the big light off', async () => {
    await proposes(['pit the big light aff then'], ['Big light'], 2);
  });
  it('"turn the big light aff the now" proposes turning it off', async () => {
    await proposes(['turn the big light aff the now'], ['Big light'], 2);
  });
  it('"is it baltic in morags room" gives the room\'s temperature', async () => {
    expect((await ask('is it baltic in morags room')).text).toMatch(/16\.4/);
  });
  it('"morags windae open?" says the window is open', async () => {
    expect((await ask('morags windae open?')).text).toMatch(/\bopen\b/);
  });
  it('"whit temperature is morags rad set tae" gives the setpoint', async () => {
    expect((await ask('whit temperature is morags rad set tae')).text).toMatch(/18/);
  });
});

describe('"lecky" is electricity, as "leccy" is', () => {
  it('"how much lecky are we using right now" gives the power draw', async () => {
    expect((await ask('how much lecky are we using right now')).text).toMatch(/2310|2\.3/);
  });
});

describe('a word the home names something with stays a name', () => {
  it('"turn the wee lamp on" proposes the Wee lamp, not any lamp', async () => {
    await proposes(['turn the wee lamp on'], ['Wee lamp'], 2);
  });
});
