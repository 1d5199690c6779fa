// Issue 12, round 34: a narrowboat household typing by voice dictation and in boat shorthand. Tested on a small
// canal-cottage home written here: sound-alike words next to a name's word ("sure power", "water thank"), a pair
// heard for one long word ("calorie fire"), a clipped name ("the webby"), a lexicon place word one letter off another
// room's own name ("salon" beside a "Saloon" and a "Lounge"), a lock flag holding its word (`locked: "locked"`),
// batteries under an asked line or in a named place, a named note asked what it says, "it" after a reading that can't
// be switched, a room's automations set off there, "what level is X at", and the pump kind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';
import { consonantKey } from '../../../src-main/intents/soundAlikeSlips';
import { batteryLineAsked } from '../../../src-main/intents/batteryLineAsked';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ROOMS: RawEntity[] = [
  { id: 'cc-home', entity_type: 'home', name: 'Lock Cottage', content: {} },
  { id: 'cc-saloon', entity_type: 'room', name: 'Saloon', content: { description: 'the boat living space' } },
  { id: 'cc-lounge', entity_type: 'room', name: 'Lounge', content: {} },
  { id: 'cc-wash', entity_type: 'room', name: 'Washroom', content: {} },
  { id: 'cc-plant', entity_type: 'room', name: 'Plant room', content: {} },
];
const DEVICES: RawEntity[] = [
  device('cc-sl', 'Saloon lights', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 60 } }),
  device('cc-ll', 'Lounge lamp', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 70 } }),
  device('cc-hook', 'Shore power hook-up', { type: 'power', state: { connected: 'connected', voltage: 231 } }),
  device('cc-tank', 'Water tank gauge', { type: 'sensor', state: { level: 45 } }),
  device('cc-cal', 'Calorifier', { type: 'water_heater', capabilities: ['on_off'], state: { power: 'off', temperature: 48 } }),
  device('cc-heat', 'Mikuni heater', { type: 'climate', capabilities: ['on_off', 'temperature_control'], state: { power: 'off', setpoint: 20 } }),
  device('cc-pad', 'Hatch padlock', { type: 'lock', capabilities: ['lock/unlock', 'battery'], state: { locked: 'locked', battery: 45 } }),
  device('cc-fan', 'Washroom fan', { type: 'fan', capabilities: ['on_off'], state: { power: 'on' } }),
  device('cc-hum', 'Washroom humidity sensor', { type: 'sensor', capabilities: ['humidity', 'battery'], state: { humidity: 80, battery: 90 } }),
  device('cc-therm', 'Lounge thermometer', { type: 'sensor', capabilities: ['temperature', 'battery'], state: { temperature: 18, battery: 35 } }),
  device('cc-bilge', 'Bilge pump', { type: 'pump', capabilities: ['on_off'], state: { power: 'off' } }),
  device('cc-wpump', 'Water pump', { type: 'pump', capabilities: ['on_off'], state: { power: 'on' } }),
  { id: 'cc-note', entity_type: 'note', name: 'Sitter notes', content: { text: 'Feed the cat twice a day. Never let the batteries go below 50 %. If they are under 60 %, run the engine for two hours.' } },
  { id: 'cc-alert', entity_type: 'automation', name: 'Bilge warning', content: { trigger: { type: 'state', device: 'Bilge pump' }, actions: ['text the owners'] } },
  { id: 'cc-night', entity_type: 'automation', name: 'Plant room night', content: { trigger: { type: 'time', at: '23:00' }, actions: ['Calorifier off'] } },
];
const PLACE: Record<string, string> = {
  'cc-sl': 'cc-saloon', 'cc-ll': 'cc-lounge', 'cc-hook': 'cc-plant', 'cc-tank': 'cc-plant', 'cc-cal': 'cc-plant', 'cc-heat': 'cc-plant',
  'cc-pad': 'cc-plant', 'cc-fan': 'cc-wash', 'cc-hum': 'cc-wash', 'cc-therm': 'cc-lounge', 'cc-bilge': 'cc-plant', 'cc-wpump': 'cc-saloon',
};
const EDGES = [
  { from: 'cc-alert', to: 'cc-bilge', type: 'triggered_by' },
  { from: 'cc-night', to: 'cc-cal', type: 'automates' },
];

let home: Harness;
const ask = askingOver(() => home, 'cc-ask', { mustAnswer: true });
const { proposes, dialog } = dialogsOver(() => home, 'cc-do');

beforeAll(async () => {
  const [h, first] = ROOMS;
  const things = DEVICES.filter((d) => d.entity_type === 'device');
  home = await openHarness({ homeJson: homeExportJson([...ROOMS, ...DEVICES], [...roomAndDeviceEdges(h?.id ?? '', ROOMS, things, PLACE, first?.id ?? ''), ...EDGES], 'cc-edge') });
});
afterAll(() => home.dispose());

describe('sound-alike dictation slips', () => {
  it('keys words by their consonants as heard', () => {
    expect(consonantKey('sure')).toBe(consonantKey('shore'));
    expect(consonantKey('thank')).toBe(consonantKey('tank'));
    expect(consonantKey('build')).not.toBe(consonantKey('bilge'));
  });
  it('"sure power" next to a name word is the shore power', async () => {
    expect((await ask('is the sure power connected')).cited).toContain('Shore power hook-up');
  });
  it('"water thank" is the water tank', async () => {
    expect((await ask('what level is the water thank at')).text).toContain('45');
  });
  it('"calorie fire" is the calorifier', async () => {
    expect((await ask('what temperature is the calorie fire')).text).toContain('48');
  });
  it('"the mikky" (a clipped name) is the one name word it starts', async () => {
    expect((await ask('is the mikky on')).cited).toContain('Mikuni heater');
  });
  it('"thank you" stays thanks', async () => {
    const a = await ask('what level is the water tank gauge at, thank you');
    expect(a.text).toContain('45');
  });
});

describe('a lexicon place word one letter off another room', () => {
  it('"salon" is the Saloon, not the Lounge', async () => {
    await proposes(['turn off the salon lights'], ['Saloon lights'], 2);
  });
  it('"lounge" is still the Lounge', async () => {
    await proposes(['turn off the lounge lamp'], ['Lounge lamp'], 2);
  });
});

describe('readings', () => {
  it('reads `locked: "locked"` as the lock word', async () => {
    expect((await ask('is the hatch padlock locked')).text).toMatch(/is locked/);
  });
  it('lists batteries under the line asked', async () => {
    expect(batteryLineAsked(['anything', 'low', 'on', 'batt', 'under', '50'])).toBe(50);
    expect(batteryLineAsked(['below', 'than', 'x'])).toBeUndefined();
    const a = await ask('any batteries under 50');
    expect(a.cited).toEqual(expect.arrayContaining(['Lounge thermometer', 'Hatch padlock']));
    expect(a.cited).not.toContain('Washroom humidity sensor');
  });
  it('answers the battery of the one device in the place named', async () => {
    expect((await ask('is the battery low in the thermometer in the lounge')).text).toContain('35%');
  });
  it('a named note is asked what it says, with the sentence that goes on by a pronoun', async () => {
    const a = await ask('what does the sitter note say I should do if the batteries get low');
    expect(a.text).toContain('two hours');
  });
  it('"what level is X at" is a reading, not the floor', async () => {
    expect((await ask('what level is the water tank gauge at')).text).toContain('45');
  });
  it('keeps a cue word as it is ("lead to" is no slip of a name\'s "leak")', async () => {
    expect((await ask('what does the washroom lead to')).text).not.toMatch(/humidity/);
  });
  it("a room's automations include those a device there sets off", async () => {
    expect((await ask('plant room automations')).cited).toEqual(expect.arrayContaining(['Plant room night', 'Bilge warning']));
  });
});

describe('"it" after a reading that cannot be switched', () => {
  it('is the device asked about the turn before in the same room', async () => {
    await proposes(['is the washroom fan on', "what's the humidity in there", 'turn it off'], ['Washroom fan'], 2);
  });
  it('stays the last device when it can do it', async () => {
    const a = await dialog('is the washroom fan on', 'is the lounge lamp on', 'turn it off');
    expect(a.proposal?.targets.map((t) => t.name)).toEqual(['Lounge lamp']);
  });
});
