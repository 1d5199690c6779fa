// Issue 12, round 41: proposals at the right tier and for the right things. A window covering known by its model
// family or drive ("RS100 io", "FYRTUR", "KNX Rollladenantrieb") is everyday evidence like "roller blind" (riskEvidence.ts);
// a level said for a room's lights goes to the lit ones, not a lamp that reads off (levelOverLit.ts); "and in the
// bedroom?" after a setpoint command on one radiator asks how the bedroom's radiator is, never proposes heating there
// (questionAfterCommand.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityChangeTier } from '../../../src-main/tools/entityChangeTier';
import { dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const ENTITIES = [
  { id: 'rp-home', entity_type: 'home', name: 'Stan', content: {} },
  room('rp-living', 'Dnevna'),
  room('rp-bed', 'Spavaća'),
  device('rp-ceiling', 'Luster', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 40 } }),
  device('rp-floor', 'Stojeća lampa', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'off', brightness: 0 } }),
  device('rp-bedlamp', 'Noćna lampa', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'off', brightness: 0 } }),
  device('rp-bedtop', 'Plafonjera', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'off', brightness: 0 } }),
  device('rp-blind', 'Roletne', { type: 'cover', model: 'RS100 io', capabilities: ['open_close', 'position'], state: { position: 100 } }),
  device('rp-rad1', 'radiatori dnevna', { type: 'climate', model: 'Ally', capabilities: ['setpoint', 'temperature'], state: { setpoint: 21, temperature: 20.5 } }),
  device('rp-rad2', 'Grejač spavaća', { type: 'climate', model: 'Ally radiator thermostat', capabilities: ['setpoint', 'temperature'], state: { setpoint: 19, temperature: 19 } }),
  device('rp-ac', 'Klima spavaća', { type: 'climate', capabilities: ['on_off', 'mode', 'setpoint', 'temperature'], state: { power: 'off', mode: 'cool', setpoint: 24 } }),
];
const PLACE_OF = { 'rp-ceiling': 'rp-living', 'rp-floor': 'rp-living', 'rp-blind': 'rp-living', 'rp-rad1': 'rp-living', 'rp-bedlamp': 'rp-bed', 'rp-bedtop': 'rp-bed', 'rp-rad2': 'rp-bed', 'rp-ac': 'rp-bed' };

let home: Harness;
const { dialog, proposes } = dialogsOver(() => home, 'rp');

beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'rp-living', edges: [], edgePrefix: 'rp-edge' });
});
afterAll(() => home.dispose());

describe('a window covering known by its model family is an everyday change (belgrade sr127, anchorage ak210, munich mu227)', () => {
  const position = { content: { state: { position: 30 } } };
  const cover = (model: string) => ({ name: 'Thing', entity_type: 'device' as const, content: { type: 'cover', model, capabilities: ['open_close', 'position'] } });
  it('Somfy and IKEA blind families and a German roller-shutter drive are tier 2', () => {
    for (const model of ['RS100 io', 'FYRTUR', 'Oximo io', 'Sonesse 30 roller', 'Glydea rideau motorisé', 'KNX Rollladenantrieb', 'Jalousie-Motor (Raffstore) Tree']) {
      expect([model, entityChangeTier(cover(model), position)]).toEqual([model, 2]);
    }
  });
  it('a bare cover, a garage door opener or a shop shutter stays tier 3, whatever the motor', () => {
    expect(entityChangeTier(cover('Plus 2PM (cover mode)'), position)).toBe(3);
    expect(entityChangeTier(cover('made-to-measure canvas, roll-up sides'), position)).toBe(3);
    expect(entityChangeTier({ ...cover('RS100 io'), content: { ...cover('RS100 io').content, type: 'garage_door' } }, position)).toBe(3);
    expect(entityChangeTier({ ...cover('Oximo io'), content: { ...cover('Oximo io').content, description: 'rolling shop shutter motor' } }, position)).toBe(3);
  });
  it('"close the roletne" proposes the blind at tier 2', async () => {
    await proposes(['close the roletne'], ['Roletne'], 2);
  });
});

describe('a level said for a room\'s lights goes to the lit ones (casa-rivera q244)', () => {
  it('"set the dnevna lights to 70%" sets the lit chandelier, not the floor lamp that reads off', async () => {
    await proposes(['set the dnevna lights to 70%'], ['Luster'], 2);
  });
  it('"all" still means every one of them', async () => {
    await proposes(['set all the dnevna lights to 70%'], ['Luster', 'Stojeća lampa'], 2);
  });
  it('with none lit, every one takes the level', async () => {
    await proposes(['set the spavaća lights to 30%'], ['Noćna lampa', 'Plafonjera'], 2);
  });
});

describe('"and in the bedroom?" after a setpoint command on one radiator asks, never acts (tbilisi tb045)', () => {
  it('says the bedroom radiator\'s setpoint instead of proposing the bedroom\'s heating and AC', async () => {
    const answer = await dialog('set radiatori dnevna to 23', 'and in the spavaća?');
    expect(answer.proposal ?? undefined, answer.text).toBeUndefined();
    expect(answer.text).toContain('Grejač spavaća');
    expect(answer.text).toContain('19');
  });
});

describe('"turn on the light" where the room\'s lights read on and a plug there runs a lamp that is off asks which (tbilisi tb089)', () => {
  let lamps: Harness;
  beforeAll(async () => {
    lamps = await openSmallHome({
      entities: [
        { id: 'lp-home', entity_type: 'home', name: 'Bina', content: {} },
        room('lp-living', 'Misaghebi'),
        device('lp-chandelier', 'Chaghi', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
        device('lp-plug', 'Torsheri', { type: 'switch', model: 'S26R2 plug', capabilities: ['on_off'], state: { power: 'off' }, notes: 'floor lamp next to the sofa' }),
        device('lp-kettle', 'Chaidani', { type: 'switch', model: 'S26R2 plug', capabilities: ['on_off'], state: { power: 'off' }, notes: 'electric kettle' }),
      ],
      placeOf: { 'lp-chandelier': 'lp-living', 'lp-plug': 'lp-living', 'lp-kettle': 'lp-living' },
      fallbackRoom: 'lp-living',
      edges: [],
      edgePrefix: 'lp-edge',
    });
  });
  afterAll(() => lamps.dispose());
  const over = dialogsOver(() => lamps, 'lp');
  it('names the lit chandelier and the plug with the floor lamp, proposing nothing; never the kettle\'s plug', async () => {
    const answer = await over.dialog('turn on the light in the misaghebi');
    expect(answer.proposal ?? undefined, answer.text).toBeUndefined();
    expect(answer.text).toContain('Chaghi');
    expect(answer.text).toContain('Torsheri');
    expect(answer.text).not.toContain('Chaidani');
  });
  it('"turn off the light" there still proposes the chandelier', async () => {
    await over.proposes(['turn off the light in the misaghebi'], ['Chaghi'], 2);
  });
});
