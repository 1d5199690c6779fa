// Round 33, a Prairie acreage: a zone named by joining its parts ("Yard & barn"), a yard described by the buildings
// around it ("gravel yard between the house, barn and machine shed"), a room described by how it feels ("cold in
// winter"), a trail camera named "<what> - <where>", a stove with an `aka` in Ukrainian, a maker called "Easy Heat", a
// plug whose notes say it drives an electric blanket, and the farm family's English: "shed heat on eh", "genny ready?",
// "yard light on im headin out". Written on a small home of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponderAnswer } from '../../../src-main/chat/Responder';
import { runOnClause } from '../../../src-main/intents/runOnClause';
import { homeExportJson, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const PLACES: RawEntity[] = [
  { id: 'sa-house', entity_type: 'zone', name: 'House', content: {} },
  { id: 'sa-out', entity_type: 'zone', name: 'Yard & barn', content: { description: 'yard site: the horse barn, machine shed, the pasture' } },
  { id: 'sa-kitchen', entity_type: 'room', name: 'Kitchen', content: {} },
  { id: 'sa-den', entity_type: 'room', name: 'Den', content: { description: 'cold in winter' } },
  { id: 'sa-yard', entity_type: 'room', name: 'Yard', content: { description: 'gravel yard between the house, barn and machine shed; trucks park by the fence' } },
  { id: 'sa-barn', entity_type: 'room', name: 'Horse barn', content: {} },
  { id: 'sa-shed', entity_type: 'room', name: 'Machine shed', content: {} },
  { id: 'sa-pasture', entity_type: 'room', name: 'East pasture', content: {} },
  { id: 'sa-lake', entity_type: 'zone', name: 'Dock & boathouse', content: {} },
  { id: 'sa-boathouse', entity_type: 'room', name: 'Old boathouse', content: {} },
  { id: 'sa-dock', entity_type: 'room', name: 'Dock', content: {} },
];
const DEVICES: RawEntity[] = [
  device('sa-barnlights', 'Barn lights', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('sa-barntemp', 'Barn thermometer', { type: 'sensor', capabilities: ['temperature'], state: { temperature: -7 } }),
  device('sa-yardlight', 'Yard light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('sa-outtemp', 'Outdoor thermometer', { type: 'sensor', capabilities: ['temperature'], state: { temperature: -28 } }),
  device('sa-genny', 'Standby generator', { type: 'energy', manufacturer: 'Kohler', capabilities: ['on_off'], state: { status: 'ready' } }),
  device('sa-shedheat', 'Shed heater', { type: 'climate', capabilities: ['on_off', 'temperature'], state: { power: 'on', temperature: 9 } }),
  device('sa-shedtemp', 'Shed thermometer', { type: 'sensor', capabilities: ['temperature'], state: { temperature: -17 } }),
  device('sa-cable', 'Water line heat cable', { type: 'heater', manufacturer: 'Easy Heat', capabilities: ['on_off'], state: { power: 'on' } }),
  device('sa-cam', 'Trail cam - east gate', { type: 'security', capabilities: ['camera', 'battery'], state: { battery: 30, last_photo: '2026-01-10 02:10 (a moose)' } }),
  device('sa-yardcam', 'Yard cam', { type: 'security', capabilities: ['camera'], state: { streaming: true } }),
  device('sa-stove', 'Cast iron stove', { type: 'climate', capabilities: ['temperature'], state: { status: 'burning', stove_top_temp: 240 }, aka: 'pich (Gido)' }),
  device('sa-denlamp', 'Den lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('sa-blanket', 'Bed plug', { type: 'plug', capabilities: ['on_off'], state: { power: 'off' }, notes: "Marta's electric blanket" }),
  device('sa-boatlight', 'Boathouse light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('sa-coffee', 'Counter plug', { type: 'plug', capabilities: ['on_off'], state: { power: 'off' }, notes: 'the coffee maker' }),
];
const PLACE: Record<string, string> = {
  'sa-barnlights': 'sa-barn', 'sa-barntemp': 'sa-barn', 'sa-yardlight': 'sa-yard', 'sa-outtemp': 'sa-yard', 'sa-genny': 'sa-yard', 'sa-shedheat': 'sa-shed', 'sa-shedtemp': 'sa-shed',
  'sa-cable': 'sa-yard', 'sa-cam': 'sa-pasture', 'sa-yardcam': 'sa-yard', 'sa-stove': 'sa-kitchen', 'sa-denlamp': 'sa-den', 'sa-blanket': 'sa-den', 'sa-coffee': 'sa-kitchen', 'sa-boatlight': 'sa-boathouse',
};
const ZONE: Record<string, string> = { 'sa-kitchen': 'sa-house', 'sa-den': 'sa-house', 'sa-yard': 'sa-out', 'sa-barn': 'sa-out', 'sa-shed': 'sa-out', 'sa-pasture': 'sa-out', 'sa-boathouse': 'sa-lake', 'sa-dock': 'sa-lake' };

describe('round 33: a Prairie acreage and its farm English', () => {
  let h: Harness;
  beforeAll(async () => {
    const home: RawEntity = { id: 'sa-home', entity_type: 'home', name: 'Sunnyslope acres', content: {} };
    const edges = [
      { from: 'sa-house', to: 'sa-home', type: 'part_of' },
      { from: 'sa-out', to: 'sa-home', type: 'part_of' },
      { from: 'sa-lake', to: 'sa-home', type: 'part_of' },
      ...Object.entries(ZONE).map(([room, zone]) => ({ from: room, to: zone, type: 'part_of' })),
      ...DEVICES.map((d) => ({ from: d.id, to: PLACE[d.id] ?? 'sa-kitchen', type: 'located_in' })),
    ];
    h = await openHarness({ homeJson: homeExportJson([home, ...PLACES, ...DEVICES], edges, 'sa-rel') });
  });
  afterAll(() => h.dispose());
  const ask = async (q: string): Promise<ResponderAnswer | undefined> => h.responder.respond(q, h.context({ conversationId: q }));
  const text = async (q: string): Promise<string> => (await ask(q))?.text ?? '';

  it('a neighbour a description lists is that other place, never the described one ("the barn" is not the yard)', async () => {
    expect(await text("what's in the barn")).toMatch(/Barn lights/);
    expect(await text("what's in the barn")).not.toMatch(/Yard light/);
    expect(await text('barn temp')).toMatch(/-7/);
    expect((await ask('kill the barn lights'))?.proposal?.targets.map((t) => t.name)).toEqual(['Barn lights']);
  });

  it('a word of a zone joined from its parts is the place inside it that is that thing ("the boathouse")', async () => {
    expect(await text("what's in the boathouse")).toMatch(/Boathouse light/);
    expect(await text("what's in the boathouse")).not.toMatch(/Dock/);
  });

  it('"cold in winter" says how a room feels: "how cold is it in the machine shed" is the shed', async () => {
    expect(await text('how cold is it in the machine shed')).toMatch(/-17/);
    expect(await text('how cold is it in the machine shed')).not.toMatch(/Den/);
  });

  it('a camera named "<what> - <where>" is a camera, called by its place first ("the east gate cam")', async () => {
    expect(await text('anything on the east gate cam')).toMatch(/moose/);
    expect(await text('how many cameras are there')).toMatch(/2 cameras|two cameras/);
  });

  it('an `aka` is a name people say ("pich" for the stove)', async () => {
    expect(await text('how hot is pich now')).toMatch(/240/);
    expect(await text('how hot is pich now')).not.toMatch(/Shed thermometer/);
  });

  it('"heat" of the maker "Easy Heat" names no maker: "shed heat on eh" asks the shed', async () => {
    const said = await text('shed heat on eh');
    expect(said).toMatch(/Shed heater/);
    expect(said).not.toMatch(/Water line heat cable/);
  });

  it('reads the farm family\'s English: genny, a last "eh", dropped g\'s, a run-on reason', async () => {
    expect(await text('genny ready to go?')).toMatch(/ready/);
    expect((await ask('yard light on im headin out there'))?.proposal?.targets.map((t) => t.name)).toEqual(['Yard light']);
    expect(runOnClause('turn the heat up im freezing')).toBe('turn the heat up, im freezing');
    for (const q of ['wie viele geräte sind im wohnzimmer', 'licht im flur an', 'what room am i in', 'where im sleeping is the den', 'is it on, im asking', 'turn on the light where im sitting']) expect(runOnClause(q)).toBe(q);
  });

  it('"out there" after a question about a place is that place', async () => {
    const said = await h.dialog('barn temp', 'are the lights on out there');
    expect(said.text).toMatch(/Barn lights is on/);
    expect(said.text).not.toMatch(/Yard light/);
  });

  it('a plug whose notes say it drives an electric blanket is heating: its command is tier 3', async () => {
    expect((await ask('turn on the bed plug'))?.proposal?.tier).toBe(3);
    expect((await ask('turn on the counter plug'))?.proposal?.tier).toBe(2);
  });
});
