// Catalan as a language of the sentence frames (lexicon/frames.catalan.json): question openings (on és, quin, quants,
// hi ha, a quants graus), states said after the copula or before it (encès, tancada, en marxa), commands with their
// glued or hyphened pronouns (encén, obre-la, apaga'l, pujala), follow-ups opened by "i", and two things the engine
// must not guess at: an exception ("menys") and a value said after the verb of having ("té l'aire a 23").
// A small home written here with names made up for the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSentenceFrames } from '../../../src-main/intents/sentenceFrames';
import { type RawEntity } from './homeExportJson';
import { type Harness } from './intentHarness';
import { askTurns, openRoomHome } from './roomHomeHarness';

const ask = askTurns;

const CATALAN: RawEntity[] = [
  { id: 'ca-home', entity_type: 'home', name: 'Casa Vinyals', content: {} },
  { id: 'ca-eixida', entity_type: 'room', name: 'Eixida', content: {} },
  { id: 'ca-golfes', entity_type: 'room', name: 'Golfes', content: {} },
  { id: 'ca-rebost', entity_type: 'room', name: 'Rebost', content: {} },
  { id: 'ca-fanal', entity_type: 'device', name: 'Fanal eixida', content: { type: 'light', capabilities: ['on_off', 'dimming'], state: { power: 'on', brightness: 80 } } },
  { id: 'ca-llantia', entity_type: 'device', name: 'Llantia golfes', content: { type: 'light', capabilities: ['on_off'], state: { power: 'off' } } },
  { id: 'ca-finestro', entity_type: 'device', name: 'Finestro golfes', content: { type: 'window', capabilities: ['open_close'], state: { contact: 'closed' } } },
  { id: 'ca-estufa', entity_type: 'device', name: 'Estufeta', content: { type: 'thermostat', capabilities: ['on_off', 'setpoint'], state: { power: 'on', temperature: 19.5, target_temperature: 21 } } },
  { id: 'ca-fum', entity_type: 'device', name: 'Vigia rebost', content: { type: 'smoke_detector', capabilities: ['smoke'], state: { smoke: false } } },
  { id: 'ca-nevera', entity_type: 'device', name: 'Frigo rebost', content: { type: 'fridge', state: { temperature: 4 } } },
];
const PLACE = { 'ca-fum': 'ca-rebost', 'ca-fanal': 'ca-eixida', 'ca-llantia': 'ca-golfes', 'ca-finestro': 'ca-golfes', 'ca-estufa': 'ca-rebost', 'ca-nevera': 'ca-rebost' };

describe('Catalan on a home with Catalan names', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openRoomHome('ca', CATALAN, PLACE, 'ca-eixida');
  });
  afterAll(() => h.dispose());

  it('where and what: on és/on esta, quins aparells hi ha, quants llums', async () => {
    expect((await ask(h, 'c1', 'on esta la llantia')).text).toContain('Golfes');
    expect((await ask(h, 'c2', 'on és el frigo')).text).toContain('Rebost');
    expect((await ask(h, 'c17', 'en quina habitacio es el vigia')).text).toContain('Rebost');
    expect((await ask(h, 'c3', 'quins aparells hi ha a les golfes')).text).toContain('Finestro golfes');
  });

  it('states: the copula first or after the subject, with or without accents', async () => {
    expect((await ask(h, 'c4', 'esta encès el fanal?')).text).toMatch(/Fanal eixida is on/);
    expect((await ask(h, 'c5', 'la llantia esta encesa?')).text).toMatch(/Llantia golfes is off/);
    expect((await ask(h, 'c6', 'el finestro de les golfes esta tancat?')).text).toMatch(/closed/);
  });

  it('readings: a quants graus, and a follow-up opened by "i"', async () => {
    expect((await ask(h, 'c7', 'a quants graus esta l\'estufeta')).text).toContain('19.5');
    expect((await ask(h, 'c8', 'quins aparells hi ha al rebost', 'i el frigo a quants graus')).text).toContain('4');
  });

  it('commands with glued and hyphened pronouns', async () => {
    expect((await ask(h, 'c9', 'encén la llantia de les golfes')).targets).toEqual(['Llantia golfes']);
    expect((await ask(h, 'c10', 'la llantia esta encesa?', 'encén-la')).targets).toEqual(['Llantia golfes']);
    expect((await ask(h, 'c11', 'el fanal esta encès?', "apaga'l")).targets).toEqual(['Fanal eixida']);
    expect((await ask(h, 'c12', 'obre el finestro')).targets).toEqual(['Finestro golfes']);
  });

  it('kinds said in Catalan: detectors de fum, finestra, and "queda alguna … oberta"', async () => {
    expect((await ask(h, 'c14', 'quants detectors de fum tenim')).text).toMatch(/1 smoke detector|Vigia rebost/);
    expect((await ask(h, 'c15', 'queda alguna finestra oberta?')).text).toMatch(/^No\b/);
    expect((await ask(h, 'c16', 'la finestra de les golfes esta tancada?')).text).toMatch(/closed/);
  });

  it('no guess: an exception, or a value after the verb of having, is left unread', async () => {
    const snapshot = await h.engine.index.get();
    expect(readSentenceFrames("apaga'ls tots menys el fanal", snapshot)).toBeUndefined();
    expect(readSentenceFrames("l'estufeta te l'aire a 23", snapshot)).toBeUndefined();
    expect((await ask(h, 'c13', "apaga'ls tots menys el fanal")).targets).toEqual([]);
  });
});
