// Questions and commands said in Spanish, Portuguese and Italian (sentenceFrames.ts with lexicon/frames.romance.json,
// romanceFrames.ts, cueTables.ts): question words with and without accents, yes/no questions with the copula first or
// after the subject, imperatives and infinitive requests with glued pronouns ("apágala", "spegnili", "desliga-a"),
// states, places, units and follow-ups. Three small homes written here with names made up for the test; one of them
// has a room called "Sala", which stays a name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSentenceFrames } from '../../../src-main/intents/sentenceFrames';
import { type RawEntity } from './homeExportJson';
import { type Harness } from './intentHarness';
import { askTurns, openRoomHome } from './roomHomeHarness';

const ask = askTurns;
const openHome = openRoomHome;

const SPANISH: RawEntity[] = [
  { id: 'es-home', entity_type: 'home', name: 'Quinta Arrieta', content: {} },
  { id: 'es-comedor', entity_type: 'room', name: 'Comedor', content: {} },
  { id: 'es-alcoba', entity_type: 'room', name: 'Alcoba', content: {} },
  { id: 'es-sala', entity_type: 'room', name: 'Sala', content: {} },
  { id: 'es-galera', entity_type: 'room', name: 'Galera', content: {} },
  { id: 'es-candil', entity_type: 'device', name: 'Candil del comedor', content: { type: 'light', capabilities: ['on_off', 'dimming'], state: { power: 'on', brightness: 75 } } },
  { id: 'es-farol', entity_type: 'device', name: 'Farolito de la alcoba', content: { type: 'light', capabilities: ['on_off'], state: { power: 'off' } } },
  { id: 'es-rejon', entity_type: 'device', name: 'Rejón', content: { type: 'garage_door', capabilities: ['open_close'], state: { door: 'open' } } },
  { id: 'es-cerrojo', entity_type: 'device', name: 'Cerrojo del zaguán', content: { type: 'lock', capabilities: ['lock_unlock'], state: { locked: false } } },
  { id: 'es-clima', entity_type: 'device', name: 'Clima Brisa', content: { type: 'thermostat', state: { temperature: 24.5, target_temperature: 23 } } },
];
const SPANISH_PLACE = { 'es-candil': 'es-comedor', 'es-farol': 'es-alcoba', 'es-rejon': 'es-galera', 'es-cerrojo': 'es-sala', 'es-clima': 'es-sala' };

describe('Spanish on a home with Spanish names', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHome('es', SPANISH, SPANISH_PLACE, 'es-sala');
  });
  afterAll(() => h.dispose());

  it('yes/no questions: the copula first or after the subject, with or without accents and "¿"', async () => {
    expect((await ask(h, 'e1', '¿está prendido el candil del comedor?')).text).toMatch(/Candil del comedor is on/);
    expect((await ask(h, 'e2', 'el candil del comedor esta apagado?')).text).toMatch(/Candil del comedor is on/);
    expect((await ask(h, 'e3', '¿está cerrado el rejón?')).text).toMatch(/Rejón is open/);
    expect((await ask(h, 'e4', 'el cerrojo del zaguán está con llave?')).text).toMatch(/unlocked/);
  });

  it('question words: dónde/donde, cuántas/cuantas, qué/que, cuál es', async () => {
    expect((await ask(h, 'e5', '¿dónde está el farolito?')).text).toContain('Alcoba');
    expect((await ask(h, 'e6', 'donde esta el rejon')).text).toContain('Galera');
    expect((await ask(h, 'e7', 'cuantas luces estan prendidas')).text).toMatch(/1 of 2 lights is on: Candil del comedor/);
    expect((await ask(h, 'e8', '¿qué hay en la alcoba?')).text).toContain('Farolito de la alcoba');
    expect((await ask(h, 'e9', '¿cuál es la temperatura de la sala?')).text).toContain('24.5');
    expect((await ask(h, 'e10', '¿cuántos grados hace en la sala?')).text).toContain('24.5');
  });

  it('imperatives, voseo, infinitive requests and glued pronouns', async () => {
    expect((await ask(h, 'e11', 'prendé el farolito de la alcoba')).targets).toEqual(['Farolito de la alcoba']);
    expect((await ask(h, 'e12', '¿me puedes apagar el candil del comedor?')).targets).toEqual(['Candil del comedor']);
    expect((await ask(h, 'e13', '¿el candil del comedor está prendido?', 'apágalo')).targets).toEqual(['Candil del comedor']);
    expect((await ask(h, 'e14', 'cierra con llave el cerrojo')).text).toMatch(/lock Cerrojo del zaguán/);
    const dim = await ask(h, 'e15', 'baja el candil del comedor al 20 por ciento');
    expect(dim.targets).toEqual(['Candil del comedor']);
    expect(dim.text).toContain('20%');
  });

  it('negation: "¿no está …?" asks the same; "qué luces no están prendidas" asks which are off; "en 21" is a value', async () => {
    expect((await ask(h, 'e18', '¿no está prendido el candil del comedor?')).text).toMatch(/Candil del comedor is on/);
    expect((await ask(h, 'e19', '¿qué luces no están prendidas?')).text).toMatch(/1 of 2 lights is off: Farolito de la alcoba/);
    expect((await ask(h, 'e20', '¿a cuántos grados está el clima brisa?')).text).toContain('24.5');
  });

  it('follow-ups: "¿y en la alcoba?" keeps the question', async () => {
    expect((await ask(h, 'e16', '¿qué hay en el comedor?', '¿y en la alcoba?')).text).toContain('Farolito de la alcoba');
  });

  it('English and names stay as typed: "Sala" is a room, "a …" and "do …" are English', async () => {
    const snapshot = await h.engine.index.get();
    for (const text of ['is the rejón open', 'what is on in the sala', 'a light is on in the comedor?', 'do we have a thermostat', 'no lights on?', 'e-bike charger on?', 'last time the rejón opened']) {
      expect(readSentenceFrames(text, snapshot), text).toBeUndefined();
    }
    expect((await ask(h, 'e17', 'what is in the sala')).text).toContain('Clima Brisa');
  });
});

const PORTUGUESE: RawEntity[] = [
  { id: 'pt-home', entity_type: 'home', name: 'Casal das Oliveiras', content: {} },
  { id: 'pt-copa', entity_type: 'room', name: 'Copa', content: {} },
  { id: 'pt-sotao', entity_type: 'room', name: 'Sótão', content: {} },
  { id: 'pt-alpendre', entity_type: 'room', name: 'Alpendre', content: {} },
  { id: 'pt-pendente', entity_type: 'device', name: 'Pendente da copa', content: { type: 'light', capabilities: ['on_off', 'dimming'], state: { power: 'off', brightness: 0 } } },
  { id: 'pt-lanterna', entity_type: 'device', name: 'Lanterna do alpendre', content: { type: 'light', capabilities: ['on_off'], state: { power: 'on' } } },
  { id: 'pt-tranqueta', entity_type: 'device', name: 'Tranqueta do alpendre', content: { type: 'lock', capabilities: ['lock_unlock'], state: { locked: true } } },
  { id: 'pt-gelosia', entity_type: 'device', name: 'Gelosia do sótão', content: { type: 'blind', capabilities: ['open_close', 'position'], state: { position: 100 } } },
  { id: 'pt-braseiro', entity_type: 'device', name: 'Braseiro', content: { type: 'heater', capabilities: ['on_off'], state: { power: 'on' } } },
  { id: 'pt-sonda', entity_type: 'device', name: 'Sonda do alpendre', content: { type: 'sensor', state: { temperature: 11.5, humidity: 83 } } },
];
const PORTUGUESE_PLACE = { 'pt-pendente': 'pt-copa', 'pt-lanterna': 'pt-alpendre', 'pt-tranqueta': 'pt-alpendre', 'pt-gelosia': 'pt-sotao', 'pt-braseiro': 'pt-sotao', 'pt-sonda': 'pt-alpendre' };

describe('Portuguese (Portugal and Brazil) on a home with Portuguese names', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHome('pt', PORTUGUESE, PORTUGUESE_PLACE, 'pt-copa');
  });
  afterAll(() => h.dispose());

  it('yes/no questions: "a … está ligada?", "está trancada a …?", "o … está aberto?"', async () => {
    expect((await ask(h, 'p1', 'a lanterna do alpendre está ligada?')).text).toMatch(/Lanterna do alpendre is on/);
    expect((await ask(h, 'p2', 'está trancada a tranqueta?')).text).toMatch(/Tranqueta do alpendre is locked/);
    expect((await ask(h, 'p3', 'a gelosia do sótão está fechada?')).text).toMatch(/Gelosia do sótão is open/);
  });

  it('question words: onde/cadê, qual é, quantos graus, quais … estão, o que há', async () => {
    expect((await ask(h, 'p4', 'onde fica o braseiro?')).text).toContain('Sótão');
    expect((await ask(h, 'p5', 'cadê a gelosia')).text).toContain('Sótão');
    expect((await ask(h, 'p6', 'qual é a humidade do alpendre?')).text).toContain('83');
    expect((await ask(h, 'p7', 'quantos graus estão no alpendre')).text).toContain('11.5');
    expect((await ask(h, 'p8', 'quais luzes estão acesas?')).text).toMatch(/1 of 2 lights is on: Lanterna do alpendre/);
    expect((await ask(h, 'p9', 'o que há no sótão?')).text).toContain('Braseiro');
  });

  it('imperatives (liga/desliga, formal "ligue"), infinitive requests, hyphened and Brazilian pronouns', async () => {
    expect((await ask(h, 'p10', 'liga o pendente da copa')).targets).toEqual(['Pendente da copa']);
    expect((await ask(h, 'p11', 'você pode desligar o braseiro?')).targets).toEqual(['Braseiro']);
    expect((await ask(h, 'p12', 'destranca a tranqueta do alpendre')).text).toMatch(/unlock Tranqueta do alpendre/);
    expect((await ask(h, 'p13', 'a lanterna do alpendre está acesa?', 'desliga-a')).targets).toEqual(['Lanterna do alpendre']);
    expect((await ask(h, 'p14', 'a lanterna do alpendre está acesa?', 'desliga ela')).targets).toEqual(['Lanterna do alpendre']);
    const level = await ask(h, 'p15', 'põe o pendente da copa a 40 por cento');
    expect(level.targets).toEqual(['Pendente da copa']);
    expect(level.text).toContain('40%');
  });

  it('"apaga a …" is read as Portuguese, by the words after the verb', async () => {
    expect(readSentenceFrames('apaga as luzes da copa', await h.engine.index.get())).toBe('turn off lights in copa');
  });

  it('follow-up "e no …?" keeps the question', async () => {
    expect((await ask(h, 'p16', 'o que há na copa?', 'e no sótão?')).text).toContain('Gelosia do sótão');
  });
});

const ITALIAN: RawEntity[] = [
  { id: 'it-home', entity_type: 'home', name: 'Cascina Ferrante', content: {} },
  { id: 'it-tinello', entity_type: 'room', name: 'Tinello', content: {} },
  { id: 'it-mansarda', entity_type: 'room', name: 'Mansarda', content: {} },
  { id: 'it-loggia', entity_type: 'room', name: 'Loggia', content: {} },
  { id: 'it-lume', entity_type: 'device', name: 'Lume del tinello', content: { type: 'light', capabilities: ['on_off', 'dimming'], state: { power: 'on', brightness: 55 } } },
  { id: 'it-abatjour', entity_type: 'device', name: 'Abat-jour della mansarda', content: { type: 'light', capabilities: ['on_off'], state: { power: 'on' } } },
  { id: 'it-chiavistello', entity_type: 'device', name: 'Chiavistello della loggia', content: { type: 'lock', capabilities: ['lock_unlock'], state: { locked: false } } },
  { id: 'it-scuro', entity_type: 'device', name: 'Scuro della mansarda', content: { type: 'blind', capabilities: ['open_close', 'position'], state: { position: 0 } } },
  { id: 'it-cronotermo', entity_type: 'device', name: 'Cronotermostato', content: { type: 'thermostat', state: { temperature: 19.5, target_temperature: 20 } } },
];
const ITALIAN_PLACE = { 'it-lume': 'it-tinello', 'it-abatjour': 'it-mansarda', 'it-chiavistello': 'it-loggia', 'it-scuro': 'it-mansarda', 'it-cronotermo': 'it-tinello' };

describe('Italian on a home with Italian names', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHome('it', ITALIAN, ITALIAN_PLACE, 'it-tinello');
  });
  afterAll(() => h.dispose());

  it('yes/no questions: "è acceso il …?", "il … è spento?", "sono accese le luci?"', async () => {
    expect((await ask(h, 'i1', 'è acceso il lume del tinello?')).text).toMatch(/Lume del tinello is on/);
    expect((await ask(h, 'i2', 'il lume del tinello è spento?')).text).toMatch(/Lume del tinello is on/);
    expect((await ask(h, 'i3', 'il chiavistello della loggia è chiuso a chiave?')).text).toMatch(/unlocked/);
    expect((await ask(h, 'i4', 'quante luci sono accese?')).text).toMatch(/2 of 2 lights are on/);
  });

  it('"e" typed for "è" before a state word, "non" before the verb', async () => {
    expect((await ask(h, 'i15', 'il lume del tinello e acceso?')).text).toMatch(/Lume del tinello is on/);
    expect((await ask(h, 'i16', 'quali luci non sono spente?')).text).toMatch(/2 of 2 lights are on/);
  });

  it("question words: dov'è, qual è, quanti gradi, cosa c'è", async () => {
    expect((await ask(h, 'i5', "dov'è lo scuro?")).text).toContain('Mansarda');
    expect((await ask(h, 'i6', 'qual è la temperatura del tinello?')).text).toContain('19.5');
    expect((await ask(h, 'i7', 'quanti gradi ci sono nel tinello?')).text).toContain('19.5');
    expect((await ask(h, 'i8', "cosa c'è in mansarda?")).text).toContain('Scuro della mansarda');
  });

  it('imperatives, "puoi …" / "mi …" requests and glued pronouns (spegnilo, spegnile)', async () => {
    expect((await ask(h, 'i9', 'mi spegni il lume del tinello?')).targets).toEqual(['Lume del tinello']);
    expect((await ask(h, 'i10', "puoi aprire lo scuro della mansarda?")).targets).toEqual(['Scuro della mansarda']);
    expect((await ask(h, 'i11', 'il lume del tinello è acceso?', 'spegnilo')).targets).toEqual(['Lume del tinello']);
    expect((await ask(h, 'i12', 'quali luci sono accese?', 'spegnile')).targets).toEqual(['Abat-jour della mansarda', 'Lume del tinello']);
    const level = await ask(h, 'i13', 'imposta il lume del tinello al 30 per cento');
    expect(level.text).toContain('30%');
  });

  it('follow-up "e in …?" keeps the question', async () => {
    expect((await ask(h, 'i14', "cosa c'è nel tinello?", 'e nella loggia?')).text).toContain('Chiavistello della loggia');
  });
});
