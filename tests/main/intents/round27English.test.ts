// Issue 12, round 27: a rural American home's English. The home says "units": "fahrenheit" once (no device writes a
// unit), so "set it to 70" was proposed as 70°C; "set the house to 68" switched a heater in the "pump house"; "what
// happens if it warms up" of a chest freezer said no automation touches it while the sensor watching it sets one off;
// "what does the loft bridge feed" and "what's hooked to the router" found nothing; "when does it regenerate next" of
// a softener said no schedule runs it while its state writes `next_regeneration`; "pigs running too?" after "what
// controls it" listed controllers; "and the lights" after a command in the workshop switched every light; and "turn
// on my lamp" picked the lamp last talked about among the lamps named for people.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'en-kitchen', entity_type: 'room', name: 'Kitchen', content: {} },
  { id: 'en-cellar', entity_type: 'room', name: 'Cellar', content: {} },
  { id: 'en-shop', entity_type: 'room', name: 'Workshop', content: {} },
  { id: 'en-pump', entity_type: 'room', name: 'Pump House', content: {} },
  { id: 'en-loft', entity_type: 'room', name: 'Hay Loft', content: {} },
  { id: 'en-bed', entity_type: 'room', name: 'Bedroom', content: {} },
  { id: 'en-parlor', entity_type: 'room', name: 'Parlor', content: {} },
];
const DEVICES: RawEntity[] = [
  device('en-tstat', 'Thermostat', { type: 'climate', capabilities: ['temperature', 'setpoint'], state: { temperature: 66, setpoint: 67 } }),
  device('en-pumpheat', 'Pump House Heater', { type: 'plug', capabilities: ['power'], state: { power: 'on' } }),
  device('en-chest', 'Chest Freezer', { type: 'freezer', capabilities: ['temperature'], state: { temperature: 0 } }),
  device('en-probe', 'Freezer Probe', { type: 'temperature_sensor', capabilities: ['temperature', 'battery'], state: { temperature: 0, battery: 70 } }),
  device('en-router', 'Router', { type: 'router', capabilities: ['network'], state: { online: true } }),
  device('en-bridge', 'Loft Radio Bridge', { type: 'bridge', capabilities: ['network'], state: { online: true } }),
  device('en-cam', 'Loft Camera', { type: 'camera', capabilities: ['video'], state: { recording: true } }),
  device('en-softener', 'Softener', { type: 'water_softener', capabilities: ['salt_level'], state: { salt_level: 40, next_regeneration: '2026-12-09T02:00:00-06:00' } }),
  device('en-pigctl', 'Pen Controller', { type: 'controller', capabilities: ['fan_control'], state: { online: true } }),
  device('en-pigfans', 'Pen Fans', { type: 'fan', capabilities: ['power'], state: { power: 'on' } }),
  device('en-pigheat', 'Pen Heater', { type: 'heater', capabilities: ['power'], state: { power: 'on' } }),
  device('en-blower', 'Stove Fan Plug', { type: 'plug', capabilities: ['power'], state: { power: 'off' } }),
  device('en-shoplights', 'Workshop Lights', { type: 'switch', capabilities: ['power'], state: { power: 'off' } }),
  device('en-kitchenlights', 'Kitchen Lights', { type: 'light', capabilities: ['power'], state: { power: 'off' } }),
  device('en-amylamp', "Amy's Lamp", { type: 'light', capabilities: ['power'], state: { power: 'off' } }),
  device('en-joelamp', "Joe's Lamp", { type: 'light', capabilities: ['power'], state: { power: 'off' } }),
  device('en-parlorlamp', 'Parlor Lamp', { type: 'light', capabilities: ['power'], state: { power: 'off' } }),
];
const PLACE = {
  'en-tstat': 'en-parlor', 'en-pumpheat': 'en-pump', 'en-chest': 'en-cellar', 'en-probe': 'en-cellar', 'en-router': 'en-kitchen', 'en-bridge': 'en-loft',
  'en-cam': 'en-loft', 'en-softener': 'en-cellar', 'en-pigctl': 'en-loft', 'en-pigfans': 'en-loft', 'en-pigheat': 'en-loft', 'en-blower': 'en-shop',
  'en-shoplights': 'en-shop', 'en-kitchenlights': 'en-kitchen', 'en-amylamp': 'en-bed', 'en-joelamp': 'en-bed', 'en-parlorlamp': 'en-parlor',
};
const RULE: RawEntity = { id: 'en-rule', entity_type: 'automation', name: 'Freezer Alarm', content: { trigger: { device: 'Freezer Probe', condition: 'temperature above 10F' }, actions: ['text Amy'] } };
const EDGES = [
  { from: 'en-probe', to: 'en-chest', type: 'monitors' },
  { from: 'en-rule', to: 'en-probe', type: 'triggered_by' },
  { from: 'en-router', to: 'en-bridge', type: 'connects_to' },
  { from: 'en-bridge', to: 'en-cam', type: 'connects_to' },
  { from: 'en-pigctl', to: 'en-pigfans', type: 'controls' },
  { from: 'en-pigctl', to: 'en-pigheat', type: 'controls' },
];

let home: Harness;
beforeAll(async () => {
  const entities = [{ id: 'en-home', entity_type: 'home', name: 'Miller Place', content: { units: 'fahrenheit' } }, ...ROOMS, ...DEVICES, RULE];
  home = await openHarness({ homeJson: homeExportJson(entities, [...roomAndDeviceEdges('en-home', ROOMS, DEVICES, PLACE, 'en-kitchen'), ...EDGES], 'en-rel') });
});
afterAll(() => home.dispose());

const dialog = (...questions: string[]) => home.dialog(...questions);

describe('the home and its heating said as a whole', () => {
  it('a home that says "units": "fahrenheit" proposes its setpoints in °F', async () => {
    const answer = await dialog('set the thermostat to 70');
    expect(answer.targets).toEqual(['Thermostat']);
    expect(answer.text).toMatch(/70°F/);
  });
  it('"set the house to 68" is the thermostat, never a heater in a "house" room', async () => {
    expect((await dialog('set the house to 68')).targets).toEqual(['Thermostat']);
  });
});

describe('what the graph says around a device', () => {
  it('"what happens if it warms up" names the rule the sensor watching it sets off', async () => {
    const answer = await dialog('is the chest freezer ok', 'what happens if it warms up');
    expect(answer.cited).toContain('Freezer Alarm');
    expect(answer.text).not.toMatch(/No automations affect/);
  });
  it('"what does the loft bridge feed" lists what its own links reach', async () => {
    expect((await dialog('what does the loft radio bridge feed')).cited).toContain('Loft Camera');
  });
  it('"what\'s hooked to the router" lists what it links to', async () => {
    expect((await dialog("what's hooked to the router")).cited).toContain('Loft Radio Bridge');
  });
  it('"when does it regenerate next" reads the device\'s next_regeneration', async () => {
    expect((await dialog('how much salt is in the softener', 'when does it regenerate next')).text).toMatch(/2026-12-09/);
  });
});

describe('follow-ups of a farm conversation', () => {
  it('"fans running too?" after "what controls it" asks whether the fans are on', async () => {
    const answer = await dialog('what controls the pen heater', 'fans running too?');
    expect(answer.cited).toContain('Pen Fans');
    expect(answer.text).not.toMatch(/controlled by/);
  });
  it('"and the lights" after a command in the workshop is the workshop\'s lights', async () => {
    expect((await dialog('turn on the stove fan plug', 'and the lights')).targets).toEqual(['Workshop Lights']);
  });
  it('"turn on my lamp" among lamps named for people asks back, never picks the lamp talked about', async () => {
    const answer = await dialog('is the parlor lamp on', 'turn on my lamp');
    expect(answer.targets).toEqual([]);
    expect(answer.text).toMatch(/Which one/);
  });
});
