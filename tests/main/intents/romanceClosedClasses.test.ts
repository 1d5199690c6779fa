// The closed classes of Spanish and Italian grammar the sentence frames read (lexicon/frames.romance.json,
// sentenceFrames.ts, romanceFrames.ts): the nouns a household asks about (batteries/pilas, automations, notes,
// schedules, brands), the low-battery state words, the verb of having ("tiene horario?", "ha il manuale?"), openings
// that wrap their subject ("a cuánto está …" is "what is … set to"), the way from one room to another, "el de …" with
// the noun dropped, a command after a follow-up opener ("y prende …", "e accendi …"), and the choice between two
// languages that share a question word ("que"). Two small homes with names made up for the test; English reads as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSentenceFrames } from '../../../src-main/intents/sentenceFrames';
import { readInEnglish } from '../../../src-main/intents/languages/readInEnglish';
import { type RawEntity } from './homeExportJson';
import { type Harness } from './intentHarness';
import { askTurns, openRoomHome } from './roomHomeHarness';

const ask = askTurns;
const openHome = openRoomHome;

const SPANISH: RawEntity[] = [
  { id: 'mx-home', entity_type: 'home', name: 'Casa Olmedo', content: {} },
  { id: 'mx-zaguan', entity_type: 'room', name: 'Zaguán', content: {} },
  { id: 'mx-tapanco', entity_type: 'room', name: 'Tapanco', content: {} },
  { id: 'mx-cuarto', entity_type: 'room', name: 'Alcoba de Inés', content: {} },
  { id: 'mx-cerrojo', entity_type: 'device', name: 'Cerrojo Tlaxco', content: { type: 'lock', manufacturer: 'Tlaxco', capabilities: ['lock_unlock', 'battery'], state: { locked: true, battery: 11 } } },
  { id: 'mx-humo', entity_type: 'device', name: 'Detector del tapanco', content: { type: 'smoke_detector', manufacturer: 'Tlaxco', capabilities: ['battery'], state: { smoke: false, battery: 87 } } },
  { id: 'mx-farol', entity_type: 'device', name: 'Farolito de Inés', content: { type: 'light', manufacturer: 'Quetzal', capabilities: ['on_off'], state: { power: 'off' } } },
  { id: 'mx-clima', entity_type: 'device', name: 'Clima del tapanco', content: { type: 'air_conditioner', capabilities: ['on_off', 'temperature'], state: { power: 'on', temperature: 26.5, target_temperature: 22 } } },
];
const SPANISH_PLACE = { 'mx-cerrojo': 'mx-zaguan', 'mx-humo': 'mx-tapanco', 'mx-farol': 'mx-cuarto', 'mx-clima': 'mx-tapanco' };

describe('Spanish closed classes on a home with Spanish names', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHome('mx', SPANISH, SPANISH_PLACE, 'mx-zaguan');
  });
  afterAll(() => h.dispose());

  it('battery words and their low state: "qué pilas están bajas"', async () => {
    const low = await ask(h, 'm1', 'que pilas estan bajas');
    expect(low.text).toContain('Cerrojo Tlaxco: 11%');
    expect(low.text).not.toMatch(/Detector del tapanco: 87/);
  });

  it('a wrapped opening: "a cuánto está el clima" asks what it is set to', async () => {
    expect(readSentenceFrames('a cuánto está el clima del tapanco', await h.engine.index.get())).toBe('what is clima del tapanco set to');
    expect((await ask(h, 'm2', 'a cuanto esta el clima del tapanco')).text).toContain('22');
  });

  it('a command after the follow-up opener is the command ("y prende …")', async () => {
    const turned = await ask(h, 'm3', 'donde esta el cerrojo', 'y prende el farolito de ines');
    expect(turned.targets).toEqual(['Farolito de Inés']);
  });

  it('nouns of the home and a brand: "aparatos tlaxco", "cuántos cuartos tiene la casa"', async () => {
    const made = await ask(h, 'm4', 'aparatos tlaxco');
    expect(made.text).toContain('Cerrojo Tlaxco');
    expect(made.text).toContain('Detector del tapanco');
    expect((await ask(h, 'm5', 'cuantos cuartos tiene la casa')).text).toMatch(/3 rooms/);
  });

  it('the verb of having, the way between rooms, "el de …" and the shared "que"', async () => {
    const snapshot = await h.engine.index.get();
    expect(readSentenceFrames('el clima del tapanco tiene horario?', snapshot)).toBe('does clima del tapanco have schedule');
    expect(readSentenceFrames('¿tiene garantía?', snapshot)).toBe('does it have warranty');
    expect(readSentenceFrames('cómo llego del zaguán al tapanco', snapshot)).toBe('how do i get from zaguán to tapanco');
    expect(readSentenceFrames('el de ines', snapshot)).toBe('the one of ines');
    expect(readSentenceFrames('que automatizaciones hay para el cerrojo', snapshot)).toBe('what automations is there for cerrojo');
    expect(readSentenceFrames('dame el codigo del zaguan', snapshot)).toBe('give me code in zaguan');
  });

  it('English reads as before', async () => {
    const snapshot = await h.engine.index.get();
    for (const text of ['a light is on?', 'the lamp has a schedule', 'turn on the light', 'what is the clima set to']) expect(readInEnglish(text, snapshot)).toBe(text);
  });
});

const ITALIAN: RawEntity[] = [
  { id: 'it-home', entity_type: 'home', name: 'Villa Brenta', content: {} },
  { id: 'it-androne', entity_type: 'room', name: 'Androne', content: {} },
  { id: 'it-soffitta', entity_type: 'room', name: 'Soffitta', content: {} },
  { id: 'it-serratura', entity_type: 'device', name: 'Serratura Vetta', content: { type: 'lock', manufacturer: 'Vetta', capabilities: ['lock_unlock', 'battery'], state: { locked: false, battery: 8 } } },
  { id: 'it-fumo', entity_type: 'device', name: 'Rilevatore soffitta', content: { type: 'smoke_detector', manufacturer: 'Vetta', capabilities: ['battery'], state: { smoke: false, battery: 64 } } },
  { id: 'it-abatjour', entity_type: 'device', name: 'Abat-jour di Nives', content: { type: 'light', capabilities: ['on_off'], state: { power: 'off' } } },
  { id: 'it-clima', entity_type: 'device', name: 'Condizionatore soffitta', content: { type: 'air_conditioner', capabilities: ['on_off', 'temperature'], state: { power: 'on', temperature: 27, target_temperature: 24 } } },
];
const ITALIAN_PLACE = { 'it-serratura': 'it-androne', 'it-fumo': 'it-soffitta', 'it-abatjour': 'it-androne', 'it-clima': 'it-soffitta' };

describe('Italian closed classes on a home with Italian names', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHome('it', ITALIAN, ITALIAN_PLACE, 'it-androne');
  });
  afterAll(() => h.dispose());

  it('battery words and their low state: "quali pile sono scariche"', async () => {
    const low = await ask(h, 'i1', 'quali pile sono scariche');
    expect(low.text).toContain('Serratura Vetta: 8%');
    expect(low.text).not.toMatch(/Rilevatore soffitta: 64/);
  });

  it('a wrapped opening: "a quanto è il condizionatore" asks what it is set to', async () => {
    expect((await ask(h, 'i2', 'a quanto è il condizionatore soffitta')).text).toContain('24');
  });

  it('a command after the follow-up opener is the command ("e accendi …")', async () => {
    const turned = await ask(h, 'i3', 'dove è la serratura', "e accendi l'abat-jour di nives");
    expect(turned.targets).toEqual(['Abat-jour di Nives']);
  });

  it('a brand asked with the language\'s noun: "apparecchi vetta"', async () => {
    const made = await ask(h, 'i4', 'apparecchi vetta');
    expect(made.text).toContain('Serratura Vetta');
    expect(made.text).toContain('Rilevatore soffitta');
  });

  it('the verb of having, the way between rooms, "quello di …", "dammi"', async () => {
    const snapshot = await h.engine.index.get();
    expect(readSentenceFrames('il condizionatore soffitta ha un orario?', snapshot)).toBe('does condizionatore soffitta have schedule');
    expect(readSentenceFrames('come vado dalla soffitta alla cantina', snapshot)).toBe('how do i get from soffitta to cantina');
    expect(readSentenceFrames('quello di nives', snapshot)).toBe('the one of nives');
    expect(readSentenceFrames('dammi il codice della serratura', snapshot)).toBe('give me code serratura');
  });

  it('an elided preposition glued to a name ("nell\'androne") is read, the name kept', async () => {
    const snapshot = await h.engine.index.get();
    expect(readSentenceFrames("accendi l'abat-jour nell'androne", snapshot)).toBe('turn on abat-jour in androne');
    const listed = await ask(h, 'i5', "cosa c'è nell'androne");
    expect(listed.text).toContain('Serratura Vetta');
    expect(listed.text).toContain('Abat-jour di Nives');
  });

  it('English reads as before ("ha" and "a" stay English words)', async () => {
    const snapshot = await h.engine.index.get();
    for (const text of ['ha ha very funny', 'a lock is open?', 'the lock has a battery']) expect(readInEnglish(text, snapshot)).toBe(text);
  });
});
