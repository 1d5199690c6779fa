// Issue 12, round 34: follow-ups in conversations that are commands. "and the exhaust fan too" right after the water
// heater was switched on is the same action on the fan (sameActionAgain.ts), even where the last command said "open";
// of several sentences the one clean command is the request ("Switch it on. Want a bath.", oneCommandSentence.ts), never
// when another sentence limits it ("Switch it on. Not the immersion."); a command before a comma and what someone is
// doing after it is the command ("ok open it, Ramesh is outside"); "turn on the light in there too" is the light there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'dc-bath', entity_type: 'room', name: 'Upstairs Bathroom', content: {} },
  { id: 'dc-shop', entity_type: 'room', name: 'Shop Front', content: {} },
  { id: 'dc-drive', entity_type: 'room', name: 'Driveway', content: {} },
  { id: 'dc-garage', entity_type: 'room', name: 'Garage', content: {} },
];
const DEVICES: RawEntity[] = [
  device('dc-heater', 'Geyser', { type: 'water_heater', capabilities: ['on_off'], state: { power: 'off' } }),
  device('dc-fan', 'Extractor', { type: 'fan', description: 'exhaust fan', capabilities: ['on_off'], state: { power: 'off' } }),
  device('dc-sign', 'Sign Light', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('dc-ac', 'Shop Aircon', { type: 'air_conditioner', capabilities: ['on_off', 'temperature_control'], state: { power: 'on', setpoint: 25 } }),
  device('dc-shop-lamp', 'Counter Lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('dc-gate', 'Main Gate', { type: 'gate', capabilities: ['open_close'], state: { gate: 'closed' } }),
  device('dc-gdoor', 'Garage Door', { type: 'garage_door', capabilities: ['open_close'], state: { door: 'closed' } }),
  device('dc-glight', 'Garage Light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('dc-fridge', 'Fridge', { type: 'refrigerator', capabilities: ['temperature'], state: { temperature: 4 } }),
];
const PLACE: Record<string, string> = {
  'dc-heater': 'dc-bath', 'dc-fan': 'dc-bath', 'dc-sign': 'dc-shop', 'dc-ac': 'dc-shop', 'dc-shop-lamp': 'dc-shop', 'dc-gate': 'dc-drive', 'dc-gdoor': 'dc-garage', 'dc-glight': 'dc-garage', 'dc-fridge': 'dc-garage',
};

describe('command follow-ups in a conversation', () => {
  let h: Harness;
  let n = 0;
  beforeAll(async () => {
    h = await openHarness({ homeJson: homeExportJson([{ id: 'dc-home', entity_type: 'home', name: 'Soi House', content: {} }, ...ROOMS, ...DEVICES], roomAndDeviceEdges('dc-home', ROOMS, DEVICES, PLACE, 'dc-bath'), 'dc-rel') });
  });
  afterAll(() => h.dispose());
  /** One conversation: every turn's answer, in order. */
  const talk = async (...turns: string[]): Promise<Array<{ text: string; targets: string[] }>> => {
    const id = `c${++n}`;
    const out: Array<{ text: string; targets: string[] }> = [];
    for (const turn of turns) {
      const a = await h.responder.respond(turn, h.context({ conversationId: id }));
      out.push({ text: a?.text ?? '', targets: a?.proposal?.targets.map((t) => t.name) ?? [] });
    }
    return out;
  };

  it('"and the exhaust fan too" after the heater was switched on by "open" turns the fan on', async () => {
    const [, opened, also] = await talk('is the geyser on?', 'open the geyser for me', 'and the exhaust fan too');
    expect(opened?.targets).toEqual(['Geyser']);
    expect(also?.targets).toEqual(['Extractor']);
    expect(also?.text).toMatch(/turn on/i);
  });
  it('"and the aircon there too" after a command is the aircon where the last thing was', async () => {
    const [, , also] = await talk('is the sign light on?', 'turn it off', 'and the aircon there too');
    expect(also?.targets).toEqual(['Shop Aircon']);
    expect(also?.text).toMatch(/turn off/i);
  });
  it('"and the fridge too" after a switch asks nothing of a fridge that only reports', async () => {
    const [, also] = await talk('turn off the sign light', 'and the fridge too');
    expect(also?.targets).toEqual([]);
  });
  it('"and the lights too" never switches every light of the home', async () => {
    const [, also] = await talk('turn on the geyser', 'and the lights too');
    expect(also?.targets.length ?? 0).toBeLessThanOrEqual(1);
  });
  it('after a question, "and the fan too" proposes nothing of its own', async () => {
    const [, also] = await talk('is the geyser on?', 'and the extractor too');
    expect(also?.targets).toEqual([]);
  });
  it('"Switch it on. Want a bath." switches the heater; a sentence that limits it makes no proposal', async () => {
    const [, on] = await talk('is the geyser on?', 'Switch it on. Want a bath.');
    expect(on?.targets).toEqual(['Geyser']);
    const [, limited] = await talk('is the geyser on?', 'Switch it on. Not the geyser.');
    expect(limited?.targets).toEqual([]);
  });
  it('"ok open it, Ramesh is outside with the car" opens the gate asked about', async () => {
    const [, open] = await talk('is the main gate closed?', 'ok open it, Ramesh is outside with the car');
    expect(open?.targets).toEqual(['Main Gate']);
  });
  it('"open it, ima take the car" opens the garage door asked about', async () => {
    const [, open] = await talk('is the garage door closed?', 'open it ima take the car');
    expect(open?.targets).toEqual(['Garage Door']);
  });
  it('"turn on the light in there too" after opening the garage is the garage light', async () => {
    const [, , light] = await talk('is the garage door closed?', 'open it', 'turn on the light in there too');
    expect(light?.targets).toEqual(['Garage Light']);
  });
});
