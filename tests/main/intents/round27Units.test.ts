// Issue 12, round 27: a home that says "units": "fahrenheit" once (its devices write bare numbers) had its proposals
// in °F, yet its readings were printed by the reading formatters as °C ("Freezer Sensor (Garage): 5°C", "temperature
// 5°C"): a wrong unit stated as fact. Every temperature reading and setpoint of such a home is said in °F
// (homeUnitWording.ts); a Celsius home stays °C.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'un-living', entity_type: 'room', name: 'Living Room', content: {} },
  { id: 'un-garage', entity_type: 'room', name: 'Garage', content: {} },
];
const DEVICES: RawEntity[] = [
  device('un-tstat', 'Hallway Thermostat', { type: 'thermostat', capabilities: ['temperature', 'temperature_control'], state: { current: 68, setpoint: 70, mode: 'heat' } }),
  device('un-freezer', 'Freezer Sensor', { type: 'temperature_sensor', capabilities: ['temperature', 'battery'], state: { temperature: 5, battery: 90 } }),
];
const PLACE = { 'un-tstat': 'un-living', 'un-freezer': 'un-garage' };

const open = (units: string): Promise<Harness> => {
  const entities = [{ id: 'un-home', entity_type: 'home', name: 'Test Home', content: { units } }, ...ROOMS, ...DEVICES];
  return openHarness({ homeJson: homeExportJson(entities, roomAndDeviceEdges('un-home', ROOMS, DEVICES, PLACE, 'un-living'), 'un-rel') });
};
const QUESTIONS = ['what is the thermostat set to', 'how cold is the freezer sensor', 'what does the freezer sensor read', 'what temperature is it in the garage', 'what temperature is it in the living room', 'list the temperatures'];

let fahrenheit: Harness;
let celsius: Harness;
beforeAll(async () => {
  fahrenheit = await open('fahrenheit');
  celsius = await open('celsius');
});
afterAll(() => {
  fahrenheit.dispose();
  celsius.dispose();
});

const ask = async (home: Harness, q: string): Promise<string> => (await home.responder.respond(q, home.context({ conversationId: `un-${q}` })))?.text ?? '';

describe('a home that says its units are fahrenheit', () => {
  it.each(QUESTIONS)('"%s" says °F and never °C', async (q) => {
    const text = await ask(fahrenheit, q);
    expect(text).toMatch(/\d°F/);
    expect(text).not.toMatch(/°C/);
  });
  it('the list of temperatures says both readings in °F', async () => {
    const text = await ask(fahrenheit, 'list the temperatures');
    expect(text).toMatch(/5°F/);
    expect(text).toMatch(/68°F/);
  });
  it.each(QUESTIONS)('a Celsius home still says °C for "%s"', async (q) => {
    const text = await ask(celsius, q);
    expect(text).toMatch(/\d°C/);
    expect(text).not.toMatch(/°F/);
  });
});
