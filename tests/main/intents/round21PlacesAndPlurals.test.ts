// Two readings that said "none"/"not" about the wrong thing. "devices at the gate" in a home with a room "Gate" and a
// sliding gate: a room's whole name said after a preposition of place is where, not the one device of that kind
// (the answer was the gate's state, "not open"). "which shower heaters do we have" with a "Shower heater" and an
// "Annex shower heater": a device's name said in the plural is every device whose name holds it, never only the
// one named exactly so; said in the singular it stays that one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './intentHarness';
import { askingOver } from './dialogsOver';
import type { RawEntity } from './homeExportJson';
import { openSmallHome, room } from './smallHome';

const home: RawEntity = { id: 'pp-home', entity_type: 'home', name: 'Miotoni house', content: {} };
const rooms: RawEntity[] = [
  room('pp-gate', 'Gate', { description: 'main gate and the meter box' }),
  room('pp-bath', 'Bathroom'),
  room('pp-annex', 'Annex'),
];
const device = (id: string, name: string, type: string, capabilities: string[], state: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content: { type, capabilities, state } });
const devices: RawEntity[] = [
  device('pp-sliding', 'Sliding gate', 'security', ['open/close'], { gate: 'closed' }),
  device('pp-cam', 'Gate camera', 'security', ['video', 'motion'], { online: true }),
  device('pp-meter', 'Token meter', 'energy', ['power_meter'], { units_kwh: 41 }),
  device('pp-shower', 'Shower heater', 'water_heater', ['on/off', 'setpoint'], { on: false, setpoint_c: 38 }),
  device('pp-annex-shower', 'Annex shower heater', 'water_heater', ['on/off'], { on: true }),
  device('pp-lamp', 'Annex lamp', 'lighting', ['on/off'], { on: false }),
];
const placeOf: Record<string, string> = { 'pp-sliding': 'pp-gate', 'pp-cam': 'pp-gate', 'pp-meter': 'pp-gate', 'pp-annex-shower': 'pp-annex', 'pp-lamp': 'pp-annex' };

describe('a room named like a kind, and a device name said in the plural', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openSmallHome({ entities: [home, ...rooms, ...devices], homeId: home.id, placeOf: placeOf, fallbackRoom: 'pp-bath', edgePrefix: 'pp' });
  });
  afterAll(() => h.dispose());
  const ask = askingOver(() => h, 'pp', { mustAnswer: true });

  it('"devices at the gate" lists the room Gate, while "is the gate open" is still the sliding gate', async () => {
    const there = await ask('devices at the gate');
    expect(there.cited).toEqual(expect.arrayContaining(['Sliding gate', 'Gate camera', 'Token meter']));
    const gate = await ask('is the gate open');
    expect(gate.cited).toContain('Sliding gate');
    expect(gate.text).toMatch(/closed/);
  });

  it('"which shower heaters do we have" names both, "is the shower heater on" the one so named', async () => {
    const both = await ask('which shower heaters do we have');
    expect(both.text).toMatch(/Annex shower heater/);
    expect(both.text).toMatch(/\bShower heater\b/);
    const one = await ask('is the shower heater on');
    expect(one.cited).toEqual(['Shower heater']);
  });
});
