// Round 23, Catalan: a home of two buildings (a flat, "Pis …", and a farmhouse, "Mas …", whose floors are zones of
// their own), asked in Catalan. Each test fails without its fix:
// - the place lexicon knows "pis"/"flat" and "mas"/"farmhouse", and a floor zone ("Mas primer pis") claims no other
//   place word of its name (floorZoneClaims.ts): "al pis" is the flat, not the mas's first floor;
// - a building zone holds the devices of its floors' rooms (innerZoneDevices.ts): "l'alarma del mas";
// - a name said with its joining words ("llum del menjador del mas" for "Llum menjador mas") is read whole
//   (nameThroughOf.ts), and a thing "in" its place before a value is a setting (clippedEnglish.ts);
// - a name of the home opening with a Catalan question word ("Llum estudi") is kept whole (crossLanguageCues.ts);
// - Catalan words after the opening (frames.catalan.json: "hi ha", "van amb", "intel·ligents", "desactivades",
//   "com es") and Catalan kind words (kinds.json: "panys", "endolls", "rentadora").
// Names made up for the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { askTurns as ask } from './roomHomeHarness';

const ENTITIES: RawEntity[] = [
  { id: 'c23-home', entity_type: 'home', name: 'Casa Soler', content: {} },
  { id: 'c23-pis', entity_type: 'zone', name: 'Pis Sants', content: { kind: 'building' } },
  { id: 'c23-mas', entity_type: 'zone', name: 'Mas Pinell', content: { kind: 'building' } },
  { id: 'c23-mas0', entity_type: 'zone', name: 'Mas planta baixa', content: { kind: 'floor', level: 0 } },
  { id: 'c23-mas1', entity_type: 'zone', name: 'Mas primer pis', content: { kind: 'floor', level: 1 } },
  { id: 'c23-estudi', entity_type: 'room', name: 'Estudi', content: {} },
  { id: 'c23-galeria', entity_type: 'room', name: 'Galeria', content: {} },
  { id: 'c23-menjador', entity_type: 'room', name: 'Menjador mas', content: {} },
  { id: 'c23-vestibul', entity_type: 'room', name: 'Vestibul mas', content: {} },
  { id: 'c23-golfes', entity_type: 'room', name: 'Golfes', content: {} },
  { id: 'c23-l1', entity_type: 'device', name: 'Flexo estudi', content: { type: 'light', capabilities: ['on_off', 'dimming'], state: { power: 'on', brightness: 70 } } },
  { id: 'c23-l4', entity_type: 'device', name: 'Llum estudi', content: { type: 'light', capabilities: ['on_off', 'dimming'], state: { power: 'off', brightness: 0 } } },
  { id: 'c23-l2', entity_type: 'device', name: 'Llum menjador mas', content: { type: 'light', capabilities: ['on_off', 'dimming'], state: { power: 'off', brightness: 0 } } },
  { id: 'c23-l3', entity_type: 'device', name: 'Llum golfes', content: { type: 'light', capabilities: ['on_off'], state: { power: 'on' } } },
  { id: 'c23-alarm', entity_type: 'device', name: 'Central vestibul', content: { type: 'alarm_panel', capabilities: ['arm_disarm'], state: { mode: 'armed_night' } } },
  { id: 'c23-lock1', entity_type: 'device', name: 'Pany galeria', content: { type: 'lock', capabilities: ['lock_unlock'], state: { lock: 'locked' } } },
  { id: 'c23-lock2', entity_type: 'device', name: 'Pany vestibul', content: { type: 'lock', capabilities: ['lock_unlock'], state: { lock: 'unlocked' } } },
  { id: 'c23-plug', entity_type: 'device', name: 'Endoll impressora', content: { type: 'smart_plug', capabilities: ['on_off'], state: { power: 'on' } } },
];
const EDGES = [
  { from: 'c23-pis', to: 'c23-home', type: 'part_of' },
  { from: 'c23-mas', to: 'c23-home', type: 'part_of' },
  { from: 'c23-mas0', to: 'c23-mas', type: 'part_of' },
  { from: 'c23-mas1', to: 'c23-mas', type: 'part_of' },
  { from: 'c23-estudi', to: 'c23-pis', type: 'located_in' },
  { from: 'c23-galeria', to: 'c23-pis', type: 'located_in' },
  { from: 'c23-menjador', to: 'c23-mas0', type: 'located_in' },
  { from: 'c23-vestibul', to: 'c23-mas0', type: 'located_in' },
  { from: 'c23-golfes', to: 'c23-mas1', type: 'located_in' },
  { from: 'c23-l1', to: 'c23-estudi', type: 'located_in' },
  { from: 'c23-l4', to: 'c23-estudi', type: 'located_in' },
  { from: 'c23-l2', to: 'c23-menjador', type: 'located_in' },
  { from: 'c23-l3', to: 'c23-golfes', type: 'located_in' },
  { from: 'c23-alarm', to: 'c23-vestibul', type: 'located_in' },
  { from: 'c23-lock1', to: 'c23-galeria', type: 'located_in' },
  { from: 'c23-lock2', to: 'c23-vestibul', type: 'located_in' },
  { from: 'c23-plug', to: 'c23-estudi', type: 'located_in' },
];

describe('Catalan in a home of a flat and a farmhouse with floors', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'c23-rel') });
  });
  afterAll(() => h.dispose());

  it('"al pis" is the flat, not the farmhouse floor named "… primer pis"; "flat" too', async () => {
    const on = await ask(h, 'p1', 'quins llums hi ha encesos al pis');
    expect(on.text).toContain('Flexo estudi');
    expect(on.text).not.toContain('Llum golfes');
    expect((await ask(h, 'p2', 'which lights are on in the flat')).text).toContain('Flexo estudi');
  });

  it('"el mas" holds the devices of the rooms on its floors', async () => {
    const lights = await ask(h, 'm1', 'which lights are on at the mas');
    expect(lights.text).toContain('Llum golfes');
    expect(lights.text).not.toContain('Flexo estudi');
    expect((await ask(h, 'm2', "l'alarma del mas esta armada?")).text).toContain('Central vestibul');
  });

  it('a name said with "del": "llum del menjador del mas al 60" sets that light', async () => {
    expect((await ask(h, 'n1', 'llum del menjador del mas al 60')).targets).toEqual(['Llum menjador mas']);
  });

  it('a name that opens with a Catalan word ("Llum estudi") said first is that name, not "light" (crossLanguageCues.ts)', async () => {
    expect((await ask(h, 'n2', 'llum estudi al 30')).targets).toEqual(['Llum estudi']);
  });

  it('Catalan words and kinds after the opening: hi ha, intel·ligents, panys, endolls', async () => {
    expect((await ask(h, 'w1', 'quants panys intel·ligents tenim')).text).toMatch(/\b2\b|two/i);
    expect((await ask(h, 'w2', 'quins endolls intel·ligents tenim')).text).toContain('Endoll impressora');
  });
});
