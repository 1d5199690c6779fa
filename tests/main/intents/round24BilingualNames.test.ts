// Issue 12, round 24: a room's name written in two scripts ("Kitchen 廚房", "客廳 Living Room") is called by either
// part (otherNames.ts). Read whole, "the kitchen" found the devices named "Kitchen …" before the room
// named "Kitchen 廚房", and "what monitors the kitchen" said that nothing controls the kitchen light.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'bi-kitchen', entity_type: 'room', name: 'Kitchen 廚房', content: {} },
  { id: 'bi-living', entity_type: 'room', name: '客廳 Living Room', content: {} },
];
const DEVICES: RawEntity[] = [
  device('bi-light', 'Kitchen Light 廚房燈', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('bi-fan', 'Kitchen Exhaust Fan', { type: 'fan', capabilities: ['on_off'], state: { power: 'off' } }),
  device('bi-gas', '煤氣探測器', { type: 'gas_detector', capabilities: ['gas'], state: { gas: 'clear' } }),
  device('bi-ac', '客廳冷氣', { type: 'air_conditioner', capabilities: ['on_off', 'setpoint'], state: { power: 'on', setpoint: 24 } }),
];
const PLACE = { 'bi-light': 'bi-kitchen', 'bi-fan': 'bi-kitchen', 'bi-gas': 'bi-kitchen', 'bi-ac': 'bi-living' };

let home: Harness;
beforeAll(async () => {
  const edges = [...roomAndDeviceEdges('bi-home', ROOMS, DEVICES, PLACE, 'bi-kitchen'), { from: 'bi-gas', to: 'bi-kitchen', type: 'monitors' }];
  home = await openHarness({ homeJson: homeExportJson([{ id: 'bi-home', entity_type: 'home', name: 'Flat', content: {} }, ...ROOMS, ...DEVICES], edges, 'bi-rel') });
});
afterAll(() => home.dispose());

const ask = async (text: string) => {
  const answer = await home.responder.respond(text, home.context({ conversationId: `bi-${text}` }));
  return { text: answer?.text ?? '', cited: answer?.citations.map((c) => c.name) ?? [] };
};

describe('a name in two scripts is called by either part', () => {
  it('"what monitors the kitchen" names the gas detector that monitors the room', async () => {
    const answer = await ask('what monitors the kitchen');
    expect(answer.cited).toContain('煤氣探測器');
    expect(answer.text).not.toMatch(/Nothing in the home graph controls/);
  });
  it('"what\'s in the living room" finds the room written "客廳 Living Room"', async () => {
    expect((await ask("what's in the living room")).cited).toContain('客廳冷氣');
  });
});
