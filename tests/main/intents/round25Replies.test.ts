// Issue 12, round 25: replies that continue the last command. A reply to "which one" said with a reason after it ("side
// one, the gardener is coming"), or as "the one of <person>" in the home's language ("die von der Sabine"), picks the
// candidate (replyPicks.ts); a place word that names several rooms picks the one room holding an offered device ("la
// del dormitori", onlyPlaceOfOffered.ts); "naw, just the kitchen ones", "nej kun olivers", "koro's" right after a
// command over several devices narrow that command to the one(s) picked among them. Before, each was read as a new
// question ("Side Gate: locked", "The Kitchen has 9 devices") and the command was lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ROOMS: RawEntity[] = [
  { id: 'rp-home', entity_type: 'home', name: 'Casa Verdi', content: {} },
  { id: 'rp-drive', entity_type: 'room', name: 'Driveway', content: {} },
  { id: 'rp-hall', entity_type: 'room', name: 'Hall', content: {} },
  { id: 'rp-kitchen', entity_type: 'room', name: 'Kitchen', content: {} },
  { id: 'rp-sala', entity_type: 'room', name: 'Sala', content: {} },
  { id: 'rp-kids', entity_type: 'room', name: 'Kids room', content: {} },
  { id: 'rp-hgran', entity_type: 'room', name: 'Habitació gran', content: {} },
  { id: 'rp-hpol', entity_type: 'room', name: 'Habitació Pol', content: {} },
  { id: 'rp-hlaia', entity_type: 'room', name: 'Habitació Laia', content: {} },
];
const DEVICES: RawEntity[] = [
  device('rp-gate', 'Main Gate', { type: 'gate', capabilities: ['open', 'close'], state: { gate: 'closed' } }),
  device('rp-side', 'Side Gate', { type: 'lock', model: 'electric strike', capabilities: ['lock'], state: { locked: true }, description: 'Pedestrian side gate to the garden.' }),
  device('rp-read1', 'Leselampe Opa', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('rp-read2', 'Leselampe Sabine', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('rp-night', "Oliver's nightlight", { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('rp-freja', 'Frejas lampe', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('rp-klight', 'Kitchen lights', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('rp-blind1', 'Persiana hab gran', { type: 'blind', capabilities: ['open', 'close', 'position'], state: { position: 0 } }),
  device('rp-blind2', 'Persiana sala', { type: 'blind', capabilities: ['open', 'close', 'position'], state: { position: 0 } }),
  device('rp-polllum', 'Llum Pol', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('rp-motion', 'Hall motion sensor', { type: 'motion_sensor', capabilities: ['motion', 'battery'], state: { motion: false, battery: 12 } }),
  device('rp-halllight', 'Hall light', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'off' } }),
];
const AUTOMATIONS: RawEntity[] = [
  { id: 'rp-auto', entity_type: 'automation', name: 'Night path', content: { trigger: { type: 'motion', device: 'Hall motion sensor', time: '23:00-06:30' }, actions: [{ device: 'Hall light', action: 'on', brightness: 10 }], enabled: true } },
];
const PLACE: Record<string, string> = {
  'rp-gate': 'rp-drive', 'rp-side': 'rp-drive', 'rp-read1': 'rp-sala', 'rp-read2': 'rp-hlaia', 'rp-night': 'rp-kids', 'rp-freja': 'rp-kids',
  'rp-motion': 'rp-hall', 'rp-halllight': 'rp-hall', 'rp-klight': 'rp-kitchen', 'rp-blind1': 'rp-hgran', 'rp-blind2': 'rp-sala', 'rp-polllum': 'rp-hpol',
};

let home: Harness;
const { dialog, proposes } = dialogsOver(() => home, 'rp');
const ask = askingOver(() => home, 'rp-ask', { mustAnswer: true });

beforeAll(async () => {
  const entities = [...ROOMS, ...DEVICES, ...AUTOMATIONS];
  const edges = [
    ...roomAndDeviceEdges('rp-home', ROOMS.filter((e) => e.entity_type === 'room'), DEVICES, PLACE, 'rp-sala'),
    { from: 'rp-auto', to: 'rp-halllight', type: 'automates' },
    { from: 'rp-auto', to: 'rp-motion', type: 'triggered_by' },
  ];
  home = await openHarness({ homeJson: homeExportJson(entities, edges, 'rp-rel') });
});
afterAll(() => home.dispose());

describe('a reply to "which one" keeps the command', () => {
  it('"side one, the gardener is coming" picks the side gate, with its reason after the comma', async () => {
    await proposes(['open the gate', 'side one, the gardener is coming with the plants'], ['Side Gate'], 3);
  });
  it('"die von der Sabine" ("the one of Sabine") picks her reading lamp', async () => {
    await proposes(['turn on the leselampe', 'die von der Sabine'], ['Leselampe Sabine'], 2);
  });
  it('"la del dormitori" with three bedrooms picks the blind in the one bedroom that has one', async () => {
    await proposes(['open the blind', 'la del dormitori'], ['Persiana hab gran'], 2);
  });
});

describe('a reply right after a command over several devices narrows it', () => {
  it('"nej kun olivers" turns off only his nightlight', async () => {
    await proposes(['turn off the lights in the kids room', 'nej kun olivers'], ["Oliver's nightlight"], 2);
  });
  it('"naw, just the kitchen ones" after "turn them all off" turns off only the kitchen lights', async () => {
    await proposes(['which lights are on', 'turn them all off', 'naw, just the kitchen ones'], ['Kitchen lights'], 2);
  });
  it('"is olivers still on" after it is a question, not a narrowed command', async () => {
    const answer = await dialog('turn off the lights in the kids room', 'is olivers still on');
    expect(answer.proposal ?? undefined).toBeUndefined();
  });
});

describe('"it" after an answer that listed one automation of a place', () => {
  it('"what sets it off" after "any automations for the hall" asks what starts that automation', async () => {
    const answer = await ask('any automations for the hall', 'what sets it off');
    expect(answer.cited).toContain('Hall motion sensor');
  });
});
