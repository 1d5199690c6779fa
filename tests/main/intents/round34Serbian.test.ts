// Round 34, a Serbian household: Serbian in Cyrillic and Latin letters, with or without marks, is read first of all
// languages (serbianNames.ts: `readSerbian`): Cyrillic is read in Latin letters (serbianScript.ts), the case forms of
// the home's names are written as the home writes them in either script ("u dnevnoj sobi" → "Дневна соба", "u
// spavaćoj" → "Spavaća soba"), then the words in English (lexicon/serbianSpoken.json). Room and kind words join the
// groups (lexicon/serbian.json). Also: a lock state written `locked: "locked"` is the lock's state, and a camera's
// spot "gate" names no gate when a gate is named in Cyrillic. Small home written here, not the fixture's names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { serbianInLatin, serbianLatin } from '../../../src-main/intents/languages/serbianScript';

const room = (id: string, name: string): RawEntity => ({ id, entity_type: 'room', name, content: {} });
const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const home: RawEntity = { id: 'sr-home', entity_type: 'home', name: 'Kuća Jovanovića', content: {} };
const rooms = [room('sr-dn', 'Дневна соба'), room('sr-sp', 'Spavaća soba'), room('sr-ku', 'Kupatilo'), room('sr-ba', 'Баба соба')];
const devices = [
  device('sr-lus', 'Лустер дневна', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 60 } }),
  device('sr-ter', 'Термометар дневна', { type: 'sensor', capabilities: ['temperature', 'humidity'], state: { temperature: 22.5, humidity: 41 } }),
  device('sr-svs', 'Svetlo spavaća', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('sr-svk', 'Svetlo kupatilo', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('sr-lam', 'Бабина лампа', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('sr-boj', 'Бојлер', { type: 'water_heater', capabilities: ['on_off'], state: { power: 'on' } }),
  device('sr-bra', 'Brava ulaz', { type: 'security', capabilities: ['lock', 'unlock'], state: { locked: 'locked' } }),
];
const placeOf: Record<string, string> = { 'sr-lus': 'sr-dn', 'sr-ter': 'sr-dn', 'sr-svs': 'sr-sp', 'sr-svk': 'sr-ku', 'sr-lam': 'sr-ba', 'sr-boj': 'sr-ku', 'sr-bra': 'sr-dn' };

describe('round 34: a Serbian household in both scripts', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ homeJson: homeExportJson([home, ...rooms, ...devices], roomAndDeviceEdges(home.id, rooms, devices, placeOf, 'sr-dn'), 'sr') });
  });
  afterAll(() => h.dispose());
  const ask = (q: string) => h.responder.respond(q, h.context({ conversationId: q }));
  const targets = async (q: string): Promise<string[] | undefined> => (await ask(q))?.proposal?.targets.map((t) => t.name);

  it('reads Serbian Cyrillic in Latin letters, and leaves Ukrainian and Russian alone', async () => {
    const snapshot = await h.engine.index.get();
    expect(serbianLatin('Љиљана и Ђорђе')).toBe('Ljiljana i Đorđe');
    expect(serbianInLatin('Где је бојлер?', snapshot)).toBe('Gde je bojler?');
    expect(serbianInLatin('Де бойлер?', snapshot)).toBeUndefined();
    expect(serbianInLatin('вимкни світло', snapshot)).toBeUndefined();
  });

  it('commands in Latin with or without marks, rooms in their cases and without their "soba"', async () => {
    expect(await targets('upali svetlo u kupatilu')).toEqual(['Svetlo kupatilo']);
    expect(await targets('upali svetlo u spavacoj')).toEqual(['Svetlo spavaća']);
    expect(await targets('Upalite Babinu lampu, molim vas')).toEqual(['Бабина лампа']);
    expect(await targets('Упалите бабину лампу, молим вас')).toEqual(['Бабина лампа']);
  });

  it('questions in Cyrillic and Latin about a room named in Cyrillic', async () => {
    expect((await ask('Колика је температура у дневној соби?'))?.text).toMatch(/22\.5/);
    expect((await ask('kolka je vlaznost u dnevnoj sobi'))?.text).toMatch(/41/);
    expect((await ask('Da li je bojler uključen?'))?.text).toMatch(/Бојлер/);
  });

  it('a lock whose state is written locked: "locked"', async () => {
    expect((await ask('is the lock locked'))?.text).toMatch(/locked/);
    expect((await ask('sta je zakljucano'))?.text).toMatch(/Brava ulaz/);
  });

  it('English questions stay English in a home named in Serbian', async () => {
    expect(await targets('turn on the light in the bathroom')).toEqual(['Svetlo kupatilo']);
    const snapshot = await h.engine.index.get();
    const { readSerbian } = await import('../../../src-main/intents/languages/serbianNames');
    expect(readSerbian('can u tell me the code for the alarm', snapshot)).toBeUndefined();
  });
});
