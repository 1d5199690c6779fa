// Follow-ups that say whose thing, or what about it, in a few words: "turn off ciarans" (a possessive typed without
// its apostrophe) after the lights on were listed, "what about nanas" after a lock, "and mams lamp too" after a
// command, "the patio light, on?" after a manual, "and inverter manual?" after a warranty, "what does it do" after the
// one automation of a button. Never a "no" about a thing nobody asked about. A small Irish home written for this test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialogsOver } from './dialogsOver';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const light = (id: string, name: string, on: boolean, description = 'lamp'): RawEntity => ({
  id, entity_type: 'device', name, content: { type: 'light', description, capabilities: ['on_off'], state: { on } },
});
const lock = (id: string, name: string, locked: boolean): RawEntity => ({
  id, entity_type: 'device', name, content: { type: 'lock', capabilities: ['lock'], state: { locked } },
});

const ENTITIES: RawEntity[] = [
  { id: 'ie-home', entity_type: 'home', name: 'Teach Uí Bhriain', content: { residents: ['Orla', 'Seán', 'Ciarán', 'Nana Peig'] } },
  { id: 'ie-hall', entity_type: 'room', name: 'Hall', content: {} },
  { id: 'ie-landing', entity_type: 'zone', name: 'Landing', content: { description: 'upstairs' } },
  { id: 'ie-ciaran', entity_type: 'room', name: "Ciarán's room", content: {} },
  { id: 'ie-master', entity_type: 'room', name: 'Big bedroom', content: { description: "Orla and Seán's room" } },
  { id: 'ie-nana', entity_type: 'room', name: "Nana's flat", content: { description: 'granny flat at the back' } },
  { id: 'ie-garden', entity_type: 'room', name: 'Garden', content: {} },
  { id: 'ie-plant', entity_type: 'room', name: 'Plant room', content: {} },
  { id: 'ie-tank', entity_type: 'device', name: 'Hot tub heater', content: { type: 'heater', capabilities: ['on_off'], state: { on: false, target_temperature: 38, water_temperature: 31 } } },
  { id: 'ie-butt', entity_type: 'device', name: 'Water butt pump', content: { type: 'pump', capabilities: ['on_off'], state: { on: false, level: 60 } } },
  { id: 'ie-kitchen', entity_type: 'room', name: 'Kitchen', content: {} },
  { id: 'ie-tvroom', entity_type: 'room', name: 'TV room', content: { description: 'snug' } },
  { id: 'ie-kitchen-temp', entity_type: 'device', name: 'Kitchen thermometer', content: { type: 'sensor', capabilities: ['temperature'], state: { temperature: 19.5 } } },
  { id: 'ie-snug-temp', entity_type: 'device', name: 'Snug thermometer', content: { type: 'sensor', capabilities: ['temperature'], state: { temperature: 23.5 } } },
  light('ie-ciaran-lights', "Ciarán's fairy lights", true, 'string lights'),
  light('ie-orla-lamp', "Orla's lamp", true),
  light('ie-sean-lamp', "Seán's lamp", false),
  light('ie-patio', 'Patio light', false, 'outdoor light'),
  { id: 'ie-smoke', entity_type: 'device', name: 'Smoke alarm Ciarán', content: { type: 'smoke_alarm', capabilities: ['smoke'], state: { smoke: false } } },
  lock('ie-hall-lock', 'Hall door lock', true),
  lock('ie-nana-lock', 'Flat lock', false),
  { id: 'ie-inverter', entity_type: 'device', name: 'Inverter', content: { type: 'inverter', description: 'solar inverter', capabilities: ['power'], state: { power: 1200 } } },
  { id: 'ie-battery', entity_type: 'device', name: 'Home battery', content: { type: 'battery', capabilities: ['battery'], state: { battery: 80 } } },
  { id: 'ie-warranty', entity_type: 'note', name: 'Battery warranty', content: { content: 'Home battery fitted May 2024, warranty ten years to May 2034.' } },
  { id: 'ie-inv-manual', entity_type: 'manual', name: 'SunFlow inverter manual', content: { content: 'Red LED: grid fault, wait ten minutes.' } },
  { id: 'ie-patio-manual', entity_type: 'manual', name: 'Patio light leaflet', content: { content: 'Use only LED bulbs.' } },
  { id: 'ie-button', entity_type: 'device', name: 'Help button', content: { type: 'button', description: "Nana's help button", capabilities: ['button', 'battery'], state: { pressed: false, battery: 70 } } },
  { id: 'ie-help', entity_type: 'automation', name: 'Help call', content: { trigger: { type: 'device', device: 'Help button', when: 'pressed' }, actions: [{ device: 'Patio light', action: 'turn_on' }, { device: 'Hall door lock', action: 'unlock' }], enabled: true } },
];

const EDGES: RawEdge[] = [
  { from: 'ie-tank', to: 'ie-garden', type: 'located_in' },
  { from: 'ie-butt', to: 'ie-garden', type: 'located_in' },
  { from: 'ie-kitchen-temp', to: 'ie-kitchen', type: 'located_in' },
  { from: 'ie-snug-temp', to: 'ie-tvroom', type: 'located_in' },
  ...['ie-hall', 'ie-landing', 'ie-nana', 'ie-garden', 'ie-plant', 'ie-kitchen', 'ie-tvroom'].map((id) => ({ from: id, to: 'ie-home', type: 'part_of' })),
  ...['ie-ciaran', 'ie-master'].map((id) => ({ from: id, to: 'ie-landing', type: 'part_of' })),
  { from: 'ie-ciaran-lights', to: 'ie-ciaran', type: 'located_in' },
  { from: 'ie-smoke', to: 'ie-ciaran', type: 'located_in' },
  { from: 'ie-orla-lamp', to: 'ie-master', type: 'located_in' },
  { from: 'ie-sean-lamp', to: 'ie-master', type: 'located_in' },
  { from: 'ie-patio', to: 'ie-garden', type: 'located_in' },
  { from: 'ie-hall-lock', to: 'ie-hall', type: 'located_in' },
  { from: 'ie-nana-lock', to: 'ie-nana', type: 'located_in' },
  { from: 'ie-button', to: 'ie-nana', type: 'located_in' },
  { from: 'ie-inverter', to: 'ie-plant', type: 'located_in' },
  { from: 'ie-battery', to: 'ie-plant', type: 'located_in' },
  { from: 'ie-inverter', to: 'ie-inv-manual', type: 'documented_by' },
  { from: 'ie-patio', to: 'ie-patio-manual', type: 'documented_by' },
  { from: 'ie-help', to: 'ie-patio', type: 'automates' },
  { from: 'ie-help', to: 'ie-hall-lock', type: 'automates' },
  { from: 'ie-help', to: 'ie-button', type: 'triggered_by' },
];

let h: Harness;
const { dialog, proposes } = dialogsOver(() => h, 'owners-topics');

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'ie-rel') });
});
afterAll(() => h.dispose());

describe('whose thing, said by the owner alone', () => {
  it('"turn off ciarans" after the lights on upstairs were listed: his fairy lights, never his smoke alarm', async () => {
    await proposes(['which lights are on upstairs', 'turn off ciarans'], ["Ciarán's fairy lights"], 2);
  });

  it('"what about nanas" after the hall door lock: her lock, and "lock it" then locks that one', async () => {
    const answer = await dialog('is the hall door locked', 'what about nanas');
    expect(answer.text).toContain('Flat lock');
    expect(answer.text).toMatch(/unlocked/);
    await proposes(['is the hall door locked', 'what about nanas', 'lock it'], ['Flat lock'], 3);
  });

  it('"and orla\'s" after "whats seans lamp at": her lamp, not the lights of the room they share', async () => {
    const answer = await dialog('whats seans lamp at', "and orla's");
    expect(answer.text).toMatch(/Orla's lamp\b.*\bon\b/);
    expect(answer.text).not.toContain("Seán's lamp");
  });

  it('"and mams lamp too" after a command, with no mam in the data: asked back which lamp, never a list of "no mam\'s light"', async () => {
    const answer = await dialog('which lights are on upstairs', 'turn off ciarans', 'and mams lamp too');
    expect(answer.text).toMatch(/which one do you mean/i);
    expect(answer.text).toContain("Orla's lamp");
    expect(answer.proposal).toBeFalsy();
  });
});

describe('a follow-up that says what it asks', () => {
  it('"what about the patio light, on?" after its manual: its state, not its manual', async () => {
    const answer = await dialog('manual for the inverter?', 'what about the patio light, on?');
    expect(answer.text).toMatch(/Patio light is off/);
  });

  it('"and inverter manual?" after a warranty: the inverter\'s manual', async () => {
    const answer = await dialog('when does the battery warranty end', 'and inverter manual?');
    expect(answer.text).toContain('SunFlow inverter manual');
  });

  it('"what does it do" after the one automation of the help button: that automation\'s actions', async () => {
    const answer = await dialog('which automations use the help button', 'what does it do');
    expect(answer.text).toContain('Help call');
    expect(answer.text).toContain('Patio light');
  });
});

describe('a follow-up about a place, a reading or a count', () => {
  it('"what\'s the water temp" after the hot tub heater: its water temperature, not the water butt pump', async () => {
    const answer = await dialog('is the hot tub heater on', "what's the water temp");
    expect(answer.text).toContain('31');
    expect(answer.text).not.toContain('Water butt');
  });

  it('"and in the tv room?" after the kitchen\'s temperature: the temperature there, "tv" no device put in its place', async () => {
    const answer = await dialog("what's the temperature in the kitchen", 'and in the tv room?');
    expect(answer.text).toContain('23.5');
  });

  it('"how many are?" after what is in a room, also said in Spanish: the count of what was listed', async () => {
    expect((await dialog("what's in the plant room", 'how many are?')).text).toMatch(/\b2\b/);
    expect((await dialog("what's in the plant room", '¿cuántos son?')).text).toMatch(/\b2\b/);
  });
});
