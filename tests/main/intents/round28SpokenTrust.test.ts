// Issue 12, round 28: a spoken-English home that draws its doors and windows with their readings beside their other
// facts ({"contact": "open"}, not under `state`), and its schedules as their own entities. "is the window open in the
// loft" was answered "closed (by Loft Blind)" from a blind in the room while the window read open; "which devices have
// schedules" was read as a capability and answered "no device can schedules"; "which of them are locked" cited the
// one unlocked lock first; "has Maud opened the fridge today" said "No — the fridge is closed" while the door sensor on
// it kept the time of the last opening.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'st-loft', entity_type: 'room', name: 'Loft Room', content: {} },
  { id: 'st-kitchen', entity_type: 'room', name: 'Scullery', content: {} },
  { id: 'st-porch', entity_type: 'room', name: 'Lobby', content: {} },
];
const DEVICES: RawEntity[] = [
  device('st-blind', 'Loft Blind', { type: 'blind', capabilities: ['open_close', 'position'], state: { position: 0 }, description: 'Roller blind on the dormer window' }),
  device('st-fridge', 'Larder Fridge', { type: 'fridge', capabilities: ['temperature', 'door'], state: { fridge_temp: 4, door: 'closed' } }),
  device('st-sensor', 'Larder Contact', { type: 'contact sensor', capabilities: ['contact'], state: { contact: 'closed', last_opened: '09:15' }, description: 'Sensor on the fridge door' }),
  device('st-maker', 'Coffee Plug', { type: 'plug', capabilities: ['on_off'], state: { power: 'off' } }),
  device('st-lamp', 'Lobby Lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('st-lock1', 'Lobby Lock', { type: 'lock', capabilities: ['lock', 'unlock'], state: { locked: true } }),
  device('st-lock2', 'Scullery Lock', { type: 'lock', capabilities: ['lock', 'unlock'], state: { locked: false } }),
  device('st-lock3', 'Shed Padlock', { type: 'lock', capabilities: ['lock', 'unlock'], state: { locked: true } }),
];
const PLACE = { 'st-blind': 'st-loft', 'st-fridge': 'st-kitchen', 'st-sensor': 'st-kitchen', 'st-maker': 'st-kitchen', 'st-lamp': 'st-porch', 'st-lock1': 'st-porch', 'st-lock2': 'st-kitchen', 'st-lock3': 'st-kitchen' };
const OTHERS: RawEntity[] = [
  { id: 'st-win1', entity_type: 'window', name: 'Dormer Window', content: { contact: 'open' } },
  { id: 'st-win2', entity_type: 'window', name: 'Scullery Window', content: { contact: 'closed' } },
  { id: 'st-sched1', entity_type: 'schedule', name: 'Morning Brew', content: { days: 'every day', time: '06:30' } },
  { id: 'st-sched2', entity_type: 'schedule', name: 'Lobby Dusk', content: { days: 'every day', from: 'sunset', to: '23:00' } },
];
const EDGES = [
  { from: 'st-win1', to: 'st-loft', type: 'located_in' },
  { from: 'st-win2', to: 'st-kitchen', type: 'located_in' },
  { from: 'st-sensor', to: 'st-fridge', type: 'monitors' },
  { from: 'st-sched1', to: 'st-maker', type: 'manages' },
  { from: 'st-sched2', to: 'st-lamp', type: 'manages' },
];

let home: Harness;
beforeAll(async () => {
  const entities = [{ id: 'st-home', entity_type: 'home', name: 'Quarry Cottage', content: {} }, ...ROOMS, ...DEVICES, ...OTHERS];
  home = await openHarness({ homeJson: homeExportJson(entities, [...roomAndDeviceEdges('st-home', ROOMS, DEVICES, PLACE, 'st-kitchen'), ...EDGES], 'st-rel') });
});
afterAll(() => home.dispose());

const dialog = (...questions: string[]) => home.dialog(...questions);

describe('doors and windows that carry their own readings', () => {
  it('a window with its own "contact" answers for itself, not the blind in its room', async () => {
    const answer = await dialog('is the window open in the loft room');
    expect(answer.text).toMatch(/Dormer Window is open/);
    expect(answer.text).not.toMatch(/Loft Blind/);
  });
  it('"any windows open" reads the windows\' own fields', async () => {
    const answer = await dialog('any windows open');
    expect(answer.cited).toContain('Dormer Window');
    expect(answer.cited).not.toContain('Scullery Window');
  });
});

describe('a past opening, schedules as entities, and which locks', () => {
  it('"was the larder fridge opened today" is the last opening its door sensor keeps', async () => {
    const answer = await dialog('was the larder fridge opened today?');
    expect(answer.text).toMatch(/09:15/);
    expect(answer.text).not.toMatch(/^No/);
  });
  it('"is the fridge open" is still its state now', async () => {
    expect((await dialog('is the fridge open')).text).toMatch(/closed/);
  });
  it('"which devices have schedules" lists what the schedules run, never "no device can"', async () => {
    const answer = await dialog('which devices have schedules');
    expect(answer.cited).toEqual(expect.arrayContaining(['Coffee Plug', 'Lobby Lamp']));
    expect(answer.text).not.toMatch(/No device/);
  });
  it('"which of them are locked" cites the locked ones only', async () => {
    const answer = await dialog('list the locks', 'which of them are locked');
    expect(answer.cited.sort()).toEqual(['Lobby Lock', 'Shed Padlock']);
    expect(answer.text).toMatch(/Scullery Lock is unlocked/);
  });
});
