// Issue 12, round 30 (a household on the Gulf coast): general faults its questions showed. A word of one maker's name
// that also names another maker's device in the place asked ("how high's the creek at the jetty", with a "Creek
// Works" grill elsewhere and a "Creek Gauge" at the jetty) said there were no such devices there; a fan with a speed
// capability and no speed in its state yet "can't be dimmed"; "Grandad left a note in the app?" was read as which app
// runs Grandad's things ("No app is linked to …"); "lights off pls" after a room's listing turned off every light on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'gc-jetty', entity_type: 'room', name: 'The Jetty', content: {} },
  { id: 'gc-yard', entity_type: 'room', name: 'Side Yard', content: {} },
  { id: 'gc-loft', entity_type: 'room', name: 'Loft', content: {} },
  { id: 'gc-den', entity_type: 'room', name: 'Den', content: {} },
  { id: 'gc-gran', entity_type: 'room', name: "Grandad's Room", content: {} },
];
const DEVICES: RawEntity[] = [
  device('gc-gauge', 'Creek Gauge', { type: 'water_level', manufacturer: 'YoLink', capabilities: ['water_level'], state: { water_level_ft: 1.7 } }),
  device('gc-grill', 'Creek Works Smoker', { type: 'gas_valve', manufacturer: 'Creek Works', capabilities: ['open_close'], state: { valve: 'closed' } }),
  device('gc-porchfan', 'Porch Fan', { type: 'fan', capabilities: ['on_off', 'speed'], state: { power: 'off' } }),
  device('gc-loftstrip', "Mia's Strip", { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 40 } }),
  device('gc-denlamp', 'Den Lamp', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 70 } }),
  device('gc-granlamp', "Grandad's Lamp", { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 50 } }),
  device('gc-granradio', "Grandad's Radio", { type: 'speaker', capabilities: ['on_off', 'volume'], state: { power: 'on', volume: 40 } }),
];
const NOTE: RawEntity = { id: 'gc-note', entity_type: 'note', name: 'Message from Grandad', content: { text: 'Turn my fan on when it gets hot, baby.' } };
const PLACE = { 'gc-gauge': 'gc-jetty', 'gc-grill': 'gc-yard', 'gc-porchfan': 'gc-yard', 'gc-loftstrip': 'gc-loft', 'gc-denlamp': 'gc-den', 'gc-granlamp': 'gc-gran', 'gc-granradio': 'gc-gran' };

let home: Harness;
beforeAll(async () => {
  const entities = [{ id: 'gc-home', entity_type: 'home', name: 'Bayside Cottage', content: {} }, ...ROOMS, ...DEVICES, NOTE];
  home = await openHarness({ homeJson: homeExportJson(entities, roomAndDeviceEdges('gc-home', ROOMS, DEVICES, PLACE, 'gc-den'), 'gc-rel') });
});
afterAll(() => home.dispose());

const ask = async (q: string, conversationId = `gc-${q}`) => {
  const a = await home.responder.respond(q, home.context({ conversationId }));
  return { text: a?.text ?? '', targets: a?.proposal?.targets.map((t) => t.name) ?? [] };
};

describe("a maker's word that names another maker's device in the place asked", () => {
  it('"how high is the creek at the jetty" never says there are no Creek devices there', async () => {
    const answer = await ask('how high is the creek at the jetty?');
    expect(answer.text).not.toMatch(/There are no Creek/);
    expect(answer.text).toContain('Creek Gauge');
  });
  it('"any creek works stuff in the side yard" still lists the maker\'s devices', async () => {
    expect((await ask('any creek works stuff in the side yard?')).text).toContain('Creek Works Smoker');
  });
});

describe('a fan with a speed capability and no speed in its state', () => {
  it('"set the porch fan to 2" proposes speed 2', async () => {
    const answer = await ask('set the porch fan to 2');
    expect(answer.targets).toEqual(['Porch Fan']);
    expect(answer.text).not.toMatch(/can't be dimmed/);
  });
});

describe('"left a note in the app" asks the notes', () => {
  it('"Grandad left a note in the app?" finds his note, never "no app is linked"', async () => {
    const answer = await ask('Grandad left a note in the app?');
    expect(answer.text).toContain('Message from Grandad');
    expect(answer.text).not.toMatch(/No app is linked/);
  });
  it('"is the den lamp left on?" is still a state question', async () => {
    expect((await ask('is the den lamp left on?')).text).toMatch(/on/);
  });
});

describe('a terse command with a last "pls" in a conversation about one room', () => {
  it('"lights off pls" after "what\'s in the loft" turns off the loft\'s light only', async () => {
    await ask("what's in the loft?", 'gc-loft-talk');
    expect((await ask('lights off pls', 'gc-loft-talk')).targets).toEqual(["Mia's Strip"]);
  });
});
