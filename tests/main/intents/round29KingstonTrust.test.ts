// Issue 12, round 29 (a household in Jamaica): three general faults its questions showed. "from morning" said how long
// the power had been off and was read as asking the freezer's schedule ("No schedule or automation runs …"); "open the
// shutters back up" opened the shutter named "… Back" without asking which; "start the pump" ran an automation whose
// name says "Start Pump" instead of asking which pump.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'kt-kitchen', entity_type: 'room', name: 'Scullery', content: {} },
  { id: 'kt-lounge', entity_type: 'room', name: 'Parlour', content: {} },
  { id: 'kt-yard', entity_type: 'room', name: 'Side Yard', content: {} },
  { id: 'kt-drive', entity_type: 'room', name: 'Driveway', content: {} },
  { id: 'kt-out', entity_type: 'zone', name: 'Outside', content: {} },
];
const DEVICES: RawEntity[] = [
  device('kt-freezer', 'Chest Freezer', { type: 'freezer', capabilities: ['temperature'], state: { power: 'on', temperature: -19 } }),
  device('kt-shut-b', 'Storm Shutters Back', { type: 'shutter', capabilities: ['open_close'], state: { position: 'closed' } }),
  device('kt-shut-f', 'Storm Shutters Front', { type: 'shutter', capabilities: ['open_close'], state: { position: 'closed' } }),
  device('kt-pump-a', 'Cistern Pump', { type: 'switch', capabilities: ['on_off'], state: { power: 'off' } }),
  device('kt-pump-b', 'Well Pump', { type: 'switch', capabilities: ['on_off'], state: { power: 'off' } }),
  device('kt-yl', 'Side Yard Light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('kt-dl', 'Driveway Light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('kt-lamp', 'Parlour Lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
];
const AUTOMATION: RawEntity = { id: 'kt-auto', entity_type: 'automation', name: 'Cistern Low - Start Pump', content: { trigger: { device: 'Cistern Pump', below: 20 }, actions: ['Cistern Pump on'] } };
const PLACE = { 'kt-freezer': 'kt-kitchen', 'kt-shut-b': 'kt-kitchen', 'kt-shut-f': 'kt-lounge', 'kt-lamp': 'kt-lounge', 'kt-dl': 'kt-drive' };

let home: Harness;
beforeAll(async () => {
  const entities = [{ id: 'kt-home', entity_type: 'home', name: 'Hillside House', content: {} }, ...ROOMS, ...DEVICES, AUTOMATION];
  const inZone = [{ from: 'kt-yard', to: 'kt-out', type: 'part_of' }, { from: 'kt-drive', to: 'kt-out', type: 'part_of' }, { from: 'kt-out', to: 'kt-home', type: 'part_of' }];
  home = await openHarness({ homeJson: homeExportJson(entities, [...roomAndDeviceEdges('kt-home', ROOMS, DEVICES, PLACE, 'kt-yard'), ...inZone], 'kt-rel') });
});
afterAll(() => home.dispose());

const ask = async (q: string) => {
  const a = await home.responder.respond(q, home.context({ conversationId: `kt-${q}` }));
  return { text: a?.text ?? '', targets: a?.proposal?.targets.map((t) => t.name) ?? [] };
};

describe('a time of day after "from" or "since" asks no time', () => {
  it('"power gone from morning, the chest freezer still cold?" answers the freezer\'s reading', async () => {
    const answer = await ask('Power gone from morning, the chest freezer still cold?');
    expect(answer.text).toContain('-19');
    expect(answer.text).not.toMatch(/No schedule/);
  });
});

describe('"back up" after open is again, no name', () => {
  it('"open the shutters back up" asks which shutters', async () => {
    const answer = await ask('open the shutters back up, storm gone');
    expect(answer.targets).toEqual([]);
    expect(answer.text).toMatch(/Storm Shutters Back/);
    expect(answer.text).toMatch(/Storm Shutters Front/);
  });
  it('"turn the parlour lamp back on" is still turning it on', async () => {
    expect((await ask('turn the parlour lamp back on')).targets).toEqual(['Parlour Lamp']);
  });
});

describe('a device head word is no automation run', () => {
  it('"start the pump" asks which pump rather than running "Cistern Low - Start Pump"', async () => {
    const answer = await ask('start the pump');
    expect(answer.targets).toEqual([]);
    expect(answer.text).toMatch(/Cistern Pump/);
    expect(answer.text).toMatch(/Well Pump/);
  });
  it('"start the well pump" turns it on', async () => {
    expect((await ask('start the well pump')).targets).toEqual(['Well Pump']);
  });
});
