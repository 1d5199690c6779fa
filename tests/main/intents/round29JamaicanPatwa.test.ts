// Issue 12, round 29: Jamaican Patwa as a household types it (lexicon/jamaicanPatwa.json, read by spokenForms.ts):
// di = the, inna = in, "tun aff" = turn off, "weh di X deh" = where is the X, "how fi" = how to, "a wah" = what is.
// A sentence without a Patwa marker (Italian "di", Spanish "pon", English) is read as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { readInEnglish } from '../../../src-main/intents/languages/readInEnglish';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'jp-porch', entity_type: 'room', name: 'Porch', content: {} },
  { id: 'jp-hall', entity_type: 'room', name: 'Hallway', content: {} },
  { id: 'jp-study', entity_type: 'room', name: 'Study', content: {} },
];
const DEVICES: RawEntity[] = [
  device('jp-fan', 'Porch Fan', { type: 'fan', capabilities: ['on_off'], state: { power: 'on' } }),
  device('jp-light', 'Porch Light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('jp-router', 'Digicel Router', { type: 'router', capabilities: [], state: { power: 'on' } }),
  device('jp-lamp', 'Study Lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
];
const PLACE = { 'jp-fan': 'jp-porch', 'jp-light': 'jp-porch', 'jp-router': 'jp-hall', 'jp-lamp': 'jp-study' };

let home: Harness;
beforeAll(async () => {
  const entities = [{ id: 'jp-home', entity_type: 'home', name: 'Hope Road House', content: {} }, ...ROOMS, ...DEVICES];
  home = await openHarness({ homeJson: homeExportJson(entities, roomAndDeviceEdges('jp-home', ROOMS, DEVICES, PLACE, 'jp-hall'), 'jp-rel') });
});
afterAll(() => home.dispose());

const ask = async (q: string) => {
  const a = await home.responder.respond(q, home.context({ conversationId: `jp-${q}` }));
  return { text: a?.text ?? '', targets: a?.proposal?.targets.map((t) => t.name) ?? [] };
};
const read = async (q: string) => readInEnglish(q, await home.engine.index.get());

describe('Jamaican Patwa read into English', () => {
  it('reads its words and phrases', async () => {
    expect(await read('tun aff di fan inna di porch')).toBe('turn off the fan in the porch');
    expect(await read('weh di router deh?')).toBe('where is the router?');
    expect(await read('a wah inna di study?')).toBe('what is in the study?');
    expect(await read('di porch light on?')).toBe('is the porch light on?');
  });
  it('"tun aff di fan inna di porch" proposes the porch fan', async () => {
    expect((await ask('tun aff di fan inna di porch')).targets).toEqual(['Porch Fan']);
  });
  it('"weh di router deh?" says where the router is', async () => {
    expect((await ask('weh di router deh?')).text).toMatch(/Hallway/);
  });
  it('"a wah inna di study?" lists the study', async () => {
    expect((await ask('a wah inna di study?')).text).toMatch(/Study Lamp/);
  });
  it('leaves sentences without a Patwa marker as typed', async () => {
    expect(await read('pon la luz del porch')).not.toMatch(/\bon\b/);
    expect(await read('where is the router')).toBe('where is the router');
  });
});
