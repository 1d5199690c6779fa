// Issue 12, round 37: a Bengali home. Bengali script and Banglish (romanized Bengali) were read by no reader: Bengali
// vowel signs cut its words in two, "bosar ghorer fan ta bondho kore dao" and "ঠাকুর ঘরে কী কী যন্ত্র আছে" declined,
// and "rannaghorer alo jalao" never found the light the home names "রান্নাঘরের আলো". The reader keys both scripts
// alike (bengaliLetters.ts), finds the home's names in either (bengaliWords.ts) and says the sentence in English
// (bengaliPhrasing.ts); a sentence with no Bengali letter and no word only Banglish writes is left alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HomeSnapshot } from '../../../src-main/intents/HomeIndex';
import { bengaliKey } from '../../../src-main/intents/languages/bengaliLetters';
import { bengaliPhrasing } from '../../../src-main/intents/languages/bengaliPhrasing';
import { mayBeBengali } from '../../../src-main/intents/languages/bengaliWords';
import type { RawEntity } from './homeExportJson';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const ROOMS: RawEntity[] = [
  { id: 'b7-home', entity_type: 'home', name: 'Sen bari', content: {} },
  room('b7-living', 'বসার ঘর', { description: 'living room' }),
  room('b7-kitchen', 'রান্নাঘর', { description: 'kitchen' }),
  room('b7-thakurma', "Thakuma'r ghor"),
  room('b7-bath', 'Bathroom'),
  room('b7-roof', 'Chhad', { description: 'rooftop' }),
];
const DEVICES: RawEntity[] = [
  device('b7-fan', 'বসার ঘরের পাখা', { type: 'fan', capabilities: ['on_off', 'fan_speed'], state: { power: 'on', speed: 3 } }),
  device('b7-klight', 'রান্নাঘরের আলো', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('b7-ac', "Thakuma'r ghorer AC", { type: 'climate', manufacturer: 'Daikin', capabilities: ['on_off', 'temperature'], state: { power: 'on', temperature: 28, setpoint: 26 } }),
  device('b7-tfan', "Thakuma'r pakha", { type: 'fan', capabilities: ['on_off', 'fan_speed'], state: { power: 'off', speed: 2 } }),
  device('b7-geyser', 'Bathroom geyser', { type: 'water_heater', capabilities: ['on_off', 'temperature'], state: { power: 'off', temperature: 40 } }),
  device('b7-roof', 'Chhader temp sensor', { type: 'sensor', capabilities: ['temperature'], state: { temperature: 34 } }),
];
const PLACE: Record<string, string> = { 'b7-fan': 'b7-living', 'b7-klight': 'b7-kitchen', 'b7-ac': 'b7-thakurma', 'b7-tfan': 'b7-thakurma', 'b7-geyser': 'b7-bath', 'b7-roof': 'b7-roof' };

let home: Harness;
let snapshot: HomeSnapshot;
let n = 0;
const ask = async (q: string) => {
  const a = await home.responder.respond(q, home.context({ conversationId: `b7-${++n}` }));
  return { text: a?.text ?? '', proposal: a?.proposal?.targets.map((t) => t.name) ?? [] };
};

beforeAll(async () => {
  home = await openSmallHome({ entities: [...ROOMS, ...DEVICES], placeOf: PLACE, fallbackRoom: 'b7-living', edgePrefix: 'b7-edge' });
  snapshot = await home.engine.index.get();
});
afterAll(() => home.dispose());

describe('Bengali script and Banglish share one key', () => {
  it('keys a word alike in both scripts, whatever vowels texting writes', () => {
    for (const [script, latin] of [['রান্নাঘরের', 'rannaghorer'], ['বসার', 'bosar'], ['ঝাড়বাতি', 'jharbati'], ['সিঁড়ির', 'sinrir'], ['প্রদীপ', 'prodip'], ['ডাইনিং', 'dining']] as const) {
      expect(bengaliKey(script), script).toBe(bengaliKey(latin));
    }
  });
});

describe('the cheap check', () => {
  it('passes Bengali script and Banglish words, and leaves English, Hindi and names alone', () => {
    expect(mayBeBengali('ঠাকুর ঘরে কী কী যন্ত্র আছে')).toBe(true);
    expect(mayBeBengali('geyser on ache?')).toBe(true);
    expect(mayBeBengali('Living room AC 24 e set koro')).toBe(true);
    expect(mayBeBengali('turn off the kitchen light')).toBe(false);
    expect(mayBeBengali('batti jalao do')).toBe(false);
    expect(mayBeBengali("whats koro's room at")).toBe(false);
  });
});

describe('Bengali sentences in English, the home\'s names as it writes them', () => {
  it('reads commands, questions and states in either script', () => {
    expect(bengaliPhrasing('bosar ghorer fan ta bondho kore dao', snapshot)).toBe('turn off বসার ঘরের পাখা');
    expect(bengaliPhrasing('রান্নাঘরের আলোটা জ্বালিয়ে দাও', snapshot)).toBe('turn on রান্নাঘরের আলো');
    expect(bengaliPhrasing('rannaghorer alo jalao', snapshot)).toBe('turn on রান্নাঘরের আলো');
    expect(bengaliPhrasing("thakumar AC 25 kore dao", snapshot)).toBe("set Thakuma'r ghorer AC to 25");
    expect(bengaliPhrasing('বসার ঘরে কী কী যন্ত্র আছে', snapshot)).toBe('what devices are in বসার ঘর');
    expect(bengaliPhrasing('geyser ta kothay', snapshot)).toBe('where is the geyser');
    expect(bengaliPhrasing('chhade koto temperature', snapshot)).toMatch(/^what is the temperature (in Chhad|of Chhader temp sensor)$/);
    expect(bengaliPhrasing('বসার ঘরের পাখাটি কোন গতিতে চলছে', snapshot)).toBe('what is the speed of বসার ঘরের পাখা');
    expect(bengaliPhrasing('geyser on ache?', snapshot)).toBe('is the geyser on');
    expect(bengaliPhrasing('koyta pakha ache', snapshot)).toBe('how many fans are there');
  });

  it('reads "on" before more words as the state, and a reason after the comma not at all', () => {
    expect(bengaliPhrasing('bosar ghorer pakha ta on?', snapshot)).toBe('is বসার ঘরের পাখা on');
    expect(bengaliPhrasing('bathroom geyser on koro, chan korbo', snapshot)).toBe('turn on Bathroom geyser');
  });

  it('proposes the device named in the other script, and declines a command with a Bengali word it cannot read', async () => {
    expect((await ask('rannaghorer alo jalao')).proposal).toEqual(['রান্নাঘরের আলো']);
    expect((await ask("thakuma'r ghorer pakha chalao")).proposal).toEqual(["Thakuma'r pakha"]);
    expect(bengaliPhrasing('রান্নাঘরের আলো দপদপ করাও', snapshot)).toBeUndefined();
  });

  it('answers in Bengali script', async () => {
    expect((await ask('বসার ঘরের পাখাটি কোন গতিতে চলছে')).text).toMatch(/speed 3/);
    expect((await ask('chhade koto temperature')).text).toMatch(/34/);
  });
});
