// Issue 12, round 26: Turkish as a household types it, with and without its letters (ı/i, ş/s, ğ/g, ç/c, ö/o, ü/u),
// with case endings glued to names ("kilerdeki lambayı", "Giriş Kilidi'ni", "misafir odasında"), the question
// particle mi/mı/mu/mü, request forms (kapat, açar mısın, yaksana) and English mixed in (turkishPhrasing.ts,
// turkishWords.ts, lexicon/turkish.json). English and the other languages read are never taken for Turkish.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { dialogOutcomes } from './dialogsOver';
import { readInEnglish } from '../../../src-main/intents/languages/readInEnglish';
import { turkishPhrasing } from '../../../src-main/intents/languages/turkishPhrasing';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'id-home', entity_type: 'home', name: 'Bursa Evi', content: {} },
  { id: 'id-misafir', entity_type: 'room', name: 'Misafir Odası', content: {} },
  { id: 'id-kiler', entity_type: 'room', name: 'Kiler', content: {} },
  { id: 'id-giris', entity_type: 'room', name: 'Giriş', content: {} },
];
const DEVICES: RawEntity[] = [
  device('id-tavan', 'Tavan Lambası', { type: 'light', capabilities: ['on_off', 'dimming'], state: { power: 'on', brightness: 60 } }),
  device('id-kiler-isik', 'Kiler Işığı', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('id-kilit', 'Giriş Kilidi', { type: 'lock', capabilities: ['lock', 'unlock'], state: { locked: true, battery: 55 } }),
  device('id-stor', 'Misafir Storu', { type: 'curtain', capabilities: ['open', 'close', 'position'], state: { position: 0, open: false } }),
  device('id-klima', 'Misafir Kliması', { type: 'air_conditioner', capabilities: ['on_off', 'target_temperature'], state: { power: 'off', setpoint: 23, temperature: 19 } }),
];
const PLACE: Record<string, string> = { 'id-tavan': 'id-misafir', 'id-kiler-isik': 'id-kiler', 'id-kilit': 'id-giris', 'id-stor': 'id-misafir', 'id-klima': 'id-misafir' };

let home: Harness;
const ask = dialogOutcomes(() => home, 'id');

beforeAll(async () => {
  const rooms = ROOMS.filter((r) => r.entity_type === 'room');
  home = await openHarness({ homeJson: homeExportJson([...ROOMS, ...DEVICES], roomAndDeviceEdges('id-home', rooms, DEVICES, PLACE, 'id-giris'), 'id-rel') });
});
afterAll(() => home.dispose());

describe('case endings on the home\'s names', () => {
  it('"kiler ışığı açık mı" and "kiler isigi acik mi" read the same', async () => {
    const snapshot = await home.engine.index.get();
    expect(readInEnglish('kiler ışığı açık mı', snapshot)).toBe('is Kiler Işığı on');
    expect(readInEnglish('kiler isigi acik mi', snapshot)).toBe('is Kiler Işığı on');
    expect((await ask('kiler isigi acik mi')).text).toMatch(/\boff\b/);
  });
  it('"misafir odasında ne var" lists the room, "giriş kilidi kilitli mi" reads the lock', async () => {
    expect((await ask('misafir odasında ne var')).cited).toEqual(expect.arrayContaining(['Tavan Lambası', 'Misafir Storu', 'Misafir Kliması']));
    expect((await ask('giris kilidi kilitli mi')).text).toMatch(/locked/);
  });
});

describe('requests', () => {
  it('"kiler ışığını yak" and "tavan lambasını kapatır mısın" propose the light', async () => {
    expect((await ask('kiler ışığını yak')).targets).toEqual(['Kiler Işığı']);
    expect((await ask('tavan lambasını kapatır mısın lütfen?')).targets).toEqual(['Tavan Lambası']);
  });
  it('"storu aç" opens the blind, "misafir klimasını 21 yap" sets the AC', async () => {
    expect((await ask('misafir storunu aç')).targets).toEqual(['Misafir Storu']);
    expect((await ask('misafir klimasını 21 yap')).targets).toEqual(['Misafir Kliması']);
  });
  it('a thing the home does not have is never proposed: "şömineyi yak"', async () => {
    expect((await ask('şömineyi yak')).targets).toEqual([]);
  });
});

describe('questions', () => {
  it('"giriş kilidi nerede" and "misafir kliması kaç derece"', async () => {
    expect((await ask('giriş kilidi nerede')).cited).toContain('Giriş');
    expect((await ask('misafir kliması kaç derece')).text).toMatch(/19|23/);
  });
});

describe('English and other languages are left alone', () => {
  it('reads nothing without Turkish', async () => {
    const snapshot = await home.engine.index.get();
    for (const said of ['is the ac on', 'turn on the kitchen light', 'enciende mi luz', 'var är lampan', 'where is the lock', 'set the ac to 22', 'ne pas allumer la lampe']) {
      expect(turkishPhrasing(said, snapshot)).toBeUndefined();
    }
  });
});
