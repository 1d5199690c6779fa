// Issue 12, round 27: a follow-up about the wrong thing inside a dialog. After an answer about one automation, "it"
// in "does it pause the speaker" or "which sensors trigger it" is that automation, not the doorbell or sensor the first
// question named; after a list of valves, "what hub runs them" asks what controls them, not which valve is a hub.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { dialogOutcomes } from './dialogsOver';
import { dislocatedTopic } from '../../../src-main/intents/dislocatedTopic';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const room = (id: string, name: string): RawEntity => ({ id, entity_type: 'room', name, content: {} });
const PLACES: RawEntity[] = [
  { id: 'h-home', entity_type: 'home', name: 'Maple House', content: {} },
  room('h-hall', 'Hallway'),
  room('h-kitchen', 'Galley'),
  room('h-cellar', 'Cellar'),
  room('h-bath', 'Bathroom'),
  room('h-den', 'Den'),
];
const DEVICES: RawEntity[] = [
  device('h-bell', 'Porch Doorbell', { type: 'doorbell', manufacturer: 'Ring', capabilities: ['ring', 'motion', 'battery'], state: { last_ring: '2026-04-30T17:00:00Z', battery: 70 } }),
  device('h-speaker', 'Galley Speaker', { type: 'speaker', capabilities: ['media', 'volume'], state: { playing: true } }),
  device('h-echo', 'Hall Echo', { type: 'smart_speaker', capabilities: ['announce'], state: {} }),
  device('h-leak-cellar', 'Leak Probe Cellar', { type: 'leak_sensor', capabilities: ['leak'], state: { leak: false } }),
  device('h-leak-bath', 'Leak Probe Bath', { type: 'leak_sensor', capabilities: ['leak'], state: { leak: false } }),
  device('h-leak-garage', 'Leak Probe Garage', { type: 'leak_sensor', capabilities: ['leak'], state: { leak: false } }),
  device('h-smoke', 'Smoke Alarm Hall', { type: 'smoke_alarm', capabilities: ['smoke'], state: { smoke: false } }),
  device('h-valve', 'Mains Valve', { type: 'valve', capabilities: ['open_close'], state: { open: true } }),
  device('h-hub', 'Heatmiser Hub', { type: 'hub', capabilities: ['zigbee'], state: { online: true } }),
  device('h-pet-hub', 'Cat Flap Hub', { type: 'hub', state: { online: true } }),
  device('h-blanket', 'Den Blanket', { type: 'heater', capabilities: ['on_off'], state: { power: 'off' } }),
  device('h-oil', 'Den Oil Radiator', { type: 'heater', capabilities: ['on_off', 'temperature', 'setpoint'], state: { power: 'on', setpoint: 20, temperature: 17 } }),
  device('h-trv-1', 'TRV Hallway', { type: 'trv', capabilities: ['temperature', 'setpoint'], state: { temperature: 19, setpoint: 20 } }),
  device('h-trv-2', 'TRV Bathroom', { type: 'trv', capabilities: ['temperature', 'setpoint'], state: { temperature: 21, setpoint: 22 } }),
];
const AUTOMATIONS: RawEntity[] = [
  { id: 'h-chime', entity_type: 'automation', name: 'Bell chime', content: { trigger: { type: 'ring', device: 'Porch Doorbell' }, actions: [{ device: 'Hall Echo', action: "announce 'door'" }, { device: 'Galley Speaker', action: 'pause' }], enabled: true } },
  { id: 'h-flood', entity_type: 'automation', name: 'Flood guard', content: { trigger: { type: 'state', devices: ['Leak Probe Cellar', 'Leak Probe Bath'], to: 'leak' }, actions: [{ device: 'Mains Valve', action: 'close' }], enabled: true } },
];
const PLACE: Record<string, string> = { 'h-bell': 'h-hall', 'h-echo': 'h-hall', 'h-hub': 'h-hall', 'h-trv-1': 'h-hall', 'h-leak-cellar': 'h-cellar', 'h-valve': 'h-cellar', 'h-leak-bath': 'h-bath', 'h-trv-2': 'h-bath', 'h-blanket': 'h-den', 'h-oil': 'h-den' };
const EDGES: RawEdge[] = [
  ...roomAndDeviceEdges('h-home', PLACES, DEVICES, PLACE, 'h-kitchen'),
  { from: 'h-chime', to: 'h-bell', type: 'triggered_by' },
  { from: 'h-chime', to: 'h-echo', type: 'automates' },
  { from: 'h-chime', to: 'h-speaker', type: 'automates' },
  { from: 'h-flood', to: 'h-leak-cellar', type: 'triggered_by' },
  { from: 'h-flood', to: 'h-leak-bath', type: 'triggered_by' },
  { from: 'h-flood', to: 'h-valve', type: 'automates' },
  { from: 'h-hub', to: 'h-trv-1', type: 'manages' },
  { from: 'h-hub', to: 'h-trv-2', type: 'manages' },
];

let home: Harness;
const ask = dialogOutcomes(() => home, 'nd');

beforeAll(async () => {
  home = await openHarness({ homeJson: homeExportJson([...PLACES, ...DEVICES, ...AUTOMATIONS], EDGES, 'nd-rel') });
});
afterAll(() => home.dispose());

describe('"it" after an answer about one automation', () => {
  it('"does it pause the speaker" is asked of the automation, one of whose actions is a pause', async () => {
    const paused = await ask('what happens when someone rings the doorbell', 'does it pause the speaker');
    expect(paused.cited).toContain('Bell chime');
    expect(paused.text).toMatch(/pause/);
    expect(paused.text).not.toMatch(/^Porch Doorbell —/);
  });
  it('"which sensors trigger it?" is asked of the automation, never as "no automations affect" a sensor', async () => {
    const triggers = await ask('what happens if a leak sensor goes off?', 'which sensors trigger it?');
    expect(triggers.cited).toEqual(expect.arrayContaining(['Flood guard', 'Leak Probe Cellar', 'Leak Probe Bath']));
    expect(triggers.text).not.toMatch(/No automations affect/);
  });
  it('a command after it stays a command ("turn it off" is never read as what the automation does)', async () => {
    expect((await ask('what happens when someone rings the doorbell', 'turn it off')).text).not.toMatch(/Bell chime acts on/);
  });
});

describe('a kind asked of "them" that they are not', () => {
  it('"what hub runs them" after the valves were listed names the hub that manages them, never "no hubs"', async () => {
    const hub = await ask('list all the radiator valves', 'what hub runs them');
    expect(hub.cited).toContain('Heatmiser Hub');
    expect(hub.text).toMatch(/managed by Heatmiser Hub/);
    expect(hub.text).not.toMatch(/no hubs/i);
  });
});

describe('a thing named first, then asked about with "it"', () => {
  it('"and the heater, what is it set to?" asks of the heater, not of the blanket asked about before', async () => {
    expect(dislocatedTopic('and the heater, what is it set to?')).toBe('what is the heater set to?');
    expect(dislocatedTopic("and the radiator in there, what's it set to?")).toBe("what's the radiator in there set to?");
    expect(dislocatedTopic('what about my LED strip, is it on')).toBe('is my LED strip on');
    expect(dislocatedTopic('and the bay window, is that shut?')).toBe('and the bay window, is that shut?');
    const set = await ask('is the den blanket on?', 'and the heater, what is it set to?');
    expect(set.text).not.toMatch(/Den Blanket has no temperature setting/);
    expect(set.cited).toContain('Den Oil Radiator');
  });
});
