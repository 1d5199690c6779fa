// Issue 12, round 30 (a New Orleans household): Southern "cut the fan on" / "kick it on" switch (switchVerbs.ts), a
// last endearment after a comma ("…, cher", "…, dawlin") and "Nana want to know if …" are no part of the request
// (reportedAsking.ts), Yat tone words are left out (lexicon/newOrleans.json).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEntity } from './homeExportJson';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const ROOMS: RawEntity[] = [
  room('nl-porch', 'Front Porch'),
  room('nl-kitchen', 'Kitchen'),
  room('nl-attic', 'Attic Room'),
];
const DEVICES: RawEntity[] = [
  device('nl-porchlight', 'Porch Lights', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('nl-coffee', 'Coffee Plug', { type: 'plug', capabilities: ['on_off'], state: { power: 'off' } }),
  device('nl-kfan', 'Kitchen Ceiling Fan', { type: 'fan', capabilities: ['on_off'], state: { power: 'on' } }),
  device('nl-ac', 'Attic Window AC', { type: 'climate', capabilities: ['on_off', 'setpoint', 'temperature'], state: { power: 'on', setpoint: 70, temperature: 74 } }),
];
const PLACE = { 'nl-porchlight': 'nl-porch', 'nl-coffee': 'nl-kitchen', 'nl-kfan': 'nl-kitchen', 'nl-ac': 'nl-attic' };

let home: Harness;
beforeAll(async () => {
  const entities = [{ id: 'nl-home', entity_type: 'home', name: 'Marigny Shotgun', content: {} }, ...ROOMS, ...DEVICES];
  home = await openSmallHome({ entities, placeOf: PLACE, fallbackRoom: 'nl-kitchen', edgePrefix: 'nl-rel' });
});
afterAll(() => home.dispose());

const ask = async (q: string) => {
  const a = await home.responder.respond(q, home.context({ conversationId: `nl-${q}` }));
  return { text: a?.text ?? '', targets: a?.proposal?.targets.map((t) => t.name) ?? [], tier: a?.proposal?.tier };
};

describe('"cut … on" and "kick … on" switch', () => {
  it('"cut the coffee plug on now, I\'m draggin" proposes turning it on', async () => {
    expect((await ask("cut the coffee plug on now, I'm draggin")).targets).toEqual(['Coffee Plug']);
  });
  it('"cut the porch lights on" proposes turning them on', async () => {
    const answer = await ask('cut the porch lights on');
    expect(answer.targets).toEqual(['Porch Lights']);
  });
});

describe('who is addressed or asks is no part of the request', () => {
  it('"turn on the porch lights, dawlin" turns on the porch lights', async () => {
    expect((await ask('turn on the porch lights, dawlin')).targets).toEqual(['Porch Lights']);
  });
  it('"turn on the porch lights, cher" is not a name with "cher"', async () => {
    expect((await ask('turn on the porch lights, cher')).targets).toEqual(['Porch Lights']);
  });
  it('"Nana want to know if the kitchen ceiling fan is on" answers the fan', async () => {
    expect((await ask('Nana want to know if the kitchen ceiling fan is on')).text).toMatch(/Kitchen Ceiling Fan is on/);
  });
});

describe('Yat tone, and a room AC set to a number', () => {
  it('"where y\'at dawlin, is the kitchen ceiling fan on?" answers the fan', async () => {
    expect((await ask("where y'at dawlin, is the kitchen ceiling fan on?")).text).toMatch(/on/);
  });
  it('"set the attic window AC to 66" proposes it for the attic AC', async () => {
    const answer = await ask('set the attic window AC to 66');
    expect(answer.targets).toEqual(['Attic Window AC']);
  });
});
