// Issue 12, round 6 commands over a home named in Lithuanian (the lexicon has no Lithuanian): devices are known by
// their types, English descriptions and capabilities only. Classes: a device is switched however its data says so
// ("on/off", "remote_on_off", "remote_control", an `output`/`on` field) and the change is written in that field; a
// washer, a robot vacuum and an irrigation controller are started and stopped; a device with nothing to switch is
// still refused; a number for a water heater is its setpoint; a command whose last reading shows it done is proposed
// anyway, saying so ("turn it on" right after an answer about it keeps "already"); "lock up for the night" is every
// lock; "roll down …", "put the awning out", "run the irrigation"; "and the garden lights" after a command leaves out
// the one just commanded; "close hers"; a kind the home has none of is said to be missing, not declined; "the heating"
// with a number is the one room thermostat among radiator valves; a ventilation unit takes a fan speed step;
// power is cut at a plug.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ROOMS: RawEntity[] = [
  { id: 'lt-home', entity_type: 'home', name: 'Namai', content: {} },
  { id: 'lt-svetaine', entity_type: 'room', name: 'Svetainė', content: { description: 'living room' } },
  { id: 'lt-rusys', entity_type: 'room', name: 'Rūsys', content: { description: 'cellar' } },
  { id: 'lt-vonia', entity_type: 'room', name: 'Vonia', content: { description: 'bathroom' } },
  { id: 'lt-mociute', entity_type: 'room', name: 'Močiutės kambarys', content: { description: "grandma's room" } },
  { id: 'lt-katiline', entity_type: 'room', name: 'Katilinė', content: { description: 'boiler room' } },
  { id: 'lt-darbo', entity_type: 'room', name: 'Darbo kambarys', content: { description: 'office' } },
  { id: 'lt-terasa', entity_type: 'room', name: 'Terasa', content: { description: 'terrace' } },
  { id: 'lt-kiemas', entity_type: 'zone', name: 'Kiemas', content: { kind: 'outdoor', description: 'terrace, garden and driveway' } },
];

const DEVICES: RawEntity[] = [
  device('lt-rusio', 'Rūsio šviesa', { type: 'lighting', model: 'Plus 1', capabilities: ['on/off', 'dimmer'], state: { output: false, brightness: 0 } }),
  device('lt-terasos', 'Terasos šviesa', { type: 'lighting', capabilities: ['on/off'], state: { output: false } }),
  device('lt-sodo', 'Sodo žibintai', { type: 'lighting', capabilities: ['on_off', 'brightness'], state: { on: false, bri: 0 } }),
  device('lt-lempa', 'Šviestuvas', { type: 'lighting', capabilities: ['on_off', 'brightness'], state: { on: true, bri: 60 } }),
  device('lt-katilas', 'Granulinis katilas', { type: 'climate', description: 'pellet boiler', capabilities: ['heating', 'boiler_temperature', 'remote_on_off'], state: { status: 'running', boiler_temp: 68 } }),
  device('lt-vandens', 'Vandens šildytuvas', { type: 'appliance', description: 'electric water heater', capabilities: ['water_heating', 'remote_control'], state: { on: true, water_temp: 55, target: 60 } }),
  device('lt-skalbykle', 'Skalbyklė', { type: 'appliance', description: 'washing machine', capabilities: ['remote_start', 'cycle_status'], state: { status: 'running', remaining_min: 40 } }),
  device('lt-robotas', 'Dulkių robotas', { type: 'appliance', description: 'robot vacuum', capabilities: ['vacuum', 'mop', 'dock', 'battery'], state: { status: 'docked', battery: 100 } }),
  device('lt-laistymas', 'Laistymas', { type: 'garden', description: 'irrigation controller for the lawn', capabilities: ['valves', 'zones', 'schedule', 'rain_delay'], state: { running: false } }),
  device('lt-mygtukas', 'Močiutės mygtukas', { type: 'security', description: 'help button', capabilities: ['button', 'battery'], state: { battery: 90 } }),
  device('lt-vyninis', 'Vyno šaldytuvas', { type: 'appliance', description: 'wine cooler', capabilities: ['temperature_monitoring', 'door_alarm'], state: { temp_c: 12 } }),
  device('lt-roletas-sv', 'Roletas svetainė', { type: 'shading', description: 'roller shutter', capabilities: ['open_close', 'position'], state: { position: 0 } }),
  device('lt-roletas-moc', 'Roletas močiutė', { type: 'shading', description: 'roller shutter', capabilities: ['open_close', 'position'], state: { position: 100 } }),
  device('lt-markize', 'Markizė', { type: 'shading', description: 'awning', capabilities: ['extend_retract', 'position'], state: { position: 0, status: 'retracted' } }),
  device('lt-spyna', 'Durų spyna', { type: 'security', description: 'front door lock', capabilities: ['lock_unlock', 'battery'], state: { locked: true, battery: 70 } }),
  device('lt-termostatas', 'Kambario termostatas', { type: 'climate', model: 'Smart Thermostat', capabilities: ['temperature_setpoint', 'temperature'], state: { target_temp: 21, room_temp: 20.4 } }),
  device('lt-galvute-1', 'Galvutė vaikų', { type: 'climate', model: 'Smart Radiator Thermostat', capabilities: ['target_temperature', 'battery'], state: { setpoint: 20, battery: 60 } }),
  device('lt-galvute-2', 'Galvutė miegamasis', { type: 'climate', model: 'Smart Radiator Thermostat', capabilities: ['target_temperature', 'battery'], state: { setpoint: 19, battery: 80 } }),
  device('lt-vedinimas', 'Vėdinimo įrenginys', { type: 'climate', description: 'heat recovery ventilation', capabilities: ['fan_speed', 'filter_status'], state: { fan_level: 2, supply_temp: 19.4 } }),
  device('lt-lizdas-rokas', 'Lizdas Rokas', { type: 'appliance', model: 'Tapo P110', description: 'smart plug', capabilities: ['power', 'energy_metering'], state: { power: 'on' } }),
  device('lt-lempa-rokas', 'Stalinė lempa Rokas', { type: 'lighting', capabilities: ['power', 'brightness'], state: { power: 'on', brightness: 80 } }),
  device('lt-garso', 'Garso kolonėlė', { type: 'entertainment', description: 'soundbar', capabilities: ['audio_playback', 'volume'] }),
];

const PLACE_OF: Record<string, string> = {
  'lt-rusio': 'lt-rusys', 'lt-terasos': 'lt-terasa', 'lt-sodo': 'lt-kiemas', 'lt-lempa': 'lt-svetaine', 'lt-katilas': 'lt-katiline',
  'lt-vandens': 'lt-katiline', 'lt-skalbykle': 'lt-vonia', 'lt-robotas': 'lt-svetaine', 'lt-laistymas': 'lt-kiemas', 'lt-mygtukas': 'lt-mociute',
  'lt-vyninis': 'lt-rusys', 'lt-roletas-sv': 'lt-svetaine', 'lt-roletas-moc': 'lt-mociute', 'lt-markize': 'lt-terasa', 'lt-spyna': 'lt-svetaine',
  'lt-garso': 'lt-svetaine', 'lt-lizdas-rokas': 'lt-darbo', 'lt-lempa-rokas': 'lt-darbo', 'lt-vedinimas': 'lt-katiline', 'lt-termostatas': 'lt-svetaine', 'lt-galvute-1': 'lt-mociute', 'lt-galvute-2': 'lt-vonia',
};

function lithuanianHome(): string {
  const edges: RawEdge[] = [
    ...ROOMS.filter((r) => r.entity_type === 'room').map((r) => ({ from: r.id, to: r.id === 'lt-terasa' ? 'lt-kiemas' : 'lt-home', type: 'part_of' })),
    { from: 'lt-kiemas', to: 'lt-home', type: 'part_of' },
    { from: 'lt-isvykimas', to: 'lt-spyna', type: 'automates' },
    ...DEVICES.map((d) => ({ from: d.id, to: PLACE_OF[d.id] ?? 'lt-svetaine', type: 'located_in' })),
  ];
  const automation: RawEntity = { id: 'lt-isvykimas', entity_type: 'automation', name: 'Išvykimas', content: { description: 'leaving home', trigger: { type: 'manual' } } };
  return homeExportJson([...ROOMS, ...DEVICES, automation], edges, 'lt-edge');
}

let h: Harness;
const { dialog, proposes } = dialogsOver(() => h, 'lt');

beforeAll(async () => {
  h = await openHarness({ homeJson: lithuanianHome() });
});
afterAll(() => h.dispose());

/** The state the last answer's proposal leaves its one target in. */
function changeOf(answer: Awaited<ReturnType<typeof dialog>>): Record<string, unknown> {
  return (answer.proposal?.changes[0]?.changes.content?.['state'] ?? {}) as Record<string, unknown>;
}

describe('switching however the data says', () => {
  it('a light whose capability is spelled "on/off" and whose switch is an `output` field is switched through it', async () => {
    const on = await dialog('turn on the terrace light');
    expect(on.proposal?.targets.map((t) => t.name)).toEqual(['Terasos šviesa']);
    expect(changeOf(on)).toMatchObject({ output: true });
    expect(changeOf(on)).not.toHaveProperty('power');
    await proposes(['lights on in the cellar'], ['Rūsio šviesa'], 2);
    const dimmed = await dialog('set the cellar light to 40%');
    expect(changeOf(dimmed)).toMatchObject({ output: true, brightness: 40 });
  });
  it('a boiler with remote_on_off and a water heater with remote_control are switched (tier 3, heat)', async () => {
    await proposes(['turn off the pellet boiler'], ['Granulinis katilas'], 3);
    const heater = await dialog('turn off the water heater');
    expect(changeOf(heater)).toMatchObject({ on: false });
  });
  it('a washer, a robot vacuum and the irrigation are started and stopped', async () => {
    const washer = await dialog('stop the washing machine');
    expect(washer.proposal?.targets.map((t) => t.name)).toEqual(['Skalbyklė']);
    expect(changeOf(washer)).toMatchObject({ status: 'stopped' });
    expect(washer.text).toMatch(/stop Skalbyklė/);
    const vacuum = await dialog('start the robot vacuum');
    expect(changeOf(vacuum)).toMatchObject({ status: 'cleaning' });
    const watering = await dialog('run the irrigation for the lawn');
    expect(watering.proposal?.targets.map((t) => t.name)).toEqual(['Laistymas']);
    expect(changeOf(watering)).toMatchObject({ running: true });
  });
  it('a soundbar with playback but no power field is turned on through its power', async () => {
    await proposes(['turn on the soundbar'], ['Garso kolonėlė'], 2);
  });
  it('a device with nothing to switch is still refused', async () => {
    const fridge = await dialog('turn off the wine cooler');
    expect(fridge.proposal ?? undefined).toBeUndefined();
    expect(fridge.text).toMatch(/can't be switched off/);
  });
  it('"run išvykimas we\'re leaving": the reason after the automation is no part of its name', async () => {
    await proposes(["run išvykimas we're leaving"], ['Išvykimas'], 3);
  });
  it('"run movie night" with no such automation starts nothing', async () => {
    const run = await h.responder.respond('run movie night', h.context({ conversationId: 'lt-run' }));
    expect(run?.proposal ?? undefined).toBeUndefined();
  });
});

describe('setpoints, stale readings and whole-home commands', () => {
  it('a number for a water heater is its setpoint, written in the field it uses', async () => {
    const set = await dialog('set the water heater to 50');
    expect(set.proposal?.targets.map((t) => t.name)).toEqual(['Vandens šildytuvas']);
    expect(set.proposal?.tier).toBe(3);
    expect(changeOf(set)).toMatchObject({ target: 50 });
    expect(changeOf(set)).not.toHaveProperty('setpoint_c');
  });
  it('"turn the heating down to 19" among radiator valves and one room thermostat is the thermostat', async () => {
    const down = await dialog('turn the heating down to 19');
    expect(down.proposal?.targets.map((t) => t.name)).toEqual(['Kambario termostatas']);
    expect(changeOf(down)).toMatchObject({ target_temp: 19 });
    const radiator = await dialog('set the radiator to 21');
    expect(radiator.proposal ?? undefined).toBeUndefined();
  });
  it('a ventilation unit named outright takes a fan speed step; "to max", a step its data does not give, is asked for', async () => {
    const three = await dialog('set the vėdinimo įrenginys to 3');
    expect(three.proposal?.targets.map((t) => t.name)).toEqual(['Vėdinimo įrenginys']);
    expect(changeOf(three)).toMatchObject({ fan_level: 3 });
    const most = await dialog('set the vėdinimo įrenginys to max');
    expect(most.proposal ?? undefined).toBeUndefined();
    expect(most.text).toMatch(/don't know the highest fan speed/);
  });
  it('"kill the power to rokas pc" among his devices is his plug; "turn off rokas pc" asks which', async () => {
    const cut = await dialog('kill the power to rokas pc');
    expect(cut.proposal?.targets.map((t) => t.name)).toEqual(['Lizdas Rokas']);
    const asked = await h.responder.respond('turn off rokas pc', h.context({ conversationId: 'lt-pc' }));
    expect(asked?.proposal ?? undefined).toBeUndefined();
  });
  it('a lock the last reading shows locked is still proposed when asked outright, saying what was read', async () => {
    const lock = await dialog('lock the front door');
    expect(lock.proposal?.targets.map((t) => t.name)).toEqual(['Durų spyna']);
    expect(lock.proposal?.tier).toBe(3);
    expect(lock.text).toMatch(/already locked by its last reading/);
    expect(changeOf(lock)).toMatchObject({ locked: true });
  });
  it('"turn it on" right after an answer that said it is on keeps "already on"', async () => {
    const again = await dialog('is šviestuvas on', 'turn it on');
    expect(again.proposal ?? undefined).toBeUndefined();
    expect(again.text).toMatch(/already on/);
  });
  it('"lock up for the night" locks every lock', async () => {
    await proposes(['lock up for the night'], ['Durų spyna'], 3);
  });
  it('"turn on the pool pump" in a home with none says so', async () => {
    const none = await dialog('turn on the pool pump');
    expect(none.proposal ?? undefined).toBeUndefined();
    expect(none.text).toMatch(/no pool pumps/);
  });
});

describe('blinds and awnings, follow-ups', () => {
  it('"roll down" closes a shutter, "put the awning out" opens the awning', async () => {
    await proposes(['roll down the living room shutter'], ['Roletas svetainė'], 2);
    await proposes(['put the awning out'], ['Markizė'], 2);
  });
  it('"and the garden lights" after a command on the terrace light leaves it out', async () => {
    await proposes(['turn on the terrace light', 'and the garden lights'], ['Sodo žibintai'], 2);
  });
  it('"close hers" after a question about grandma\'s shutter closes that shutter', async () => {
    await proposes(["is grandma's roller shutter open", 'close hers'], ['Roletas močiutė'], 2);
  });
});
