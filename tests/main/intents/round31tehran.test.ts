// Round 31: a home named in Persian, asked in Persian script (colloquial spellings, Persian digits, Arabic letters
// typed for Persian ones) and in Finglish. Persian says the thing first and the verb last, makes a request of a word
// and the light verb "کن", joins "its", the object marker and the copula to its words, and says a request's reason
// after it (persianPhrasing.ts, persianWords.ts, lexicon/persian.json). Trust fixes the home showed: a schedule that
// names its devices in its own content runs them, and a modem that depends on a UPS is connected to it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mayBePersian } from '../../../src-main/intents/languages/persianWords';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ROOMS: RawEntity[] = [
  { id: 'fa-kitchen', entity_type: 'room', name: 'آشپزخانه', content: {} },
  { id: 'fa-bed', entity_type: 'room', name: 'اتاق خواب', content: {} },
  { id: 'fa-yard', entity_type: 'room', name: 'حیاط', content: {} },
  { id: 'fa-nima', entity_type: 'room', name: 'Otagh-e Nima', content: { description: "Nima's room" } },
];
const DEVICES: RawEntity[] = [
  { id: 'fa-kl', entity_type: 'device', name: 'چراغ آشپزخانه', content: { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 60 } } },
  { id: 'fa-yl', entity_type: 'device', name: 'چراغ حیاط', content: { type: 'light', capabilities: ['on_off'], state: { power: 'off' } } },
  { id: 'fa-nl', entity_type: 'device', name: 'Cheragh Nima', content: { type: 'light', capabilities: ['on_off'], state: { power: 'off' } } },
  { id: 'fa-ac', entity_type: 'device', name: 'کولر گازی اتاق خواب', content: { type: 'climate', capabilities: ['on_off', 'target_temperature'], state: { power: 'on', setpoint: 24 } } },
  { id: 'fa-fridge', entity_type: 'device', name: 'یخچال', content: { state: { temperature: 4 } } },
  { id: 'fa-pump', entity_type: 'device', name: 'پمپ آب', content: { type: 'appliance', capabilities: ['on_off'], state: { power: 'on' } } },
  { id: 'fa-sensor', entity_type: 'device', name: 'سنسور دما', content: { type: 'sensor', state: { temperature: 21, battery: 12 } } },
  { id: 'fa-ups', entity_type: 'device', name: 'UPS', content: { type: 'power', state: { battery: 100 } } },
  { id: 'fa-modem', entity_type: 'device', name: 'مودم', content: { type: 'network', state: { online: true } } },
];
const SCHEDULE: RawEntity = { id: 'fa-sched', entity_type: 'schedule', name: 'پمپ شب', content: { on: '06:00', off: '23:00', devices: ['پمپ آب'] } };
const PLACE_OF = { 'fa-kl': 'fa-kitchen', 'fa-yl': 'fa-yard', 'fa-nl': 'fa-nima', 'fa-ac': 'fa-bed', 'fa-fridge': 'fa-kitchen', 'fa-pump': 'fa-yard', 'fa-sensor': 'fa-bed', 'fa-ups': 'fa-bed', 'fa-modem': 'fa-bed' };

describe('a home named in Persian, asked in Persian and Finglish', () => {
  let h: Harness;
  beforeAll(async () => {
    const entities = [{ id: 'fa-home', entity_type: 'home', name: 'خانه شیراز', content: {} }, ...ROOMS, ...DEVICES, SCHEDULE];
    const edges = [...roomAndDeviceEdges('fa-home', ROOMS, DEVICES, PLACE_OF, 'fa-kitchen'), { from: 'fa-modem', to: 'fa-ups', type: 'depends_on' }];
    h = await openHarness({ homeJson: homeExportJson(entities, edges, 'fa-rel') });
  });
  afterAll(() => h.dispose());
  const ask = (q: string, id = q) => h.responder.respond(q, h.context({ conversationId: id }));
  const targets = (a: Awaited<ReturnType<typeof ask>>) => a?.proposal?.targets.map((t) => t.name) ?? [];

  it('a state asked with the copula joined ("روشنه") is answered', async () => {
    const a = await ask('چراغ آشپزخانه روشنه');
    expect(a?.text).toContain('چراغ آشپزخانه');
    expect(a?.text).toMatch(/Yes/);
  });
  it('"X رو خاموش کن" turns X off, with Arabic letters typed for Persian ones too', async () => {
    expect(targets(await ask('چراغ آشپزخانه رو خاموش کن'))).toEqual(['چراغ آشپزخانه']);
    expect(targets(await ask('چراغ آشپزخانه را خاموش كن'))).toEqual(['چراغ آشپزخانه']);
  });
  it('"روشنش کن سرده" turns on the thing in focus; the reason after the request is left out', async () => {
    await ask('چراغ حیاط روشنه', 'fa-focus');
    expect(targets(await ask('روشنش کن سرده', 'fa-focus'))).toEqual(['چراغ حیاط']);
  });
  it('a setting said with Persian digits sets that number', async () => {
    const a = await ask('کولر گازی اتاق خواب رو بذار روی ۲۲');
    expect(targets(a)).toEqual(['کولر گازی اتاق خواب']);
    expect(JSON.stringify(a?.proposal)).toContain('22');
  });
  it('Finglish with its ezafe finds the name without the room word ("cheragh-e otagh-e nima" is Cheragh Nima)', async () => {
    expect((await ask('cheragh-e otagh-e nima roshane?'))?.text).toContain('Cheragh Nima');
  });
  it('where, a battery and what is in a place colloquially spelled ("آشپزخونه")', async () => {
    expect((await ask('یخچال کجاست'))?.text).toContain('آشپزخانه');
    expect((await ask('باتری سنسور دما چنده'))?.text).toContain('12');
    const inKitchen = (await ask('تو آشپزخونه چی داریم'))?.text ?? '';
    expect(inKitchen).toContain('چراغ آشپزخانه');
    expect(inKitchen).toContain('یخچال');
  });
  it('a schedule that names the pump in its content answers when the pump runs', async () => {
    const a = await ask('when does the پمپ آب run');
    expect(a?.text).toContain('06:00');
    expect(a?.text).not.toMatch(/No schedule/);
  });
  it('a modem that depends on the UPS is connected to it, never "controls nothing"', async () => {
    const a = await ask('UPS به چی وصله');
    expect(a?.text).toContain('مودم');
    expect(a?.text).not.toMatch(/doesn't control/);
  });
  it('a clause the reader cannot read ("اگه …") is never acted on', async () => {
    const a = await ask('اگه آب تموم بشه پمپ رو خاموش کن');
    expect(a?.proposal ?? undefined).toBeUndefined();
  });
  it('the cheap check leaves English and other languages alone', () => {
    expect(mayBePersian('turn off the kitchen light')).toBe(false);
    expect(mayBePersian('chi è in cucina')).toBe(false);
    expect(mayBePersian('چراغ روشنه')).toBe(true);
    expect(mayBePersian('panke ro roshan kon')).toBe(true);
  });
});
