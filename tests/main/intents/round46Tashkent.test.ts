// Issue 12, round 46: Uzbek, read by the Turkic reader over its own words (lexicon/uzbek.json merged in
// languages/turkicLexicon.ts, tables per home in turkicTables.ts) in a home named in Uzbek only: in Latin with oʻ gʻ
// (U+02BB), typed ' or bare, and in Cyrillic (uzbekLetters.ts, uzbekPhrasing.ts): "oʻchir" is turn off (never "och" =
// open with an ending), "qancha" asks a level (never "how many … are there"), "Buvi xonasi" is Buvining xonasi,
// "hovlida" is in the Hovli before it is a rule's word. Turkish homes never read Uzbek's words. A small home in the
// spirit of tests/fixtures/homes/tashkent.*.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './intentHarness';
import { dialogOutcomes } from './dialogsOver';
import { device, openSmallHome, room } from './smallHome';
import { uzbekPhrasing } from '../../../src-main/intents/languages/uzbekPhrasing';
import { turkishPhrasing } from '../../../src-main/intents/languages/turkishPhrasing';

const HOME = [
  { id: 'uz-home', entity_type: 'home', name: 'Karimovlar hovlisi', content: {} },
  room('uz-yard', 'Hovli'),
  room('uz-porch', 'Ayvon'),
  room('uz-kitchen', 'Oshxona'),
  room('uz-gran', 'Buvining xonasi'),
  room('uz-guest', 'Mehmonxona'),
  device('uz-porch-light', 'Ayvon chirogʻi', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('uz-kitchen-light', 'Ошхона чироғи', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('uz-gran-tv', 'Buvining televizori', { type: 'tv', capabilities: ['on_off'], state: { power: 'on' } }),
  device('uz-gran-light', 'Буви хонаси чироғи', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('uz-big-tv', 'Katta televizor', { type: 'tv', capabilities: ['on_off'], state: { power: 'off' } }),
  device('uz-yard-light', 'Hovli chirogʻi', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  { id: 'uz-rule', entity_type: 'automation', name: 'Hovlida harakat', content: { description: 'motion in the yard turns on the yard light' } },
];
const PLACES = { 'uz-porch-light': 'uz-porch', 'uz-kitchen-light': 'uz-kitchen', 'uz-gran-tv': 'uz-gran', 'uz-gran-light': 'uz-gran', 'uz-big-tv': 'uz-guest', 'uz-yard-light': 'uz-yard' };

const TURKISH_HOME = [
  { id: 'tr-home', entity_type: 'home', name: 'Yılmaz evi', content: {} },
  room('tr-salon', 'Salon'),
  device('tr-light', 'Salon avizesi', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
];

let home: Harness;
let turkish: Harness;
const ask = dialogOutcomes(() => home, 'r46uz');

beforeAll(async () => {
  home = await openSmallHome({ entities: HOME, placeOf: PLACES, fallbackRoom: 'uz-yard', edgePrefix: 'r46uz-edge' });
  turkish = await openSmallHome({ entities: TURKISH_HOME, placeOf: { 'tr-light': 'tr-salon' }, fallbackRoom: 'tr-salon', edgePrefix: 'r46tr-edge' });
});
afterAll(() => {
  home.dispose();
  turkish.dispose();
});

describe('Uzbek commands, with and without oʻ gʻ', () => {
  it('"ayvon chirogʻini oʻchir", "ayvon chirogini ochir", "ayvon chirog\'ini o\'chir" turn the porch light off (uz132)', async () => {
    for (const said of ['ayvon chirogʻini oʻchir', 'ayvon chirogini ochir', "ayvon chirog'ini o'chir"]) {
      const a = await ask(said);
      expect(a.targets).toEqual(['Ayvon chirogʻi']);
      expect(a.text).toMatch(/off/i);
    }
  });
  it('"включи chiroqni hovlida": the father\'s Russian verb over Uzbek, in the Hovli, never the rule "Hovlida harakat" (uz097)', async () => {
    const snapshot = await home.engine.index.get();
    expect(uzbekPhrasing('включи chiroqni hovlida', snapshot)).toMatch(/^turn on .*Hovli$/);
  });
});

describe('Uzbek questions, in Latin and Cyrillic', () => {
  it('"Ошхонада чироқ ёниқми?" (the buvi in Cyrillic) asks whether the kitchen light is on (uz001)', async () => {
    const snapshot = await home.engine.index.get();
    expect(uzbekPhrasing('Ошхонада чироқ ёниқми?', snapshot)).toBe('is light in Oshxona on');
  });
  it('"Буви хонасида телевизор ёниқми?": Buvi xonasi is Buvining xonasi, so her TV, not the big one (uz059)', async () => {
    const snapshot = await home.engine.index.get();
    expect(uzbekPhrasing('Буви хонасида телевизор ёниқми?', snapshot)).toBe('is tv in Buvining xonasi on');
    const a = await ask('Буви хонасида телевизор ёниқми?');
    expect(a.cited).toContain('Buvining televizori');
    expect(a.cited).not.toContain('Katta televizor');
  });
  it('"kuchlanish qancha" asks a level, never "how many kuchlanish are there" (a wrong none)', async () => {
    const snapshot = await home.engine.index.get();
    expect(uzbekPhrasing('kuchlanish qancha', snapshot)).toBe('what is the level of kuchlanish');
  });
});

describe('other homes and languages are left alone', () => {
  it('Russian in Cyrillic in the Uzbek home is not read as Uzbek', async () => {
    const snapshot = await home.engine.index.get();
    for (const said of ['включи свет на кухне', 'какие кондиционеры сейчас работают?', 'is the porch light on']) expect(uzbekPhrasing(said, snapshot)).toBeUndefined();
  });
  it('a Turkish home reads no Uzbek word, and its Turkish as before', async () => {
    const snapshot = await turkish.engine.index.get();
    expect(uzbekPhrasing('salon chirogini ochir', snapshot)).toBeUndefined();
    expect(turkishPhrasing('salon qayerda', snapshot)).toBeUndefined();
    expect(turkishPhrasing('salondaki avizeyi kapat', snapshot)).toBe('turn off avizesi in Salon');
  });
});
