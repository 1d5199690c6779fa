// Issue 12, round 34: wrong "none" answers where the home had the thing. A route whose end word also names a room in
// the other end's house (sameHouseEnds.ts); "the … automation" read as a schedule named alike (automationWordSaid.ts);
// "is my window open" answered for the one window with the English word in its name (kindWordInOneName.ts); a room
// whose name is a kind word ("co je v sauně"); "and how many in the cottage" after a count of a kind
// (followUpFirstReadings.ts); "is the door down there locked" answered over every lock (placeDoor.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver } from './dialogsOver';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const e = (id: string, entity_type: string, name: string, content: Record<string, unknown> = {}): RawEntity => ({ id, entity_type, name, content });

const ENTITIES: RawEntity[] = [
  e('t-home', 'home', 'Nyumba Kuu', {}),
  e('t-flat', 'zone', 'Flat', { description: 'the flat, 3rd floor' }),
  e('t-cot', 'zone', 'Kijiji house', { description: "grandparents' house in the village", address: '14 Main Street, Moshi' }),
  e('t-kitchen', 'room', 'Kitchen', {}),
  e('t-lounge', 'room', 'Lounge', {}),
  e('t-store', 'room', 'Storeroom', { description: 'storage room in the basement' }),
  e('t-vkitchen', 'room', 'Kijiji kitchen', {}),
  e('t-well', 'room', 'Well yard', {}),
  e('t-sauna', 'room', 'Sauna', {}),
  e('t-backdoor', 'door', 'Back door', {}),
  e('t-storedoor', 'door', 'Storeroom door', { has_lock: true, state: { locked: true } }),
  e('t-frontdoor', 'door', 'Front door', { has_lock: true, state: { locked: false } }),
  e('t-w1', 'window', 'Lounge window', { state: { contact: 'closed' } }),
  e('t-w2', 'window', 'Dirisha la Juma', { state: { contact: 'open' } }),
  e('t-stove', 'device', 'Kiuas', { type: 'appliance', capabilities: ['on_off', 'temperature_setpoint'], state: { power: 'off', setpoint: 80 } }),
  e('t-l1', 'device', 'Kitchen light', { type: 'light', state: { power: 'off' } }),
  e('t-l2', 'device', 'Lounge light', { type: 'light', state: { power: 'on' } }),
  e('t-l3', 'device', 'Yard light', { type: 'light', state: { power: 'off' } }),
  e('t-l4', 'device', 'Kijiji kitchen light', { type: 'light', state: { power: 'off' } }),
  e('t-ups', 'device', 'Inverter', { type: 'inverter', state: { power: 'on' } }),
  e('t-ac', 'device', 'Lounge AC', { type: 'air_conditioner', capabilities: ['on_off', 'temperature_control', 'mode'], state: { power: 'off', setpoint: 24 } }),
  e('t-sched', 'schedule', 'Utility load-shedding', { daily: '08:00-09:00', devices: ['Inverter'] }),
  e('t-auto', 'automation', 'Load-shedding mode', { trigger: { type: 'state', device: 'Inverter', when: 'on battery' }, actions: ['Lounge AC off'], enabled: true }),
];
const EDGES: RawEdge[] = [
  { from: 't-flat', to: 't-home', type: 'part_of' },
  { from: 't-cot', to: 't-home', type: 'part_of' },
  ...['t-kitchen', 't-lounge', 't-store'].map((r) => ({ from: r, to: 't-flat', type: 'part_of' })),
  ...['t-vkitchen', 't-well', 't-sauna'].map((r) => ({ from: r, to: 't-cot', type: 'part_of' })),
  { from: 't-kitchen', to: 't-lounge', type: 'connects_to' },
  { from: 't-backdoor', to: 't-vkitchen', type: 'located_in' },
  { from: 't-backdoor', to: 't-well', type: 'connects_to' },
  { from: 't-vkitchen', to: 't-backdoor', type: 'connects_to' },
  { from: 't-storedoor', to: 't-store', type: 'located_in' },
  { from: 't-frontdoor', to: 't-lounge', type: 'located_in' },
  { from: 't-w1', to: 't-lounge', type: 'located_in' },
  { from: 't-w2', to: 't-lounge', type: 'located_in' },
  { from: 't-stove', to: 't-sauna', type: 'located_in' },
  { from: 't-l1', to: 't-kitchen', type: 'located_in' },
  { from: 't-l2', to: 't-lounge', type: 'located_in' },
  { from: 't-l3', to: 't-well', type: 'located_in' },
  { from: 't-l4', to: 't-vkitchen', type: 'located_in' },
  { from: 't-ups', to: 't-store', type: 'located_in' },
  { from: 't-ac', to: 't-lounge', type: 'located_in' },
  { from: 't-auto', to: 't-ac', type: 'automates' },
];

let home: Harness;
const ask = askingOver(() => home, 'r34-ask', { mustAnswer: true });
beforeAll(async () => {
  home = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'r34-edge') });
});
afterAll(() => home.dispose());

describe('round 34: the thing the home has is found, not said to be missing', () => {
  it('a route between two houses takes the room of the same name in the house of the other end', async () => {
    const a = await ask('how do i get from the kitchen to the well yard');
    expect(a.cited).toContain('Kijiji kitchen');
    expect(a.cited).toContain('Back door');
    expect(a.text).not.toMatch(/different houses/);
  });

  it('"the load shedding automation" is the automation, not the schedule named alike', async () => {
    const a = await ask('what does the load shedding automation do');
    expect(a.cited).toContain('Load-shedding mode');
    expect(a.cited).toContain('Lounge AC');
  });

  it('"is my window open" with several windows asks which, never answers for the one with "window" in its name', async () => {
    const a = await ask('is my window open');
    expect(a.text).not.toMatch(/^No/);
    expect(a.cited).toEqual(expect.arrayContaining(['Lounge window', 'Dirisha la Juma']));
  });

  it('a room whose name is a kind word: what is in it is listed', async () => {
    const a = await ask('what is in the sauna');
    expect(a.cited).toContain('Kiuas');
    expect(a.text).not.toMatch(/no sauna/i);
  });

  it('"and how many in the kijiji house" after a count of lights counts the lights there; "which" lists them', async () => {
    const counted = await ask('how many lights are there', 'and how many in the kijiji house');
    expect(counted.text).toMatch(/\b2 lights\b/);
    const listed = await ask('how many lights are there', 'and how many in the kijiji house', 'which');
    expect(listed.cited).toEqual(expect.arrayContaining(['Yard light', 'Kijiji kitchen light']));
    expect(listed.cited).not.toContain('Lounge light');
  });

  it('"is the door down there locked" after a room is that room\'s door', async () => {
    const a = await ask('what is in the storeroom', 'is the door down there locked');
    expect(a.cited).toContain('Storeroom door');
    expect(a.cited).not.toContain('Front door');
  });
});
