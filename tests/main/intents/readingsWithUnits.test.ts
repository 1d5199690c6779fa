// Issue 12, round 8: readings written with their unit inside the value ("20.4°C", "12%", "3.1 bar", "0 W"), the way
// Hive, Tapo and smart-meter displays export them, over a Latvian house written here (names the lexicon cannot read).
// Each was a wrong "none" before ("No device in … reports the temperature", "has no temperature setting") or a
// decline; also readings asked in household words (damp, pressure, usage, per unit) and "last tested" over a kind,
// a plug's `device_on`, Ring's `battery_life` and a power station's `soc`, and "which are getting low" after a list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver } from './dialogsOver';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ENTITIES: RawEntity[] = [
  { id: 'lv-home', entity_type: 'home', name: 'Māja Bērziņi', content: {} },
  { id: 'lv-gulamistaba', entity_type: 'room', name: 'Guļamistaba', content: {} },
  { id: 'lv-virtuve', entity_type: 'room', name: 'Virtuve', content: {} },
  { id: 'lv-pagrabs', entity_type: 'room', name: 'Pagrabs', content: {} },
  { id: 'lv-vannas', entity_type: 'room', name: 'Vannasistaba', content: {} },
  device('lv-varsts', 'Vārsts Līga', { type: 'climate', capabilities: ['target_temperature', 'measured_temperature', 'battery'], state: { target: '21°C', measured: '20.4°C', battery: '12%' } }),
  device('lv-sildītājs', 'Ūdens sildītājs', { type: 'climate', capabilities: ['switch', 'boost'], state: { relay: 'off', boost_mins_left: 0, cylinder: '48°C' } }),
  device('lv-ledusskapis', 'Ledusskapis', { type: 'appliance', capabilities: ['door_alarm'], state: { fridge: '4°C', freezer: '-18°C', door_open: false } }),
  device('lv-mitrums', 'Mitruma savācējs', { type: 'appliance', capabilities: ['target_humidity'], state: { rh: '61%', target_rh: '55%', on: true } }),
  device('lv-krans', 'Galvenais krāns', { type: 'plumbing', description: 'main water shut-off valve', capabilities: ['valve', 'flow_rate'], state: { valve: 'open', pressure: '3.1 bar', flow: '0 L/min' } }),
  device('lv-katls', 'Katls', { type: 'climate', capabilities: ['central_heating', 'fault_code'], state: { pressure: '1.2 bar', flow_temp: '60°C', fault: 'none' } }),
  device('lv-displejs', 'Skaitītāja displejs', { type: 'energy', capabilities: ['tariff'], state: { import_kw: 0.9, today_kwh: 7.5, gas_today_kwh: 30.2, price: '28.1p/kWh' } }),
  device('lv-robots', 'Kārlis', { type: 'appliance', capabilities: ['clean', 'dock'], state: { phase: 'charging', battery: '100%' } }),
  device('lv-dumi-1', 'Dūmu detektors augšā', { type: 'security', description: 'smoke alarm', capabilities: ['smoke', 'test'], state: { status: 'OK', last_test: '2026-10-15' } }),
  device('lv-dumi-2', 'Dūmu detektors lejā', { type: 'security', description: 'smoke alarm', capabilities: ['smoke', 'test'], state: { status: 'OK', last_test: '2026-10-15' } }),
  device('lv-spraudnis', 'Spraudnis Jānis', { type: 'electrical', capabilities: ['on_off', 'energy_monitoring'], state: { device_on: false, current_power: '0 W' } }),
  device('lv-zvans', 'Zvans', { type: 'security', capabilities: ['video', 'chime'], state: { battery_life: '64%', motion_alerts: 'on' } }),
  device('lv-stacija', 'Stacija', { type: 'energy', capabilities: ['solar_input', 'ac_output'], state: { soc: '15%', ac_out: 'off' } }),
  device('lv-velas', 'Veļasmašīna', { type: 'appliance', capabilities: ['wash'], state: { status: 'Washing', programme: 'Synthetics 30', time_remaining: '0h 40m' } }),
];

const IN: Array<[string, string]> = [
  ['lv-varsts', 'lv-gulamistaba'], ['lv-sildītājs', 'lv-vannas'], ['lv-ledusskapis', 'lv-virtuve'], ['lv-katls', 'lv-virtuve'],
  ['lv-mitrums', 'lv-pagrabs'], ['lv-krans', 'lv-pagrabs'], ['lv-displejs', 'lv-pagrabs'], ['lv-velas', 'lv-pagrabs'], ['lv-spraudnis', 'lv-pagrabs'],
];

const EDGES: RawEdge[] = [
  ...['lv-gulamistaba', 'lv-virtuve', 'lv-pagrabs', 'lv-vannas'].map((id) => ({ from: id, to: 'lv-home', type: 'part_of' })),
  ...IN.map(([from, to]) => ({ from, to, type: 'located_in' })),
];

let h: Harness;
const ask = askingOver(() => h, 'lv-u');

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'lv-u-rel') });
});
afterAll(() => h.dispose());

describe('temperatures, batteries and settings written with their unit', () => {
  it('"how warm is the guļamistaba" reads the valve\'s measured "20.4°C", never "no device reports"', async () => {
    const a = await ask('how warm is the guļamistaba');
    expect(a.text).toMatch(/Vārsts Līga[^]*20\.4°C/);
    expect(a.text).not.toMatch(/No device/);
  });

  it('"what is Vārsts Līga set to" says the target "21°C" and what it reads', async () => {
    const a = await ask('what is Vārsts Līga set to');
    expect(a.text).toMatch(/set to 21°C[^]*20\.4°C/);
  });

  it('"how hot is the ūdens sildītājs": a "cylinder" field is a temperature by its unit', async () => {
    const a = await ask('how hot is the ūdens sildītājs');
    expect(a.text).toMatch(/48°C/);
    expect(a.text).not.toMatch(/no temperature setting/);
  });

  it('a battery of "12%" is low, "100%" is a percentage too, and so are a "battery_life" and a power station\'s "soc"', async () => {
    const a = await ask('which devices run on batteries');
    expect(a.text).toMatch(/Vārsts Līga[^]*12%/);
    expect(a.text).toMatch(/Vārsts Līga: 12% \(low\)[^]*Stacija: 15% \(low\)[^]*Zvans: 64%[^]*Kārlis: 100%/);
  });

  it('"which are getting low" right after the battery list is asked over that list', async () => {
    const a = await ask('which devices run on batteries', 'which are getting low');
    expect(a.text).toMatch(/2 batteries are low/);
    expect(a.cited).toEqual(expect.arrayContaining(['Vārsts Līga', 'Stacija']));
    expect(a.cited).not.toContain('Zvans');
  });

  it('the temperature in the virtuve says both of a fridge\'s readings', async () => {
    const a = await ask('what is the temperature in the virtuve');
    expect(a.text).toMatch(/Ledusskapis[^]*4°C \(fridge\), -18°C \(freezer\)/);
  });
});

describe('readings asked in household words', () => {
  it('"is the pagrabs damp" is the humidity there', async () => {
    const a = await ask('is the pagrabs damp');
    expect(a.text).toMatch(/Humidity: Mitruma savācējs[^]*61%/);
  });

  it('"what\'s the pressure" says every pressure reading with its unit; "the water pressure" is the water valve\'s', async () => {
    const a = await ask("what's the pressure");
    expect(a.text).toMatch(/Pressure:/);
    expect(a.text).toMatch(/Galvenais krāns[^]*3\.1 bar/);
    expect(a.text).toMatch(/Katls[^]*1\.2 bar/);
    expect((await ask("what's the water pressure")).text).toMatch(/Galvenais krāns[^]*pressure 3\.1 bar/);
  });

  it('the electricity used now, used today and paid per unit are the display\'s fields', async () => {
    expect((await ask('whats the electricity usage right now')).text).toMatch(/Skaitītāja displejs[^]*0\.9 kW/);
    const today = await ask('how much have we used today');
    expect(today.text).toMatch(/Energy: Skaitītāja displejs[^]*7\.5 kWh \(today\), 30\.2 kWh \(gas today\)/);
    expect((await ask('what are we paying per unit')).text).toMatch(/price 28\.1p\/kWh/);
  });

  it('a robot\'s "phase" says it is charging', async () => {
    expect((await ask('is Kārlis charging')).text).toMatch(/Kārlis is charging/);
  });

  it('"what programme is the veļasmašīna on": the field in British spelling', async () => {
    expect((await ask('what programme is the veļasmašīna on')).text).toMatch(/Synthetics 30/);
  });

  it('"when were the smoke alarms last tested" reads each alarm\'s last_test', async () => {
    const a = await ask('when were the smoke alarms last tested');
    expect(a.text).toMatch(/Dūmu detektors augšā[^]*last test 2026-10-15/);
    expect(a.text).toMatch(/Dūmu detektors lejā[^]*last test 2026-10-15/);
  });

  it('a plug\'s `device_on: false` is off', async () => {
    expect((await ask('is Spraudnis Jānis on')).text).toMatch(/Spraudnis Jānis is off/);
  });

  it('"what\'s the guļamistaba rad set to": "rad" is the British short form of radiator', async () => {
    expect((await ask("what's the guļamistaba rad set to")).text).toMatch(/Vārsts Līga is set to 21°C/);
  });
});
