// Issue 12, round 14 (a question that asks for a reading in the words of a device's own state) over a Hausa home
// written for this test: a warmth adjective about a place or a thing is the temperature read there; "what is X
// listening to" / "what's playing in …" is the title in a `playing` field; "how much diesel is left" is the level of
// the device whose capability names diesel, not the generator that burns it; rain and wind are the weather device's
// fields; "is the stove lit" reads `lit`; "is the alarm set" reads the armed state of the one alarm that keeps one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ENTITIES: RawEntity[] = [
  { id: 'h-home', entity_type: 'home', name: 'Gidan Abubakar', content: {} },
  { id: 'h-girki', entity_type: 'room', name: 'Dakin girki', content: { description: 'kitchen' } },
  { id: 'h-kaji', entity_type: 'room', name: 'Rumfar kaji', content: { description: 'chicken coop' } },
  { id: 'h-kaka', entity_type: 'room', name: 'Dakin Kaka', content: { description: "grandmother's room" } },
  { id: 'h-waje', entity_type: 'room', name: 'Tsakar gida', content: { description: 'courtyard' } },
  { id: 'h-zafi', entity_type: 'device', name: "Ma'aunin zafi", content: { type: 'sensor', capabilities: ['temperature', 'battery'], state: { temperature: '31.5 °C', battery: '64%' } } },
  { id: 'h-fitila', entity_type: 'device', name: 'Fitilar rumfa', content: { type: 'lighting', capabilities: ['on/off'], state: { on: true } } },
  { id: 'h-fitilar-kaka', entity_type: 'device', name: 'Fitilar Kaka', content: { type: 'lighting', capabilities: ['on/off', 'brightness'], state: { on: false, brightness: 40 } } },
  { id: 'h-kofa', entity_type: 'device', name: 'Makullin kofa', content: { type: 'security', capabilities: ['lock/unlock', 'battery'], state: { locked: true, battery: '9%' } } },
  { id: 'h-motsi', entity_type: 'device', name: 'Na’urar motsi', content: { type: 'sensor', capabilities: ['motion', 'battery'], state: { motion: false, battery: '85%' } } },
  { id: 'h-firji', entity_type: 'device', name: 'Firji', content: { type: 'appliance', description: 'fridge', capabilities: ['temperature'], state: { door: 'closed', fridge_temp: '6 °C' } } },
  { id: 'h-murhu', entity_type: 'device', name: 'Murhu', content: { type: 'climate', description: 'charcoal stove with a flue sensor', capabilities: ['flue_temperature'], state: { lit: false, flue_temp: '38 °C' } } },
  { id: 'h-rediyo', entity_type: 'device', name: 'Rediyon Kaka', content: { type: 'entertainment', capabilities: ['speaker', 'volume'], state: { volume: 40, playing: 'Freedom Radio Kano' } } },
  { id: 'h-lasifika', entity_type: 'device', name: 'Lasifika', content: { type: 'entertainment', capabilities: ['speaker'], state: { playing: 'BBC Hausa', volume: 25 } } },
  { id: 'h-wanki', entity_type: 'device', name: 'Injin wanki', content: { type: 'appliance', description: 'dishwasher', capabilities: ['programs'], state: { status: 'running', program: 'Eco', time_left: '00:40' } } },
  { id: 'h-janareta', entity_type: 'device', name: 'Janareta', content: { type: 'energy', description: 'diesel generator', capabilities: ['on/off'], state: { on: false } } },
  { id: 'h-tanki', entity_type: 'device', name: 'Tankin dizal', content: { type: 'sensor', description: 'level sensor on the tank', capabilities: ['diesel_level', 'battery'], state: { level: '620 L', percent: 55, battery: '70%' } } },
  { id: 'h-yanayi', entity_type: 'device', name: 'Tashar yanayi', content: { type: 'sensor', model: 'WS-2902 weather station', capabilities: ['temperature', 'rain', 'wind'], state: { outdoor_temp: '34 °C', rain_today: '12.5 mm', wind: '18 km/h NE' } } },
  { id: 'h-kararrawa', entity_type: 'device', name: 'Ƙararrawa', content: { type: 'security', description: 'burglar alarm panel', capabilities: ['arm/disarm'], state: { status: 'disarmed' } } },
  { id: 'h-hayaki', entity_type: 'device', name: 'Ƙararrawar hayaƙi', content: { type: 'sensor', description: 'smoke alarm', capabilities: ['smoke', 'battery'], state: { status: 'normal', battery: '90%' } } },
];

const EDGES: RawEdge[] = [
  ...['h-girki', 'h-kaji', 'h-kaka', 'h-waje'].map((id) => ({ from: id, to: 'h-home', type: 'located_in' })),
  { from: 'h-zafi', to: 'h-kaji', type: 'located_in' },
  { from: 'h-fitila', to: 'h-kaji', type: 'located_in' },
  { from: 'h-firji', to: 'h-girki', type: 'located_in' },
  { from: 'h-murhu', to: 'h-girki', type: 'located_in' },
  { from: 'h-lasifika', to: 'h-girki', type: 'located_in' },
  { from: 'h-wanki', to: 'h-girki', type: 'located_in' },
  { from: 'h-rediyo', to: 'h-kaka', type: 'located_in' },
  { from: 'h-janareta', to: 'h-waje', type: 'located_in' },
  { from: 'h-tanki', to: 'h-waje', type: 'located_in' },
  { from: 'h-yanayi', to: 'h-waje', type: 'located_in' },
];

let h: Harness;
let conversation = 0;

async function ask(question: string, conversationId = `r14-readings-${++conversation}`): Promise<{ text: string; cited: string[] }> {
  const answer = await h.responder.respond(question, h.context({ conversationId }));
  expect(answer, `"${question}" was declined`).toBeDefined();
  return { text: answer?.text ?? '', cited: (answer?.citations ?? []).map((c) => c.name) };
}

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'h-edge') });
});
afterAll(() => h.dispose());

describe('warmth adjectives read the temperature there', () => {
  it('a place asked whether it is hot says what its thermometer reads, not what is in it', async () => {
    const { text, cited } = await ask('is the rumfar kaji hot');
    expect(cited).toContain("Ma'aunin zafi");
    expect(text).toContain('31.5');
  });

  it('a thing asked whether it is cold enough reads its own temperature', async () => {
    const { text } = await ask('is the firji cold enough');
    expect(text).toMatch(/6 ?°C/);
  });
});

describe('what is playing is the title in the state', () => {
  it('a person listening is the device named after them that plays something', async () => {
    const { text, cited } = await ask('what is kaka listening to');
    expect(cited[0]).toBe('Rediyon Kaka');
    expect(text).toContain('Freedom Radio Kano');
  });

  it('playing in a room is the player there, never the dishwasher programme', async () => {
    const { text, cited } = await ask("what's playing in the dakin girki");
    expect(text).toContain('BBC Hausa');
    expect(cited).not.toContain('Injin wanki');
  });
});

describe('amounts and weather are the fields that hold them', () => {
  it('how much diesel is left is the gauge whose capability names diesel, with its unit', async () => {
    const { text, cited } = await ask('how much diesel is left');
    expect(cited[0]).toBe('Tankin dizal');
    expect(text).toContain('620 L');
  });

  it('rain and wind are read from the device that reports them', async () => {
    expect((await ask('how much rain did we get today')).text).toContain('12.5 mm');
    expect((await ask("what's the wind doing")).text).toContain('18 km/h');
  });

  it('a rule about rain is not the weather now', async () => {
    const answer = await h.responder.respond('what happens when it rains', h.context({ conversationId: 'r14-rain-rule' }));
    expect(answer?.text ?? '').not.toContain('12.5 mm');
  });
});

describe('state words the device keeps', () => {
  it('is the stove lit reads its `lit` field rather than saying it has no on/off reading', async () => {
    const { text } = await ask('is the murhu lit');
    expect(text).toMatch(/not lit/);
  });

  it('is the alarm set is the alarm that keeps an armed state (disarmed), and "set it" then arms it', async () => {
    const conversationId = 'r14-alarm';
    const { text, cited } = await ask('is the alarm set', conversationId);
    expect(cited[0]).toBe('Ƙararrawa');
    expect(text).toContain('disarmed');
    const set = await h.responder.respond('set it', h.context({ conversationId }));
    expect(set?.proposal?.targets.map((t) => t.name)).toEqual(['Ƙararrawa']);
  });
});

describe('capabilities and batteries asked in everyday words', () => {
  it('"which ones can I dim" lists what can be dimmed, not every light', async () => {
    const { cited } = await ask('which ones can we dim');
    expect(cited).toContain('Fitilar Kaka');
    expect(cited).not.toContain('Fitilar rumfa');
  });

  it('"anything need new batteries" lists the low ones only', async () => {
    const { text, cited } = await ask('does anything need a new battery');
    expect(cited).toContain('Makullin kofa');
    expect(cited).not.toContain('Na’urar motsi');
    expect(text).toContain('9%');
  });
});
