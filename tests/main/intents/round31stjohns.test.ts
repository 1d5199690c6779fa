// Round 31, a Newfoundland household: a very polite son-in-law ("Good evening, I hope I'm not bothering anyone, but
// could you possibly tell me …? I'd like to know in case of flooding"), Newfoundland English ("what's the heat at out
// to the cabin", "lock 'er up so", "and the lamp too b'y"), mini-splits that heat and are called heat pumps, and a leak
// sensor whose `monitors` edge points at the room the pump is in. Written on a small home of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponderAnswer } from '../../../src-main/chat/Responder';
import { politeEnglish } from '../../../src-main/intents/politeEnglish';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'hv-sit', entity_type: 'room', name: 'Sitting room', content: {} },
  { id: 'hv-laundry', entity_type: 'room', name: 'Laundry room', content: {} },
  { id: 'hv-loft', entity_type: 'room', name: 'Loft', content: {} },
  { id: 'hv-camp', entity_type: 'room', name: 'Camp', content: { description: 'the cabin on the pond' } },
  { id: 'hv-kitchen', entity_type: 'room', name: 'Kitchen', content: {} },
];
const DEVICES: RawEntity[] = [
  device('hv-split', 'Loft mini-split', { type: 'climate', manufacturer: 'Fujitsu', model: 'ASU12RLF1', capabilities: ['on_off', 'temperature', 'temperature_setpoint', 'mode'], state: { power: 'on', mode: 'heat', temperature: 19, setpoint: 21 } }),
  device('hv-ac', 'Sitting room AC', { type: 'climate', manufacturer: 'Frigidaire', capabilities: ['on_off', 'temperature_setpoint', 'mode'], state: { power: 'off', mode: 'cool', setpoint: 22 } }),
  device('hv-lamp', 'Sitting room lamp', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 70 } }),
  device('hv-lock', 'Front door lock', { type: 'security', manufacturer: 'Schlage', capabilities: ['lock'], state: { locked: false } }),
  device('hv-pump', 'Well pump', { type: 'appliance', manufacturer: 'Goulds', state: { running: false } }),
  device('hv-leak', 'Floor leak sensor', { type: 'sensor', capabilities: ['water_leak'], state: { leak: false } }),
  device('hv-thermo', 'Camp thermostat', { type: 'climate', capabilities: ['temperature', 'temperature_setpoint'], state: { temperature: 8, setpoint: 10 } }),
  device('hv-porch', 'Camp porch light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('hv-seadoo', 'Sea-Doo battery charger', { type: 'plug', capabilities: ['on_off'], state: { power: 'on' } }),
  device('hv-klight', 'Kitchen pot lights', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('hv-kstrip', 'Under-cupboard strip', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('hv-camplight', 'Camp kitchen light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('hv-tv', 'Loft TV', { type: 'entertainment', capabilities: ['on_off', 'volume'], state: { power: 'on', volume: 10 } }),
];
const PLACE: Record<string, string> = { 'hv-split': 'hv-loft', 'hv-ac': 'hv-sit', 'hv-lamp': 'hv-sit', 'hv-lock': 'hv-sit', 'hv-pump': 'hv-laundry', 'hv-leak': 'hv-laundry', 'hv-thermo': 'hv-camp', 'hv-porch': 'hv-camp', 'hv-seadoo': 'hv-laundry', 'hv-klight': 'hv-kitchen', 'hv-kstrip': 'hv-kitchen', 'hv-camplight': 'hv-camp', 'hv-tv': 'hv-loft' };
const MANUAL: RawEntity = { id: 'hv-manual', entity_type: 'manual', name: 'Fujitsu Halcyon owner guide', content: { title: 'Halcyon operating manual' } };

describe('round 31: a polite son-in-law and Newfoundland English', () => {
  let h: Harness;
  beforeAll(async () => {
    const home: RawEntity = { id: 'hv-home', entity_type: 'home', name: 'Harbour View', content: {} };
    const edges = [
      ...roomAndDeviceEdges('hv-home', ROOMS, DEVICES, PLACE, 'hv-sit'),
      { from: 'hv-split', to: 'hv-manual', type: 'documented_by' },
      { from: 'hv-leak', to: 'hv-laundry', type: 'monitors' },
    ];
    h = await openHarness({ homeJson: homeExportJson([home, ...ROOMS, ...DEVICES, MANUAL], edges, 'hv-rel') });
  });
  afterAll(() => h.dispose());
  const ask = async (q: string, conversationId = q): Promise<ResponderAnswer | undefined> => h.responder.respond(q, h.context({ conversationId }));
  const text = async (q: string, conversationId = q): Promise<string> => (await ask(q, conversationId))?.text ?? '';
  const targets = async (q: string, conversationId = q): Promise<string[]> => (await ask(q, conversationId))?.proposal?.targets.map((t) => t.name) ?? [];

  it('reads the request inside greetings, apologies, asking leads and the asker\'s reasons', async () => {
    expect(await text("Good evening, I hope I'm not bothering anyone, but could you possibly tell me which devices are made by Fujitsu, if there are any at all?")).toMatch(/Loft mini-split/);
    expect(await text("Excuse me, where exactly is the well pump located? I'd like to know in case of flooding")).toMatch(/Laundry room/);
    expect(await text('Would you mind telling me which devices are in the camp? Just trying to get my bearings')).toMatch(/Camp thermostat/);
    expect(await targets("Would you kindly turn off the sitting room lamp? It's rather bright")).toEqual(['Sitting room lamp']);
  });

  it('acts on the second thought of a self-correction', async () => {
    expect(await targets('Could you kindly turn on the camp porch light... no, sorry, I meant please lock the front door')).toEqual(['Front door lock']);
  });

  it('leaves sentences that are no courtesy as typed', async () => {
    const snapshot = await h.engine.index.get();
    for (const q of ['How do I turn on the lamp? the sitting room one', 'Es ist kalt. Wie warm ist es dort?', 'would you ever start the pump', "that's low innit? how do i top it up", 'is the lamp on']) {
      expect(politeEnglish(q, snapshot)).toBe(q);
    }
  });

  it('a mini-split that heats is a heat pump; one that only cools is not', async () => {
    expect(await text('how many heat pumps')).toMatch(/1 heat pump|one heat pump|Loft mini-split/);
    expect(await text('how many heat pumps')).not.toMatch(/Sitting room AC/);
    expect(await text("I was wondering whether there's any sort of manual for the heat pump; I can't find it anywhere")).toMatch(/Fujitsu Halcyon owner guide/);
    expect(await targets('set the loft heat pump to 21')).toEqual(['Loft mini-split']);
  });

  it('names the sensor that monitors the room a device is in, never "nothing controls it"', async () => {
    const said = await text('what monitors the well pump');
    expect(said).toMatch(/Floor leak sensor/);
    expect(said).not.toMatch(/Nothing in the home graph/);
    expect(await text('is anything monitoring the well pump, some sort of sensor or alarm?')).toMatch(/Floor leak sensor/);
  });

  it('reads Newfoundland English', async () => {
    expect(await text("what's the heat at out to the camp")).toMatch(/8/);
    expect(await text('is the front door locked', 'nl-lock')).toMatch(/Front door lock/);
    expect(await targets("lock 'er up", 'nl-lock')).toEqual(['Front door lock']);
    expect(await targets('turn off the sitting room lamp me son', 'nl-lamp')).toEqual(['Sitting room lamp']);
    expect(await targets("turn off the sitting room lamp b'y", 'nl-lamp2')).toEqual(['Sitting room lamp']);
  });

  it('reads a hyphenated name typed as one word, "that one" as "it", and a place said after the state', async () => {
    expect(await text('is the seadoo charger on')).toMatch(/Sea-Doo battery charger/);
    expect(await text('is the kitchen light on in the camp')).toMatch(/Camp kitchen light/);
    expect(await text("what's the temperature in the loft", 'that-one')).toMatch(/19/);
    expect(await targets('turn that one up to 23', 'that-one')).toEqual(['Loft mini-split']);
  });
});
