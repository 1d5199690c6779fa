// Colloquial German (Swiss and Austrian) and coastal Swahili commands that lean on the conversation: the lone
// pronoun "des"/"dem" before a place ("mach des im Stübli aus"), a place adverb after a pronoun ("stell's dort auf
// 19 Grad"), a bare particle ("sperr auf"), a reason after the comma ("…, die Nachbarin kommt", "…, Rehema anakuja"),
// the possessive "-ake" (his/her thing) and a floor ("zima zote za juu"). Two small homes written here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInEnglish } from '../../../src-main/intents/languages/readInEnglish';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

async function ask(h: Harness, conversationId: string, ...turns: string[]): Promise<{ text: string; targets: string[] }> {
  let last: Awaited<ReturnType<Harness['responder']['respond']>>;
  for (const turn of turns) last = await h.responder.respond(turn, h.context({ conversationId }));
  return { text: last?.text ?? '(declined)', targets: (last?.proposal?.targets ?? []).map((t) => t.name).sort() };
}

function openHome(entities: RawEntity[], placeOf: Record<string, string>, homeId: string, fallback: string): Promise<Harness> {
  const rooms = entities.filter((e) => e.entity_type === 'room');
  const devices = entities.filter((e) => e.entity_type === 'device');
  return openHarness({ homeJson: homeExportJson(entities, roomAndDeviceEdges(homeId, rooms, devices, placeOf, fallback), `${homeId}-rel`) });
}

const SWISS: RawEntity[] = [
  { id: 'ch-home', entity_type: 'home', name: 'Huus Brändli', content: {} },
  { id: 'ch-stuebli', entity_type: 'room', name: 'Stübli', content: {} },
  { id: 'ch-chuchi', entity_type: 'room', name: 'Chuchi', content: {} },
  { id: 'ch-schlaf', entity_type: 'room', name: 'Schlafstube', content: {} },
  { id: 'ch-gang', entity_type: 'room', name: 'Gang', content: {} },
  { id: 'ch-decke', entity_type: 'device', name: 'Deckenlampe Stübli', content: { type: 'lighting', capabilities: ['on/off'], state: { on: true } } },
  { id: 'ch-steh', entity_type: 'device', name: 'Stehlampe Chuchi', content: { type: 'lighting', capabilities: ['on/off'], state: { on: true } } },
  { id: 'ch-rad', entity_type: 'device', name: 'Radiator Schlafstube', content: { type: 'climate', capabilities: ['temperature', 'setpoint'], state: { temperature: '17.5 °C', target_temperature: '18 °C' } } },
  { id: 'ch-rad2', entity_type: 'device', name: 'Radiator Stübli', content: { type: 'climate', capabilities: ['temperature', 'setpoint'], state: { temperature: '21.5 °C', target_temperature: '22 °C' } } },
  { id: 'ch-schloss', entity_type: 'device', name: 'Türschloss', content: { type: 'security', description: 'motor lock on the apartment door', capabilities: ['lock/unlock'], state: { locked: true } } },
];
const SWISS_PLACE = { 'ch-decke': 'ch-stuebli', 'ch-steh': 'ch-chuchi', 'ch-rad': 'ch-schlaf', 'ch-rad2': 'ch-stuebli', 'ch-schloss': 'ch-gang' };

describe('colloquial German commands that lean on the last answer (Swiss home)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHome(SWISS, SWISS_PLACE, 'ch-home', 'ch-gang');
  });
  afterAll(() => h.dispose());

  it('"des"/"dem" alone before a place is "the one in": "mach des im Stübli aus" after the lights that are on', async () => {
    expect((await ask(h, 'c1', 'welche Lichter sind an', 'mach des im Stübli aus')).targets).toEqual(['Deckenlampe Stübli']);
  });

  it('a place adverb after the pronoun adds nothing: "stell\'s dort auf 19 Grad" sets the radiator just asked about', async () => {
    const set = await ask(h, 'c2', 'wie warm ist es in der Schlafstube', "stell's dort auf 19 Grad");
    expect(set.targets).toEqual(['Radiator Schlafstube']);
    expect(set.text).toContain('19');
  });

  it('a bare particle acts on the thing just talked about, and the reason after the comma is no target', async () => {
    const unlock = await ask(h, 'c3', 'ist das Türschloss zu', 'sperr auf, die Nachbarin kommt');
    expect(unlock.targets).toEqual(['Türschloss']);
    expect(unlock.text).toMatch(/unlock/i);
  });

  it('"stell sie auf 21" is "set it", not the polite "Sie"; "da" before a noun is the article', () => {
    return h.engine.index.get().then((snapshot) => {
      expect(readInEnglish('stell sie auf 21', snapshot)).toBe('set it to 21');
      expect(readInEnglish('wo is da Radiator Stübli', snapshot)).toMatch(/^where is radiator stübli\?$/i);
      expect(readInEnglish('schalten Sie die Stehlampe Chuchi ein', snapshot)).toMatch(/^turn on stehlampe chuchi$/i);
    });
  });

  it('English is not rewritten, even with a comma and a reason', () => {
    return h.engine.index.get().then((snapshot) => {
      for (const text of ['set it there to 20', 'turn off the one in the Stübli']) {
        expect(readInEnglish(text, snapshot), text).toBe(text);
      }
      // The reason after the comma is left out, as every aside after a whole command is (spokenAsides.ts); the
      // command itself is not rewritten.
      expect(readInEnglish('unlock it, the neighbour is coming', snapshot)).toBe('unlock it');
    });
  });
});

const COAST: RawEntity[] = [
  { id: 'tz-home', entity_type: 'home', name: 'Nyumba ya Bi Mwanaisha', content: {} },
  { id: 'tz-ukumbi', entity_type: 'room', name: 'Ukumbi', content: {} },
  { id: 'tz-omari', entity_type: 'room', name: 'Chumba cha Omari', content: {} },
  { id: 'tz-mlango', entity_type: 'room', name: 'Mlangoni', content: {} },
  { id: 'tz-feni', entity_type: 'device', name: 'Feni ya Omari', content: { type: 'climate', description: 'ceiling fan', capabilities: ['on/off', 'speed'], state: { on: true, speed: 2 } } },
  { id: 'tz-mbu', entity_type: 'device', name: 'Kiua mbu cha Omari', content: { type: 'appliance', description: 'mosquito killer', capabilities: ['on/off'], state: { on: true } } },
  { id: 'tz-taa', entity_type: 'device', name: 'Taa ya Omari', content: { type: 'lighting', capabilities: ['on/off'], state: { on: false } } },
  { id: 'tz-taa-ukumbi', entity_type: 'device', name: 'Taa za ukumbi', content: { type: 'lighting', capabilities: ['on/off'], state: { on: true } } },
  { id: 'tz-kufuli', entity_type: 'device', name: 'Kufuli ya mlango', content: { type: 'security', description: 'smart lock on the front door', capabilities: ['lock/unlock'], state: { locked: true } } },
];
const COAST_PLACE = { 'tz-feni': 'tz-omari', 'tz-mbu': 'tz-omari', 'tz-taa': 'tz-omari', 'tz-taa-ukumbi': 'tz-ukumbi', 'tz-kufuli': 'tz-mlango' };

describe('coastal Swahili commands: possessives, floors and reasons (Tanzanian home)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHome(COAST, COAST_PLACE, 'tz-home', 'tz-ukumbi');
  });
  afterAll(() => h.dispose());

  it('"-ake" in a command is whose the thing is: his mosquito killer, not a part of the fan just asked about', async () => {
    const off = await ask(h, 's1', 'chumba cha Omari kuna nini', 'feni yake imewaka?', 'zima kiua mbu chake');
    expect(off.targets).toEqual(['Kiua mbu cha Omari']);
  });

  it('"ikoje", "likoje" (how is it, the copula with "-je") ask the thing\'s state', async () => {
    expect((await ask(h, 's2', 'kufuli ya mlango ikoje')).text).toMatch(/Kufuli ya mlango is locked|locked/);
  });

  it('a floor after the connector, a reason after the comma', () => {
    return h.engine.index.get().then((snapshot) => {
      expect(readInEnglish('zima zote za juu', snapshot)).toBe('turn off all of them upstairs');
      expect(readInEnglish('zima zote za chini', snapshot)).toBe('turn off all of them downstairs');
      expect(readInEnglish('ifunge, wageni wanakuja', snapshot)).toBe(readInEnglish('ifunge', snapshot));
      // A clause that names something of the home is no reason: it stays.
      expect(readInEnglish('zima taa za ukumbi, feni pia', snapshot)).not.toBe(readInEnglish('zima taa za ukumbi', snapshot));
    });
  });

  it('English with a comma is read as before', () => {
    return h.engine.index.get().then((snapshot) => {
      // The reason after the comma is left out (spokenAsides.ts); the command itself is read as typed.
      expect(readInEnglish('lock it, guests are coming', snapshot)).toBe('lock it');
    });
  });
});
