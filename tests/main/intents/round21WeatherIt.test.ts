// "how cold is it out there" right after the balcony fairy lights, "how warm is it at hers" after her string lights:
// the "it" of "how warm is it" is the place talked about when the device just named holds no temperature at all. Read
// as the device, the answer was "<lights> has no temperature setting". A device with a temperature keeps the pronoun.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './intentHarness';
import { askingOver } from './dialogsOver';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';

const home: RawEntity = { id: 'wi-home', entity_type: 'home', name: 'Vesterbro flat', content: {} };
const rooms: RawEntity[] = [
  { id: 'wi-balcony', entity_type: 'room', name: 'Balcony', content: {} },
  { id: 'wi-mia', entity_type: 'room', name: "Mia's room", content: {} },
  { id: 'wi-kitchen', entity_type: 'room', name: 'Kitchen', content: {} },
];
const device = (id: string, name: string, type: string, capabilities: string[], state: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content: { type, capabilities, state } });
const devices: RawEntity[] = [
  device('wi-fairy', 'Balcony fairy lights', 'lighting', ['on/off'], { on: false }),
  device('wi-outdoor', 'Outdoor sensor', 'sensor', ['temperature', 'humidity'], { temperature: 3.4, humidity: 81 }),
  device('wi-string', "Mia's string lights", 'lighting', ['on/off'], { on: true }),
  device('wi-radiator', "Mia's radiator", 'climate', ['temperature', 'target_temperature'], { temperature: 20.5, target_temperature: 21 }),
  device('wi-oven', 'Oven', 'appliance', ['on/off', 'target_temperature'], { on: true, temperature: 180, target_temperature: 200 }),
];
const placeOf: Record<string, string> = { 'wi-fairy': 'wi-balcony', 'wi-outdoor': 'wi-balcony', 'wi-string': 'wi-mia', 'wi-radiator': 'wi-mia', 'wi-oven': 'wi-kitchen' };

describe('"how warm is it" after a device with no temperature', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ homeJson: homeExportJson([home, ...rooms, ...devices], roomAndDeviceEdges(home.id, rooms, devices, placeOf, 'wi-kitchen'), 'wi') });
  });
  afterAll(() => h.dispose());
  const ask = askingOver(() => h, 'wi', { mustAnswer: true });

  it('"how cold is it out there" after the fairy lights reads the balcony', async () => {
    const a = await ask('turn on the balcony fairy lights', 'how cold is it out there');
    expect(a.text).toMatch(/3\.4/);
    expect(a.text).not.toMatch(/no temperature/);
  });

  it('"how warm is it at hers" after her string lights reads her room', async () => {
    const a = await ask("turn off mia's string lights", 'how warm is it at hers');
    expect(a.text).toMatch(/20\.5/);
  });

  it('"how hot is it" after the oven is still the oven', async () => {
    const a = await ask('is the oven on', 'how hot is it');
    expect(a.cited).toContain('Oven');
  });
});
