// Issue 12, round 45: Azerbaijani, read by the Turkish reader over its own words (lexicon/azerbaijani.json,
// languages/turkicLexicon.ts, turkishWords.ts, turkishPhrasing.ts), with and without its letters (ə typed e, ğ folded
// back to q): its verbs and question words ("yandır", "neçəyə qoyulub", "hansı"), the genitive on a compound's owner
// ("yataq otağının kondisioneri"), -(n)ınkı for the one of a place, the aorist that asks what a thing does ("qapını o
// açır?") and is never a command, an unknown place with the locative ("dachada"), and "kondisioner" as an air
// conditioner by its name. Questions of the baku home (tests/fixtures/homes/baku.*).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './intentHarness';
import { dialogOutcomes } from './dialogsOver';
import { device, openSmallHome, room, zone } from './smallHome';
import { turkishPhrasing } from '../../../src-main/intents/languages/turkishPhrasing';

const HOME = [
  { id: 'az-home', entity_type: 'home', name: 'Əliyevlərin evi', content: {} },
  zone('az-flat', 'Mənzil', { description: 'the flat in the city' }),
  zone('az-dacha', 'Şüvəlan bağı', { description: 'summer dacha by the sea' }),
  room('az-guest', 'Qonaq otağı'),
  room('az-bed', 'Yataq otağı'),
  room('az-hall', 'Dəhliz'),
  room('az-terrace', 'Terras'),
  room('az-roof', 'Dam'),
  device('az-guest-light', 'Qonaq otağı işığı', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('az-bed-light', 'Yataq otağı işığı', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('az-terrace-light', 'Terras işığı', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('az-bed-ac', 'Yataq otağı kondisioneri', { type: 'climate', capabilities: ['on_off', 'target_temperature'], state: { power: 'off', target_temperature: 22 } }),
  device('az-guest-ac', 'Qonaq otağı kondisioneri', { type: 'climate', capabilities: ['on_off', 'target_temperature'], state: { power: 'on', target_temperature: 25 } }),
  device('az-guest-rad', 'Qonaq otağı radiatoru', { type: 'thermostat', capabilities: ['target_temperature', 'battery'], state: { local_temperature: 18.5, target: 21, battery: 40 } }),
  device('az-bed-rad', 'Yataq otağı radiatoru', { type: 'thermostat', capabilities: ['target_temperature', 'battery'], state: { local_temperature: 20.5, target: 21, battery: 70 } }),
  device('az-door', 'Mənzil qapısı', { type: 'door', capabilities: ['open_close'], state: { state: 'closed' } }),
  device('az-wind', 'Xəzri sensoru', { type: 'sensor', manufacturer: 'Somfy', capabilities: ['wind_speed'], state: { wind_speed: 9 }, description: 'wind sensor on the roof' }),
];
const PLACES = { 'az-guest-light': 'az-guest', 'az-bed-light': 'az-bed', 'az-terrace-light': 'az-terrace', 'az-bed-ac': 'az-bed', 'az-guest-ac': 'az-guest', 'az-guest-rad': 'az-guest', 'az-bed-rad': 'az-bed', 'az-door': 'az-hall', 'az-wind': 'az-roof' };
const PARENTS = { 'az-guest': 'az-flat', 'az-bed': 'az-flat', 'az-hall': 'az-flat', 'az-terrace': 'az-dacha', 'az-roof': 'az-dacha' };

let home: Harness;
const ask = dialogOutcomes(() => home, 'r45az');

beforeAll(async () => {
  home = await openSmallHome({ entities: HOME, placeOf: PLACES, fallbackRoom: 'az-hall', parentOf: PARENTS, edgePrefix: 'r45az-edge' });
});
afterAll(() => home.dispose());

describe('Azerbaijani commands, with and without its letters', () => {
  it('"Qonaq otağı işığını yandır" and "qonaq otagi isigini yandir" propose the guest-room light', async () => {
    expect((await ask('Qonaq otağı işığını yandır')).targets).toEqual(['Qonaq otağı işığı']);
    expect((await ask('qonaq otagi isigini yandir')).targets).toEqual(['Qonaq otağı işığı']);
  });
  it('"a qapını o açır?" asks what a thing does: no proposal', async () => {
    expect((await ask('a qapını o açır?')).targets).toEqual([]);
  });
});

describe('Azerbaijani questions', () => {
  it('"yataq otağının kondisioneri neçəyə qoyulub": the genitive on the owner of the name', async () => {
    const a = await ask('yataq otağının kondisioneri neçəyə qoyulub');
    expect(a.cited).toContain('Yataq otağı kondisioneri');
    expect(a.text).toMatch(/22/);
  });
  it('"Neçə kondisioner var?" counts both air conditioners by their names', async () => {
    expect((await ask('Neçə kondisioner var?')).text).toMatch(/\b2\b/);
  });
  it('"dachada hansi isiqlar var" lists the dacha\'s lights only', async () => {
    const a = await ask('dachada hansi isiqlar var');
    expect(a.cited).toContain('Terras işığı');
    expect(a.cited).not.toContain('Qonaq otağı işığı');
  });
  it('"qonaq otagininki nece derece gosterir" after the radiators: the one of the guest room', async () => {
    expect((await ask('radiatorlar hansi firmadi', 'qonaq otagininki nece derece gosterir')).text).toMatch(/18[.,]5/);
  });
  it('"Rüzgar sensörü hangi marka?" (the Turkish cousin) is the wind sensor', async () => {
    expect((await ask('Rüzgar sensörü hangi marka?')).text).toMatch(/Somfy/);
  });
});

describe('words', () => {
  it('"su nece derecedi": su is water, never the home\'s names that start with it', async () => {
    const snapshot = await home.engine.index.get();
    expect(turkishPhrasing('su nece derecedi', snapshot)).toBe('what is the temperature of water');
  });
});

describe('follow-ups', () => {
  it('"bəs kondisionerləri?" asks what about the air conditioners, never for one called "bes"', async () => {
    const snapshot = await home.engine.index.get();
    expect(turkishPhrasing('bes kondisionerleri?', snapshot)).toBe('what about air conditioners');
  });
});

describe('English and other languages are left alone', () => {
  it('reads nothing without Azerbaijani or Turkish', async () => {
    const snapshot = await home.engine.index.get();
    for (const said of ['is the ac on', 'turn on the guest room light', 'ok bro turn it off', 'luz da sala', 'where is the door']) {
      expect(turkishPhrasing(said, snapshot)).toBeUndefined();
    }
  });
});
