// Issue 12, round 40: Sinhala in its script or romanised and mixed with English (the Colombo home). Sinhala script is
// written in the Latin letters Sri Lankans text with (sinhalaLetters.ts); case endings on a word of the home's names are
// read as that word ("salaye" the salaya, "achchige" Achchi's), a Sinhala name typed in Latin letters is its English
// (sinhalaWords.ts); the sentence's shape comes from its verbs and question words, the thing from the words before
// them (sinhalaPhrasing.ts). Beside it: Tanglish "on-la irukka" (tamilPhrasing.ts) and "what time X goes off" asks a
// time, no advice (adviceFromKnowledge.ts); "how much" finds a sum in rupees (answerGraphSearch.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';
import { sinhalaInLatin } from '../../../src-main/intents/languages/sinhalaLetters';
import { sinhalaPhrasing } from '../../../src-main/intents/languages/sinhalaPhrasing';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const PLACES: RawEntity[] = [
  { id: 'r40s-home', entity_type: 'home', name: 'Silva gedara', content: {} },
  { id: 'r40s-hall', entity_type: 'room', name: 'සාලය (salaya)', content: {} },
  { id: 'r40s-gran', entity_type: 'room', name: "Aththa's room", content: {} },
  { id: 'r40s-shrine', entity_type: 'room', name: 'Shrine room', content: {} },
  { id: 'r40s-yard', entity_type: 'room', name: 'Yard', content: {} },
];
const DEVICES: RawEntity[] = [
  device('r40s-hfan', 'Salaya fan', { type: 'fan', capabilities: ['on_off', 'speed'], state: { power: 'on', speed: 3 } }),
  device('r40s-hlight', 'Salaya light', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 80 } }),
  device('r40s-gfan', "Aththa's fan", { type: 'fan', capabilities: ['on_off', 'speed'], state: { power: 'off', speed: 1 } }),
  device('r40s-glamp', "Aththa's lamp", { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 30 } }),
  device('r40s-lamp', 'Oil lamp (පහන)', { type: 'plug', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r40s-pump', 'Water pump', { type: 'pump', capabilities: ['on_off'], state: { power: 'off' } }),
  { id: 'r40s-rent', entity_type: 'note', name: 'Upstairs rent', content: { text: 'The tenant is Mr. Perera. He pays Rs 40,000 a month, due on the 5th.' } },
];
const ROOM_OF: Record<string, string> = { 'r40s-hfan': 'r40s-hall', 'r40s-hlight': 'r40s-hall', 'r40s-gfan': 'r40s-gran', 'r40s-glamp': 'r40s-gran', 'r40s-lamp': 'r40s-shrine', 'r40s-pump': 'r40s-yard' };

let home: Harness;
const ask = askingOver(() => home, 'r40s-ask');
const { proposes } = dialogsOver(() => home, 'r40s-cmd');

beforeAll(async () => {
  home = await openHarness({ homeJson: homeExportJson([...PLACES, ...DEVICES], roomAndDeviceEdges('r40s-home', PLACES, DEVICES, ROOM_OF, 'r40s-hall'), 'r40s-edge') });
});
afterAll(() => home.dispose());
const snapshotOf = (): Promise<Parameters<typeof sinhalaPhrasing>[1]> => (home.engine as unknown as { index: { get: () => Promise<Parameters<typeof sinhalaPhrasing>[1]> } }).index.get();

describe('Sinhala in Latin letters', () => {
  it('a consonant carries its a unless a sign or the virama follows; long vowels texted short', () => {
    expect(sinhalaInLatin('ආච්චිගේ')).toBe('achchige');
    expect(sinhalaInLatin('පංකාව')).toBe('pankawa');
    expect(sinhalaInLatin('නිවන්න')).toBe('niwanna');
    expect(sinhalaInLatin('දැන්')).toBe('dan');
    expect(sinhalaInLatin('කීයද')).toBe('kiyada');
  });
});

describe('Sinhala script', () => {
  it("a person's -ge is the owner of a name: turn off Aththa's lamp, is Aththa's fan on", async () => {
    await proposes(['ආත්තාගේ ලාම්පුව නිවන්න'], ["Aththa's lamp"], 2);
    const a = await ask('ආත්තාගේ පංකාව දැන් දාලද');
    expect(a.text).toMatch(/\boff\b/);
  });

  it("a name the home writes in Sinhala is its English", async () => {
    await proposes(['පහන පත්තු කරන්න පුතේ'], ['Oil lamp (පහන)'], 2);
  });
});

describe('romanised Sinhala mixed with English', () => {
  it('requests: on/off with karanna, a place by its case ending, a setting, a reason after a comma', async () => {
    await proposes(['salaye fan eka off karanna'], ['Salaya fan'], 2);
    await proposes(['pump eka on karanna, tank eka his'], ['Water pump'], 3);
    await proposes(['salaya fan speed 4 karanna'], ['Salaya fan'], 2);
    await proposes(['salaya light 40% karanna'], ['Salaya light'], 2);
  });

  it('states and questions', async () => {
    const snapshot = await snapshotOf();
    expect(sinhalaPhrasing('pahana on da', snapshot)).toBe('is the Oil lamp on?');
    expect(sinhalaPhrasing('pump eka koheda', snapshot)).toBe('where is the pump');
    expect(sinhalaPhrasing('salaye fan eka speed eka kiyada', snapshot)).toBe('what is the speed of the salaya fan');
    expect(sinhalaPhrasing('salaye mona da thiyenne', snapshot)).toBe('what is in the salaya');
    expect((await ask('pump eka koheda')).cited).toContain('Yard');
    expect((await ask('salaye fan eka speed eka kiyada')).text).toMatch(/\b3\b/);
  });

  it('a request verb under a question is no command', async () => {
    const snapshot = await snapshotOf();
    expect(sinhalaPhrasing('gate eka athin arinna procedure ekak thiyenawada', snapshot)).toBe('how do I open the gate by hand');
  });

  it('English, and other languages, are left alone', async () => {
    const snapshot = await snapshotOf();
    expect(sinhalaPhrasing('turn on the salaya fan', snapshot)).toBeUndefined();
    expect(sinhalaPhrasing('is the pump on', snapshot)).toBeUndefined();
    expect(sinhalaPhrasing('eka valo päälle', snapshot)).toBeUndefined();
  });
});

describe('beside Sinhala', () => {
  it('"how much" picks the sentence with a sum in rupees ("Rs 40,000"), any currency sign too', async () => {
    const a = await ask('upstairs rent eka kochchara da');
    expect(a.text).toMatch(/40,000/);
  });

  it('"what time X goes off" asks its schedule, no trouble', async () => {
    const a = await ask('what time the salaya light goes off normally');
    expect(a.text).not.toMatch(/Reset|procedure/i);
  });
});
