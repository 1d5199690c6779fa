// Issue 12, round 29: "turn on the watering" right after a question about the generator proposed turning on the
// generator: a short follow-up was read again with the subject's name put after it, and "watering" (a word the home
// uses for its garden valve and a morning automation) was dropped. A command that names its thing by a word the home
// uses for something else than the subject is about that thing (commandsAnotherThing in focusShift.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ROOMS: RawEntity[] = [{ id: 'ct-shed', entity_type: 'room', name: 'Shed', content: {} }, { id: 'ct-garden', entity_type: 'room', name: 'Garden', content: {} }];
const DEVICES: RawEntity[] = [
  { id: 'ct-gen', entity_type: 'device', name: 'Backup Generator', content: { description: 'petrol generator, autostart', state: { power: 'off', fuel: 40 } } },
  { id: 'ct-valve', entity_type: 'device', name: 'Veg Patch Valve', content: { type: 'valve', description: 'irrigation valve for the vegetable patch', state: { open: false } } },
];
const AUTOMATION: RawEntity = { id: 'ct-auto', entity_type: 'automation', name: 'Morning Run', content: { description: 'morning watering of the vegetable patch', trigger: '06:00', actions: ['open Veg Patch Valve'] } };

describe('a command naming another thing after a question about one device', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ homeJson: homeExportJson([{ id: 'ct-home', entity_type: 'home', name: 'Birch Plot', content: {} }, ...ROOMS, ...DEVICES, AUTOMATION], roomAndDeviceEdges('ct-home', ROOMS, DEVICES, { 'ct-gen': 'ct-shed', 'ct-valve': 'ct-garden' }, 'ct-shed'), 'ct-rel') });
  });
  afterAll(() => h.dispose());
  const dialog = async (...questions: string[]) => (await h.dialog(...questions)).answer;

  it('"turn on the watering" after the generator never proposes the generator', async () => {
    const answer = await dialog('is the generator on', 'turn on the watering');
    expect(answer?.proposal?.targets.map((t) => t.name) ?? []).not.toContain('Backup Generator');
  });
  it('"turn it on" and "turn on the generator" after it still mean the generator', async () => {
    expect((await dialog('is the generator on', 'turn it on'))?.proposal?.targets.map((t) => t.name)).toEqual(['Backup Generator']);
    expect((await dialog('is the generator on', 'turn on the generator'))?.proposal?.targets.map((t) => t.name)).toEqual(['Backup Generator']);
  });
});
