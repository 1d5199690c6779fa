// Issue 12, round 23 (found measuring unseen homes): a way "to the sauna" whose words named the sauna's stove is walked
// to the stove's room through the doors, never along the stove's other links (a lock, a procedure); and "what monitors
// the bathroom" names what monitors the room, not "nothing controls it".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ENTITIES: RawEntity[] = [
  { id: 'pw-home', entity_type: 'home', name: 'Chalet', content: {} },
  { id: 'pw-ski', entity_type: 'room', name: 'Ski room', content: {} },
  { id: 'pw-hall', entity_type: 'room', name: 'Hall', content: {} },
  { id: 'pw-sauna', entity_type: 'room', name: 'Sauna', content: {} },
  { id: 'pw-bath', entity_type: 'room', name: 'Bathroom', content: {} },
  device('pw-stove', 'Sauna stove', { type: 'heater', capabilities: ['on_off'], state: { power: 'off' } }),
  device('pw-lock', 'Ski room lock', { type: 'lock', capabilities: ['lock'], state: { locked: true } }),
  device('pw-leak', 'Leak sensor', { type: 'sensor', capabilities: ['leak'], state: { leak: false } }),
  { id: 'pw-proc', entity_type: 'procedure', name: 'Winterising', content: { steps: ['Lock the ski room', 'Drain the sauna stove'] } },
];
const ROOMS = ENTITIES.filter((e) => e.entity_type === 'room');
const DEVICES = ENTITIES.filter((e) => e.entity_type === 'device');

let home: Harness;
const ask = askingOver(() => home, 'pw', { mustAnswer: true });

beforeAll(async () => {
  const edges = [
    ...roomAndDeviceEdges('pw-home', ROOMS, DEVICES, { 'pw-stove': 'pw-sauna', 'pw-lock': 'pw-ski', 'pw-leak': 'pw-bath' }, 'pw-hall'),
    { from: 'pw-ski', to: 'pw-hall', type: 'connects_to' },
    { from: 'pw-hall', to: 'pw-sauna', type: 'connects_to' },
    { from: 'pw-hall', to: 'pw-bath', type: 'connects_to' },
    // The links a path must not walk: the stove and the lock are both steps of one procedure.
    { from: 'pw-proc', to: 'pw-stove', type: 'procedure_for' },
    { from: 'pw-proc', to: 'pw-lock', type: 'procedure_for' },
    { from: 'pw-leak', to: 'pw-bath', type: 'monitors' },
  ];
  home = await openHarness({ homeJson: homeExportJson(ENTITIES, edges, 'pw-edge') });
});
afterAll(() => home.dispose());

describe('the way to a device is the way to its room', () => {
  it('"how do I get from the ski room to the sauna stove" walks through the hall', async () => {
    const answer = await ask('how do I get from the ski room to the sauna stove');
    expect(answer.cited).toEqual(expect.arrayContaining(['Ski room', 'Hall', 'Sauna']));
    expect(answer.cited).not.toContain('Winterising');
  });
});

describe('what monitors a room', () => {
  it('"what monitors the bathroom" names the leak sensor', async () => {
    const answer = await ask('what monitors the bathroom');
    expect(answer.cited).toContain('Leak sensor');
    expect(answer.text).not.toMatch(/nothing/i);
  });
});
