// Issue 12, round 27 (wrong "none" outside dialogs): a singular kind asked about where two devices are of that kind
// was answered for the one whose name happens to spell the kind word. "is the light on in the kitchen" with a ceiling
// light (type light, a name in another language) and "Kitchen Plinth Lights" said "No — Kitchen Plinth Lights is off"
// while the ceiling light was on. The kind's own word narrows none of its members: the question asks which.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'nd-kit', entity_type: 'room', name: 'Keittiö', content: { description: 'Kitchen' } },
  { id: 'nd-up', entity_type: 'room', name: 'Yläkerta', content: {} },
  { id: 'nd-down', entity_type: 'room', name: 'Alakerta', content: {} },
];
const DEVICES: RawEntity[] = [
  device('nd-ceil', 'Keittiön katto', { type: 'light', capabilities: ['power', 'brightness'], state: { power: 'on', brightness: 80 } }),
  device('nd-plinth', 'Kitchen Plinth Lights', { type: 'light', capabilities: ['power', 'brightness'], state: { power: 'off', brightness: 0 } }),
  device('nd-wh2', 'Water heater 2F', { type: 'appliance', model: 'DH-3RL2 shower heater', capabilities: ['on/off', 'temperature'], state: { on: false, target_temperature: 40 } }),
  device('nd-wh1', 'Ariston Alakerta', { type: 'appliance', model: 'Aures Easy 3.5 instant heater', capabilities: ['on/off', 'temperature'], state: { on: false, target_temperature: 38 } }),
  device('nd-inv', 'Brownout inverter', { type: 'energy', model: 'HF4850S80-H hybrid inverter', capabilities: ['backup', 'battery_soc'], state: { battery_soc: 96 } }),
  device('nd-ac', 'Olohuoneen ilmalämpöpumppu', { type: 'climate', model: 'CS-PU12 inverter split', capabilities: ['cool', 'setpoint'], state: { power: 'off' } }),
  device('nd-fridge', 'Fridge', { type: 'fridge', capabilities: ['temperature'], state: { temperature: 4 } }),
];
const PLACE = { 'nd-ceil': 'nd-kit', 'nd-plinth': 'nd-kit', 'nd-wh2': 'nd-up', 'nd-wh1': 'nd-down', 'nd-fridge': 'nd-kit', 'nd-inv': 'nd-down', 'nd-ac': 'nd-up' };

let home: Harness;
beforeAll(async () => {
  const entities = [{ id: 'nd-home', entity_type: 'home', name: 'Talo', content: {} }, ...ROOMS, ...DEVICES];
  home = await openHarness({ homeJson: homeExportJson(entities, roomAndDeviceEdges('nd-home', ROOMS, DEVICES, PLACE, 'nd-up'), 'nd-rel') });
});
afterAll(() => home.dispose());

const ask = async (text: string) => {
  const answer = await home.responder.respond(text, home.context({ conversationId: `nd-${text}` }));
  return { text: answer?.text ?? '', cited: answer?.citations.map((c) => c.name) ?? [], proposal: answer?.proposal };
};

describe('a singular kind where the place has two of it', () => {
  it('"is the light on in the kitchen" is never a bare "No" about the strip whose name says "lights"', async () => {
    const answer = await ask('is the light on in the kitchen');
    expect(answer.cited).toEqual(expect.arrayContaining(['Keittiön katto', 'Kitchen Plinth Lights']));
    expect(answer.text).not.toMatch(/^No — Kitchen Plinth Lights is off/);
  });
  it('"is the kitchen light still on?" names the ceiling light too', async () => {
    expect((await ask('is the kitchen light still on?')).text).toMatch(/Keittiön katto/);
  });
  it('"ano battery ng inverter" is still the inverter so named, beside an aircon whose model says "inverter"', async () => {
    const answer = await ask('ano battery ng inverter');
    expect(answer.text).toMatch(/96/);
    expect(answer.cited).toContain('Brownout inverter');
  });
  it('a device named exactly the kind word is still that device', async () => {
    expect((await ask('what temperature is the fridge')).cited).toEqual(['Fridge']);
  });
});
