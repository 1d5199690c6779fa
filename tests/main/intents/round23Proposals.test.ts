// Round 23, proposals: a command proposes the device meant at the right tier, or asks which when several fit.
// - "start the generator": an engine that burns fuel is tier 3 even when its capabilities only say start/stop.
// - "dim the lamp in the front room" with two lamps and a big light: which lamp is asked, never all three dimmed;
//   "turn off the light in the kitchen" (the kind's own word) stays the room's lighting.
// - "switch off the tapo plug": the plug as said, not the one plug whose description says "switch" (the kind's word).
// - "off the tv for mummy room": the TV, never the light whose name says "mummy room" (switching verbs only: "unlock
//   the sauna for the guests" says who it is for).
// - "set the downstairs ac to 72" where a thermostat controls the AC: the thermostat's setpoint.
// - "dim the main lights in the kitchen": the kitchen's light named after it, not a light of the "Main bedroom";
//   "dim the saloni light" in the singular: "Fotistiko saloniou" there, not a question between it and a lamp.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './intentHarness';
import { dialogsOver } from './dialogsOver';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';

const home: RawEntity = { id: 'p23-home', entity_type: 'home', name: 'Flat 9', content: {} };
const rooms: RawEntity[] = [
  { id: 'p23-front', entity_type: 'room', name: 'Front room', content: {} },
  { id: 'p23-kitchen', entity_type: 'room', name: 'Kitchen', content: {} },
  { id: 'p23-main', entity_type: 'room', name: 'Main bedroom', content: {} },
  { id: 'p23-mum', entity_type: 'room', name: 'Master bedroom', content: {} },
  { id: 'p23-yard', entity_type: 'room', name: 'Yard', content: {} },
  { id: 'p23-bath', entity_type: 'room', name: 'Bathroom', content: {} },
  { id: 'p23-loo', entity_type: 'room', name: 'Downstairs loo', content: {} },
  { id: 'p23-hall', entity_type: 'room', name: 'Hall', content: {} },
  { id: 'p23-saloni', entity_type: 'room', name: 'Saloni', content: {} },
];
const light = (id: string, name: string): RawEntity => ({ id, entity_type: 'device', name, content: { type: 'light', capabilities: ['on_off', 'brightness'], state: { on: true, brightness: 80 } } });
const devices: RawEntity[] = [
  light('p23-big', 'Big light'),
  light('p23-solas', 'Solas lamp'),
  light('p23-standard', 'Standard lamp'),
  light('p23-klights', 'Kitchen lights'),
  light('p23-under', 'Under-cupboard lights'),
  light('p23-bedlight', 'Bedroom light'),
  light('p23-mumlight', 'Mummy room light'),
  light('p23-fotistiko', 'Fotistiko saloniou'),
  light('p23-maria', "Maria's lamp"),
  { id: 'p23-tv', entity_type: 'device', name: "Mummy's TV", content: { type: 'tv', capabilities: ['on_off', 'volume'], state: { power: 'on' } } },
  { id: 'p23-bigtv', entity_type: 'device', name: 'Big TV', content: { type: 'tv', capabilities: ['on_off', 'volume'], state: { power: 'on' } } },
  { id: 'p23-gen', entity_type: 'device', name: 'Generator', content: { type: 'energy', model: 'P22-6 diesel', capabilities: ['start/stop', 'auto_start', 'fuel_level'], state: { running: false } } },
  { id: 'p23-gaming', entity_type: 'device', name: 'Gaming plug', content: { type: 'plug', manufacturer: 'TP-Link', model: 'Tapo P110', description: 'Switch dock and the wee telly', capabilities: ['on_off'], state: { power: 'on' } } },
  { id: 'p23-dehum', entity_type: 'device', name: 'Dehumidifier plug', content: { type: 'plug', manufacturer: 'TP-Link', model: 'Tapo P110', capabilities: ['on_off'], state: { power: 'on' } } },
  { id: 'p23-wh', entity_type: 'device', name: 'Water heater 2F', content: { type: 'appliance', model: 'DH-3RL2 shower heater', capabilities: ['on/off', 'temperature'], state: { power: 'off' } } },
  { id: 'p23-ariston', entity_type: 'device', name: 'Ariston baba', content: { type: 'appliance', model: 'Aures Easy 3.5 instant heater', capabilities: ['on/off', 'temperature'], state: { power: 'off' } } },
  { id: 'p23-ac', entity_type: 'device', name: 'Downstairs AC', content: { type: 'climate', model: 'condenser and air handler', capabilities: ['cool', 'fan', 'setpoint'], state: { on: true, mode: 'cool', target_temperature: '24 °C' } } },
  { id: 'p23-stat', entity_type: 'device', name: 'Ecobee', content: { type: 'climate', model: 'Smart Thermostat', capabilities: ['thermostat', 'setpoint', 'heat', 'cool'], state: { mode: 'cool', target_temperature: '24 °C' } } },
];
const placeOf: Record<string, string> = {
  'p23-big': 'p23-front', 'p23-solas': 'p23-front', 'p23-standard': 'p23-front', 'p23-gaming': 'p23-front',
  'p23-klights': 'p23-kitchen', 'p23-under': 'p23-kitchen', 'p23-bedlight': 'p23-main', 'p23-dehum': 'p23-main',
  'p23-mumlight': 'p23-mum', 'p23-tv': 'p23-mum', 'p23-gen': 'p23-yard', 'p23-wh': 'p23-bath', 'p23-ariston': 'p23-loo',
  'p23-ac': 'p23-hall', 'p23-stat': 'p23-hall', 'p23-fotistiko': 'p23-saloni', 'p23-maria': 'p23-saloni', 'p23-bigtv': 'p23-saloni',
};

describe('round 23: proposals for the device meant, at the right tier', () => {
  let h: Harness;
  beforeAll(async () => {
    const edges = [...roomAndDeviceEdges(home.id, rooms, devices, placeOf, 'p23-hall'), { from: 'p23-stat', to: 'p23-ac', type: 'controls' }];
    h = await openHarness({ homeJson: homeExportJson([home, ...rooms, ...devices], edges, 'p23') });
  });
  afterAll(() => h.dispose());
  const { proposes, dialog, reply } = dialogsOver(() => h, 'p23');

  it('starting a fuel generator is tier 3', async () => {
    await proposes(['start the generator'], ['Generator'], 3);
  });

  it('"the lamp in the front room" asks which lamp; the light of a room stays its lighting', async () => {
    const a = await dialog('can you dim the lamp in the front room');
    expect(a.proposal).toBeFalsy();
    expect(a.text).toMatch(/Which one do you mean: Solas lamp or Standard lamp\?/);
    const picked = await reply('the solas one');
    expect(picked?.proposal?.targets.map((t) => t.name)).toEqual(['Solas lamp']);
    await proposes(['turn off the light in the kitchen'], ['Kitchen lights', 'Under-cupboard lights'], 2);
  });

  it('"the tapo plug" asks among the plugs, not the one whose description says "switch"', async () => {
    const a = await dialog('switch off the tapo plug');
    expect(a.proposal, a.text).toBeFalsy();
    expect(a.text).toMatch(/Dehumidifier plug/);
    expect(a.text).toMatch(/Gaming plug/);
  });

  it('"the tv for mummy room" is the TV', async () => {
    await proposes(['turn off the tv for mummy room'], ["Mummy's TV"], 2);
  });

  it('a temperature for an AC a thermostat controls is set on the thermostat', async () => {
    await proposes(['set the downstairs ac to 22'], ['Ecobee'], 3);
  });

  it('"the main lights in the kitchen" are the kitchen lights', async () => {
    await proposes(['dim the main lights in the kitchen to 40'], ['Kitchen lights'], 2);
  });

  it('"the saloni light" in the singular is the one named after the room, in its own grammar', async () => {
    await proposes(['dim the saloni light to 30'], ['Fotistiko saloniou'], 2);
  });
});
