// Issue 12, round 36: an Alaskan family home with a cabin (the anchorage home's classes, on a small home written here).
// "outside temp" named every outdoor room and said none of them reports it, beside a thermometer called outside; "the
// tv and the sonos" was one speaker whose description says "and"; "preheat the oven" went to the oil heater its
// description calls a stove, because it alone keeps a setpoint; a note titled "Freezer inventory" was no note about
// the one freezer; "set the water heater to 130, the kids used all the hot water" was read as a question.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEntity } from './homeExportJson';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const ROOMS: RawEntity[] = [
  { id: 'a6-home', entity_type: 'home', name: 'Nuka house', content: {} },
  room('a6-kitchen', 'Kitchen'),
  room('a6-living', 'Living room'),
  room('a6-garage', 'Garage'),
  room('a6-basement', 'Utility room'),
  room('a6-yard', 'Dog yard'),
  room('a6-drive', 'Driveway'),
  room('a6-cabin', 'Cabin', { description: 'one-room cabin with a woodstove' }),
];
const DEVICES: RawEntity[] = [
  device('a6-range', 'Kitchen range', { type: 'appliance', capabilities: ['on_off', 'oven', 'temperature'], state: { power: 'off', oven_temperature: 0 } }),
  device('a6-toyo', 'The Monitor', { type: 'climate', model: 'direct-vent oil stove', capabilities: ['on_off', 'setpoint', 'temperature'], state: { power: 'on', temperature: 68, setpoint: 70 }, description: 'oil heater, Grandpa calls it the oil stove' }),
  device('a6-wood', 'Woodstove', { type: 'climate', capabilities: [], state: { fire: 'out' } }),
  device('a6-tv', 'Living room TV', { type: 'entertainment', capabilities: ['on_off', 'media', 'volume'], state: { power: 'on' } }),
  device('a6-sonos', 'Living room Sonos', { type: 'entertainment', manufacturer: 'Sonos', capabilities: ['media', 'volume'], state: { power: 'on', volume: 20 } }),
  device('a6-echo', "Grandpa's Echo", { type: 'entertainment', model: 'Echo Dot', capabilities: ['media', 'volume'], state: { power: 'on', volume: 7 }, description: 'his radio, plays the news and reads him the weather' }),
  device('a6-freezer', 'Salmon freezer', { type: 'appliance', capabilities: ['temperature'], state: { temperature: -8 } }),
  device('a6-heater', 'Water heater', { type: 'climate', capabilities: ['setpoint', 'temperature'], state: { setpoint: 125, temperature: 124 } }),
  device('a6-cam', 'Dog yard cam', { type: 'security', capabilities: ['video'], state: { power: 'on' } }),
  device('a6-thermo', 'Outside thermometer', { type: 'sensor', capabilities: ['temperature', 'humidity'], state: { temperature: -12, humidity: 64 } }),
];
const NOTES: RawEntity[] = [
  { id: 'a6-inventory', entity_type: 'note', name: 'Freezer inventory', content: { text: 'Reds from the Kasilof: 41 fish. Silvers from the Kenai: 12.' } },
];
const PLACE: Record<string, string> = { 'a6-range': 'a6-kitchen', 'a6-toyo': 'a6-living', 'a6-wood': 'a6-cabin', 'a6-tv': 'a6-living', 'a6-sonos': 'a6-living', 'a6-echo': 'a6-living', 'a6-freezer': 'a6-garage', 'a6-heater': 'a6-basement', 'a6-cam': 'a6-yard', 'a6-thermo': 'a6-drive' };

let home: Harness;
let n = 0;
const ask = async (q: string) => {
  const a = await home.responder.respond(q, home.context({ conversationId: `a6-${++n}` }));
  return { text: a?.text ?? '', proposal: a?.proposal?.targets.map((t) => t.name) ?? [] };
};

beforeAll(async () => {
  home = await openSmallHome({ entities: [...ROOMS, ...DEVICES, ...NOTES], placeOf: PLACE, fallbackRoom: 'a6-living', edgePrefix: 'a6-edge' });
});
afterAll(() => home.dispose());

describe('the outside word and a device named outside', () => {
  it('"outside temp" is the outside thermometer, never "no device in the dog yard"', async () => {
    for (const q of ['outside temp', 'what is the temperature outside', 'how cold is it outside']) {
      const a = await ask(q);
      expect(a.text).toMatch(/Outside thermometer.*-12/);
      expect(a.text).not.toMatch(/No device/);
    }
    expect((await ask('outdoor humidity')).text).toMatch(/64%/);
  });
});

describe('two things joined by "and" are never one device', () => {
  it('"turn off the tv and the sonos" proposes nothing for the speaker whose description says "and"', async () => {
    const a = await ask('turn off the tv and the sonos');
    expect(a.proposal).not.toEqual(["Grandpa's Echo"]);
  });
});

describe('the one able candidate only when it is the kind said as surely', () => {
  it('"preheat the oven to 375" never goes to the heater its description calls a stove', async () => {
    const a = await ask('preheat the oven to 375');
    expect(a.proposal).not.toContain('The Monitor');
  });
});

describe('a note titled with the kind word', () => {
  it('"how many silvers are in the freezer, the note says" quotes the freezer inventory', async () => {
    const a = await ask('How many silvers are in the freezer, the note says?');
    expect(a.text).toMatch(/Silvers from the Kenai: 12/);
    expect(a.text).not.toMatch(/no notes/);
  });
});

describe('a command before a reason the slot parse read as a question', () => {
  it('"set the water heater to 130, the kids used all the hot water" proposes the setting', async () => {
    expect((await ask('Please set the water heater to 130, the kids used all the hot water.')).proposal).toEqual(['Water heater']);
  });
});
