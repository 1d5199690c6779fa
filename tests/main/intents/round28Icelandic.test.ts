// Issue 12, round 28: a home that mixes Icelandic into English, with a summer house. "unlock the front door" where the
// house's door and the summer house's are both described as front doors proposed the summer house's lock (the longer
// description won); "and lock up" while closing the summer house locked the main house's back door; Icelandic
// ("Er kveikt á útvarpinu hennar afa?", "Slökktu á loftljósinu") was not read at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ENTITIES: RawEntity[] = [
  { id: 'is-home', entity_type: 'home', name: 'Heima í Hafnarfirði', content: {} },
  { id: 'is-away', entity_type: 'zone', name: 'Sumarhús við Laugarvatn', content: { kind: 'second place', address: 'Laugarvatn, 840' } },
  { id: 'is-entry', entity_type: 'room', name: 'Anddyri', content: {} },
  { id: 'is-kitchen', entity_type: 'room', name: 'Eldhús', content: {} },
  { id: 'is-cabin', entity_type: 'room', name: 'Stofa í sumarhúsi', content: {} },
  { id: 'is-door', entity_type: 'door', name: 'Aðaldyr', content: { description: 'front door, Yale lock' } },
  { id: 'is-cabindoor', entity_type: 'door', name: 'Dyr sumarhúss', content: { description: 'front door of the cottage' } },
  device('is-lock', 'Lás á aðaldyrum', { type: 'lock', capabilities: ['lock'], state: { locked: true } }),
  device('is-backlock', 'Lás á svalahurð', { type: 'lock', capabilities: ['lock'], state: { locked: false } }),
  device('is-cabinlock', 'Lás á sumarhúsi', { type: 'lock', capabilities: ['lock'], state: { locked: false } }),
  device('is-pump', 'Dæla', { type: 'pump', capabilities: ['on_off'], state: { power: 'on' } }),
  device('is-light', 'Loftljós eldhúss', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('is-radio', 'Útvarp afa', { type: 'radio', capabilities: ['volume'], state: { power: 'on', station: 'Rás 1' } }),
];
const EDGES = [
  { from: 'is-away', to: 'is-home', type: 'part_of' },
  { from: 'is-entry', to: 'is-home', type: 'part_of' },
  { from: 'is-kitchen', to: 'is-home', type: 'part_of' },
  { from: 'is-cabin', to: 'is-away', type: 'part_of' },
  { from: 'is-door', to: 'is-entry', type: 'located_in' },
  { from: 'is-cabindoor', to: 'is-cabin', type: 'located_in' },
  { from: 'is-lock', to: 'is-entry', type: 'located_in' },
  { from: 'is-backlock', to: 'is-kitchen', type: 'located_in' },
  { from: 'is-cabinlock', to: 'is-cabin', type: 'located_in' },
  { from: 'is-pump', to: 'is-cabin', type: 'located_in' },
  { from: 'is-light', to: 'is-kitchen', type: 'located_in' },
  { from: 'is-radio', to: 'is-kitchen', type: 'located_in' },
];

let home: Harness;
beforeAll(async () => {
  home = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'is-rel') });
});
afterAll(() => home.dispose());

const dialog = (...questions: string[]) => home.dialog(...questions);

describe('two houses of one home', () => {
  it('"unlock the front door" that both houses have is the main house\'s, never the summer house\'s', async () => {
    expect((await dialog('unlock the front door')).targets).toEqual(['Lás á aðaldyrum']);
  });
  it('"and lock up" while at the summer house locks its lock, not the main house\'s open one', async () => {
    expect((await dialog('turn off the dæla', 'and lock up')).targets).toEqual(['Lás á sumarhúsi']);
  });
});

describe('Icelandic', () => {
  it('"er kveikt á X" asks whether the thing, read at its name\'s form, is on', async () => {
    expect((await dialog('Er kveikt á útvarpinu hennar afa?')).text).toMatch(/Útvarp afa/);
  });
  it('"slökktu á" with a definite noun switches that device off', async () => {
    expect((await dialog('Slökktu á loftljósinu')).targets).toEqual(['Loftljós eldhúss']);
  });
  it('a sentence without an Icelandic word is left as typed', async () => {
    expect((await dialog('turn off the loftljós eldhúss')).targets).toEqual(['Loftljós eldhúss']);
  });
});
