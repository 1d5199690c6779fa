// Issue 12, round 9: readings and capabilities over a small Lithuanian house (names the lexicon cannot read).
// "what has a timer" is the devices that list a timer, not the home's automations; "what can measure kWh" is the
// ones that meter energy under their own field names; a stove that is not smart is read by the sensor "on the
// stove" in its room, named in its description's words rather than by the stove's name. Each was a wrong "none" or an off-target answer before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver } from './dialogsOver';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({
  id, entity_type: 'device', name, content: { state_updated_at: '2026-05-01T08:30:00Z', ...content },
});

const LT_ENTITIES: RawEntity[] = [
  { id: 'lt-home', entity_type: 'home', name: 'Namai Vilniuje', content: {} },
  { id: 'lt-virtuve', entity_type: 'room', name: 'Virtuvė', content: { description: 'kitchen' } },
  { id: 'lt-svetaine', entity_type: 'room', name: 'Svetainė', content: { description: 'living room' } },
  device('lt-orkaite', 'Orkaitė', { type: 'appliance', capabilities: ['bake', 'timer'], state: { status: 'idle' } }),
  device('lt-kaitlente', 'Kaitlentė', { type: 'appliance', capabilities: ['hob', 'timer'], state: { status: 'off' } }),
  device('lt-kistukas', 'Šaldytuvo kištukas', { type: 'switch', capabilities: ['on/off', 'energy_kWh'], state: { on: true, power_w: 54, energy_kwh: 1.2 } }),
  device('lt-krosnis', 'Koklinė krosnis', { type: 'climate', description: 'tiled wood stove (koklinė krosnis); not smart, see the krosnies sensor', capabilities: ['wood_burning'] }),
  device('lt-jutiklis', 'Krosnies jutiklis', { type: 'sensor', description: "sensor on the stove's side tiles", capabilities: ['temperature'], state: { temperature: '38.4 °C' } }),
  device('lt-kondic', 'Kondicionierius', { type: 'climate', capabilities: ['setpoint'], state: { setpoint_c: 21, indoor_temp: 22.5 } }),
  device('lt-indaplove', 'Indaplovė', { type: 'appliance', capabilities: ['remote_start', 'program'], state: { status: 'running', remaining: '40 min' } }),
  device('lt-vanduo', 'Vandens jutiklis indaplovė', { type: 'sensor', description: 'under the dishwasher', capabilities: ['water_leak', 'battery'], state: { leak: false, battery_pct: 17 } }),
  device('lt-girlianda', "Ūla's girlianda", { type: 'light', model: 'Smart plug EU', description: "smart plug for Ūla's fairy lights", capabilities: ['on/off'], state: { on: true } }),
  device('lt-ventiliatorius', "Ūla's ventiliatorius", { type: 'fan', capabilities: ['fanSpeed'], state: { speed: 2 } }),
  device('lt-siurblys', 'Šilumos siurblys', { type: 'climate', capabilities: ['heating'], state: { supply_temp: '35 °C', heat_output_kW: 5.4, compressor: 'running' } }),
  device('lt-marsrutizatorius', 'Maršrutizatorius', { type: 'network', description: 'wifi router', capabilities: ['wifi'], state: { online: true, clients: 17 } }),
  device('lt-vent-a', 'Lubinis ventiliatorius A', { type: 'climate', description: 'ceiling fan', capabilities: ['fanSpeed'], state: { speed: 2 } }),
  device('lt-vent-b', 'Lubinis ventiliatorius B', { type: 'climate', description: 'ceiling fan', capabilities: ['fanSpeed', 'light'], state: { speed: 0, light: 'on' } }),
  device('lt-judesys', 'Judesio jutiklis', { type: 'sensor', capabilities: ['motion', 'battery'], state: { motion: false, battery: 90 } }),
  device('lt-sviestuvas', 'Šviestuvas', { type: 'light', capabilities: ['on_off', 'schedule'], state: { on: false } }),
];
const LT_EDGES: RawEdge[] = [
  ...['lt-virtuve', 'lt-svetaine'].map((id) => ({ from: id, to: 'lt-home', type: 'part_of' })),
  ...[['lt-indaplove', 'lt-virtuve'], ['lt-vanduo', 'lt-virtuve'], ['lt-orkaite', 'lt-virtuve'], ['lt-kaitlente', 'lt-virtuve'], ['lt-kistukas', 'lt-virtuve'], ['lt-sviestuvas', 'lt-svetaine'], ['lt-judesys', 'lt-svetaine'], ['lt-vent-a', 'lt-svetaine'], ['lt-vent-b', 'lt-virtuve'], ['lt-marsrutizatorius', 'lt-svetaine'], ['lt-siurblys', 'lt-virtuve'], ['lt-girlianda', 'lt-svetaine'], ['lt-ventiliatorius', 'lt-svetaine'], ['lt-krosnis', 'lt-svetaine'], ['lt-jutiklis', 'lt-svetaine'], ['lt-kondic', 'lt-svetaine']].map(([from, to]) => ({ from: from as string, to: to as string, type: 'located_in' })),
];

let h: Harness;
const ask = askingOver(() => h, 'lt-r9');

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(LT_ENTITIES, LT_EDGES, 'lt-r9-rel') });
});
afterAll(() => h.dispose());

describe('a capability the home lists, asked for', () => {
  it('"what has a timer" names the devices that list a timer, not the automations', async () => {
    const a = await ask('what has a timer');
    expect(a.cited.sort()).toEqual(['Kaitlentė', 'Orkaitė']);
  });

  it('"which devices can do a timer" is the same question', async () => {
    const a = await ask('which devices can do a timer');
    expect(a.cited.sort()).toEqual(['Kaitlentė', 'Orkaitė']);
  });

  it('"what can measure kWh" finds the plug listing energy_kWh', async () => {
    const a = await ask('what can measure kWh');
    expect(a.cited).toEqual(['Šaldytuvo kištukas']);
  });
});

describe('a device read by the sensor on it', () => {
  it('"how hot is the koklinė krosnis" is the sensor on the stove, never "no temperature setting"', async () => {
    const a = await ask('how hot is the koklinė krosnis');
    expect(a.text).toMatch(/Krosnies jutiklis on it reads 38.4°C/);
    expect(a.text).not.toMatch(/no temperature setting|22.5/);
  });

  it('the stove\'s own state says what the sensor on it reads', async () => {
    const a = await ask('whats the koklinė krosnis at');
    expect(a.text).toMatch(/no state reading for it[^]*Krosnies jutiklis on it reads 38.4°C/);
  });
});

describe('a description that says where a device is', () => {
  it('a leak sensor "under the dishwasher" is no dishwasher: its state is never the dishwasher\'s answer', async () => {
    const a = await ask('is the dishwasher done');
    expect(a.text).not.toMatch(/^Vandens jutiklis indaplovė —/);
    const count = await ask('how many dishwashers are there');
    expect(count.text).not.toMatch(/There is 1 dishwasher/);
  });
});

describe('an owner\'s device the question calls by what its description says it is', () => {
  it('"what\'s ūla\'s plug for" is her light that is a smart plug, never "no ūla\'s switch"', async () => {
    const a = await ask("what's ūla's plug for");
    expect(a.text).toMatch(/^Ūla's girlianda —[^]*fairy lights/);
    expect(a.text).not.toMatch(/I found no/);
  });
});

describe('a field named with a setting word in it', () => {
  it('"how much heat is the šilumos siurblys putting out" is its heat output, not a temperature', async () => {
    const a = await ask('how much heat is the šilumos siurblys putting out');
    expect(a.text).toMatch(/heat output 5.4 kW/);
    expect((await ask("what's the heat output of the šilumos siurblys")).text).toMatch(/heat output 5.4 kW/);
  });

  it('"how hot is the šilumos siurblys" still reads its temperature', async () => {
    const a = await ask('how hot is the šilumos siurblys');
    expect(a.text).toMatch(/35 ?°C/);
  });
});

describe('a count a device keeps', () => {
  it('"how many devices are on the router" is the router\'s own client count, not "There is 1 router"', async () => {
    const a = await ask('how many devices are on the router');
    expect(a.text).toMatch(/clients 17/);
    expect((await ask('how many routers are there')).text).toMatch(/1 router/);
  });
});

describe('a fan that only says its speed', () => {
  it('"which fans are on" is the ones turning (speed above 0), never "no fans with an on/off state"', async () => {
    const a = await ask('which fans are on');
    expect(a.cited).toContain('Lubinis ventiliatorius A');
    expect(a.cited).not.toContain('Lubinis ventiliatorius B');
  });

  it('a fan at speed 0 is off', async () => {
    expect((await ask('is lubinis ventiliatorius b on')).text).toMatch(/Lubinis ventiliatorius B is off/);
  });
});

describe('low batteries', () => {
  it('"which batteries are low" names the low one, never the one at 90%', async () => {
    const a = await ask('which batteries are low');
    expect(a.cited).toContain('Vandens jutiklis indaplovė');
    expect(a.cited).not.toContain('Judesio jutiklis');
  });
});

describe('a room asked what it is at', () => {
  it('"what\'s the svetainė at" is its temperature, not the list of what is in it', async () => {
    const a = await ask("what's the svetainė at");
    expect(a.text).toMatch(/22.5/);
    expect((await ask("what's in the svetainė")).text).not.toMatch(/22.5/);
  });
});
