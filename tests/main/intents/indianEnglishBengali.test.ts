// Issue 12, round 13: Indian English and Hinglish over a home named in Bengali words. "on the mixie" and "off the
// chhad lights" use on/off as the verb (a command, never a state answer); "kindly switch it on" and "make it 23 na"
// are requests with their courtesy around them; Hindi puts the question word and the verb last ("fridge kidhar hai",
// "ranna ghor me kya kya hai", "kitne fans hai", "geyser kitna temperature pe hai", "dadu's fan speed 3 kar do");
// "wala" is "the one of" ("boshar ghor wala also" after a command is the same command for the one there); "mamoni's"
// right after the ACs were listed is hers; "study" is the Study room, not the floor whose description lists a study.
// Ordinary English stays as it is: "is the geyser on" is a question.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const tube = (id: string, name: string, on: boolean): RawEntity => device(id, name, { type: 'lighting', capabilities: ['on_off'], state: { on } });
const ac = (id: string, name: string, on: boolean, setpoint: number): RawEntity =>
  device(id, name, { type: 'climate', description: 'split AC', capabilities: ['on_off', 'target_temperature'], state: { on, mode: 'cool', setpoint_c: setpoint } });
const fan = (id: string, name: string, speed: number): RawEntity => device(id, name, { type: 'fan', description: 'ceiling fan', capabilities: ['on_off', 'fan_speed'], state: { on: speed > 0, speed } });

const ROOMS: RawEntity[] = [
  { id: 'bn-home', entity_type: 'home', name: 'Chatterjee Bari', content: {} },
  { id: 'bn-boshar', entity_type: 'room', name: 'Boshar ghor', content: { description: 'sitting room' } },
  { id: 'bn-ranna', entity_type: 'room', name: 'Ranna ghor', content: { description: 'kitchen' } },
  { id: 'bn-thakur', entity_type: 'room', name: 'Thakur ghor', content: { description: 'prayer room' } },
  { id: 'bn-dadu', entity_type: 'room', name: "Dadu's room", content: {} },
  { id: 'bn-mamoni', entity_type: 'room', name: "Mamoni's room", content: {} },
  { id: 'bn-chhad', entity_type: 'room', name: 'Chhad', content: { description: 'roof terrace' } },
  { id: 'bn-uthon', entity_type: 'room', name: 'Uthon', content: { description: 'courtyard' } },
  { id: 'bn-dotala', entity_type: 'zone', name: 'Dotala', content: { description: 'first floor: bedrooms, study, pooja corner' } },
  { id: 'bn-study', entity_type: 'room', name: 'Study room', content: { description: 'porashona room' } },
];

const DEVICES: RawEntity[] = [
  tube('bn-tube-boshar', 'Boshar ghor tubelight', true),
  tube('bn-tube-ranna', 'Ranna ghor tubelight', true),
  tube('bn-chhad-lights', 'Chhad lights', true),
  device('bn-mixie', 'Mixie plug', { type: 'switch', description: 'smart plug for the mixer grinder', capabilities: ['on_off'], state: { on: false } }),
  device('bn-fridge', 'Fridge', { type: 'appliance', description: 'double door refrigerator', capabilities: ['temperature'], state: { temperature_c: 4 } }),
  device('bn-geyser', 'Geyser', { type: 'water_heater', description: 'electric water heater', capabilities: ['on_off', 'target_temperature'], state: { on: false, setpoint_c: 50 } }),
  ac('bn-ac-dadu', "Dadu's AC", true, 25),
  ac('bn-ac-mamoni', "Mamoni's AC", false, 22),
  ac('bn-ac-boshar', 'Boshar ghor AC', false, 24),
  fan('bn-fan-dadu', "Dadu's fan", 2),
  fan('bn-fan-boshar', 'Boshar ghor fan', 0),
];

const PLACE_OF: Record<string, string> = {
  'bn-tube-boshar': 'bn-boshar', 'bn-tube-ranna': 'bn-ranna', 'bn-chhad-lights': 'bn-chhad', 'bn-mixie': 'bn-ranna', 'bn-fridge': 'bn-ranna',
  'bn-geyser': 'bn-dadu', 'bn-ac-dadu': 'bn-dadu', 'bn-ac-mamoni': 'bn-mamoni', 'bn-ac-boshar': 'bn-boshar', 'bn-fan-dadu': 'bn-dadu', 'bn-fan-boshar': 'bn-boshar',
};

function bengaliHome(): string {
  const edges = [
    ...roomAndDeviceEdges('bn-home', ROOMS, DEVICES, PLACE_OF, 'bn-boshar'),
    { from: 'bn-uthon', to: 'bn-boshar', type: 'connects_to', properties: { via: 'door' } },
    { from: 'bn-boshar', to: 'bn-ranna', type: 'connects_to', properties: { via: 'door' } },
    { from: 'bn-boshar', to: 'bn-thakur', type: 'connects_to', properties: { via: 'door' } },
    { from: 'bn-boshar', to: 'bn-chhad', type: 'connects_to', properties: { via: 'stairs' } },
    { from: 'bn-boshar', to: 'bn-study', type: 'connects_to', properties: { via: 'stairs' } },
    { from: 'bn-study', to: 'bn-dotala', type: 'part_of' },
    { from: 'bn-mamoni', to: 'bn-dotala', type: 'part_of' },
    { from: 'bn-dotala', to: 'bn-home', type: 'part_of' },
  ];
  return homeExportJson([...ROOMS, ...DEVICES], edges, 'bn-edge');
}

let h: Harness;
const { dialog, proposes } = dialogsOver(() => h, 'bn');
const ask = askingOver(() => h, 'bn-ask');

beforeAll(async () => {
  h = await openHarness({ homeJson: bengaliHome() });
});
afterAll(() => h.dispose());

describe('on and off said as the verb', () => {
  it('"on the mixie" and "off the chhad lights" are commands', async () => {
    await proposes(['on the mixie'], ['Mixie plug'], 2);
    await proposes(['off the chhad lights'], ['Chhad lights'], 2);
  });
  it('"on them" after a question about the lights switches what was asked about', async () => {
    await proposes(['is the ranna ghor tubelight on', 'off it'], ['Ranna ghor tubelight'], 2);
  });
  it('"put it off" is a command to turn it off', async () => {
    await proposes(['is the chhad lights on', 'put it off'], ['Chhad lights'], 2);
  });
  it('"on the chhad" names a place, and a question after "off the top of my head" is a question: no command', async () => {
    expect((await dialog('on the chhad, what is there')).proposal).toBeFalsy();
    expect((await ask('on the chhad')).text).not.toMatch(/Ready to/);
    const asked = await h.responder.respond('off the top of my head, which lights are on', h.context({ conversationId: 'bn-top', role: 'admin' }));
    expect(asked?.proposal).toBeFalsy();
  });
  it('ordinary English is untouched: "is the geyser on" is a question, "turn on the mixie" a command', async () => {
    const asked = await dialog('is the geyser on');
    expect(asked.proposal).toBeFalsy();
    expect(asked.text).toMatch(/Geyser is off/);
    await proposes(['turn on the mixie'], ['Mixie plug'], 2);
  });
});

describe('courtesy around a request', () => {
  it('"kindly switch it on" after a question about it', async () => {
    const answer = await dialog("is mamoni's AC on", 'kindly switch it on');
    expect(answer.proposal?.targets.map((t) => t.name), answer.text).toEqual(["Mamoni's AC"]);
  });
  it('"is the AC on there?" right after what is in dadu\'s room is his AC; "make it 23 na" then sets it', async () => {
    const there = await ask("what all is there in dadu's room", 'is the AC on there?');
    expect(there.text).toMatch(/Dadu's AC is on/);
    const answer = await dialog("what all is there in dadu's room", 'is the AC on there?', 'make it 23 na');
    expect(answer.proposal?.targets.map((t) => t.name), answer.text).toEqual(["Dadu's AC"]);
  });
  it('"make it 23 na" sets the AC asked about', async () => {
    const answer = await dialog("is dadu's AC on", 'make it 23 na');
    expect(answer.proposal?.targets.map((t) => t.name), answer.text).toEqual(["Dadu's AC"]);
    expect(answer.text).toMatch(/23/);
  });
});

describe('Hindi question words and verbs at the end', () => {
  it('"fridge kidhar hai" is where the fridge is', async () => {
    expect((await ask('fridge kidhar hai?')).text).toMatch(/Ranna ghor/);
  });
  it('"ranna ghor me kya kya hai" lists what is in the kitchen', async () => {
    const said = await ask('ranna ghor me kya kya hai');
    expect(said.cited).toEqual(expect.arrayContaining(['Mixie plug', 'Fridge', 'Ranna ghor tubelight']));
  });
  it('"kitne fans hai" counts the fans; "kitne lights on hai" counts the ones on', async () => {
    expect((await ask('kitne fans hai')).text).toMatch(/\b2\b|two/i);
    expect((await ask('kitne lights on hai')).text).toMatch(/3 of 3 lights are on|all 3/i);
  });
  it('"dadu\'s fan kitna speed pe hai" reads the speed', async () => {
    expect((await ask("dadu's fan kitna speed pe hai")).text).toMatch(/speed 2/);
  });
  it('"dadu\'s fan speed 3 kar do" and "boshar ghor fan chalu kar do" are commands', async () => {
    const speed = await dialog("dadu's fan speed 3 kar do");
    expect(speed.proposal?.targets.map((t) => t.name), speed.text).toEqual(["Dadu's fan"]);
    expect(speed.text).toMatch(/3/);
    const on = await dialog('boshar ghor fan chalu kar do');
    expect(on.proposal?.targets.map((t) => t.name), on.text).toEqual(['Boshar ghor fan']);
    expect(on.proposal?.description).toMatch(/Turn on/);
  });
  it('"sab lights band kar do" turns off every light that is on; "mamoni ka kya kya hai" is what is hers', async () => {
    const all = await dialog('sab lights band kar do');
    expect(all.proposal?.targets.map((t) => t.name).sort(), all.text).toEqual(['Boshar ghor tubelight', 'Chhad lights', 'Ranna ghor tubelight']);
    const hers = await ask('mamoni ka kya kya hai');
    expect(hers.cited).toContain("Mamoni's AC");
    expect(hers.cited).not.toContain("Dadu's AC");
  });
  it('"mamoni ka AC on hai kya" asks whether her AC is on', async () => {
    expect((await ask('mamoni ka AC on hai kya')).text).toMatch(/Mamoni's AC is off/);
  });
});

describe('"wala", "also" and an owner among what was listed', () => {
  it('"boshar ghor wala also" after a command is the same command for the one there', async () => {
    await proposes(['which lights are on', 'off the one in the ranna ghor', 'boshar ghor wala also'], ['Boshar ghor tubelight'], 2);
  });
  it('"mamoni\'s" right after the ACs were listed is her AC', async () => {
    const said = await ask('list the ACs', "mamoni's");
    expect(said.cited).toContain("Mamoni's AC");
    expect(said.cited).not.toContain("Dadu's AC");
  });
});

describe('ways between rooms and speeds, said the Indian English way', () => {
  it('"how do i go from the uthon to the chhad" and "shortest way uthon to ranna ghor" give the route', async () => {
    expect((await ask('how do i go from the uthon to the chhad')).text).toMatch(/Uthon → Boshar ghor.*→ Chhad/);
    expect((await ask('shortest way uthon to ranna ghor')).text).toMatch(/Uthon → Boshar ghor.*→ Ranna ghor/);
  });
  it('"study" is the Study room, not the floor whose description lists a study among its rooms', async () => {
    expect((await ask('how do i go from the thakur ghor to study')).text).toMatch(/Thakur ghor → Boshar ghor.*→ Study room/);
    expect((await ask('where is the study')).text).toMatch(/Study room is part of the Dotala/);
    expect((await ask("what's upstairs")).text).toMatch(/Dotala/);
  });
  it('"put the boshar ghor fan on speed 3" sets its speed; "reduce it to 1" after its speed', async () => {
    const put = await dialog('put the boshar ghor fan on speed 3');
    expect(put.proposal?.targets.map((t) => t.name), put.text).toEqual(['Boshar ghor fan']);
    expect(put.text).toMatch(/speed 3/);
    const reduce = await dialog("what speed is dadu's fan at", 'reduce it to 1');
    expect(reduce.proposal?.targets.map((t) => t.name), reduce.text).toEqual(["Dadu's fan"]);
  });
});
