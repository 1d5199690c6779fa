// Issue 12, round 37: wrong nones a household can't trust. A device exported without a description says what it is in
// its notes ("gas combi boiler, …": deviceKinds.ts via describingText in describedAs.ts), and only their first part
// ("wood stove, grandpa lights it every morning" is no light); "the boiler" whose one name-member is written in another
// script ("бойлер") is either boiler, so what controls it is answered for both and a state question asks which
// (slotMentions.ts); "outside, the yard" is the zone both words name, not its one room (narrowByFloor in
// slotMentions.ts); "what does the Kasa app control in the barnyard" answers for that app only (answerApps.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEdge, RawEntity } from './homeExportJson';
import { askingOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room, zone } from './smallHome';

const PLACES: RawEntity[] = [
  { id: 't37-home', entity_type: 'home', name: 'Farm on the hill', content: {} },
  zone('t37-flat', 'Flat'),
  zone('t37-village', 'Village house'),
  zone('t37-yard', 'Yard & carport', { description: 'carport on the side, backyard with the mango tree + outdoor shower' }),
  zone('t37-barnyard', 'Barnyard', { description: 'the barn and the coop' }),
  room('t37-kitchen', 'Kitchen'),
  room('t37-vbath', 'Village bathroom'),
  room('t37-vroom', 'Big room'),
  room('t37-backyard', 'Backyard', { description: 'mango tree, outdoor shower' }),
  room('t37-carport', 'Carport', { description: '2-car carport, EV charger' }),
  room('t37-barn', 'Barn'),
];
const ZONE_OF: Record<string, string> = {
  't37-kitchen': 't37-flat', 't37-vbath': 't37-village', 't37-vroom': 't37-village', 't37-backyard': 't37-yard',
  't37-carport': 't37-yard', 't37-barn': 't37-barnyard',
};
const APPS: RawEntity[] = [
  { id: 't37-kasa', entity_type: 'app', name: 'Kasa', content: { vendor: 'TP-Link' } },
  { id: 't37-reolink', entity_type: 'app', name: 'Reolink', content: { vendor: 'Reolink' } },
];
const DEVICES: RawEntity[] = [
  device('t37-boyler', 'бойлер', { type: 'climate', capabilities: ['on_off', 'setpoint', 'temperature'], state: { power: 'on', setpoint: 60, temperature: 55 }, notes: 'electric water heater in the village' }),
  device('t37-kvabi', 'ქვაბი', { type: 'climate', capabilities: ['heating', 'hot_water', 'setpoint'], state: { power: 'on', hot_water_setpoint: 50 }, notes: 'gas combi boiler, everyone calls it the kolonka' }),
  device('t37-thermo', 'Room thermostat', { type: 'thermostat', capabilities: ['setpoint', 'temperature'], state: { setpoint: 21, temperature: 20 } }),
  device('t37-stove', 'Pechka', { type: 'climate', capabilities: ['temperature'], state: { temperature: 180 }, notes: 'wood stove, grandpa lights it every morning' }),
  device('t37-lamp', 'Big room lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('t37-flood', 'Backyard floodlight', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('t37-shower', 'Outdoor shower heater', { type: 'water_heater', capabilities: ['on_off'], state: { power: 'off' } }),
  device('t37-charger', 'Wall Connector', { type: 'ev_charger', capabilities: ['charging'], state: { status: 'idle' } }),
  device('t37-barnlights', 'Barn lights', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('t37-barncam', 'Barn cam', { type: 'camera', capabilities: ['camera', 'motion'], state: { streaming: true } }),
];
const ROOM_OF: Record<string, string> = {
  't37-boyler': 't37-vbath', 't37-kvabi': 't37-kitchen', 't37-thermo': 't37-kitchen', 't37-stove': 't37-vroom',
  't37-lamp': 't37-vroom', 't37-flood': 't37-backyard', 't37-shower': 't37-backyard', 't37-charger': 't37-carport',
  't37-barnlights': 't37-barn', 't37-barncam': 't37-barn',
};

let home: Harness;
const ask = askingOver(() => home, 't37-ask');

beforeAll(async () => {
  const edges: RawEdge[] = [
    ...PLACES.filter((p) => p.entity_type === 'zone').map((z) => ({ from: z.id, to: 't37-home', type: 'part_of' })),
    { from: 't37-thermo', to: 't37-kvabi', type: 'controls' },
    { from: 't37-barnlights', to: 't37-kasa', type: 'controlled_by_app' },
    { from: 't37-barncam', to: 't37-reolink', type: 'controlled_by_app' },
  ];
  home = await openSmallHome({ entities: [...PLACES, ...APPS, ...DEVICES], placeOf: ROOM_OF, fallbackRoom: 't37-kitchen', parentOf: ZONE_OF, edges, edgePrefix: 't37-edge' });
});
afterAll(() => home.dispose());

describe('notes say what a device is when no description does', () => {
  it('a device whose notes open "gas combi boiler" is one of the boilers', async () => {
    const a = await ask('list the boilers');
    expect(a.cited).toContain('ქვაბი');
    expect(a.cited).toContain('бойлер');
  });

  it('only the notes\' first part counts: "grandpa lights it" makes no light', async () => {
    const a = await ask('how many lights are there');
    expect(a.text).not.toMatch(/Pechka/);
    expect(a.text).toMatch(/\b3 lights\b/);
  });
});

describe('a kind word that found a name in another script is any device of the kind', () => {
  it('"what controls the boiler" answers for both boilers, with the thermostat of the gas one', async () => {
    const a = await ask('what controls the boiler');
    expect(a.cited).toContain('Room thermostat');
    expect(a.cited).toContain('бойлер');
  });

  it('"is the boiler on" asks which, never answers for one of two', async () => {
    const a = await ask('is the boiler on');
    expect(a.text).toMatch(/Which one/);
    expect(a.text).not.toMatch(/^Yes/);
  });
});

describe('two place words that name a zone and one of its rooms', () => {
  it('"what is outside, the yard" is the whole zone', async () => {
    const a = await ask('what is outside, the yard');
    expect(a.cited).toContain('Backyard floodlight');
    expect(a.cited).toContain('Wall Connector');
  });

  it('"what is in the backyard" stays the room', async () => {
    const a = await ask('what is in the backyard');
    expect(a.cited).toContain('Backyard floodlight');
    expect(a.cited).not.toContain('Wall Connector');
  });
});

describe('an app named with a place', () => {
  it('"what does the Kasa app control in the barnyard" names only what Kasa controls there', async () => {
    const a = await ask('What does the Kasa app control in the barnyard?');
    expect(a.cited).toContain('Barn lights');
    expect(a.cited).not.toContain('Barn cam');
    expect(a.text).not.toMatch(/Reolink/);
  });

  it('an app that controls nothing there says so for that app', async () => {
    const a = await ask('what does the reolink app control in the yard');
    expect(a.text).toMatch(/No .*Reolink/);
    expect(a.cited).not.toContain('Barn cam');
  });
});
