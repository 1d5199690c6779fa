// Issue 12, round 30 (trust): a proposal for one of two devices the words fit, and a reading asked about water read as
// a command to water. Each case uses a small inline home with names unlike any test home's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEntity } from './homeExportJson';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const ROOMS: RawEntity[] = [
  room('r30-up', 'Banyo Itaas', { description: 'upstairs bathroom' }),
  room('r30-down', 'Banyo Ibaba', { description: 'downstairs bathroom' }),
  room('r30-cel', 'Kelder', { description: 'cellar' }),
];
const DEVICES: RawEntity[] = [
  device('r30-wh', 'Water heater B7', { type: 'appliance', manufacturer: 'Rinnai', capabilities: ['on/off', 'temperature'], state: { on: false, target_temperature: 40 } }),
  device('r30-sh', 'Duschboiler Kova', { type: 'appliance', manufacturer: 'Kova', model: 'KX instant heater', description: 'shower heater', capabilities: ['on/off', 'temperature'], state: { on: false, target_temperature: 38 } }),
  device('r30-tank', 'Regenton', { type: 'tank', description: '800 l rain water tank with level sensor', state: { level_pct: 42 } }),
];
const PLACE = { 'r30-wh': 'r30-up', 'r30-sh': 'r30-down', 'r30-tank': 'r30-cel' };

let home: Harness;
beforeAll(async () => {
  const entities = [{ id: 'r30-home', entity_type: 'home', name: 'Bahay Vos', content: {} }, ...ROOMS, ...DEVICES];
  home = await openSmallHome({ entities, placeOf: PLACE, fallbackRoom: 'r30-cel', edgePrefix: 'r30-rel' });
});
afterAll(() => home.dispose());

const ask = async (q: string) => {
  const a = await home.responder.respond(q, home.context({ conversationId: `r30-${q}` }));
  return { text: a?.text ?? '', targets: a?.proposal?.targets.map((t) => t.name) ?? [] };
};

describe('a kind named in several words that two devices are', () => {
  it('"turn on the water heater" asks which when one is named so and the other (of type appliance) described so', async () => {
    const answer = await ask('turn on the water heater');
    expect(answer.targets).toEqual([]);
    expect(answer.text).toContain('Water heater B7');
    expect(answer.text).toContain('Duschboiler Kova');
  });
  it('the place said still picks one', async () => {
    expect((await ask('turn on the water heater upstairs')).targets).toEqual(['Water heater B7']);
  });
});

describe('"water" opening a question about a reading', () => {
  it('"water level in the regenton" reads the level, never "can\'t water with it"', async () => {
    const answer = await ask('water level in the regenton');
    expect(answer.text).not.toContain("can't water");
    expect(answer.text).toContain('42');
  });
});
