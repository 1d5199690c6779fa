// Issue 12, round 36: three languages of the homes with the most honest misses, read a little further.
// Vietnamese typed without tones asks yes or no with "co … k" / "… bat k" (vietnameseWords.ts: the frame, and a cue
// inside a longer phrase such as "bao nhieu cai" or "de o dau"); Korean lists say "종류", "거", "관련" around the kind
// and narrow it by words of the home's names (koreanPhrasing.ts); Roman Urdu asks what an app holds with "X pe kya kya
// hai" (urduQuestions.ts). Three small homes written here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './intentHarness';
import { readInEnglish } from '../../../src-main/intents/languages/readInEnglish';
import { device, openSmallHome, room } from './smallHome';

async function ask(h: Harness, ...turns: string[]): Promise<{ text: string; cites: string[]; targets: string[] }> {
  let last: Awaited<ReturnType<Harness['responder']['respond']>>;
  for (const turn of turns) last = await h.responder.respond(turn, h.context({ conversationId: `c-${turns.join('|')}` }));
  return { text: last?.text ?? '(declined)', cites: (last?.citations ?? []).map((c) => c.name), targets: (last?.proposal?.targets ?? []).map((t) => t.name).sort() };
}

describe('Vietnamese without tones: the yes-or-no frame', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openSmallHome({ edgePrefix: 'v-home-rel', entities: [
      { id: 'v-home', entity_type: 'home', name: 'Nhà Đà Nẵng', content: {} },
      room('v-khach', 'Phòng khách'),
      room('v-giat', 'Phòng giặt'),
      device('v-tv', 'Tivi phòng khách', { type: 'tv', capabilities: ['on_off'], state: { power: 'on' } }),
      device('v-may', 'Máy giặt Toshiba', { type: 'washing_machine', capabilities: ['on_off'], state: { power: 'on', status: 'running' } }),
      device('v-cam', 'Camera cổng', { type: 'camera', capabilities: ['recording'], state: { recording: true } }),
      device('v-den1', 'Đèn phòng khách', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
      device('v-den2', 'Đèn phòng giặt', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
    ], placeOf: { 'v-tv': 'v-khach', 'v-cam': 'v-khach', 'v-den1': 'v-khach', 'v-may': 'v-giat', 'v-den2': 'v-giat' }, fallbackRoom: 'v-khach' });
  });
  afterAll(() => h.dispose());

  it('reads "co … k" and a closing "k" after a verb as a yes-or-no question', async () => {
    const snapshot = await h.engine.index.get();
    expect(readInEnglish('camera cong co dang ghi hinh k', snapshot)).toBe('is camera cong recording');
    expect(readInEnglish('tivi phong khach bat k', snapshot)).toBe('is tivi phong khach on');
    expect((await ask(h, 'tivi phong khach bat k')).cites).toContain('Tivi phòng khách');
  });

  it('finds a cue inside a longer phrase: "bao nhieu cai" counts, "de o dau" asks where', async () => {
    const snapshot = await h.engine.index.get();
    expect(readInEnglish('nha co bao nhieu cai den', snapshot)).toBe('how many lights are there in the home');
    expect((await ask(h, 'nha co bao nhieu cai den')).text).toMatch(/\b2\b|two/i);
    expect(readInEnglish('may giat de o dau nhi', snapshot)).toBe('where is may giat');
  });

  it('"thang may" before the closing "k" is the elevator, asked of the whole home, and never a count', async () => {
    const snapshot = await h.engine.index.get();
    expect(readInEnglish('nha minh co thang may k', snapshot)).toBe('is there a elevator');
    expect((await ask(h, 'nha minh co thang may k')).text).not.toMatch(/There are \d+ devices/);
  });

  it('"co nhung X nao" closes the same frame with "which": what X the home has', async () => {
    const snapshot = await h.engine.index.get();
    expect(readInEnglish('nha minh co nhung den nao', snapshot)).toBe('list the lights');
    expect((await ask(h, 'nha minh co nhung den nao')).cites).toEqual(expect.arrayContaining(['Đèn phòng khách', 'Đèn phòng giặt']));
  });

  it('leaves English with a closing "k" alone, and "hạ" of a name is no state', async () => {
    const snapshot = await h.engine.index.get();
    expect(readInEnglish('turn on the tv k', snapshot)).toBe('turn on the tv k');
    expect(readInEnglish('bep ha noi co den k', snapshot)).not.toMatch(/lower/);
  });
});

describe('Korean lists', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openSmallHome({ edgePrefix: 'k-home-rel', entities: [
      { id: 'k-home', entity_type: 'home', name: '우리 아파트', content: {} },
      room('k-geosil', '거실'),
      room('k-veranda', '베란다'),
      room('k-changgo', '창고'),
      device('k-plug1', '스마트 플러그 (PC)', { type: 'plug', capabilities: ['on_off'], state: { power: 'on' } }),
      device('k-plug2', '스마트 플러그 (전기요)', { type: 'plug', capabilities: ['on_off'], state: { power: 'off' } }),
      device('k-s1', '베란다 온습도 센서', { type: 'sensor', capabilities: ['temperature', 'humidity'], state: { temperature: 18, humidity: 60 } }),
      device('k-s2', '욕실 누수센서', { type: 'sensor', capabilities: ['leak'], state: { leak: false } }),
      device('k-light', '베란다 조명', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
    ], placeOf: { 'k-plug1': 'k-geosil', 'k-plug2': 'k-geosil', 'k-s1': 'k-veranda', 'k-light': 'k-veranda', 'k-s2': 'k-changgo' }, fallbackRoom: 'k-geosil' });
  });
  afterAll(() => h.dispose());

  it('"종류", "거" say nothing of what is listed, and words of the names narrow the kind', async () => {
    const snapshot = await h.engine.index.get();
    expect(readInEnglish('센서 종류 다 보여줘', snapshot)).toBe('list the sensors');
    expect(readInEnglish('스마트 플러그 목록', snapshot)).toBe('list the 스마트 plugs');
    const plugs = await ask(h, '스마트 플러그 목록');
    expect(plugs.cites).toEqual(expect.arrayContaining(['스마트 플러그 (PC)', '스마트 플러그 (전기요)']));
  });

  it('a room and "기기" said as a heading lists what is there; a thing asked of a room that has none says so', async () => {
    expect((await ask(h, '베란다 기기')).cites).toEqual(expect.arrayContaining(['베란다 온습도 센서', '베란다 조명']));
    const snapshot = await h.engine.index.get();
    expect(readInEnglish('창고에 CCTV 있어?', snapshot)).toBe('is there a cctv in 창고');
    expect((await ask(h, '창고에 CCTV 있어?')).text).toMatch(/^No|no cameras/i);
  });
});

describe('Roman Urdu: what an app holds', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openSmallHome({ edgePrefix: 'u-home-rel', entities: [
      { id: 'u-home', entity_type: 'home', name: 'Khan ka ghar', content: {} },
      room('u-lounge', 'Lounge'),
      room('u-chhat', 'Chhat'),
      { id: 'u-app', entity_type: 'app', name: 'Smart Life', content: { platform: 'iOS/Android' } },
      device('u-fan', 'Lounge pankha', { type: 'fan', capabilities: ['on_off'], state: { power: 'on' } }),
      device('u-light', 'Chhat ki light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
    ], placeOf: { 'u-fan': 'u-lounge', 'u-light': 'u-chhat' }, fallbackRoom: 'u-lounge', edges: [
      { from: 'u-fan', to: 'u-app', type: 'controlled_by_app' },
      { from: 'u-light', to: 'u-app', type: 'controlled_by_app' },
    ] });
  });
  afterAll(() => h.dispose());

  it('"Smart Life pe kya kya hai" and "… app se kya kya control hota hai" ask what it controls', async () => {
    const snapshot = await h.engine.index.get();
    expect(readInEnglish('smart life pe kya kya hai', snapshot)).toBe('what does smart life control');
    expect(readInEnglish('Smart Life app se kya kya control hota hai', snapshot)).toBe('what does smart life control');
    expect((await ask(h, 'smart life pe kya kya hai')).cites).toEqual(expect.arrayContaining(['Lounge pankha', 'Chhat ki light']));
  });

  it('"chhat pe kya kya hai" asks what is in the room; a word that is no app or room is left alone', async () => {
    const snapshot = await h.engine.index.get();
    expect(readInEnglish('chhat pe kya kya hai', snapshot)).toBe('what devices are in chhat');
    expect(readInEnglish('wifi pe kya kya hai', snapshot)).not.toBe('what does wifi control');
  });
});
