// "any X on/open?", "anything open?", "any smoke?": a household's everyday aggregate questions read the state of every
// device of that kind (there) and say which match or that none do; what counts as on, open or detecting comes from the
// state fields (`on`, `position`, `open`, `wet`, a smoke detector's `status`), never from the devices' names. A home
// written in Swahili, asked in English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './intentHarness';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';

const home: RawEntity = { id: 'sw-home', entity_type: 'home', name: 'Nyumba ya Baraka', content: {} };
const rooms: RawEntity[] = [
  { id: 'sw-sebule', entity_type: 'room', name: 'Sebule', content: {} },
  { id: 'sw-jikoni', entity_type: 'room', name: 'Jikoni', content: {} },
  { id: 'sw-amani', entity_type: 'room', name: 'Chumba cha Amani', content: {} },
];
const device = (id: string, name: string, type: string, capabilities: string[], state: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content: { type, capabilities, state } });
const devices: RawEntity[] = [
  device('sw-taa-sebule', 'Taa ya sebule', 'lighting', ['on/off'], { on: false }),
  device('sw-taa-jikoni', 'Taa ya jikoni', 'lighting', ['on/off'], { on: true }),
  device('sw-taa-amani', 'Taa ya Amani', 'lighting', ['on/off', 'brightness'], { on: false, brightness: 0 }),
  device('sw-hita', 'Hita ya Amani', 'climate', ['on/off', 'power_meter'], { on: false, power_w: 0 }),
  device('sw-pazia-sebule', 'Pazia la sebule', 'cover', ['open/close', 'position'], { position: 100 }),
  device('sw-pazia-amani', 'Pazia la Amani', 'cover', ['open/close', 'position'], { position: 0 }),
  device('sw-gereji', 'Mlango wa gereji', 'garage_door', ['open/close'], { open: false }),
  device('sw-vali', 'Vali kuu ya maji', 'water_valve', ['valve'], { valve: 'open' }),
  device('sw-moshi-sebule', 'Kigunduzi cha moshi sebule', 'sensor', ['smoke', 'battery'], { status: 'normal', battery: '90%' }),
  device('sw-moshi-jikoni', 'Kigunduzi cha moshi jikoni', 'sensor', ['smoke', 'battery'], { status: 'alarm', battery: '80%' }),
  device('sw-maji', 'Kigunduzi cha maji jikoni', 'sensor', ['water_leak', 'battery'], { wet: false, battery: '70%' }),
];
const placeOf: Record<string, string> = {
  'sw-taa-jikoni': 'sw-jikoni', 'sw-moshi-jikoni': 'sw-jikoni', 'sw-maji': 'sw-jikoni',
  'sw-taa-amani': 'sw-amani', 'sw-hita': 'sw-amani', 'sw-pazia-amani': 'sw-amani',
};

describe('aggregate state questions on a Swahili home', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ homeJson: homeExportJson([home, ...rooms, ...devices], roomAndDeviceEdges(home.id, rooms, devices, placeOf, 'sw-sebule'), 'sw') });
  });
  afterAll(() => h.dispose());
  const ask = async (q: string) => {
    const a = await h.responder.respond(q, h.context({ conversationId: q }));
    return { text: a?.text ?? '', cited: a?.citations.map((c) => c.name) ?? [], proposal: a?.proposal };
  };

  it('"any lamps on in …" without its verb reads every lamp there, and says none is on with what it read', async () => {
    const a = await ask('any lamps on in chumba cha amani');
    expect(a.text).toMatch(/^No lights in (the )?Chumba cha Amani are on \(Taa ya Amani: off\)/);
    expect(a.cited).toContain('Taa ya Amani');
  });

  it('"any lights on in …" names the ones on, out of those read', async () => {
    const a = await ask('any lights on in jikoni?');
    expect(a.text).toContain('Taa ya jikoni');
    expect(a.text).not.toMatch(/\bno\b/i);
  });

  it('"heaters on in …?" asked with a question mark is a question over the kind, not a command; an unclassified heater is offered with its state', async () => {
    const a = await ask('heaters on in chumba cha amani?');
    expect(a.proposal).toBeFalsy();
    expect(a.text).toMatch(/^No device in (the )?Chumba cha Amani is classified as a heater, .*may be one: Hita ya Amani\. If it is that one: Hita ya Amani is off\./);
  });

  it('"anything left open?" reads every open/closed state: the blind that is up, not the closed garage door or the water valve', async () => {
    const a = await ask('anything left open?');
    expect(a.text).toMatch(/^Yes — 1 of 3 things with an open\/closed reading is open: Pazia la sebule\./);
    expect(a.cited).toEqual(['Pazia la sebule']);
    expect(a.text).not.toContain('Vali kuu');
  });

  it('"are the blinds down" is asked of all of them: each one is said', async () => {
    const a = await ask('are the blinds down');
    expect(a.text).toContain('1 of 2 blinds is closed (down): Pazia la Amani; Pazia la sebule is open (up)');
    expect(a.cited).toEqual(expect.arrayContaining(['Pazia la Amani', 'Pazia la sebule']));
  });

  it('"any smoke?" reads each smoke detector\'s status: the one in alarm, the other clear', async () => {
    const a = await ask('any smoke?');
    expect(a.text).toMatch(/^Yes: Kigunduzi cha moshi jikoni reports smoke detected \(alarm\)\. The other one \(Kigunduzi cha moshi sebule\) reads clear\./);
  });

  it('"any leaks" reads the leak sensor rather than asking which device called "maji" is meant', async () => {
    const a = await ask('any leaks');
    expect(a.text).toMatch(/^Kigunduzi cha maji jikoni\b[^.]*: no water leak detected/);
    expect(a.cited).toEqual(['Kigunduzi cha maji jikoni']);
  });
});
