// Issue 12, round 26: pronouns and ellipses after a turn that changed what the talk is about. "turn it on" after the
// bathroom's humidity (read off its one fan) switched the bathroom's light; a whole question said after "Which one do
// you mean" ("is it warm in the living room, isn't it") was taken as the pick of the speaker in the living room; "and
// is the lamp on?" after the radiator was asked of the radiator; "open the blind halfway" was read as a blind in the
// "hallway"; "close the blind" while talking about the living room asked which blind; and "is his bin full" about a
// robot hoover called Hamish was read as a bin in the hall.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'fo-bath', entity_type: 'room', name: 'Bathroom', content: {} },
  { id: 'fo-living', entity_type: 'room', name: 'Living Room', content: {} },
  { id: 'fo-bed', entity_type: 'room', name: 'Bedroom', content: {} },
  { id: 'fo-hall', entity_type: 'room', name: 'Hallway', content: {} },
  { id: 'fo-lobby', entity_type: 'room', name: 'Lobby', content: {} },
  { id: 'fo-green', entity_type: 'room', name: 'Back Green', content: { description: 'shared drying green, bins and the bike shed' } },
];
const DEVICES: RawEntity[] = [
  device('fo-fan', 'Extractor Fan', { type: 'fan', capabilities: ['on_off', 'humidity'], state: { power: 'off', humidity: 68 } }),
  device('fo-bathlight', 'Bathroom Light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('fo-trv', 'Living Radiator TRV', { type: 'trv', capabilities: ['temperature', 'setpoint'], state: { temperature: 18, setpoint: 19 } }),
  device('fo-tv', 'Living TV', { type: 'tv', capabilities: ['on_off'], state: { power: 'off' } }),
  device('fo-sonos', 'Sonos Living', { type: 'speaker', capabilities: ['on_off', 'volume'], state: { power: 'on', volume: 20 } }),
  device('fo-echo', 'Sonos Bedroom', { type: 'speaker', capabilities: ['on_off', 'volume'], state: { power: 'on', volume: 10 } }),
  device('fo-readlamp', 'Reading Lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('fo-bedlamp', 'Bedside Lamp', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on' } }),
  device('fo-lblind', 'Living Blind', { type: 'blind', capabilities: ['open_close', 'position'], state: { position: 100 } }),
  device('fo-bblind', 'Bedroom Blind', { type: 'blind', capabilities: ['open_close', 'position'], state: { position: 0 } }),
  device('fo-hamish', 'Hamish', { type: 'vacuum', capabilities: ['start_stop', 'battery'], state: { status: 'docked', bin_full: false, battery: 100 }, description: 'robot hoover, lives under the lobby table' }),
];
const PLACE = {
  'fo-fan': 'fo-bath', 'fo-bathlight': 'fo-bath', 'fo-trv': 'fo-living', 'fo-tv': 'fo-living', 'fo-sonos': 'fo-living', 'fo-echo': 'fo-bed',
  'fo-readlamp': 'fo-living', 'fo-bedlamp': 'fo-bed', 'fo-lblind': 'fo-living', 'fo-bblind': 'fo-bed', 'fo-hamish': 'fo-lobby',
};

let home: Harness;
beforeAll(async () => {
  const entities = [{ id: 'fo-home', entity_type: 'home', name: 'House', content: {} }, ...ROOMS, ...DEVICES];
  home = await openHarness({ homeJson: homeExportJson(entities, roomAndDeviceEdges('fo-home', ROOMS, DEVICES, PLACE, 'fo-hall'), 'fo-rel') });
});
afterAll(() => home.dispose());

const dialog = (...questions: string[]) => home.dialog(...questions);

describe('the device that answered a question of a place is "it"', () => {
  it('"turn it on" after the bathroom\'s humidity, read off its fan, switches the fan', async () => {
    expect((await dialog('is the fan on in the bathroom', "what's the humidity in there", 'turn it on so')).targets).toEqual(['Extractor Fan']);
  });
});

describe('a turn that moves off the focus', () => {
  it('a whole question after "Which one do you mean" is asked as such, not taken as the pick', async () => {
    const answer = await dialog('turn on the tv', 'and turn the sonos up', "is it warm in the living room, isn't it");
    expect(answer.targets).toEqual([]);
    expect(answer.text).toMatch(/18/);
  });
  it('"and is the lamp on?" after the radiator asks about the lamps, never the radiator', async () => {
    const answer = await dialog("what's the radiator set to", 'and is the lamp on?');
    expect(answer.cited).not.toContain('Living Radiator TRV');
    expect(answer.cited).toEqual(expect.arrayContaining(['Reading Lamp']));
  });
  it('"is her light on" after a device never spoken of as "she" is still a light of hers', async () => {
    expect((await dialog("where's hamish", 'is her light on')).text).not.toMatch(/Hamish's/);
  });
  it('"is his bin full" about a hoover named like a person is its bin, not a bin in its room', async () => {
    const answer = await dialog("where's hamish", 'when did he last hoover', 'is his bin full');
    expect(answer.cited).toContain('Hamish');
    expect(answer.cited).not.toContain('Back Green');
    expect(answer.text).not.toMatch(/Hallway has|Back Green has/);
  });
});

describe('a blind in the place talked about', () => {
  it('"open the blind halfway" is never a blind in the "hallway"', async () => {
    const answer = await dialog('turn off the bedside lamp', 'and open the blind halfway');
    expect(answer.text).not.toMatch(/hallway/i);
    expect(answer.targets).toEqual(['Bedroom Blind']);
  });
  it('"close the blind" while talking about the living room closes the living room\'s blind', async () => {
    expect((await dialog('turn on the living tv', 'and close the blind')).targets).toEqual(['Living Blind']);
  });
});
