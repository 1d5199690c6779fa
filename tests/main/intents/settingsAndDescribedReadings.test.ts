// Issue 12, round 19 (readings, states and settings asked outside a dialog) over a Malagasy home written for this
// test: "what's X set to" of a device that takes no temperature is whatever it is set to (a fan's speed, a
// dehumidifier's target humidity), never "no temperature setting"; an amount asked of the thing a device describes
// ("how much water is in the reservoir", "reservoir level?") is that device's level, not the pump named after water;
// "is there power from jirama" is the meter the utility's name describes; energy and power asked in Spanish and Italian words;
// "generator hours" is the `hours` field of the device described as a generator; "is the ev charger or the block
// heater on" with no EV charger keeps the none and says the state of the socket described as a block heater's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver } from './dialogsOver';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ENTITIES: RawEntity[] = [
  { id: 'm-home', entity_type: 'home', name: 'Tranon-dRakoto', content: {} },
  { id: 'm-efitra', entity_type: 'room', name: 'Efitra fatoriana', content: { description: 'bedroom' } },
  { id: 'm-tokotany', entity_type: 'room', name: 'Tokotany', content: { description: 'back yard' } },
  { id: 'm-fanasana', entity_type: 'room', name: 'Fanasana', content: { description: 'laundry' } },
  { id: 'm-ventilo', entity_type: 'device', name: 'Ventilo Soa', content: { type: 'climate', description: 'ceiling fan', capabilities: ['fanSpeed'], state: { speed: 2 } } },
  { id: 'm-maina', entity_type: 'device', name: 'Mpanamaina', content: { type: 'appliance', model: 'DryAir 20', capabilities: ['on/off', 'target_humidity'], state: { on: true, humidity: 61, target_humidity: 45 } } },
  { id: 'm-paompy', entity_type: 'device', name: 'Paompy rano', content: { type: 'appliance', description: 'pumps from the reservoir up to the roof', capabilities: ['on/off'], state: { running: false, power_w: 0 } } },
  { id: 'm-fitoerana', entity_type: 'device', name: 'Fitoerana', content: { type: 'sensor', description: 'reservoir level, 2000 L', capabilities: ['water_level'], state: { level_pct: 40, litres: 800 } } },
  { id: 'm-kaontera', entity_type: 'device', name: 'Kaontera', content: { type: 'energy', description: 'JIRAMA prepaid electricity meter', capabilities: ['power', 'energy'], state: { grid: 'available', load_w: 900, today_kwh: 7.5 } } },
  { id: 'm-motera', entity_type: 'device', name: 'Motera', content: { type: 'energy', description: 'diesel generator', capabilities: ['start/stop'], state: { running: false, hours: 340, fuel: '55%' } } },
  { id: 'm-sokety', entity_type: 'device', name: 'Sokety ivelany', content: { type: 'switch', description: 'engine block heater socket for the van', capabilities: ['on/off'], state: { on: false, power_w: 0 } } },
  { id: 'm-tv-plug', entity_type: 'device', name: "Rado's TV plug", content: { type: 'plug', capabilities: ['on/off', 'power'], state: { on: true, power_w: 120 } } },
  { id: 'm-inverter', entity_type: 'device', name: 'Inverter', content: { type: 'energy', model: 'hybrid inverter + 5 kWh battery', description: 'backup power for power cuts', capabilities: ['backup', 'battery_soc', 'load'], state: { mode: 'grid', battery_soc: '90%', load_w: 500, grid: 'available' } } },
  { id: 'm-jiro', entity_type: 'device', name: 'Jiro lehibe', content: { type: 'lighting', capabilities: ['on/off'], state: { on: false } } },
];

const EDGES: RawEdge[] = [
  ...['m-efitra', 'm-tokotany', 'm-fanasana'].map((id) => ({ from: id, to: 'm-home', type: 'located_in' })),
  { from: 'm-ventilo', to: 'm-efitra', type: 'located_in' },
  { from: 'm-maina', to: 'm-fanasana', type: 'located_in' },
  { from: 'm-paompy', to: 'm-tokotany', type: 'located_in' },
  { from: 'm-fitoerana', to: 'm-tokotany', type: 'located_in' },
  { from: 'm-kaontera', to: 'm-tokotany', type: 'located_in' },
  { from: 'm-jiro', to: 'm-efitra', type: 'located_in' },
  { from: 'm-tv-plug', to: 'm-efitra', type: 'located_in' },
  { from: 'm-inverter', to: 'm-tokotany', type: 'located_in' },
  { from: 'm-motera', to: 'm-tokotany', type: 'located_in' },
  { from: 'm-sokety', to: 'm-tokotany', type: 'located_in' },
];

let h: Harness;
const ask = askingOver(() => h, 'r19-values', { mustAnswer: true });

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'm-edge') });
});
afterAll(() => h.dispose());

describe('what a device without a temperature setting is set to', () => {
  it('says a fan’s speed', async () => {
    const a = await ask("what's Ventilo Soa set to");
    expect(a.text).toContain('Ventilo Soa is set to speed 2');
    expect(a.text).not.toMatch(/no temperature setting/);
  });

  it('says a dehumidifier’s target humidity and what it reads now', async () => {
    const a = await ask('what is Mpanamaina set to?');
    expect(a.text).toContain('45% humidity');
    expect(a.text).toContain('61% now');
  });

  it('asked for a temperature, says there is none and what it is set to instead', async () => {
    const a = await ask('what temperature is Ventilo Soa set to');
    expect(a.text).toContain('no temperature setting');
    expect(a.text).toContain('speed 2');
  });
});

describe('an amount asked of what a device describes', () => {
  it('reads the reservoir’s level sensor, not the pump', async () => {
    const a = await ask('how much water is in the reservoir');
    expect(a.cited).toContain('Fitoerana');
    expect(a.text).toMatch(/40%/);
  });

  it('reads a heading "reservoir level?"', async () => {
    const a = await ask('reservoir level?');
    expect(a.cited).toContain('Fitoerana');
    expect(a.text).toContain('800');
  });
});

describe('a reading asked as a heading', () => {
  it('reads the field of the device the other words describe', async () => {
    const a = await ask('generator hours');
    expect(a.cited).toContain('Motera');
    expect(a.text).toContain('hours 340');
  });

  it('leaves a heading alone when no device fits every word', async () => {
    const a = await h.responder.respond('generator colour', h.context({ conversationId: 'r19-values-heading' }));
    expect(a?.text ?? '').not.toContain('hours 340');
  });
});

describe('a kind this home has none of, beside a device the other words describe', () => {
  it('keeps the none and says the described device’s state', async () => {
    const a = await ask('is the ev charger or the block heater on');
    expect(a.text).toMatch(/no EV chargers|No device is classified as an EV charger/);
    expect(a.text).toContain('Sokety ivelany');
    expect(a.text).toMatch(/is off/);
  });
});

describe('a supply asked of the device its name describes', () => {
  it('reads the meter the utility’s name describes', async () => {
    const a = await ask('is there power from jirama');
    expect(a.cited).toContain('Kaontera');
    expect(a.text).toContain('available');
  });

  it('asks a power draw of the device named, never of the inverter a word of its description shares', async () => {
    const a = await ask("how much power is rado's tv plug using");
    expect(a.text).toContain('120');
    expect(a.cited).not.toContain('Inverter');
  });

  it('reads the energy used today when asked for energy', async () => {
    expect((await ask('how much energy did we use today')).text).toContain('7.5');
  });

  it('reads electricity asked in Spanish and Italian words ("cuánta luz", "stiamo consumando")', async () => {
    expect((await ask('cuánta luz estamos gastando ahorita')).text).toContain('900');
    expect((await ask('quanto stiamo consumando adesso')).text).toContain('900');
  });
});
