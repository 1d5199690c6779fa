// Issue 12, evidence from the data, over a Czech home the lexicon cannot read (evidenceFixturesCzech.ts):
// class 1 — a device whose name says nothing is classified by what its description, model or capabilities name
// ("built-in dishwasher", "1PM (extractor fan)", "arm_disarm"), cited as the reason, and the question is answered;
// a mere mention inside some text stays a hedge. Class 2 — readings are found whatever the field is called
// (`current` next to `setpoint`, `freezer_c`, `humidity` on a fan, `pm25`), and "no device reports X" is never said
// while a device in scope has a field that plausibly is X.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindsOfEntity } from '../../../src-main/intents/deviceKinds';
import { quantityOfField } from '../../../src-main/intents/stateQuantities';
import type { Entity } from '../../../src-shared/protocol/entities';
import { czechEvidenceHome } from './evidenceFixturesCzech';
import { openHarness, type Harness } from './intentHarness';

let h: Harness;
let conversation = 0;

async function ask(question: string): Promise<{ text: string; cited: string[] }> {
  const answer = await h.responder.respond(question, h.context({ conversationId: `cz-${++conversation}` }));
  expect(answer, `"${question}" was declined`).toBeDefined();
  return { text: answer?.text ?? '', cited: (answer?.citations ?? []).map((c) => c.name) };
}

function device(name: string, content: Record<string, unknown>): Entity {
  return { id: name, entity_type: 'device', name, content } as unknown as Entity;
}

beforeAll(async () => {
  h = await openHarness({ homeJson: czechEvidenceHome() });
});
afterAll(() => h.dispose());

describe('class 1: a description or model that names the kind is evidence as good as a name', () => {
  it.each([
    ["where's the dishwasher", 'Myčka', 'Kuchyně', /described as a built-in dishwasher/],
    ['where is the washing machine', 'Pračka', 'Prádelna', /described as a washing machine/],
    ["where's the dryer", 'Sušička', 'Prádelna', /described as a heat-pump tumble dryer/],
    ["where's the oven", 'Trouba', 'Kuchyně', /described as an oven/],
    ['where is the alarm panel', 'Ústředna', 'Chodba', /model Central 3 alarm panel/],
  ])('"%s" → %s in %s, citing the evidence', async (q, name, room, why) => {
    const a = await ask(q);
    expect(a.cited, a.text).toEqual(expect.arrayContaining([name, room]));
    expect(a.text).toMatch(why);
    expect(a.text).not.toMatch(/may be|couldn't find/);
  });

  it('of several devices of a kind, the words of the question pick one ("chest" freezer), else all are listed', async () => {
    const chest = await ask('where is the chest freezer');
    expect(chest.cited, chest.text).toEqual(expect.arrayContaining(['Truhla', 'Prádelna']));
    expect(chest.cited).not.toContain('Mrazák');
    expect(chest.text).toMatch(/Truhla \(described as a chest freezer\) is in the Prádelna/);
    expect((await ask('is the chest freezer closed')).text).toMatch(/Truhla .*is closed/);
    expect((await ask('how cold is the chest freezer')).text).toMatch(/-21°C/);
    const any = await ask('where is the freezer');
    expect(any.cited, any.text).toEqual(expect.arrayContaining(['Truhla', 'Mrazák']));
  });

  it('"radiator thermostats" counts the thermostats whose own words say so, and says of how many', async () => {
    const all = await ask('how many thermostats are there');
    expect(all.text, all.text).toMatch(/There are 3 thermostats/);
    const a = await ask('how many radiator thermostats do we have');
    expect(a.cited, a.text).toEqual(['Hlavice']);
    // The lexicon knows radiator valves (heads, TRVs) as a kind of thermostat of their own.
    expect(a.text).toMatch(/There is 1 radiator valve: Hlavice/);
  });

  it('a weak mention never beats a model that names the kind: the fridge\'s "door_alarm" is no alarm panel', async () => {
    const a = await ask('is there an alarm panel');
    expect(a.cited, a.text).toContain('Ústředna');
    expect(a.cited).not.toContain('Lednice');
    expect(a.cited).not.toContain('Truhla');
  });

  it('"is the dryer controlled by anything" asks for its controllers, and says there are none', async () => {
    const a = await ask('is the dryer controlled by anything');
    expect(a.text).toMatch(/Nothing in the home graph controls Sušička/);
  });

  it('a kind only mentioned in passing ("oven with microwave function") stays an honest hedge', async () => {
    const a = await ask('do we have a microwave?');
    expect(a.cited, a.text).toEqual(['Trouba']);
    expect(a.text).toMatch(/may be one: Trouba \(its description mentions it\)/);
  });

  it('a model that names a gate operator makes a gate, answered with its state', async () => {
    expect((await ask('is there a gate opener')).cited).toContain('Vjezdová brána');
    const open = await ask('is the gate open');
    expect(open.text).toMatch(/Vjezdová brána \(model SL-400 sliding gate operator\) is closed/);
  });

  it('a capability that spells the kind counts, and a kind word inside a compound name yields to it', async () => {
    const a = await ask('what locks are there');
    expect(a.cited, a.text).toEqual(expect.arrayContaining(['Zámek vchod', 'Lampárna']));
    // "Lampárna" holds "lampa" inside the word: with "lock_unlock" it is a lock, not a light.
    const lights = await ask('what lights are there');
    expect(lights.cited, lights.text).not.toContain('Lampárna');
    expect([...kindsOfEntity(device('Lampárna', { capabilities: ['lock_unlock'] })).keys()]).toEqual(['lock']);
  });

  it('the parts of a model each count: a plug for the desk lamp is a plug and a light', () => {
    const kinds = kindsOfEntity(device('Zásuvka', { type: 'electrical', model: 'P110 mini smart plug (desk lamp)' }));
    expect(kinds.get('switch')).toBe('model');
    expect(kinds.get('light')).toBe('model');
    expect(kindsOfEntity(device('Odsávání', { model: '1PM (extractor fan)' })).get('fan')).toBe('model');
    expect(kindsOfEntity(device('Deska', { description: 'smart plug for the kettle' })).has('switch')).toBe(true);
    // A description of what it does names what it acts on, not what it is.
    expect(kindsOfEntity(device('Panel', { description: 'Controls the lights in the hall' })).has('light')).toBe(false);
  });

  it.each([
    ['is the dishwasher done', /finished/],
    ['what program is the washer on', /Cottons 40/],
    ['is the fridge door open', /Lednice \(described as a fridge-freezer\) is closed/],
    ['is the bathroom fan on', /Odsávání: off|Odsávání.* is off/],
    ['is the alarm armed', /disarmed/],
    ["what's the floor heating set to", /Podlahové topení \(described as underfloor heating\) is set to 24°C/],
    ['does the coffee machine need descaling', /descale due/],
  ])('"%s" is answered from the device the data says it is', async (q, expected) => {
    const a = await ask(q);
    expect(a.text).toMatch(expected);
    expect(a.text).not.toMatch(/may be one|couldn't find/);
  });
});

describe('class 2: readings whatever the field names', () => {
  it('"current" next to a setpoint is the temperature, said with its field', async () => {
    const a = await ask('what temperature is it in obývák');
    expect(a.cited, a.text).toContain('Regulátor');
    expect(a.text).toMatch(/Regulátor \(Obývák\): 21\.4°C \(current\)/);
    expect(a.text).not.toMatch(/No device/);
  });

  it('humidity on a fan answers "how humid"', async () => {
    const a = await ask('how humid is the koupelna');
    expect(a.text).toMatch(/Odsávání \(Koupelna\): 64%/);
  });

  it('"how hot is the water heater" gives the current reading next to the setpoint', async () => {
    const a = await ask('how hot is the water heater');
    // "Bojler" is a Polish word of the lexicon too: then the name says the kind and no description is quoted.
    expect(a.text).toMatch(/Bojler (\(described as an 80 L electric water heater\) )?is 57°C now \(set to 60°C\)/);
  });

  it('a room with only a setpoint says what it is set to, never "no device reports the temperature"', async () => {
    const a = await ask('what temperature is it in ložnice');
    expect(a.text).not.toMatch(/No device/);
    expect(a.text).toMatch(/Hlavice \(Ložnice\) is set to 19°C \(target\)/);
  });

  it('a measuring capability is answered with what each device measures', async () => {
    const a = await ask("what's the air quality in obývák");
    expect(a.text).toMatch(/Čistička \(Obývák\): pm25 7/);
  });

  it('"any leaks?" is answered from a `leak: false` field, never "nothing matches"', async () => {
    const a = await ask('any leaks?');
    expect(a.cited, a.text).toContain('Hlídač vody');
    expect(a.text).toMatch(/Hlídač vody\b[^.]*: no (water )?leak/);
    expect(a.text).not.toMatch(/found nothing/);
  });

  it('a content field the question names is said ("what\'s the ip of …")', async () => {
    const a = await ask("what's the ip of the centrála");
    expect(a.text).toMatch(/ip 192\.168\.7\.20/);
  });

  it('a camera that detects motion is a camera, not a motion sensor', async () => {
    const a = await ask('how many motion sensors are there');
    expect(a.cited, a.text).toEqual(['Čidlo chodba']);
    expect(kindsOfEntity(device('Oko', { capabilities: ['video_streaming', 'motion_detection'] })).has('motion_sensor')).toBe(false);
  });

  it('fields are read by name, unit suffix and device', () => {
    const thermostat = device('T', { capabilities: ['temperature_control'], state: { setpoint: 21, current: 20 } });
    const plug = device('P', { state: { current: 0.4, watts: 9, power_kw: 1.2, session_kwh: 3 } });
    expect(quantityOfField(thermostat, 'current')).toMatchObject({ quantity: 'temperature', role: 'measured' });
    expect(quantityOfField(thermostat, 'setpoint')).toMatchObject({ quantity: 'temperature', role: 'setpoint' });
    expect(quantityOfField(plug, 'current')).toBeUndefined();
    expect(quantityOfField(plug, 'watts')).toMatchObject({ quantity: 'power', unit: ' W' });
    expect(quantityOfField(plug, 'power_kw')).toMatchObject({ quantity: 'power', unit: ' kW' });
    expect(quantityOfField(plug, 'session_kwh')).toMatchObject({ quantity: 'energy' });
    expect(quantityOfField(plug, 'freezer_c')).toMatchObject({ quantity: 'temperature', unit: '°C' });
    expect(quantityOfField(plug, 'rh_pct')).toMatchObject({ quantity: 'humidity' });
    expect(quantityOfField(plug, 'co2')).toMatchObject({ quantity: 'air_quality' });
    expect(quantityOfField(plug, 'filter_life_pct')).toBeUndefined();
  });
});
