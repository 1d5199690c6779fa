// Issue 12, commands over heating words, in a Romanian home written here (the lexicon has no Romanian). Classes: an
// -ing kind word that only modifies the next noun in a model ("MOA Blue heating element") does not make a towel rail
// the heating's thermostat; "stove" in a wood-fired tiled stove's description is no oven, so "preheat the oven" goes
// to the oven; a stove whose data lists only what it burns and reports nothing takes no setpoint; "turn … back off";
// a towel rail kept as `heating: true` is on and is switched off through that field; a Shelly light's `ison` is its switch;
// "turn the water back on" opens the one valve that says water (capability spelled "valve_open/close"); "turn up the
// sonos" is one step up from its last volume, and with several devices and no number the level is asked; a decimal
// setpoint ("bump it up to 22.5") is one number; "turn the lamp off now, we're leaving" keeps the reason out of the name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ROOMS: RawEntity[] = [
  { id: 'ro-home', entity_type: 'home', name: 'Casa Popescu', content: {} },
  { id: 'ro-sufragerie', entity_type: 'room', name: 'Sufragerie', content: { description: 'living room' } },
  { id: 'ro-baie', entity_type: 'room', name: 'Baie', content: { description: 'bathroom' } },
  { id: 'ro-bucatarie', entity_type: 'room', name: 'Bucătărie', content: { description: 'kitchen' } },
  { id: 'ro-hol', entity_type: 'room', name: 'Hol', content: { description: 'hallway' } },
];

const DEVICES: RawEntity[] = [
  device('ro-soba', 'Sobă de teracotă', { type: 'climate', model: 'hand-built, 2 fire chambers', description: 'traditional wood-fired tiled stove; not smart', capabilities: ['wood_fired'] }),
  device('ro-cuptor', 'Cuptor', { type: 'appliance', description: 'built-in oven', capabilities: ['oven_temperature', 'timer'], state: { status: 'off', oven_temp_c: 0 } }),
  device('ro-uscator', 'Uscător prosoape', { type: 'climate', model: 'Warp T + MOA Blue heating element', description: 'electric towel rail', capabilities: ['heating', 'setpoint', 'timer'], state: { heating: true, setpoint_c: 45 } }),
  device('ro-regulator', 'Regulator cameră', { type: 'climate', description: 'room thermostat for the gas boiler', capabilities: ['temperature_setpoint', 'temperature'], state: { setpoint: 21.5, measured_temp: 21 } }),
  device('ro-veioza', 'Veioză', { type: 'lighting', description: 'table lamp', capabilities: ['on_off'], state: { on: true } }),
  device('ro-robinet', 'Robinet principal', { type: 'plumbing', description: 'main water shut-off valve', capabilities: ['valve_open/close'], state: { valve: 'closed' } }),
  device('ro-boxa', 'Boxă', { type: 'entertainment', manufacturer: 'Sonos', model: 'Beam', capabilities: ['audio_playback', 'volume'], state: { playback: 'idle', volume: 22 } }),
  device('ro-banda', 'Bandă LED', { type: 'lighting', model: 'RGBW2 + LED strip', description: 'under-cabinet LED strip', capabilities: ['on_off', 'brightness'], state: { ison: true, brightness: 80 } }),
];

const PLACE_OF: Record<string, string> = { 'ro-soba': 'ro-sufragerie', 'ro-cuptor': 'ro-bucatarie', 'ro-uscator': 'ro-baie', 'ro-regulator': 'ro-hol', 'ro-veioza': 'ro-sufragerie', 'ro-banda': 'ro-bucatarie' };

function romanianHome(): string {
  const edges = roomAndDeviceEdges('ro-home', ROOMS, DEVICES, PLACE_OF, 'ro-hol');
  return homeExportJson([...ROOMS, ...DEVICES], edges, 'ro-edge');
}

let h: Harness;
const { dialog, proposes } = dialogsOver(() => h, 'ro');

beforeAll(async () => {
  h = await openHarness({ homeJson: romanianHome() });
});
afterAll(() => h.dispose());

describe('heating words in commands', () => {
  it('"set the heating to 20" is the room thermostat, never the towel rail whose model has a "heating element"', async () => {
    await proposes(['set the heating to 20'], ['Regulator cameră'], 3);
  });
  it('"preheat the oven to 180" is the oven, never the tiled stove', async () => {
    await proposes(['preheat the oven to 180'], ['Cuptor'], 3);
  });
  it('a wood-fired stove that reports nothing takes no setpoint', async () => {
    const answer = await dialog('set the tiled stove to 22');
    expect(answer.proposal ?? undefined, answer.text).toBeUndefined();
    expect(answer.text).toMatch(/Sobă de teracotă has no temperature to set/);
  });
  it('"turn the lamp back off" turns it off', async () => {
    await proposes(['turn the lamp back off'], ['Veioză'], 2);
  });
  it('a towel rail kept as `heating: true` reads as on, and "turn it off" switches that field (tier 3: heat)', async () => {
    const read = await dialog('is the towel rail on');
    expect(read.text).toMatch(/Uscător prosoape.* is on/);
    await proposes(['is the towel rail on', 'turn it off'], ['Uscător prosoape'], 3);
  });
  it('a light whose switch is kept as `ison` is listed as on and turned off', async () => {
    const on = await dialog('what lights are on');
    expect(on.text).toMatch(/Bandă LED/);
    await proposes(['turn off the led strip'], ['Bandă LED'], 2);
  });
  it('"turn the water back on" / "shut off the water" open and close the main valve; "turn off the lamp" stays the lamp', async () => {
    await proposes(['turn the water back on'], ['Robinet principal'], 3);
    await proposes(['shut off the water'], ['Robinet principal'], 3);
    await proposes(['turn off the lamp'], ['Veioză'], 2);
  });
  it('"turn up the sonos" steps its volume from the last reading; "turn up the lights" asks for the level', async () => {
    const up = await dialog('turn up the sonos');
    expect(up.proposal?.targets.map((t) => t.name), up.text).toEqual(['Boxă']);
    expect(up.text).toMatch(/32%/);
    const lights = await dialog('turn up the lights');
    expect(lights.proposal ?? undefined, lights.text).toBeUndefined();
    expect(lights.text).toMatch(/Say the level you want/);
  });
  it('a decimal setpoint is one number: "bump the heating up to 22.5"', async () => {
    const answer = await dialog('bump the heating up to 22.5');
    expect(answer.proposal?.targets.map((t) => t.name), answer.text).toEqual(['Regulator cameră']);
    expect(answer.text).toMatch(/22\.5°C/);
  });
  it('"turn the lamp off now, we\'re leaving": what follows "now" is a reason', async () => {
    await proposes(["turn the lamp off now, we're leaving"], ['Veioză'], 2);
  });
});
