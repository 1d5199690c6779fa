// Issue 12, round 35: wrong "none" answers in conversations. A kind asked "out there" of a place carried over from
// the last answer, where it is not while the house around it has one (carriedPlaceForKind.ts); "is the alarm on?"
// after a place read as that place's CO alarm (commandInFocusPlace.ts, FollowUpReader.ts); "is the fridge on?" after a
// list with a plug named for the fridge (listedSwitchForKind.ts); "is the sauna heating" read as what is in the sauna;
// "the 2am ac automation" named by its trigger time (timedAutomation.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';
import { device } from './smallHome';

const PLACES: RawEntity[] = [
  { id: 't35-home', entity_type: 'home', name: 'Casa Brisa', content: {} },
  { id: 't35-main', entity_type: 'zone', name: 'Main house', content: {} },
  { id: 't35-cabin', entity_type: 'zone', name: 'Lake cabin', content: {} },
  { id: 't35-living', entity_type: 'room', name: 'Living room', content: {} },
  { id: 't35-kitchen', entity_type: 'room', name: 'Kitchen', content: {} },
  { id: 't35-sauna', entity_type: 'room', name: 'Sauna', content: {} },
  { id: 't35-deck', entity_type: 'room', name: 'Cabin deck', content: {} },
  { id: 't35-bunk', entity_type: 'room', name: 'Cabin bunk room', content: {} },
  { id: 't35-galley', entity_type: 'room', name: 'Cabin galley', content: {} },
];
const ZONE_OF: Record<string, string> = { 't35-living': 't35-main', 't35-kitchen': 't35-main', 't35-sauna': 't35-main', 't35-deck': 't35-cabin', 't35-bunk': 't35-cabin', 't35-galley': 't35-cabin' };
const DEVICES: RawEntity[] = [
  device('t35-cam', 'Cabin deck cam', { type: 'security', capabilities: ['motion', 'camera'], state: { last_motion: '2026-11-28 16:05' } }),
  device('t35-dehum', 'Cabin dehumidifier', { type: 'appliance', capabilities: ['on_off', 'humidity'], state: { power: 'on', humidity: 61, target: 50 } }),
  device('t35-alarm', 'Alarm Panel', { type: 'alarm', capabilities: ['arm', 'disarm', 'siren'], state: { armed: 'disarmed', mode: 'off' } }),
  device('t35-co', 'Cabin CO Alarm', { type: 'co_alarm', capabilities: ['co', 'battery'], state: { co_ppm: 0, battery: 80 } }),
  device('t35-plug', 'Cabin Fridge Plug', { type: 'smart_plug', capabilities: ['on_off'], state: { power: 'off' } }),
  device('t35-leak', 'Cabin leak sensor', { type: 'sensor', capabilities: ['leak'], state: { leak: false } }),
  device('t35-fridge', 'Fridge Freezer', { type: 'fridge', capabilities: ['temperature'], state: { fridge_temperature: 4, freezer_temperature: -18 } }),
  device('t35-kamna', 'Harvia stove', { type: 'appliance', model: 'Cilindro sauna heater', capabilities: ['on_off', 'temperature'], state: { power: 'off', temperature: 9 } }),
  device('t35-ac', 'Den AC', { type: 'air_conditioner', capabilities: ['on_off', 'temperature_setpoint'], state: { power: 'on', setpoint: 24 } }),
];
const ROOM_OF: Record<string, string> = {
  't35-cam': 't35-deck', 't35-dehum': 't35-bunk', 't35-alarm': 't35-living', 't35-co': 't35-galley', 't35-plug': 't35-galley',
  't35-leak': 't35-galley', 't35-fridge': 't35-kitchen', 't35-kamna': 't35-sauna', 't35-ac': 't35-living',
};
const AUTOMATIONS: RawEntity[] = [
  { id: 't35-night', entity_type: 'automation', name: 'Den kühl 2 Uhr', content: { trigger: { type: 'time', at: '02:00' }, actions: ['Den AC setpoint 26'], enabled: false } },
  { id: 't35-late1', entity_type: 'automation', name: 'Porch off', content: { trigger: { type: 'time', at: '23:00' }, actions: ['porch light off'], enabled: true } },
  { id: 't35-late2', entity_type: 'automation', name: 'Quiet hours', content: { trigger: { type: 'time', at: '23:00' }, actions: ['Den AC off'], enabled: true } },
];

let home: Harness;
const ask = askingOver(() => home, 't35-ask');
const { proposes } = dialogsOver(() => home, 't35-cmd');

beforeAll(async () => {
  const edges: RawEdge[] = [
    ...PLACES.filter((p) => p.entity_type === 'zone').map((z) => ({ from: z.id, to: 't35-home', type: 'part_of' })),
    ...Object.entries(ZONE_OF).map(([room, zone]) => ({ from: room, to: zone, type: 'part_of' })),
    ...Object.entries(ROOM_OF).map(([d, room]) => ({ from: d, to: room, type: 'located_in' })),
    { from: 't35-night', to: 't35-ac', type: 'automates' },
    { from: 't35-late2', to: 't35-ac', type: 'automates' },
  ];
  home = await openHarness({ homeJson: homeExportJson([...PLACES, ...DEVICES, ...AUTOMATIONS], edges, 't35-edge') });
});
afterAll(() => home.dispose());

describe('a place carried over is no claim that the thing asked about is there', () => {
  it('"the dehumidifier reading out there" after the deck camera is the cabin\'s one dehumidifier', async () => {
    const a = await ask('when was the last motion on the cabin deck cam', 'whats the dehumidifier reading out there');
    expect(a.cited).toContain('Cabin dehumidifier');
    expect(a.text).toMatch(/61/);
    expect(a.text).not.toMatch(/There are no dehumidifiers/i);
  });

  it('a kind the home has nowhere keeps the place said (the none is true)', async () => {
    const a = await ask('when was the last motion on the cabin deck cam', 'are there any heat pumps out there');
    expect(a.text).not.toMatch(/Cabin dehumidifier/);
  });
});

describe('a read question after a place goes to a device that can answer it', () => {
  it('"is the alarm on?" after the cabin is the armed panel, never the cabin CO alarm', async () => {
    const a = await ask("what's in the lake cabin", 'is the alarm on?');
    expect(a.cited).toEqual(['Alarm Panel']);
    expect(a.text).toMatch(/disarmed/);
  });

  it('"set it for the night then" arms that panel', async () => {
    await proposes(["what's in the lake cabin", 'is the alarm on?', 'arm it then'], ['Alarm Panel'], 3);
  });
});

describe('a kind word after a list is the listed plug named for it', () => {
  it('"is the fridge on?" after the cabin galley is its fridge plug; "switch it on" switches the plug', async () => {
    const a = await ask("what's in the cabin galley", 'is the fridge on?');
    expect(a.cited).toEqual(['Cabin Fridge Plug']);
    expect(a.text).toMatch(/off/);
    await proposes(["what's in the cabin galley", 'is the fridge on?', 'switch it on'], ['Cabin Fridge Plug'], 2);
  });

  it('asked alone it is still the fridge freezer', async () => {
    const a = await ask('is the fridge on?');
    expect(a.cited).toContain('Fridge Freezer');
  });
});

describe('"is the sauna heating" is a state question', () => {
  it('says the sauna heater is off, not what is in the sauna', async () => {
    const a = await ask('yo is the sauna heating');
    expect(a.text).not.toMatch(/has 1 device/);
    expect(a.text).toMatch(/\b(no|not|off)\b/i);
    expect(a.cited).toContain('Harvia stove');
  });
});

describe('an automation called by the time it runs at', () => {
  it('"is that 2am ac automation still on" is the one triggered at 02:00, which is disabled', async () => {
    const a = await ask('is that 2am ac automation still on');
    expect(a.cited).toEqual(['Den kühl 2 Uhr']);
    expect(a.text).toMatch(/disabled/);
  });

  it('two automations at that time are not picked between', async () => {
    const a = await ask('is the 11pm automation on');
    expect(a.cited).not.toEqual(['Porch off']);
    expect(a.cited).not.toEqual(['Quiet hours']);
  });
});
