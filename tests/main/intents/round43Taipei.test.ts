// Issue 12, round 43: a Taiwanese home named in Traditional Chinese (the taipei home). Mandarin and Hokkien typed
// without spaces are read against the home's names and aliases (chineseTokens.ts): a place and a thing joined by 的
// are one name ("神明廳的神明燈" is 神明廳神明燈), a name said without its place is the one name it ends ("立燈");
// the question frames are read (mandarinFrames.ts: "X有什麼設備", "X有幾樣東西", "X有鎖嗎", "X用哪個app",
// "X有什麼自動化", "X設定幾度"); a name in Chinese characters says its kind last (kindsInNames.ts: "小萱冷氣" is an air
// conditioner), not a description running on ("用來開大金冷氣" is a remote's); "開大門" is not "turn on" a door;
// "X咧" / "X呢" after a question asks it of X (chinesePhrasing.ts);
// a window with no on/off state says its contact when asked if windows are on (readingsWithoutOnOff.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver, dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const ENTITIES = [
  { id: 'r43t-home', entity_type: 'home', name: '陳家', content: {} },
  room('r43t-living', '客廳'),
  room('r43t-girl', '小萱房間'),
  room('r43t-altar', '神明廳'),
  { id: 'r43t-door', entity_type: 'door', name: '大門', content: { state: { open: false } } },
  { id: 'r43t-win', entity_type: 'window', name: '小萱房間窗戶', content: { state: { contact: 'open' } } },
  { id: 'r43t-app', entity_type: 'app', name: 'Smart Life', content: { description: 'Tuya' } },
  device('r43t-ac1', '客廳冷氣', { type: 'climate', capabilities: ['on_off', 'target_temperature'], state: { power: 'on', target_temperature: 24 } }),
  device('r43t-ac2', '小萱冷氣', { type: 'climate', capabilities: ['on_off', 'target_temperature'], state: { power: 'off', target_temperature: 25 } }),
  device('r43t-lamp', '客廳立燈', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r43t-altar1', '客廳神明燈', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r43t-altar2', '神明廳神明燈', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r43t-lock', '大門電子鎖', { type: 'lock', capabilities: ['lock', 'unlock'], state: { locked: true }, aliases: ['電子鎖'] }),
  device('r43t-remote', '萬用遙控器', { type: 'remote', capabilities: ['ir'], state: {}, description: '紅外線萬用遙控器，用來開大金冷氣' }),
  device('r43t-shutter', '店面鐵捲門', { type: 'cover', capabilities: ['open', 'close'], state: { position: 'closed' }, aliases: ['鐵捲門'], app: 'Smart Life' }),
];
const PLACE_OF = { 'r43t-ac1': 'r43t-living', 'r43t-lamp': 'r43t-living', 'r43t-altar1': 'r43t-living', 'r43t-ac2': 'r43t-girl', 'r43t-altar2': 'r43t-altar', 'r43t-lock': 'r43t-living', 'r43t-remote': 'r43t-girl', 'r43t-shutter': 'r43t-living' };

let home: Harness;
const ask = askingOver(() => home, 'r43t-ask');
const { dialog, proposes } = dialogsOver(() => home, 'r43t-cmd');
beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'r43t-living', edgePrefix: 'r43t-edge' });
});
afterAll(() => home.dispose());

describe('Taiwanese Mandarin and Hokkien in characters', () => {
  it('a name in Chinese characters says its kind last; a description running on does not', async () => {
    const acs = await ask('how many air conditioners are there');
    expect(acs.cited).toEqual(expect.arrayContaining(['客廳冷氣', '小萱冷氣']));
    expect(acs.cited).not.toContain('萬用遙控器');
  });

  it('a place and a thing joined by 的 are one name; Hokkien 有著無 asks if it is on', async () => {
    expect((await ask('神明廳的神明燈有著無？')).text).toMatch(/神明廳神明燈 is off/);
    expect((await ask('客廳的神明燈有亮嗎')).text).toMatch(/客廳神明燈 is on/);
  });

  it('"X咧" after a question asks it of X', async () => {
    expect((await dialog('神明廳的神明燈有著無？', '客廳神明燈咧')).text).toMatch(/客廳神明燈 is on/);
  });

  it('a name said without its place is the one name it ends; an alias is a name', async () => {
    await proposes(['立燈開一下 謝der'], ['客廳立燈'], 2);
    expect((await ask('電子鎖有什麼自動化')).text).not.toBe('');
  });

  it('the question frames: devices in a place, how many, its app', async () => {
    expect((await ask('神明廳有什麼設備')).cited).toContain('神明廳神明燈');
    expect((await ask('小萱房間有幾樣東西')).cited).toEqual(expect.arrayContaining(['小萱冷氣', '萬用遙控器']));
    expect((await ask('鐵捲門的app是哪個')).cited).toEqual(['店面鐵捲門']);
    expect((await ask('小萱冷氣設定幾度')).text).toMatch(/25/);
  });

  it('"開大門" is not read as turning a door on', async () => {
    const answer = await ask('開大門 我朋友到了');
    expect(answer.text).not.toMatch(/can't be switched on/);
  });

  it('a window with no on/off state says its contact', async () => {
    expect((await ask('are any windows on')).text).toMatch(/contact open/);
  });
});
