// Issue 12, round 35: Moroccan Darija as a Marrakech household types it, in Arabic script ("واش الشرجم محلول",
// "شعل ليا الشوفاج الله يخليك") and in Latin letters with digits and French words ("ch3el dou f kuzina stp", "wach la
// porte msdoda", "l'clim dyal Yasmine 3la ch7al"), read by the Egyptian reader's grammar with Darija's words joined to
// its table (lexicon/darija.json, egyptianWords.ts, egyptianPhrasing.ts): "ف" joined to its noun, French's "l'"
// dropped, a verb said last with "?" asking the state, "ch7al mn" how many, "kaycontroler" what controls, "chkoun
// dar" who made. Egyptian sentences read as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { device } from './smallHome';
import { readInEnglish } from '../../../src-main/intents/languages/readInEnglish';
import { mayBeEgyptian } from '../../../src-main/intents/languages/egyptianWords';

const ROOMS: RawEntity[] = [
  { id: 'da-sal', entity_type: 'room', name: 'الصالون', content: {} },
  { id: 'da-kit', entity_type: 'room', name: 'Kuzina', content: {} },
  { id: 'da-gal', entity_type: 'room', name: 'Galerie fouq', content: {} },
  { id: 'da-nour', entity_type: 'room', name: 'Bit Nour', content: {} },
];
const DEVICES: RawEntity[] = [
  device('da-clim', 'Clim Nour', { type: 'climate', capabilities: ['on_off', 'setpoint', 'temperature'], state: { power: 'on', setpoint: 23, temperature: 25 } }),
  device('da-dk', 'Dou kuzina', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('da-dg', 'Dou galerie', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('da-ds', 'ضو الصالون', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('da-win', 'Chbak Nour', { type: 'window', capabilities: ['open_close'], state: { status: 'open' } }),
  device('da-fan1', 'Ventilo salon', { type: 'fan', capabilities: ['on_off'], state: { power: 'off' } }),
  device('da-fan2', 'Ventilo Nour', { type: 'fan', capabilities: ['on_off'], state: { power: 'on' } }),
];
const PLACE = { 'da-clim': 'da-nour', 'da-dk': 'da-kit', 'da-dg': 'da-gal', 'da-ds': 'da-sal', 'da-win': 'da-nour', 'da-fan1': 'da-sal', 'da-fan2': 'da-nour' };

let home: Harness;
beforeAll(async () => {
  const edges = roomAndDeviceEdges('da-home', ROOMS, DEVICES, PLACE, 'da-sal');
  home = await openHarness({ homeJson: homeExportJson([{ id: 'da-home', entity_type: 'home', name: 'Dar Alaoui', content: {} }, ...ROOMS, ...DEVICES], edges, 'da-rel') });
});
afterAll(() => home.dispose());

const ask = async (text: string, conversationId = `da-${text}`) => {
  const answer = await home.responder.respond(text, home.context({ conversationId }));
  return { text: answer?.text ?? '', proposal: answer?.proposal };
};
const read = async (text: string) => readInEnglish(text, await home.engine.index.get());

describe('Darija in Latin letters', () => {
  it('reads a verb first, a place after "f", and one place a word starts', async () => {
    expect(await read('ch3el dou f kuzina stp')).toBe('turn on the light in Kuzina');
    expect(await read('tfi dou f galerie')).toBe('turn off the light in Galerie fouq');
  });
  it('reads a verb said last with a question mark as the state asked', async () => {
    expect(await read('ventilo salon ch3el?')).toBe('is Ventilo salon on');
    expect(await read('chbak Nour m7loul?')).toBe('is Chbak Nour open');
  });
  it('reads how many, what is set, and what controls', async () => {
    expect(await read('ch7al mn ventilo 3ndna')).toBe('how many fans are there');
    expect(await read("l'clim dyal Nour 3la ch7al")).toBe('what is Clim Nour set to');
  });
  it('proposes for the device named, and asks which of two', async () => {
    expect((await ask('ch3el dou f kuzina')).proposal?.targets.map((t) => t.name)).toEqual(['Dou kuzina']);
    expect((await ask('ch3el ventilo')).proposal ?? undefined).toBeUndefined();
  });
});

describe('Darija in Arabic script', () => {
  it('reads "ف" joined to its noun, courtesy left out', async () => {
    expect(await read('شنو كاين فالصالون')).toBe('what devices are in الصالون');
    expect(await read('طفي الضو ديال الصالون الله يخليك')).toBe('turn off ضو الصالون');
  });
});

describe('not Darija', () => {
  it('leaves English and French alone', () => {
    expect(mayBeEgyptian('turn on the kitchen light')).toBe(false);
    expect(mayBeEgyptian('allume la lumière de la cuisine')).toBe(false);
  });
});
