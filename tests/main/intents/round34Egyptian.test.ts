// Issue 12, round 34: Egyptian Arabic as a Cairo household types it, in Arabic script and in Arabizi (Latin letters
// with digits for letters: "efta7 el takyeef", "el kalon ma2fool?") (egyptianPhrasing.ts, egyptianWords.ts,
// lexicon/egyptian.json): the verb first, the state or question word last, "افتح"/"اقفل" read from the thing named, a
// reason after the request left out, Arabizi words found among the home's Arabic-script names by their consonants.
// English, Persian and Urdu sentences are never read as Egyptian.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { readInEnglish } from '../../../src-main/intents/languages/readInEnglish';
import { egyptianPhrasing } from '../../../src-main/intents/languages/egyptianPhrasing';
import { mayBeEgyptian } from '../../../src-main/intents/languages/egyptianWords';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'eg-liv', entity_type: 'room', name: 'الصالة', content: {} },
  { id: 'eg-kit', entity_type: 'room', name: 'المطبخ', content: {} },
  { id: 'eg-bal', entity_type: 'room', name: 'البلكونة', content: {} },
  { id: 'eg-omar', entity_type: 'room', name: '2odet Omar', content: {} },
];
const DEVICES: RawEntity[] = [
  device('eg-ac', 'تكييف الصالة', { type: 'air_conditioner', capabilities: ['on_off', 'setpoint', 'temperature'], state: { power: 'on', setpoint: 24, temperature: 21 } }),
  device('eg-light', 'نور المطبخ', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('eg-shutter', 'شيش البلكونة', { type: 'blind', capabilities: ['open_close', 'position'], state: { position: 0, status: 'closed' } }),
  device('eg-pump', 'موتور المية', { type: 'plumbing', capabilities: ['on_off'], state: { power: 'off' } }),
  device('eg-omar-ac', 'takyeef Omar', { type: 'air_conditioner', capabilities: ['on_off', 'setpoint'], state: { power: 'off', setpoint: 22 } }),
];
const PLACE = { 'eg-ac': 'eg-liv', 'eg-light': 'eg-kit', 'eg-shutter': 'eg-bal', 'eg-pump': 'eg-kit', 'eg-omar-ac': 'eg-omar' };

let home: Harness;
beforeAll(async () => {
  const edges = roomAndDeviceEdges('eg-home', ROOMS, DEVICES, PLACE, 'eg-liv');
  home = await openHarness({ homeJson: homeExportJson([{ id: 'eg-home', entity_type: 'home', name: 'شقة مدينة نصر', content: {} }, ...ROOMS, ...DEVICES], edges, 'eg-rel') });
});
afterAll(() => home.dispose());

const ask = async (text: string, conversationId = `eg-${text}`) => {
  const answer = await home.responder.respond(text, home.context({ conversationId }));
  return { text: answer?.text ?? '', proposal: answer?.proposal };
};
const read = async (text: string) => readInEnglish(text, await home.engine.index.get());

describe('Egyptian Arabic in its script', () => {
  it('reads a state after the thing, a question word last and a verb first', async () => {
    expect(await read('التكييف اللي في الصالة شغال؟')).toBe('is the air conditioner in الصالة on');
    expect(await read('تكييف الصالة متظبط على كام')).toBe('what is تكييف الصالة set to');
    expect(await read('الموتور فين')).toBe('where is موتور المية');
    expect(await read('إيه الأجهزة اللي في المطبخ')).toBe('what devices are in المطبخ');
  });
  it('reads "افتح"/"اقفل" from the thing, and leaves a reason out', async () => {
    expect(await read('اقفل شيش البلكونة')).toBe('close شيش البلكونة');
    expect(await read('اقفل نور المطبخ')).toBe('turn off نور المطبخ');
    expect(await read('خلي تكييف الصالة على 22، تيتا بردانة')).toBe('set تكييف الصالة to 22');
  });
  it('proposes for the right device', async () => {
    expect((await ask('شغل الموتور')).proposal?.targets.map((t) => t.name)).toEqual(['موتور المية']);
    expect((await ask('افتح شيش البلكونة')).proposal?.targets.map((t) => t.name)).toEqual(['شيش البلكونة']);
  });
});

describe('Arabizi', () => {
  it('reads digits for letters and finds Arabic-script names by their consonants', async () => {
    expect(await read('el takyeef fel sala sha3\'al?')).toBe('is the air conditioner in الصالة on');
    expect(await read('ezay aro7 men 2odet Omar lel balakona')).toBe('how do i get from 2odet Omar to البلكونة');
    expect(await read('takyeef Omar 3ala kam')).toBe('what is takyeef Omar set to');
  });
  it('answers', async () => {
    expect((await ask('el nour fel matbakh sha3\'al?')).text).toMatch(/off/);
  });
});

describe('what is not Egyptian', () => {
  it('leaves English, Persian and Urdu alone', async () => {
    const snapshot = await home.engine.index.get();
    for (const said of ['turn on the kitchen light', 'is the light in 2odet Omar on', 'چراغ آشپزخانه رو خاموش کن', 'کچن کی لائٹ جلا دو', 'el salon tiene luz']) expect(egyptianPhrasing(said, snapshot)).toBeUndefined();
    expect(mayBeEgyptian('what is the temperature')).toBe(false);
  });
});
