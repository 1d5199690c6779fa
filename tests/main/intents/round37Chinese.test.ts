// Issue 12, round 37: Chinese in characters between English words (a Malaysian family's texting): the verb before the
// thing ("关掉 pump"), a tag after it ("pump 开着吗", "神台灯 在哪里"), a setting with 调到 ("客厅 aircond 调到 25 度"), a
// reason in a clause of its own left out; the home's names in characters are found first. A sentence whose characters
// are all the home's names is left as typed (chinesePhrasing.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEntity } from './homeExportJson';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';
import { chinesePhrasing } from '../../../src-main/intents/languages/chinesePhrasing';

const ROOMS: RawEntity[] = [
  { id: 'c7-home', entity_type: 'home', name: 'Chen home', content: {} },
  room('c7-hall', '客厅 living hall'),
  room('c7-kitchen', 'Kitchen'),
];
const DEVICES: RawEntity[] = [
  device('c7-light', '客厅灯', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 70 } }),
  device('c7-altar', '神台灯', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('c7-ac', '客厅 aircond', { type: 'climate', capabilities: ['on_off', 'cooling', 'setpoint'], state: { power: 'off', setpoint: 24, temperature: 29 } }),
  device('c7-pump', 'Aquarium pump', { type: 'switch', capabilities: ['on_off'], state: { power: 'on' } }),
  device('c7-sensor', '客厅 sensor', { type: 'sensor', capabilities: ['temperature', 'humidity'], state: { temperature: 29.5, humidity: 72, battery: 41 } }),
  device('c7-oven', 'Oven', { type: 'appliance', capabilities: ['on_off', 'temperature'], state: { power: 'off' } }),
];
const PLACE: Record<string, string> = { 'c7-light': 'c7-hall', 'c7-altar': 'c7-hall', 'c7-ac': 'c7-hall', 'c7-pump': 'c7-hall', 'c7-sensor': 'c7-hall', 'c7-oven': 'c7-kitchen' };

let home: Harness;
let n = 0;
const ask = async (q: string) => {
  const a = await home.responder.respond(q, home.context({ conversationId: `c7-${++n}` }));
  return { text: a?.text ?? '', proposal: a?.proposal?.targets.map((t) => t.name) ?? [] };
};

beforeAll(async () => {
  home = await openSmallHome({ entities: [...ROOMS, ...DEVICES], placeOf: PLACE, fallbackRoom: 'c7-kitchen', edgePrefix: 'c7-edge' });
});
afterAll(() => home.dispose());

describe('Chinese in characters', () => {
  it('asks with a tag after the thing', async () => {
    expect((await ask('pump 开着吗')).text).toMatch(/Aquarium pump is on/);
    expect((await ask('Oven 开着吗? 我 forget')).text).toMatch(/Oven is off/);
    expect((await ask('神台灯 在哪里')).text).toMatch(/客厅 living hall/);
    expect((await ask('客厅 sensor 电池 还有多少')).text).toMatch(/41/);
  });
  it('commands with the verb first, a setting with 调到', async () => {
    expect((await ask('关 客厅灯')).proposal).toEqual(['客厅灯']);
    expect((await ask('关掉 pump, 我要换水')).proposal).toEqual(['Aquarium pump']);
    expect((await ask('客厅 aircond 调到 25 度')).proposal).toEqual(['客厅 aircond']);
  });
  it('leaves a sentence whose characters are only the home\'s names, and one with characters it cannot read', async () => {
    const snapshot = await home.engine.index.get();
    expect(chinesePhrasing('神台灯 still on?', snapshot)).toBeUndefined();
    expect(chinesePhrasing('turn off the lights', snapshot)).toBeUndefined();
    expect(chinesePhrasing('鱼缸 换水 开', snapshot)).toBeUndefined();
  });
});
