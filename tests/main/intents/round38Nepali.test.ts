// Issue 12, round 38: Nepali, in Devanagari or romanised as households text it (the Kathmandu home). Devanagari is
// written in Latin letters, the home's Devanagari names kept, and a Devanagari word is one token (nepaliWords.ts,
// normalizeText.ts); Nepali's words are read in the Roman Hindi the Hindi reader reads (nepaliPhrasing.ts), and the
// shapes it has no form for in English (nepaliQuestions.ts, nepaliAsking.ts). English and other languages' words
// ("kun" of Danish, "ko" of Tagalog alone) are no Nepali.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';
import { devanagariLetters } from '../../../src-main/intents/languages/nepaliWords';
import { nepaliPhrasing } from '../../../src-main/intents/languages/nepaliPhrasing';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const PLACES: RawEntity[] = [
  { id: 'r38n-home', entity_type: 'home', name: 'Thamel ghar', content: {} },
  { id: 'r38n-kitchen', entity_type: 'room', name: 'भान्सा', content: { description: 'kitchen' } },
  { id: 'r38n-living', entity_type: 'room', name: 'बैठक कोठा', content: {} },
  { id: 'r38n-shop', entity_type: 'room', name: 'Pasal', content: {} },
  { id: 'r38n-roof', entity_type: 'room', name: 'Chhat', content: {} },
];
const DEVICES: RawEntity[] = [
  device('r38n-klight', 'भान्साको बत्ती', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 80 } }),
  device('r38n-fan', 'बैठकको पंखा', { type: 'fan', capabilities: ['on_off', 'speed'], state: { power: 'off', speed: 0 } }),
  device('r38n-slight', 'Pasal ko batti', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r38n-heater', 'Oil heater', { type: 'climate', manufacturer: 'Usha', capabilities: ['on_off', 'setpoint', 'temperature'], state: { power: 'on', setpoint: 22, temperature: 18 } }),
  device('r38n-lock', 'Gate lock', { type: 'security', capabilities: ['lock', 'battery'], state: { locked: false, battery: 64 } }),
  device('r38n-tank', 'Chhat tank sensor', { type: 'sensor', capabilities: ['level'], state: { level: 40 } }),
];
const ROOM_OF: Record<string, string> = {
  'r38n-klight': 'r38n-kitchen', 'r38n-fan': 'r38n-living', 'r38n-slight': 'r38n-shop', 'r38n-heater': 'r38n-living', 'r38n-lock': 'r38n-shop', 'r38n-tank': 'r38n-roof',
};

let home: Harness;
const ask = askingOver(() => home, 'r38n-ask');
const { dialog, proposes } = dialogsOver(() => home, 'r38n-cmd');

beforeAll(async () => {
  home = await openHarness({ homeJson: homeExportJson([...PLACES, ...DEVICES], roomAndDeviceEdges('r38n-home', PLACES, DEVICES, ROOM_OF, 'r38n-living'), 'r38n-edge') });
});
afterAll(() => home.dispose());

describe('Devanagari in the Latin letters Nepali is texted in', () => {
  it('writes a word letter by letter, a last consonant without its "a"', () => {
    expect(devanagariLetters('बलेको')).toBe('baleko');
    expect(devanagariLetters('पंखा')).toBe('pankha');
    expect(devanagariLetters('बाल')).toBe('bal');
    expect(devanagariLetters('छ')).toBe('cha');
    expect(devanagariLetters('निभाइदेऊ')).toBe('nibhaideu');
  });

  it('a command in Devanagari finds the device the home names in Devanagari', async () => {
    await proposes(['बैठकको पंखा चलाइदेऊ'], ['बैठकको पंखा'], 2);
    await proposes(['भान्साको बत्ती निभाऊ, सुत्ने बेला भयो'], ['भान्साको बत्ती'], 2);
  });

  it('a room with its case ending ("भान्सामा") is the room', async () => {
    const a = await ask('भान्सामा के के छ');
    expect(a.text).toMatch(/भान्साको बत्ती/);
  });
});

describe('romanised Nepali', () => {
  it('"pasal ko batti bal ta" turns on the shop light', async () => {
    await proposes(['pasal ko batti bal ta'], ['Pasal ko batti'], 2);
  });

  it('"oil heater 20 ma set gar" sets it to 20', async () => {
    const a = await dialog('oil heater 20 ma set gar');
    expect(a.proposal?.targets.map((t) => t.name)).toEqual(['Oil heater']);
    expect(a.text).toMatch(/20/);
  });

  it('"gate lock gar, raati bhayo" locks the gate lock, not its reason', async () => {
    const a = await dialog('gate lock gar, raati bhayo');
    expect(a.proposal?.targets.map((t) => t.name)).toEqual(['Gate lock']);
  });

  it('a Devanagari name typed in Latin letters is found ("bhansa ko batti kati ujyalo cha")', async () => {
    const a = await ask('bhansa ko batti kati ujyalo cha hajur');
    expect(a.text).toMatch(/80/);
  });

  it('"gate lock ko battery kati cha" is its battery', async () => {
    const a = await ask('gate lock ko battery kati cha');
    expect(a.text).toMatch(/64/);
  });

  it('"oil heater kun app bata chalaune" and "Usha ko k k saman cha" are read in English', () => {
    return home.engine.match('x').then(async () => {
      const snapshot = await (home.engine as unknown as { index: { get: () => Promise<Parameters<typeof nepaliPhrasing>[1]> } }).index.get();
      expect(nepaliPhrasing('oil heater kun app bata chalaune', snapshot)).toBe('which app controls the oil heater');
      expect(nepaliPhrasing('Usha ko k k saman cha ghar ma', snapshot)).toBe('what usha devices do we have');
      expect(nepaliPhrasing('pasal bata chhat jane bato', snapshot)).toBe('how do I get from the pasal to the chhat');
      expect(nepaliPhrasing('kati ota batti cha hamro', snapshot)).toBe('how many battis are there');
    });
  });

  it('is no reading of English or of another language with one shared word', async () => {
    const snapshot = await (home.engine as unknown as { index: { get: () => Promise<Parameters<typeof nepaliPhrasing>[1]> } }).index.get();
    expect(nepaliPhrasing('turn on the kitchen light', snapshot)).toBeUndefined();
    expect(nepaliPhrasing('kun lyset i stuen', snapshot)).toBeUndefined();
    expect(nepaliPhrasing('buksan mo ang ilaw ko', snapshot)).toBeUndefined();
  });
});
