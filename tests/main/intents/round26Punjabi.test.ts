// Issue 12, round 26: romanized Punjabi as the diaspora types it, with a word in Gurmukhi now and then
// (punjabiPhrasing.ts, punjabiWords.ts, lexicon/punjabi.json, the "pa" cues of lexicon/verbFinalCues.json): "da/di/de"
// possessives, "vich/ch", "aa/ne" copulas, kithe/kinne/kado/dasso/kholo, a place after the copula. Its markers never
// fire on English, Swiss German's "aa" or Portuguese "da". Also: a reply to "which one" that names a kind none of the
// candidates is starts a new question, and "what's the <device> schedule" finds the schedule named after the device.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { readInEnglish } from '../../../src-main/intents/languages/readInEnglish';
import { punjabiPhrasing } from '../../../src-main/intents/languages/punjabiPhrasing';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'pa-bai', entity_type: 'room', name: 'Baithak', content: {} },
  { id: 'pa-dad', entity_type: 'room', name: "Dadi's Room", content: {} },
  { id: 'pa-gar', entity_type: 'room', name: 'Garage', content: {} },
  { id: 'pa-bas', entity_type: 'room', name: 'Basement', content: {} },
];
const DEVICES: RawEntity[] = [
  device('pa-lamp', 'Baithak Floor Lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('pa-heat', 'Dadi da Heater', { type: 'plug', capabilities: ['on_off'], description: 'Space heater on a smart plug.', state: { power: 'on' } }),
  device('pa-door', 'Garage Door', { type: 'garage_door', capabilities: ['open_close'], state: { contact: 'closed' } }),
  device('pa-tv', 'Baithak TV', { type: 'tv', capabilities: ['on_off'], state: { power: 'off' } }),
  device('pa-blind', 'Baithak Blinds', { type: 'blinds', capabilities: ['open_close'], description: 'Blinds on the big window.', state: { position: 0 } }),
  device('pa-shade', 'Basement Shade', { type: 'blinds', capabilities: ['open_close'], state: { position: 0 } }),
  device('pa-boiler', 'Boiler', { type: 'boiler', capabilities: ['on_off'], state: { status: 'heating' } }),
  device('pa-stat', 'Hall Thermostat', { type: 'thermostat', capabilities: ['setpoint', 'temperature'], state: { temperature: 20, setpoint: 21 } }),
];
const PLACE = { 'pa-lamp': 'pa-bai', 'pa-heat': 'pa-dad', 'pa-door': 'pa-gar', 'pa-tv': 'pa-bai', 'pa-blind': 'pa-bai', 'pa-shade': 'pa-bas', 'pa-boiler': 'pa-bas', 'pa-stat': 'pa-bai' };
const SCHEDULES: RawEntity[] = [
  { id: 'pa-sch', entity_type: 'schedule', name: 'Boiler Winter Schedule', content: { days: ['Mon', 'Tue'], periods: [{ time: '06:00', setpoint: 21 }, { time: '22:00', setpoint: 18 }] } },
];

let home: Harness;
beforeAll(async () => {
  const edges = [...roomAndDeviceEdges('pa-home', ROOMS, DEVICES, PLACE, 'pa-bai'), { from: 'pa-sch', to: 'pa-stat', type: 'manages' }];
  home = await openHarness({ homeJson: homeExportJson([{ id: 'pa-home', entity_type: 'home', name: 'Gill House', content: {} }, ...ROOMS, ...DEVICES, ...SCHEDULES], edges, 'pa-rel') });
});
afterAll(() => home.dispose());

const ask = async (text: string, conversationId = `pa-${text}`) => {
  const answer = await home.responder.respond(text, home.context({ conversationId }));
  return { text: answer?.text ?? '', cited: answer?.citations.map((c) => c.name) ?? [], proposal: answer?.proposal };
};
const read = async (text: string) => readInEnglish(text, await home.engine.index.get());

describe('romanized Punjabi', () => {
  it('reads the thing first and the question or command last', async () => {
    expect(await read('garage da door bund hai?')).toBe("is garage's door off");
    expect(await read('floor lamp kithe aa?')).toBe('where is floor lamp');
    expect(await read('kinne lights ne?')).toBe('how many lights are there');
    expect(await read('basement ch ki ki aa')).toBe('what is in basement');
    expect(await read('boiler kado chalda aa?')).toBe('when does boiler run');
    expect(await read('thermostat 19 te kar do, we leave friday')).toBe('set thermostat to 19');
  });
  it('a place after the copula, "thik aa", "te … vi" and Gurmukhi words', async () => {
    expect(await read('heater chalu hai Dadi de kamre vich?')).toBe("is the heater in dadi's room on");
    expect(await read('thik aa, band kar do')).toBe('turn it off');
    expect(await read('te ਹੀਟਰ vi')).toBe('and heater too');
    expect(await read('ਬੱਤੀ band kar do mere kamre di')).toBe("turn off my room's light");
  });
  it('answers and proposes for the right device', async () => {
    expect((await ask('garage da door bund hai?')).text).toMatch(/closed/);
    expect((await ask('heater chalu hai Dadi de kamre vich?')).text).toMatch(/Dadi da Heater is on/);
    expect((await ask('garage wala door kholo, groceries aa gayian')).proposal?.targets.map((t) => t.name)).toEqual(['Garage Door']);
  });
  it('English, Swiss German and Portuguese are not read as Punjabi', async () => {
    const snapshot = await home.engine.index.get();
    for (const said of ['turn on the lamp', 'isch s Liecht aa?', 'nível da piscina?', 'is the door locked', 'la luz de la cocina', 'vi har ingen lampe']) expect(punjabiPhrasing(said, snapshot)).toBeUndefined();
  });
});

describe('English around it', () => {
  it('"is the tv on" after "which blinds" is a new question, not a pick', async () => {
    const id = 'pa-tv-after-clarify';
    expect((await ask('open the blinds', id)).text).toMatch(/Which one/);
    const tv = await ask('is the tv on', id);
    expect(tv.proposal).toBeFalsy();
    expect(tv.text).toMatch(/Baithak TV is off/);
  });
  it('"what\'s the boiler schedule" names the schedule called after the boiler', async () => {
    expect((await ask("what's the boiler schedule")).cited).toContain('Boiler Winter Schedule');
  });
});
