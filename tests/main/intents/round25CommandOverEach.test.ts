// Issue 12, round 25: one switch said over devices named one by one ("turn off the porch light and the landing
// light", commandOverEach.ts) was read as one device called "porch light and the landing light" and declined; and a
// pet door in a door ("dog flap in the back door") was taken as the door's lock, so "lock the back door" proposed
// locking the flap and "is the back door locked" answered with the flap's state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'ce-hall', entity_type: 'room', name: 'Hall', content: {} },
  { id: 'ce-kitchen', entity_type: 'room', name: 'Kitchen', content: {} },
];
const DEVICES: RawEntity[] = [
  device('ce-porch', 'Porch Light', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('ce-landing', 'Landing Lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('ce-radio', 'Kitchen Radio', { type: 'speaker', capabilities: ['on_off'], state: { power: 'on' } }),
  device('ce-sensor', 'Hall Motion Sensor', { type: 'motion_sensor', capabilities: ['motion'], state: { motion: false } }),
  device('ce-flap', 'Cat Flap', { type: 'pet_door', capabilities: ['lock', 'battery'], state: { locked: false, battery: 40 }, description: 'Microchip cat flap in the back door' }),
];
const DOORS: RawEntity[] = [{ id: 'ce-back', entity_type: 'door', name: 'Back Door', content: { state: { contact: 'closed' } } }];
const PLACE = { 'ce-porch': 'ce-hall', 'ce-landing': 'ce-hall', 'ce-radio': 'ce-kitchen', 'ce-sensor': 'ce-hall', 'ce-flap': 'ce-kitchen', 'ce-back': 'ce-kitchen' };

let home: Harness;
beforeAll(async () => {
  const entities = [{ id: 'ce-home', entity_type: 'home', name: 'House', content: {} }, ...ROOMS, ...DEVICES, ...DOORS];
  home = await openHarness({ homeJson: homeExportJson(entities, roomAndDeviceEdges('ce-home', ROOMS, [...DEVICES, ...DOORS], PLACE, 'ce-hall'), 'ce-rel') });
});
afterAll(() => home.dispose());

const ask = async (text: string) => {
  const answer = await home.responder.respond(text, home.context({ conversationId: `ce-${text}` }));
  return { text: answer?.text ?? '', targets: answer?.proposal?.targets.map((t) => t.name).sort() ?? [] };
};

describe('one switch over devices named one by one', () => {
  it('"turn off the porch light and the landing lamp" proposes both, saying which already reads off', async () => {
    const answer = await ask('turn off the porch light and the landing lamp');
    expect(answer.targets).toEqual(['Landing Lamp', 'Porch Light']);
    expect(answer.text).toMatch(/Landing Lamp is already off by the last reading/);
  });
  it('"switch off the porch light, the landing lamp and the kitchen radio" takes all three', async () => {
    expect((await ask('switch off the porch light, the landing lamp and the kitchen radio')).targets).toEqual(['Kitchen Radio', 'Landing Lamp', 'Porch Light']);
  });
  it('"desliga a luz da varanda e o rádio da cozinha" is read the same way in Portuguese', async () => {
    expect((await ask('desliga o porch light e o kitchen radio')).targets).toEqual(['Kitchen Radio', 'Porch Light']);
  });
  it('a named device that cannot do it is never dropped unsaid: no proposal over the rest', async () => {
    expect((await ask('turn off the porch light and the hall motion sensor')).targets).toEqual([]);
  });
});

describe('a pet door in a door is not the door\'s lock', () => {
  it('"lock the back door" proposes nothing, and says the door has no lock to control', async () => {
    const answer = await ask('lock the back door');
    expect(answer.targets).toEqual([]);
    expect(answer.text).toMatch(/Back Door has no lock/);
  });
  it('"is the back door locked" does not answer with the flap\'s state', async () => {
    expect((await ask('is the back door locked')).text).not.toMatch(/unlocked/);
  });
  it('"lock the cat flap" still locks the flap, at tier 3', async () => {
    expect((await ask('lock the cat flap')).targets).toEqual(['Cat Flap']);
  });
});
