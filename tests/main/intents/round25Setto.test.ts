// Issue 12, round 25: commands that give a number, a direction or a dialect verb. "baixa pra 21", "coloca em 22"
// (read "lower to 21", "set to 22") and "mach lüüter, uf 25", "leiser bitte, auf 10" name no device: they are about
// the one in focus (numberTarget.ts). "set it at 24 and switch on" is one proposal for both (controlActions.ts). Hong
// Kong English "saan it", "entrance light hoi" switch off and on, while Tagalog "saan yung …" stays a where-question
// (cantoneseVerbs.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'st-living', entity_type: 'room', name: 'Lounge', content: {} },
  { id: 'st-bed', entity_type: 'room', name: 'Den', content: {} },
];
const DEVICES: RawEntity[] = [
  device('st-ac', 'Lounge AC', { type: 'air_conditioner', capabilities: ['on_off', 'setpoint'], state: { power: 'off', setpoint_c: 23, temperature_c: 27 } }),
  device('st-light', 'Lounge Lamp', { type: 'light', capabilities: ['on_off', 'dimming'], state: { power: 'on', brightness: 80 } }),
  device('st-speaker', 'Den Speaker', { type: 'speaker', capabilities: ['power', 'volume'], state: { power: 'on', volume: 20 } }),
  device('st-entry', 'Hall Light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('st-tank', 'Water Tank Sensor', { type: 'sensor', capabilities: ['level'], state: { level: 70 } }),
];
const PLACE = { 'st-ac': 'st-living', 'st-light': 'st-living', 'st-speaker': 'st-bed', 'st-entry': 'st-living', 'st-tank': 'st-bed' };

let home: Harness;
beforeAll(async () => {
  const edges = roomAndDeviceEdges('st-home', ROOMS, DEVICES, PLACE, 'st-living');
  home = await openHarness({ homeJson: homeExportJson([{ id: 'st-home', entity_type: 'home', name: 'Flat', content: {} }, ...ROOMS, ...DEVICES], edges, 'st-rel') });
});
afterAll(() => home.dispose());

let conversation = 0;
const talk = async (...turns: string[]) => {
  const conversationId = `st-${++conversation}`;
  let last;
  for (const text of turns) last = await home.responder.respond(text, home.context({ conversationId }));
  return { text: last?.text ?? '', targets: last?.proposal?.targets.map((t) => t.name) ?? [], state: last?.proposal };
};

describe('a number with no device is about the device in focus', () => {
  it('"set to 22" and "baixa pra 21" after the AC set the AC', async () => {
    expect((await talk('is the lounge ac on', 'set to 22')).targets).toEqual(['Lounge AC']);
    expect((await talk('is the lounge ac on', 'baixa pra 21')).targets).toEqual(['Lounge AC']);
  });
  it('"mach lüüter, uf 25" and "leiser bitte, auf 10" after the speaker set its volume', async () => {
    expect((await talk('is the den speaker on', 'mach lüüter, uf 25')).targets).toEqual(['Den Speaker']);
    expect((await talk('is the den speaker on', 'leiser bitte, auf 10')).targets).toEqual(['Den Speaker']);
  });
  it('"lower volume to 10" is the focused device\'s volume, never another device in its room', async () => {
    expect((await talk('is the den speaker on', 'lower volume to 10')).targets).toEqual(['Den Speaker']);
  });
  it('with nothing in focus nothing is proposed', async () => {
    expect((await talk('set to 22')).targets).toEqual([]);
  });
});

describe('"set it at 24 and switch on" is one proposal', () => {
  it('sets the setpoint and switches the AC on', async () => {
    const answer = await talk('is the lounge ac on', 'set it at 24 and switch on');
    expect(answer.targets).toEqual(['Lounge AC']);
    expect(answer.text).toMatch(/24°C and switch it on/);
  });
});

describe('Hong Kong English hoi/saan, Tagalog saan', () => {
  it('"saan it" switches off the device in focus', async () => {
    expect((await talk('is the lounge lamp on', 'saan it')).targets).toEqual(['Lounge Lamp']);
  });
  it('"hall light hoi" (verb last) switches it on', async () => {
    expect((await talk('hall light hoi la')).targets).toEqual(['Hall Light']);
  });
  it('"hoi lounge ac 24 degree" switches it on at 24', async () => {
    const answer = await talk('hoi lounge ac 24 degree');
    expect(answer.targets).toEqual(['Lounge AC']);
    expect(answer.text).toMatch(/24°C and switch it on/);
  });
  it('"saan yung water tank sensor" stays a where-question', async () => {
    const answer = await talk('saan yung water tank sensor');
    expect(answer.targets).toEqual([]);
    expect(answer.text).toMatch(/Den/);
  });
});
