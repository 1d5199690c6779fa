// Issue 12, round 30: a question naming a particular thing the home does not have ("is the playstation on" in a home
// with an Xbox, "what temp is the hot tub at", "dog feeder full?" beside a cat's feeder) was answered about something
// else. It now says the home has none (namedThingAbsent.ts), while a home that has the thing under another of its
// words (a "Jacuzzi", a "Whirlpoolwanne", a feeder that names no animal) never hears so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [{ id: 'ab-den', entity_type: 'room', name: 'Den', content: {} }, { id: 'ab-yard', entity_type: 'room', name: 'Yard', content: {} }];

async function homeWith(devices: RawEntity[]): Promise<Harness> {
  const place = Object.fromEntries(devices.map((d, i) => [d.id, i === 0 ? 'ab-den' : 'ab-yard']));
  return openHarness({ homeJson: homeExportJson([{ id: 'ab-home', entity_type: 'home', name: 'Elm House', content: {} }, ...ROOMS, ...devices], roomAndDeviceEdges('ab-home', ROOMS, devices, place, 'ab-den'), 'ab-rel') });
}

describe('a home without a hot tub, a PlayStation or a dog feeder', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await homeWith([
      device('ab-xbox', "Rhys's Xbox", { manufacturer: 'Microsoft', model: 'Xbox Series S', type: 'games_console', capabilities: ['on_off'], state: { power: 'on' } }),
      device('ab-feed', 'Mog Feeder', { manufacturer: 'Petlibro', type: 'pet_feeder', description: "Mog the cat's feeder", state: { food_level: 'low' } }),
      device('ab-temp', 'Yard Thermometer', { type: 'sensor', capabilities: ['temperature'], state: { temperature: 8 } }),
      // Round 33: a radio that can "play" and says its "station" is no "play station" (a phrase's words side by side).
      device('ab-radio', "Grandad's Radio", { type: 'radio', capabilities: ['play', 'volume'], state: { power: 'off', station: 'BBC Radio Wales' } }),
    ]);
  });
  afterAll(() => h.dispose());
  const ask = async (q: string): Promise<string> => (await h.responder.respond(q, h.context({ conversationId: q })))?.text ?? '';

  it('"is the playstation on" says there is none, not that the Xbox is on', async () => {
    const said = await ask('is the playstation on');
    expect(said).toMatch(/couldn't find a PlayStation/);
    expect(said).not.toMatch(/Xbox/);
  });
  it('"what temp is the hot tub at" says there is none, not every temperature', async () => {
    expect(await ask('what temp is the hot tub at')).toMatch(/couldn't find a hot tub/);
  });
  it('"dog feeder full?" beside a cat\'s feeder says there is none', async () => {
    expect(await ask('dog feeder full?')).toMatch(/couldn't find a dog feeder/);
  });
  it('a thing it has is still answered', async () => {
    expect(await ask('is the xbox on')).toMatch(/Xbox/);
    expect(await ask('is the cat feeder full?')).not.toMatch(/couldn't find/);
  });
});

describe('a home that has them under other words', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await homeWith([
      device('ab-spa', 'Whirlpoolwanne', { type: 'heater', capabilities: ['temperature'], state: { temperature: 37 } }),
      device('ab-jac', 'Garden Jacuzzi', { type: 'heater', capabilities: ['temperature'], state: { temperature: 38 } }),
      device('ab-feed', 'Rex Feeder', { manufacturer: 'Petlibro', type: 'pet_feeder', state: { food_level: 'full' } }),
      device('ab-ps', 'Game Console', { type: 'game_console', capabilities: ['on_off'], state: { power: 'off' } }),
    ]);
  });
  afterAll(() => h.dispose());
  const ask = async (q: string): Promise<string> => (await h.responder.respond(q, h.context({ conversationId: q })))?.text ?? '';

  it('never says "none" for a thing it has under another word or kind', async () => {
    for (const q of ['what temp is the hot tub at', 'is the spa warm', 'dog feeder full?', 'is the playstation on']) expect(await ask(q)).not.toMatch(/couldn't find/);
  });
});

describe('a home without an EV charger but with a solar charge controller', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await homeWith([
      device('ab-mppt', 'Roof Panels', { type: 'solar', description: 'panels on the roof, MPPT charger in the attic', state: { power_w: 900 } }),
      device('ab-fryer', 'Kitchen Plug', { type: 'switch', capabilities: ['on_off'], state: { power: 'on' } }),
    ]);
  });
  afterAll(() => h.dispose());
  const ask = async (q: string): Promise<string> => (await h.responder.respond(q, h.context({ conversationId: q })))?.text ?? '';

  it('"do we have an EV charger" says there is none, not the solar charger', async () => {
    expect(await ask('do we have an EV charger')).toMatch(/couldn't find an EV charger/);
  });
});
