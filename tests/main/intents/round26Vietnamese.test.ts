// Issue 12, round 26: Vietnamese as a Saigon household types it, with and without diacritics, in texting shortcuts
// ("k", "ko", "dc", "bn", "j") and with English words mixed in (vietnamesePhrasing.ts, vietnameseWords.ts,
// lexicon/vietnamese.json). The thing comes first and its modifier after it ("đèn phòng ngủ" = bedroom light); a
// command puts its verb first and a softener last ("tắt … đi"); "… chưa?", "… không?", "có … không" ask yes or no.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { dialogOutcomes } from './dialogsOver';
import { readInEnglish } from '../../../src-main/intents/languages/readInEnglish';
import { vietnamesePhrasing } from '../../../src-main/intents/languages/vietnamesePhrasing';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'id-home', entity_type: 'home', name: 'Nhà Thảo Điền', content: {} },
  { id: 'id-ngu', entity_type: 'room', name: 'Phòng ngủ', content: {} },
  { id: 'id-an', entity_type: 'room', name: 'Phòng ăn', content: {} },
  { id: 'id-ban-cong', entity_type: 'room', name: 'Ban công', content: {} },
];
const DEVICES: RawEntity[] = [
  device('id-den-ngu', 'Đèn phòng ngủ', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('id-den-an', 'Đèn phòng ăn', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('id-lanh-ngu', 'Máy lạnh phòng ngủ', { type: 'air_conditioner', capabilities: ['on_off', 'target_temperature'], state: { power: 'on', setpoint: 25, temperature: 27 } }),
  device('id-quat', 'Quạt đứng ban công', { type: 'fan', capabilities: ['on_off'], state: { power: 'off' } }),
  device('id-khoa', 'Khóa cửa ban công', { type: 'lock', capabilities: ['lock'], state: { locked: true, battery: 11 } }),
];
const PLACE: Record<string, string> = { 'id-den-ngu': 'id-ngu', 'id-den-an': 'id-an', 'id-lanh-ngu': 'id-ngu', 'id-quat': 'id-ban-cong', 'id-khoa': 'id-ban-cong' };

let home: Harness;
const ask = dialogOutcomes(() => home, 'id');

beforeAll(async () => {
  const rooms = ROOMS.filter((r) => r.entity_type === 'room');
  home = await openHarness({ homeJson: homeExportJson([...ROOMS, ...DEVICES], roomAndDeviceEdges('id-home', rooms, DEVICES, PLACE, 'id-an'), 'id-rel') });
});
afterAll(() => home.dispose());

describe('names typed with or without diacritics', () => {
  it('reads the home\'s words as typed and the frame in English', async () => {
    const snapshot = await home.engine.index.get();
    expect(readInEnglish('tat den phong ngu di', snapshot)).toBe('turn off den phong ngu');
    expect(readInEnglish('máy lạnh phòng ngủ bật chưa?', snapshot)).toBe('is máy lạnh phòng ngủ on');
  });
  it('proposes "tắt đèn phòng ăn giúp tôi" and "bat quat dung ban cong nhe" for the right device', async () => {
    expect((await ask('tắt đèn phòng ăn giúp tôi')).targets).toEqual(['Đèn phòng ăn']);
    expect((await ask('bat quat dung ban cong nhe')).targets).toEqual(['Quạt đứng ban công']);
  });
  it('answers "may lanh phong ngu bat chua" from the state', async () => {
    expect((await ask('may lanh phong ngu bat chua')).text).toMatch(/Máy lạnh phòng ngủ/);
  });
});

describe('questions and shortcuts', () => {
  it('asks where, what is in a room and a measure', async () => {
    const snapshot = await home.engine.index.get();
    expect(vietnamesePhrasing('quạt đứng ở đâu', snapshot)).toBe('where is quạt đứng');
    expect(vietnamesePhrasing('phong ngu co nhung j', snapshot)).toBe('what devices are in phong ngu');
    expect(vietnamesePhrasing('khoa cua ban cong con bn pin', snapshot)).toBe('what is the battery of khoa cua ban cong');
  });
  it('says what the battery is', async () => {
    expect((await ask('khoa cua ban cong con bn pin')).text).toMatch(/11/);
  });
  it('sets a number said after the command', async () => {
    expect((await ask('máy lạnh phòng ngủ bật chưa', 'tang len 23 do')).targets).toEqual(['Máy lạnh phòng ngủ']);
  });
});

describe('trust before coverage', () => {
  it('leaves English, and a thing the home lacks, to the engine', async () => {
    const snapshot = await home.engine.index.get();
    expect(vietnamesePhrasing('is the bedroom light on?', snapshot)).toBeUndefined();
    expect(vietnamesePhrasing('turn off Đèn phòng ăn', snapshot)).toBeUndefined();
    expect((await ask('bật lò vi sóng')).targets).toEqual([]);
  });
});
