// Round 23, trust in the English-speaking homes: answers that said a confident none while the data held the answer.
// "is the door locked" with one of three locks open names the locked ones too; a reading nothing in a room reports
// names what is there; "what keeps an eye on the smoke alarms" reads the gateway's `monitors` edges; "turn the boiler
// off" where a thermostat controls the boiler says it is not sure, never "can't"; "the ones that are on" after the
// fans counts a plug named for a fan that is on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './intentHarness';
import { askingOver, dialogsOver } from './dialogsOver';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';

const home: RawEntity = { id: 'te-home', entity_type: 'home', name: 'Hoose', content: {} };
const rooms: RawEntity[] = [
  { id: 'te-hall', entity_type: 'room', name: 'Hall', content: {} },
  { id: 'te-den', entity_type: 'room', name: 'Den', content: {} },
  { id: 'te-amy', entity_type: 'room', name: "Amy's room", content: {} },
  { id: 'te-shed', entity_type: 'room', name: 'Shed', content: {} },
];
const devices: RawEntity[] = [
  { id: 'te-front', entity_type: 'device', name: 'Front door lock', content: { type: 'lock', capabilities: ['lock'], state: { lock: 'locked' } } },
  { id: 'te-back', entity_type: 'device', name: 'Back door lock', content: { type: 'lock', capabilities: ['lock'], state: { lock: 'locked' } } },
  { id: 'te-shedlock', entity_type: 'device', name: 'Shed lock', content: { type: 'lock', capabilities: ['lock'], state: { lock: 'unlocked' } } },
  { id: 'te-pc', entity_type: 'device', name: 'Den PC plug', content: { type: 'plug', capabilities: ['on_off', 'power_meter'], state: { power: 'on', power_w: 300 } } },
  { id: 'te-amylamp', entity_type: 'device', name: "Amy's lamp", content: { type: 'light', capabilities: ['on_off'], state: { power: 'off' } } },
  { id: 'te-amyspeaker', entity_type: 'device', name: "Amy's speaker", content: { type: 'speaker', capabilities: ['volume'], state: { volume: 20 } } },
  { id: 'te-smoke1', entity_type: 'device', name: 'Hall smoke alarm', content: { type: 'smoke_alarm', capabilities: ['smoke_detection'], state: { alarm: false } } },
  { id: 'te-smoke2', entity_type: 'device', name: 'Den smoke alarm', content: { type: 'smoke_alarm', capabilities: ['smoke_detection'], state: { alarm: false } } },
  { id: 'te-gateway', entity_type: 'device', name: 'Alarm gateway', content: { type: 'gateway', capabilities: ['alarm_monitoring'], state: { status: 'online' } } },
  { id: 'te-boiler', entity_type: 'device', name: 'Boiler', content: { type: 'boiler', capabilities: ['heating', 'hot_water'], state: { mode: 'heating', flow_temp_c: 60 } } },
  { id: 'te-stat', entity_type: 'device', name: 'Wall thermostat', content: { type: 'thermostat', capabilities: ['temperature', 'setpoint'], state: { current_temperature: 19, setpoint: 20 } } },
  { id: 'te-fridge', entity_type: 'device', name: 'Fridge', content: { type: 'fridge', capabilities: ['temperature_monitoring'], state: { temperature_c: 4 } } },
  { id: 'te-ceilingfan', entity_type: 'device', name: 'Den ceiling fan', content: { type: 'fan', capabilities: ['on_off'], state: { power: 'off' } } },
  { id: 'te-deskfan', entity_type: 'device', name: 'Desk fan', content: { type: 'fan', capabilities: ['on_off'], state: { power: 'off' } } },
  { id: 'te-fanplug', entity_type: 'device', name: 'Gran fan', content: { type: 'plug', model: 'smart plug (standing fan)', capabilities: ['on_off', 'power_meter'], state: { power: 'on', power_w: 50 } } },
];
const placeOf: Record<string, string> = {
  'te-back': 'te-hall', 'te-shedlock': 'te-shed', 'te-pc': 'te-den', 'te-amylamp': 'te-amy', 'te-amyspeaker': 'te-amy',
  'te-smoke2': 'te-den', 'te-ceilingfan': 'te-den', 'te-fanplug': 'te-shed',
};

describe('round 23: no confident none over what the data holds', () => {
  let h: Harness;
  beforeAll(async () => {
    const edges = [
      ...roomAndDeviceEdges(home.id, rooms, devices, placeOf, 'te-hall'),
      { from: 'te-gateway', to: 'te-smoke1', type: 'monitors' },
      { from: 'te-gateway', to: 'te-smoke2', type: 'monitors' },
      { from: 'te-stat', to: 'te-boiler', type: 'controls' },
    ];
    h = await openHarness({ homeJson: homeExportJson([home, ...rooms, ...devices], edges, 'te') });
  });
  afterAll(() => h.dispose());
  const ask = askingOver(() => h, 'te', { mustAnswer: true });

  it('"is the door locked" with one lock open names the locked ones too', async () => {
    const a = await ask('is the door locked');
    expect(a.text).toMatch(/Shed lock is not locked/);
    expect(a.text).toMatch(/Back door lock and Front door lock/);
  });

  it('a reading no device in a room reports names the devices there', async () => {
    const a = await ask('how much power is the den pc plug pulling', "and amy's room?");
    expect(a.cited).toEqual(expect.arrayContaining(["Amy's lamp", "Amy's speaker"]));
  });

  it.each(['what keeps an eye on the smoke alarms', 'what monitors the smoke alarms', 'what controls the hall smoke alarm'])('"%s" names the gateway that monitors them', async (q) => {
    const a = await ask(q);
    expect(a.cited).toContain('Alarm gateway');
    expect(a.text).toMatch(/monitored by Alarm gateway/);
    expect(a.text).not.toMatch(/Nothing/);
  });

  it('"turn the boiler off" where a thermostat controls it is unsure, naming the thermostat; the fridge still can\'t', async () => {
    const boiler = await ask('turn the boiler off');
    expect(boiler.text).toMatch(/^I'm not sure Boiler can be switched off from here[^]*Wall thermostat controls it/);
    expect((await ask('turn the fridge off')).text).toMatch(/can't be switched off/);
  });

  it('"the ones that are on" after the fans: a plug named for a fan that is on, never "no fans are on"', async () => {
    const a = await ask('how many fans do we have', 'the ones that are on');
    expect(a.cited).toContain('Gran fan');
    expect(a.cited).not.toContain('Den ceiling fan');
    expect(a.text).not.toMatch(/No fans/);
  });
});

describe('round 23: a word search is no subject; a none for a room looks beside it', () => {
  let h: Harness;
  const zHome: RawEntity = { id: 'tz-home', entity_type: 'home', name: 'Whare', content: {} };
  const zPlaces: RawEntity[] = [
    { id: 'tz-main', entity_type: 'zone', name: 'Main house', content: {} },
    { id: 'tz-site', entity_type: 'zone', name: 'Coast cabin', content: { kind: 'site' } },
    { id: 'tz-porch', entity_type: 'room', name: 'Porch', content: {} },
    { id: 'tz-lounge', entity_type: 'room', name: 'Lounge', content: {} },
    { id: 'tz-bed', entity_type: 'room', name: 'Bedroom', content: {} },
    { id: 'tz-clounge', entity_type: 'room', name: 'Cabin lounge', content: {} },
    { id: 'tz-cdeck', entity_type: 'room', name: 'Cabin deck', content: {} },
  ];
  const zDevices: RawEntity[] = [
    { id: 'tz-porchlight', entity_type: 'device', name: 'Porch light', content: { type: 'light', capabilities: ['on_off'], state: { power: 'on' } } },
    { id: 'tz-fanplug', entity_type: 'device', name: 'Gran fan', content: { type: 'plug', model: 'smart plug (standing fan)', capabilities: ['on_off'], state: { power: 'on' } } },
    { id: 'tz-cam1', entity_type: 'device', name: 'Porch camera', content: { type: 'camera', capabilities: ['video'], state: { online: true } } },
    { id: 'tz-cam2', entity_type: 'device', name: 'Lounge camera', content: { type: 'camera', capabilities: ['video'], state: { online: true } } },
    { id: 'tz-cam3', entity_type: 'device', name: 'Deck cam', content: { type: 'camera', capabilities: ['video'], state: { online: true } } },
  ];
  const zRules: RawEntity[] = [{ id: 'tz-auto', entity_type: 'automation', name: 'Generator start', content: { description: 'Dad switched it off since diesel went up', enabled: false } }];
  beforeAll(async () => {
    const placeOf: Record<string, string> = { 'tz-porchlight': 'tz-porch', 'tz-cam1': 'tz-porch', 'tz-cam2': 'tz-lounge', 'tz-cam3': 'tz-cdeck', 'tz-fanplug': 'tz-bed' };
    const edges = [
      ...roomAndDeviceEdges(zHome.id, [], zDevices, placeOf, 'tz-porch'),
      { from: 'tz-main', to: 'tz-home', type: 'part_of' }, { from: 'tz-site', to: 'tz-home', type: 'part_of' },
      { from: 'tz-porch', to: 'tz-main', type: 'part_of' }, { from: 'tz-lounge', to: 'tz-main', type: 'part_of' }, { from: 'tz-bed', to: 'tz-main', type: 'part_of' },
      { from: 'tz-clounge', to: 'tz-site', type: 'part_of' }, { from: 'tz-cdeck', to: 'tz-site', type: 'part_of' },
    ];
    h = await openHarness({ homeJson: homeExportJson([zHome, ...zPlaces, ...zDevices, ...zRules], edges, 'tz') });
  });
  afterAll(() => h.dispose());
  const { proposes } = dialogsOver(() => h, 'tz');
  const ask = askingOver(() => h, 'tz2', { mustAnswer: true });

  it('"turn it off" after a word search that quoted an automation still means the light asked about before', async () => {
    await proposes(['what devices are in the porch', 'diesel went up since when', 'turn it off'], ['Porch light'], 2);
  });

  it('"any fans in the lounge" with none there names the plug for a fan in the room beside it', async () => {
    const a = await ask('any fans in the lounge');
    expect(a.text).toMatch(/Nearby: Gran fan \(Bedroom; a switch for a fan; on\)/);
    expect(a.cited).toContain('Gran fan');
  });

});
