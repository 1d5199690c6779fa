// Issue 12, round 25: "turn off everything in the kitchen", "apagá todo lo de Valen", "everything off for the BQ"
// (everythingOff.ts). Read by the slot parse, "everything" was a device name that nothing had: the turn was declined,
// or one device of the person's was proposed as if it were all. Everything is what a household switches off when it
// leaves a room; what is meant to stay on (a fridge, the router, a running wash) is named as left on, never switched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'ev-kitchen', entity_type: 'room', name: 'Kitchen', content: {} },
  { id: 'ev-mia', entity_type: 'room', name: "Mia's Room", content: {} },
];
const DEVICES: RawEntity[] = [
  device('ev-spots', 'Kitchen Spots', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('ev-radio', 'Kitchen Radio', { type: 'speaker', capabilities: ['on_off', 'volume'], state: { power: 'on' } }),
  device('ev-fridge', 'Fridge Freezer', { type: 'fridge', capabilities: ['on_off', 'temperature'], state: { power: 'on', temperature: 4 } }),
  device('ev-wash', 'Washer', { type: 'washing_machine', capabilities: ['on_off'], state: { power: 'on', program: 'cotton' } }),
  device('ev-lamp', "Mia's Lamp", { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('ev-fan', 'Desk Fan', { type: 'fan', capabilities: ['on_off'], state: { power: 'on' } }),
  device('ev-sensor', 'Mia Window Sensor', { type: 'contact_sensor', capabilities: ['contact'], state: { contact: 'closed' } }),
];
const PLACE = { 'ev-spots': 'ev-kitchen', 'ev-radio': 'ev-kitchen', 'ev-fridge': 'ev-kitchen', 'ev-wash': 'ev-kitchen', 'ev-lamp': 'ev-mia', 'ev-fan': 'ev-mia', 'ev-sensor': 'ev-mia' };

let home: Harness;
beforeAll(async () => {
  home = await openHarness({ homeJson: homeExportJson([{ id: 'ev-home', entity_type: 'home', name: 'Flat', content: {} }, ...ROOMS, ...DEVICES], roomAndDeviceEdges('ev-home', ROOMS, DEVICES, PLACE, 'ev-kitchen'), 'ev-rel') });
});
afterAll(() => home.dispose());

const ask = async (text: string) => {
  const answer = await home.responder.respond(text, home.context({ conversationId: `ev-${text}` }));
  return { text: answer?.text ?? '', targets: answer?.proposal?.targets.map((t) => t.name).sort() ?? [] };
};

describe('"everything off" over a place or a person', () => {
  it('"turn off everything in the kitchen" proposes the lights and the radio, and names the fridge and the wash as left on', async () => {
    const answer = await ask('turn off everything in the kitchen');
    expect(answer.targets).toEqual(['Kitchen Radio', 'Kitchen Spots']);
    expect(answer.text).toMatch(/2 devices in the Kitchen/);
    expect(answer.text).toMatch(/Left on.*Fridge Freezer and Washer/);
  });
  it('"switch everything off in the kitchen except the radio" leaves the radio out', async () => {
    expect((await ask('switch everything off in the kitchen except the radio')).targets).toEqual(['Kitchen Spots']);
  });
  it('"apagá todo lo de Mia" and "turn off all of Mia\'s stuff" are her room\'s and her named things, never only one', async () => {
    expect((await ask('apagá todo lo de Mia')).targets).toEqual(['Desk Fan', "Mia's Lamp"]);
    expect((await ask("turn off all of Mia's stuff")).targets).toEqual(['Desk Fan', "Mia's Lamp"]);
  });
  it('the heading "everything off for the kitchen" is the request; asked with a question mark it is not', async () => {
    expect((await ask('everything off for the kitchen, we are going out')).targets).toEqual(['Kitchen Radio', 'Kitchen Spots']);
    expect((await ask('everything off in the kitchen?')).targets).toEqual([]);
  });
  it('"turn off all the lights in the kitchen" stays a kind\'s command', async () => {
    expect((await ask('turn off all the lights in the kitchen')).targets).toEqual(['Kitchen Spots']);
  });
  it('"turn off everything" is the whole home\'s everyday devices', async () => {
    expect((await ask('turn off everything')).targets).toEqual(['Desk Fan', 'Kitchen Radio', 'Kitchen Spots', "Mia's Lamp"]);
  });
});
