// Issue 12, round 28: a household that mixes Japanese into English and types Japanese (japanesePhrasing.ts,
// japaneseWords.ts, lexicon/japanese.json): kana and kanji with particles (の, は, を), requests with polite endings
// ("つけてください", "消して"), states with any ending ("ついていますか", "ついてる?"), romanized requests ("kotatsu
// keshite"); and the place faults such a home showed: "the genkan" is the room 玄関, "the lodge" the zone, not the room
// "Lodge 寝室", and a room's automations include those its devices set off. English is never rewritten.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { dialogOutcomes } from './dialogsOver';
import { japanesePhrasing } from '../../../src-main/intents/languages/japanesePhrasing';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'id-home', entity_type: 'home', name: '横浜の家', content: {} },
  { id: 'id-zone', entity_type: 'zone', name: 'Hakone Lodge', content: { description: 'Weekend lodge' } },
  { id: 'id-gen', entity_type: 'room', name: '玄関', content: {} },
  { id: 'id-ima', entity_type: 'room', name: '居間', content: {} },
  { id: 'id-shin', entity_type: 'room', name: '寝室', content: {} },
  { id: 'id-lshin', entity_type: 'room', name: 'Lodge 寝室', content: {} },
  { id: 'id-lgen', entity_type: 'room', name: 'Lodge Genkan', content: {} },
  { id: 'id-baa', entity_type: 'room', name: 'Sobo no heya', content: {} },
];
const DEVICES: RawEntity[] = [
  device('id-light', '玄関ライト', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('id-lock', 'Front Lock', { type: 'lock', capabilities: ['lock', 'battery'], state: { locked: true, battery: 60 } }),
  device('id-kot', 'Kotatsu', { type: 'outlet', capabilities: ['on_off'], state: { power: 'on' } }),
  device('id-ac', '居間 エアコン', { type: 'climate', capabilities: ['on_off', 'target_temperature'], state: { power: 'off', setpoint: 23 } }),
  device('id-blk', '電気毛布', { type: 'outlet', capabilities: ['on_off'], state: { power: 'on' } }),
  device('id-llock', 'Lodge Lock', { type: 'lock', capabilities: ['lock'], state: { locked: false } }),
  device('id-btn', 'Call Button', { type: 'button', capabilities: ['press'], state: {} }),
];
const PLACE: Record<string, string> = { 'id-light': 'id-gen', 'id-lock': 'id-gen', 'id-kot': 'id-ima', 'id-ac': 'id-ima', 'id-blk': 'id-shin', 'id-llock': 'id-lgen', 'id-btn': 'id-baa' };
const RULE: RawEntity = { id: 'id-call', entity_type: 'automation', name: 'Sobo Call', content: { description: 'Button press chimes the speakers' } };

let home: Harness;
const ask = dialogOutcomes(() => home, 'ja');

beforeAll(async () => {
  const rooms = ROOMS.filter((r) => r.entity_type === 'room');
  const edges = roomAndDeviceEdges('id-home', rooms, DEVICES, PLACE, 'id-ima');
  edges.push({ from: 'id-lshin', to: 'id-zone', type: 'part_of' }, { from: 'id-lgen', to: 'id-zone', type: 'part_of' }, { from: 'id-call', to: 'id-btn', type: 'triggered_by' });
  home = await openHarness({ homeJson: homeExportJson([...ROOMS, ...DEVICES, RULE], edges, 'id-rel') });
});
afterAll(() => home.dispose());

describe('Japanese in the English the engine reads', () => {
  it('reads states, commands and measures, and leaves English and unreadable kanji alone', async () => {
    const snapshot = await home.engine.index.get();
    expect(japanesePhrasing('電気毛布はついていますか', snapshot)).toBe('is 電気毛布 on');
    expect(japanesePhrasing('玄関ライトを消して', snapshot)).toBe('turn off 玄関ライト');
    expect(japanesePhrasing('kotatsu keshite', snapshot)).toBe('turn off the kotatsu');
    expect(japanesePhrasing('居間のエアコンは何度に設定されていますか', snapshot)).toMatch(/set to$/);
    expect(japanesePhrasing('is the kotatsu on', snapshot)).toBeUndefined();
    expect(japanesePhrasing('is the 玄関ライト on', snapshot)).toBeUndefined();
    // 箱根 (a place the reader cannot read) is never dropped from the question.
    expect(japanesePhrasing('箱根の鍵はかかっていますか', snapshot)).toBeUndefined();
  });
  it('answers and proposes for the right device', async () => {
    expect((await ask('電気毛布はついていますか')).cited).toContain('電気毛布');
    expect((await ask('玄関ライトをつけてください')).targets).toEqual(['玄関ライト']);
    expect((await ask('kotatsu keshite')).targets).toEqual(['Kotatsu']);
  });
});

describe('a place word resolves to a place', () => {
  it('the genkan is the room 玄関, the lodge the zone', async () => {
    const snapshot = await home.engine.index.get();
    expect((snapshot.phrases.get('genkan') ?? []).map((e) => e.name)).toEqual(['玄関']);
    expect((snapshot.phrases.get('lodge') ?? []).map((e) => e.name)).not.toContain('Lodge 寝室');
    expect((await ask("what's in the genkan")).cited).toContain('Front Lock');
  });
  it("lists the automations a room's devices set off", async () => {
    expect((await ask('which automations are in Sobo no heya')).cited).toContain('Sobo Call');
  });
});
