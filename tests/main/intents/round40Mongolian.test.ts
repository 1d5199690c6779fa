// Issue 12, round 40: Mongolian, in Cyrillic or in the phone Latin Mongolians type ("zochnii uruunii gerel untraa"),
// in a home written in Mongolian only (the Ulaanbaatar home). One key serves both spellings (mongolianLetters.ts);
// each Cyrillic name of a device or place is known by the English its words say ("Угаалгын сэнс" the bathroom fan,
// mongolianNames.ts); a sentence is its thing (the home's names found with their case endings) and the shape its
// verbs and question words give (mongolianWords.ts, mongolianPhrasing.ts, lexicon/mongolian.json). A Russian home
// (no ө or ү) is never read as Mongolian.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';
import { mongolianKey } from '../../../src-main/intents/languages/mongolianLetters';
import { englishOfName } from '../../../src-main/intents/languages/mongolianNames';
import { mongolianPhrasing } from '../../../src-main/intents/languages/mongolianPhrasing';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const PLACES: RawEntity[] = [
  { id: 'r40m-home', entity_type: 'home', name: 'Дорждынх', content: {} },
  { id: 'r40m-living', entity_type: 'room', name: 'Зочны өрөө', content: {} },
  { id: 'r40m-bath', entity_type: 'room', name: 'Угаалгын өрөө', content: {} },
  { id: 'r40m-balcony', entity_type: 'room', name: 'Тагт', content: {} },
];
const DEVICES: RawEntity[] = [
  device('r40m-llight', 'Зочны өрөөний гэрэл', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 80 } }),
  device('r40m-fan', 'Угаалгын сэнс', { type: 'fan', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r40m-washer', 'Угаалгын машин', { type: 'appliance', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r40m-blight', 'Тагтны гэрэл', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r40m-rad', 'Зочны радиатор', { type: 'climate', capabilities: ['temperature', 'setpoint'], state: { temperature: 21, setpoint: 22 } }),
];
const ROOM_OF: Record<string, string> = { 'r40m-llight': 'r40m-living', 'r40m-fan': 'r40m-bath', 'r40m-washer': 'r40m-bath', 'r40m-blight': 'r40m-balcony', 'r40m-rad': 'r40m-living' };

let home: Harness;
const ask = askingOver(() => home, 'r40m-ask');
const { proposes } = dialogsOver(() => home, 'r40m-cmd');

beforeAll(async () => {
  home = await openHarness({ homeJson: homeExportJson([...PLACES, ...DEVICES], roomAndDeviceEdges('r40m-home', PLACES, DEVICES, ROOM_OF, 'r40m-living'), 'r40m-edge') });
});
afterAll(() => home.dispose());
const snapshotOf = (): Promise<Parameters<typeof mongolianPhrasing>[1]> => (home.engine as unknown as { index: { get: () => Promise<Parameters<typeof mongolianPhrasing>[1]> } }).index.get();

describe('one key for Cyrillic and phone Latin', () => {
  it('ө, ү, о and у meet, doubled letters once, w as v', () => {
    expect(mongolianKey('өрөөний')).toBe(mongolianKey('uruunii'));
    expect(mongolianKey('төхөөрөмж')).toBe(mongolianKey('tohooromj'));
    expect(mongolianKey('хавтан')).toBe(mongolianKey('hawtan'));
  });
});

describe('a Mongolian name known by its English', () => {
  it('reads the words of a name in English', () => {
    expect(englishOfName('Тагтны гэрэл')).toEqual(['balcony light']);
    expect(englishOfName('Угаалгын сэнс')).toEqual(['bathroom fan']);
    expect(englishOfName('Тэмүүлэнгийн радиатор')).toEqual(["temuulen's radiator"]);
    expect(englishOfName('Kitchen light')).toEqual([]);
  });

  it('an English question finds the Cyrillic name', async () => {
    await proposes(['Could you switch on the balcony light please'], ['Тагтны гэрэл'], 2);
    const a = await ask('is the bathroom fan on');
    expect(a.text).toMatch(/Угаалгын сэнс/);
    expect(a.text).toMatch(/\boff\b/);
  });
});

describe('Mongolian sentences', () => {
  it('reads a request in Cyrillic or phone Latin, the name with its case ending', async () => {
    await proposes(['зочны өрөөний гэрлийг унтраачих'], ['Зочны өрөөний гэрэл'], 2);
    await proposes(['zochnii uruunii gerel untraa'], ['Зочны өрөөний гэрэл'], 2);
    await proposes(['tagtnii gerel asaa'], ['Тагтны гэрэл'], 2);
  });

  it('reads states, readings and settings', async () => {
    const snapshot = await snapshotOf();
    expect(mongolianPhrasing('Тагтны гэрэл асаалттай юу', snapshot)).toBe('is Тагтны гэрэл on?');
    expect(mongolianPhrasing('зочны радиатор хэдэн хэм байна вэ', snapshot)).toBe('what is the temperature of Зочны радиатор');
    expect(mongolianPhrasing('zochnii radiatoriig 23 bolgo', snapshot)).toBe('set Зочны радиатор to 23 degrees');
    expect(mongolianPhrasing('угаалгын өрөөнд ямар төхөөрөмж байна', snapshot)).toBe('what devices are in the Угаалгын өрөө');
    expect(mongolianPhrasing('Унтрааж өгөөч', snapshot)).toBe('turn it off');
  });

  it('a habit is asked about, never a request', async () => {
    const snapshot = await snapshotOf();
    expect(mongolianPhrasing('Тагтны гэрэл хэдэн цагт асдаг вэ', snapshot)).toBe('when does Тагтны гэрэл turn on');
  });

  it('English sentences are left alone', async () => {
    expect(mongolianPhrasing('turn on the kitchen light', await snapshotOf())).toBeUndefined();
  });
});

describe('a Russian home is not Mongolian', () => {
  let russian: Harness;
  beforeAll(async () => {
    const places: RawEntity[] = [{ id: 'r40r-home', entity_type: 'home', name: 'Дом', content: {} }, { id: 'r40r-kitchen', entity_type: 'room', name: 'Кухня', content: {} }];
    const devices: RawEntity[] = [device('r40r-light', 'Свет на кухне', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } })];
    russian = await openHarness({ homeJson: homeExportJson([...places, ...devices], roomAndDeviceEdges('r40r-home', places, devices, { 'r40r-light': 'r40r-kitchen' }, 'r40r-kitchen'), 'r40r-edge') });
  });
  afterAll(() => russian.dispose());

  it('reads nothing of a Russian sentence', async () => {
    const snapshot = await (russian.engine as unknown as { index: { get: () => Promise<Parameters<typeof mongolianPhrasing>[1]> } }).index.get();
    expect(mongolianPhrasing('включи свет на кухне', snapshot)).toBeUndefined();
  });
});
