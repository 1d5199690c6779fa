// Issue 12, round 33: "is the AC on in the stofa" where the only thing there that takes a temperature is floor
// heating was answered "Yes — Gólfhiti stofa is on", and "heater in grandma room on?" with the air conditioner there
// in cool mode. A heating word in a place still means what takes a temperature there (the kids' room "radiator" that
// is a valve called thermostat), but never a device whose own words say the opposite kind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ROOMS: RawEntity[] = [
  { id: 'sk-home', entity_type: 'home', name: 'Hraunbær 12', content: {} },
  { id: 'sk-stofa', entity_type: 'room', name: 'Stofa', content: {} },
  { id: 'sk-gran', entity_type: 'room', name: 'Grandma room', content: {} },
  { id: 'sk-kids', entity_type: 'room', name: 'Kids room', content: {} },
];
const DEVICES: RawEntity[] = [
  device('sk-floor', 'Gólfhiti stofa', { type: 'climate', model: 'Icon2 room thermostat', description: 'floor heating in the living room', capabilities: ['temperature', 'setpoint'], state: { temperature: 21, setpoint: 21.5, mode: 'heat' } }),
  device('sk-ac', 'Grandma aircon', { type: 'climate', capabilities: ['temperature', 'setpoint'], state: { power: 'on', mode: 'cool', setpoint: 27, temperature: 27.5 } }),
  device('sk-valve', 'Kids thermostat', { type: 'climate', capabilities: ['temperature', 'setpoint'], state: { temperature: 19, setpoint: 20 } }),
];
const PLACE: Record<string, string> = { 'sk-floor': 'sk-stofa', 'sk-ac': 'sk-gran', 'sk-valve': 'sk-kids' };

let home: Harness;
const ask = askingOver(() => home, 'sk-ask', { mustAnswer: true });

beforeAll(async () => {
  const [h, first] = ROOMS;
  home = await openHarness({ homeJson: homeExportJson([...ROOMS, ...DEVICES], roomAndDeviceEdges(h?.id ?? '', ROOMS, DEVICES, PLACE, first?.id ?? ''), 'sk-edge') });
});
afterAll(() => home.dispose());

describe('a temperature kind asked in a place is never a device of the opposite kind', () => {
  it('"is the AC on in the stofa" is not the floor heating', async () => {
    const a = await ask('is the AC on in the stofa');
    expect(a.text).not.toMatch(/^Yes/);
    expect(a.cited).not.toContain('Gólfhiti stofa');
  });
  it('"is the heater in grandma room on" is not the air conditioner', async () => {
    const a = await ask('is the heater in grandma room on');
    expect(a.cited).not.toContain('Grandma aircon');
  });
  it('"what is the radiator in the kids room set to" is still the thermostat there', async () => {
    const a = await ask('what is the radiator in the kids room set to');
    expect(a.cited).toContain('Kids thermostat');
    expect(a.text).toMatch(/20/);
  });
});
