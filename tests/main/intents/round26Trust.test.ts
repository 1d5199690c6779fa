// Issue 12, round 26 (trust): answers that said "none" where the home holds the thing asked about. "is the sauna on?"
// read as the room answered "No devices in the Sauna are on." without naming the sauna heater it looked at; "which
// app is the alarm on?" answered for the smoke and CO alarms (their names end in "alarm") and said no app is linked,
// never looking at the alarm panel, the one device of the kind the word names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'tr-sauna', entity_type: 'room', name: 'Sauna', content: {} },
  { id: 'tr-hall', entity_type: 'room', name: 'Hall', content: {} },
];
const DEVICES: RawEntity[] = [
  device('tr-ofen', 'Harvia Ofen', { type: 'sauna_heater', capabilities: ['power', 'temperature'], state: { power: 'off', temperature: 6 } }),
  device('tr-panel', 'Alarm Panel', { type: 'alarm', capabilities: ['arm', 'disarm'], state: { armed: 'disarmed' } }),
  device('tr-smoke', 'Landing Smoke Alarm', { type: 'smoke_alarm', capabilities: ['smoke', 'battery'], state: { smoke: false, battery: 70 } }),
  device('tr-co', 'Boiler CO Alarm', { type: 'co_alarm', capabilities: ['co', 'battery'], state: { battery: 18 } }),
];
const APPS: RawEntity[] = [{ id: 'tr-app', entity_type: 'app', name: 'Panel Connect', content: {} }];
const PLACE = { 'tr-ofen': 'tr-sauna' };

let home: Harness;
beforeAll(async () => {
  const entities = [{ id: 'tr-home', entity_type: 'home', name: 'House', content: {} }, ...ROOMS, ...DEVICES, ...APPS];
  const edges = [...roomAndDeviceEdges('tr-home', ROOMS, DEVICES, PLACE, 'tr-hall'), { from: 'tr-panel', to: 'tr-app', type: 'controlled_by_app' }];
  home = await openHarness({ homeJson: homeExportJson(entities, edges, 'tr-rel') });
});
afterAll(() => home.dispose());

const ask = async (text: string) => {
  const answer = await home.responder.respond(text, home.context({ conversationId: `tr-${text}` }));
  return { text: answer?.text ?? '', cited: answer?.citations.map((c) => c.name) ?? [] };
};

describe('a room asked "on?" names the devices it looked at', () => {
  it('"is the sauna on?" says the heater there is off, citing it', async () => {
    const answer = await ask('is the sauna on?');
    expect(answer.cited).toContain('Harvia Ofen');
    expect(answer.text).toMatch(/Harvia Ofen: off/);
  });
});

describe('a kind word said alone covers the device of that kind', () => {
  it('"which app is the alarm on?" answers for the alarm panel too, naming its app', async () => {
    const answer = await ask('which app is the alarm on?');
    expect(answer.cited).toContain('Panel Connect');
    expect(answer.text).toMatch(/Panel Connect/);
  });
  it('"is the alarm on?" is about the panel', async () => {
    expect((await ask('is the alarm on?')).text).toMatch(/Alarm Panel/);
  });
});
