// Issue 12, round 27: Korean as a Seoul household types it (koreanPhrasing.ts, koreanWords.ts, lexicon/korean.json):
// Hangul with its particles glued to the home's names ("응접실에", "에어컨은"), requests with their polite endings
// ("켜 주세요", "꺼줘", "잠가줘"), states with any ending ("켜져 있어?", "잠겼어?"), a teenager's jamo shortcuts
// ("ㄲㄱ" = turn it off) and a romanized command ("bul kkeojwo"). English is never rewritten.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEntity } from './homeExportJson';
import type { Harness } from './intentHarness';
import { dialogOutcomes } from './dialogsOver';
import { readInEnglish } from '../../../src-main/intents/languages/readInEnglish';
import { koreanPhrasing } from '../../../src-main/intents/languages/koreanPhrasing';
import { device, openSmallHome, room } from './smallHome';

const ROOMS: RawEntity[] = [
  { id: 'id-home', entity_type: 'home', name: '해운대 빌라', content: {} },
  room('id-eung', '응접실'),
  room('id-ai', '아이방'),
  room('id-se', '세탁실'),
];
const DEVICES: RawEntity[] = [
  device('id-jo', '응접실 조명', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('id-st', '응접실 스탠드', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('id-ac', '아이방 에어컨', { type: 'climate', capabilities: ['on_off', 'target_temperature'], state: { power: 'off', setpoint: 26 } }),
  device('id-lock', '대문 스마트락', { type: 'lock', capabilities: ['lock'], state: { locked: true, battery: 40 } }),
  device('id-gas', '가스 차단기', { type: 'valve', capabilities: ['open_close'], state: { valve: 'open' } }),
];
const PLACE: Record<string, string> = { 'id-jo': 'id-eung', 'id-st': 'id-eung', 'id-ac': 'id-ai', 'id-lock': 'id-eung', 'id-gas': 'id-se' };

let home: Harness;
const ask = dialogOutcomes(() => home, 'ko');

beforeAll(async () => {
  home = await openSmallHome({ entities: [...ROOMS, ...DEVICES], placeOf: PLACE, fallbackRoom: 'id-eung', edgePrefix: 'id-rel' });
});
afterAll(() => home.dispose());

describe('the home\'s names with their particles, the frame in English', () => {
  it('reads states, places and measures', async () => {
    const snapshot = await home.engine.index.get();
    expect(readInEnglish('응접실 불 켜져 있어?', snapshot)).toBe('is 응접실 조명 on');
    expect(koreanPhrasing('대문 스마트락 잠겼어?', snapshot)).toBe('is 대문 스마트락 locked');
    expect(koreanPhrasing('세탁실에 뭐 있어?', snapshot)).toBe('what devices are in 세탁실');
    expect(koreanPhrasing('아이방 에어컨은 몇 도로 설정돼 있어요?', snapshot)).toBe('what is the setpoint of 아이방 에어컨');
  });
  it('answers the setpoint and the state from the home', async () => {
    expect((await ask('아이방 에어컨은 몇 도로 설정돼 있어요?')).text).toMatch(/26/);
    expect((await ask('응접실 스탠드 꺼져있냐')).cited).toContain('응접실 스탠드');
  });
});

describe('requests', () => {
  it('proposes for the right device, polite or in jamo', async () => {
    expect((await ask('아이방 에어컨 좀 켜 주세요')).targets).toEqual(['아이방 에어컨']);
    expect((await ask('응접실 불 ㄲㄱ')).targets).toEqual(['응접실 조명']);
    expect((await ask('eungjeopsil bul kkeojwo')).targets).toEqual(['응접실 조명']);
  });
  it('shuts a valve it is asked to "lock", and leaves a bare "잠가줘" unread', async () => {
    const snapshot = await home.engine.index.get();
    expect(koreanPhrasing('가스 차단기 잠가줘', snapshot)).toBe('close 가스 차단기');
    expect(koreanPhrasing('잠가줘', snapshot)).toBeUndefined();
  });
  it('reads the request after a reason ("…니까")', async () => {
    const snapshot = await home.engine.index.get();
    expect(koreanPhrasing('애기 자니까 응접실 스탠드 꺼줘', snapshot)).toBe('turn off 응접실 스탠드');
  });
});

describe('trust before coverage', () => {
  it('leaves English, and a thing the home lacks, to the engine', async () => {
    const snapshot = await home.engine.index.get();
    expect(koreanPhrasing('is the light on?', snapshot)).toBeUndefined();
    expect(koreanPhrasing('turn off 응접실 조명', snapshot)).toBeUndefined();
    expect((await ask('안마의자 켜줘')).targets).toEqual([]);
  });
});
