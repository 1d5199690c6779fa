// Issue 12, round 40 (a smallholding with a granny annex, read in West Country, elderly, teen and farm English): "the
// light in my bathroom" where the plain Bathroom has no light and the only other bathroom has one is that room
// (myPlaceAmongSeveral.ts); a fall pendant is a panic button, no light (lexicon/kinds.json); "what hours does X run"
// asks its schedule (scheduleAsked.ts); "X down to 16" sets it (clippedEnglish.ts); a heat pump with a flow
// temperature and no cooling is no air conditioner (waterHeatPump.ts); "all the annex lights" are the lights of the
// zone "Gran's annex", not the one device "Annex hall light" (allOfKindInNamedPlace.ts); "kill it and the pc plug too"
// is the device in focus and the plug (commandOverEach.ts); a smart plug's model number is plug evidence for the tier
// (riskEvidence.ts, entityChangeTier.ts); "what triggers Gran's night light" is the automation of that whole name
// (automationNamedAsDevice.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityChangeTier } from '../../../src-main/tools/entityChangeTier';
import { askingOver, dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room, zone } from './smallHome';

const ENTITIES = [
  { id: 'sh-home', entity_type: 'home', name: 'Lower Farm', content: {} },
  zone('sh-house', 'Farmhouse'),
  zone('sh-annex', "Gran's annex", { description: 'granny annex' }),
  room('sh-kitchen', 'Kitchen'),
  room('sh-bath', 'Bathroom', { description: 'family bathroom' }),
  room('sh-teen', "Sam's room"),
  room('sh-gsit', "Gran's sitting room"),
  room('sh-gstairs', 'Annex stairs'),
  room('sh-gbath', "Gran's bathroom"),
  room('sh-plant', 'Plant room'),
  room('sh-shed', 'Shed'),
  device('sh-kitchenlight', 'Kitchen lights', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('sh-rail', 'Towel rail', { type: 'switch', model: 'Tapo P100', capabilities: ['on_off'], state: { power: 'on' } }),
  device('sh-strip', "Sam's LED strip", { type: 'light', capabilities: ['on_off', 'colour'], state: { power: 'on', colour: 'purple' } }),
  device('sh-pc', "Sam's PC plug", { type: 'switch', model: 'Tapo P110', capabilities: ['on_off', 'power_meter'], state: { power: 'on', watts: 300 } }),
  device('sh-glamp', "Gran's lamp", { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('sh-ghall', 'Annex hall light', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('sh-gbathlight', "Gran's bathroom light", { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('sh-pendant', 'Fall pendant', { type: 'health', model: 'fall detector', capabilities: ['fall_detection', 'help_button', 'battery'], state: { fall_detected: false, battery: 34 } }),
  device('sh-hp', 'Heat pump', { type: 'climate', model: 'Ecodan 8.5 kW', capabilities: ['on_off', 'mode', 'flow_temperature'], state: { power: 'on', mode: 'heat', flow_temperature: 38 } }),
  device('sh-stat', 'Kitchen underfloor', { type: 'climate', capabilities: ['temperature', 'setpoint'], state: { temperature: 19, setpoint: 20 } }),
  device('sh-dehum', 'Shed dehumidifier', { type: 'appliance', capabilities: ['on_off', 'humidity'], state: { power: 'on', humidity: 58 } }),
  device('sh-motion', 'Annex hall motion sensor', { type: 'sensor', capabilities: ['motion'], state: { motion: false } }),
  { id: 'sh-night', entity_type: 'automation', name: "Gran's night light", content: { trigger: { type: 'state', device: 'Annex hall motion sensor', event: 'motion' }, actions: ['Annex hall light on at 20 %'], enabled: true } },
  { id: 'sh-hours', entity_type: 'schedule', name: 'Dehumidifier hours', content: { days: 'Mon-Fri', on: '09:00', off: '17:00', devices: ['Shed dehumidifier'] } },
];
const PLACE_OF = {
  'sh-kitchenlight': 'sh-kitchen', 'sh-rail': 'sh-bath', 'sh-strip': 'sh-teen', 'sh-pc': 'sh-teen', 'sh-glamp': 'sh-gsit', 'sh-ghall': 'sh-gstairs',
  'sh-gbathlight': 'sh-gbath', 'sh-pendant': 'sh-gsit', 'sh-hp': 'sh-plant', 'sh-stat': 'sh-kitchen', 'sh-dehum': 'sh-shed',
  'sh-motion': 'sh-gstairs',
};
const PARENT_OF = { 'sh-kitchen': 'sh-house', 'sh-bath': 'sh-house', 'sh-teen': 'sh-house', 'sh-gsit': 'sh-annex', 'sh-gstairs': 'sh-annex', 'sh-gbath': 'sh-annex' };

let home: Harness;
const ask = askingOver(() => home, 'sh-ask');
const { proposes, dialog } = dialogsOver(() => home, 'sh-cmd');

beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'sh-kitchen', parentOf: PARENT_OF, edgePrefix: 'sh-edge', edges: [{ from: 'sh-hours', to: 'sh-dehum', type: 'automates' }, { from: 'sh-night', to: 'sh-ghall', type: 'automates' }, { from: 'sh-night', to: 'sh-motion', type: 'triggered_by' }] });
});
afterAll(() => home.dispose());

describe('places said the speaker\'s way', () => {
  it('"the light in my bathroom": the plain Bathroom has none, Gran\'s bathroom has the one light', async () => {
    await proposes(['Would you be so kind as to switch on the light in my bathroom, dear'], ["Gran's bathroom light"], 2);
  });

  it('"the light in the bathroom" without "my" is still the Bathroom, which has none', async () => {
    const a = await dialog('switch on the light in the bathroom');
    expect(a.proposal).toBeFalsy();
  });

  it('"all the annex lights off" is every light of the annex on, never the one device named "Annex hall light"', async () => {
    await proposes(['all the annex lights off please'], ["Gran's lamp", 'Annex hall light'], 2);
  });
});

describe('what a device is', () => {
  it('a fall pendant is no light', async () => {
    const said = await ask('how many lights are there');
    expect(said.text).toContain('5 lights');
  });

  it('a heat pump sending a flow temperature, that neither cools nor moves air, is not counted as an air conditioner', async () => {
    const said = await ask('how many air conditioners are there');
    expect(said.text).not.toMatch(/\b1 air conditioner/);
  });
});

describe('settings, schedules and lists of commands', () => {
  it('"what hours does the shed dehumidifier run" is its schedule', async () => {
    const said = await ask('what hours does the shed dehumidifier run');
    expect(said.text).toContain('09:00');
    expect(said.cited).toContain('Dehumidifier hours');
  });

  it('"kitchen underfloor down to 18" sets it to 18', async () => {
    const a = await dialog('kitchen underfloor down to 18');
    expect(a.proposal?.targets.map((t) => t.name), a.text).toEqual(['Kitchen underfloor']);
    expect(a.text).toContain('18');
  });

  it('"kill it and the pc plug too ngl im out" after a question about the strip: both', async () => {
    await proposes(['is my led strip still on', 'kill it and the pc plug too ngl im out'], ["Sam's LED strip", "Sam's PC plug"], 2);
  });
});

describe('an automation named like devices', () => {
  it('"what triggers Gran\'s night light" is the automation of that name: its motion sensor, never "nothing controls" Gran\'s lamps', async () => {
    const said = await ask("what triggers Gran's night light");
    expect(said.text).toContain('Annex hall motion sensor');
    expect(said.cited).toContain("Gran's night light");
  });
});

describe('tiers of plugs known by their model', () => {
  it('a switch modelled "Tapo P100" with nothing else said is an everyday plug (tier 2)', async () => {
    await proposes(['towel rail off'], ['Towel rail'], 2);
  });

  it('its notes still count: a P110 whose notes say it powers an electric blanket is tier 3', () => {
    const plug = { entity_type: 'device' as const, content: { type: 'switch', model: 'Tapo P110', notes: 'powers the electric blanket', capabilities: ['on_off'] } };
    expect(entityChangeTier(plug, { content: { state: { power: 'on' } } })).toBe(3);
    const bare = { entity_type: 'device' as const, content: { type: 'switch', model: 'Tapo P110', capabilities: ['on_off'] } };
    expect(entityChangeTier(bare, { content: { state: { power: 'on' } } })).toBe(2);
  });
});
