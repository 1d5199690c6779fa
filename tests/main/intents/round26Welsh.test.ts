// Issue 12, round 26: a family that mixes Welsh and English. Welsh is read (welshPhrasing.ts, lexicon/welsh.json): its
// verb-first questions and commands, the article joined to the word before ("ydy'r"), the owner after the thing
// ("golau'r gegin" = the kitchen light) and the mutations (cegin → gegin). A room named in Welsh is its kind ("Cegin"
// is the kitchen), so "the kitchen" is the house's own Cegin, not the caravan's "Caravan Kitchen" whose name merely
// holds the English word (placeVocabulary.ts); "the kitchen in the caravan" is still the caravan's (placeInPlace.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const place = (id: string, entity_type: 'room' | 'zone', name: string, content: Record<string, unknown> = {}): RawEntity => ({ id, entity_type, name, content });
const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ENTITIES: RawEntity[] = [
  { id: 'h', entity_type: 'home', name: 'Bryn Awel', content: { description: 'Semi in Llanelli' } },
  place('z-van', 'zone', 'Tenby Caravan', { description: 'Static caravan at Tenby' }),
  place('r-cegin', 'room', 'Cegin', { description: 'Kitchen-diner at the back' }),
  place('r-cyntedd', 'room', 'Cyntedd'),
  place('r-shed', 'room', 'Shed'),
  place('r-van-kitchen', 'room', 'Caravan Kitchen'),
  device('d-golau', 'Golau Cegin', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('d-strip', 'Kitchen Cupboard Lights', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('d-hall', 'Golau Cyntedd', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('d-kettle', 'Tegell', { type: 'smart_plug', capabilities: ['on_off'], state: { power: 'off' } }),
  device('d-van-fridge', 'Caravan Fridge Plug', { type: 'smart_plug', capabilities: ['on_off'], state: { power: 'off' } }),
  { id: 'a-night', entity_type: 'automation', name: 'Nos Da', content: { description: 'Goodnight: kitchen light off', enabled: true } },
];
const EDGES: RawEdge[] = [
  { from: 'z-van', to: 'h', type: 'part_of' },
  { from: 'r-cegin', to: 'h', type: 'part_of' },
  { from: 'r-cyntedd', to: 'h', type: 'part_of' },
  { from: 'r-shed', to: 'h', type: 'part_of' },
  { from: 'r-van-kitchen', to: 'z-van', type: 'part_of' },
  { from: 'd-golau', to: 'r-cegin', type: 'located_in' },
  { from: 'd-strip', to: 'r-cegin', type: 'located_in' },
  { from: 'd-hall', to: 'r-cyntedd', type: 'located_in' },
  { from: 'd-kettle', to: 'r-cegin', type: 'located_in' },
  { from: 'd-van-fridge', to: 'r-van-kitchen', type: 'located_in' },
  { from: 'a-night', to: 'd-golau', type: 'controls' },
  { from: 'r-shed', to: 'r-cegin', type: 'connects_to' },
];

let home: Harness;
const ask = askingOver(() => home, 'r26w-ask', { mustAnswer: true });
const { proposes } = dialogsOver(() => home, 'r26w-dialog');

beforeAll(async () => {
  home = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'r26w-edge') });
});
afterAll(() => home.dispose());

describe('a room named in Welsh is its kind', () => {
  it('"what\'s in the kitchen" is the house\'s Cegin, not the caravan\'s kitchen', async () => {
    const { cited } = await ask("what's in the kitchen");
    expect(cited).toContain('Golau Cegin');
    expect(cited).not.toContain('Caravan Fridge Plug');
  });
  it('"what about the kitchen in the caravan" is still the caravan\'s', async () => {
    const { cited } = await ask('what about the kitchen in the caravan');
    expect(cited).toContain('Caravan Fridge Plug');
  });
  it('"how do I get from the shed to the kitchen" finds the way in the one house', async () => {
    const { text } = await ask('how do I get from the shed to the kitchen');
    expect(text).not.toMatch(/different houses/);
    expect(text).toMatch(/Cegin/);
  });
});

describe('Welsh read', () => {
  it('"ydy golau\'r cyntedd ymlaen?" answers for the hall light (owner after the thing, mutated)', async () => {
    const { text } = await ask("ydy golau'r cyntedd ymlaen?");
    expect(text).toMatch(/Golau Cyntedd is off/);
  });
  it('"diffodd golau\'r gegin plis" turns off Golau Cegin (owner after the thing, mutated)', async () => {
    await proposes(["diffodd golau'r gegin plis"], ['Golau Cegin'], 2);
  });
  it('"trowch y golau cyntedd ymlaen" turns on Golau Cyntedd', async () => {
    await proposes(['trowch y golau cyntedd ymlaen'], ['Golau Cyntedd'], 2);
  });
  it('"ble mae\'r tegell?" says where the kettle plug is', async () => {
    const { text } = await ask("ble mae'r tegell?");
    expect(text).toMatch(/Tegell is in the Cegin/);
  });
});
