// Issue 12, round 28: "and the fan?" after "turn the floor heating on" was proposed as the same command with nothing
// said about the fan, while households asking it with a question mark mostly mean "and how is the fan?". The proposal
// stays (it changes nothing until approved) and now says first what the thing last read; without a question mark, or
// when the command already says what was read, the answer is as it was.
// Since round 31 one of the command's own kind is only asked about (questionAfterCommand.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [{ id: 'aa-bath', entity_type: 'room', name: 'Shower Room', content: {} }];
const DEVICES: RawEntity[] = [
  device('aa-floor', 'Shower Room Floor Mat', { type: 'light', capabilities: ['power'], state: { power: 'off' } }),
  device('aa-fan', 'Extractor', { type: 'fan', capabilities: ['power'], state: { power: 'off' } }),
  device('aa-mirror', 'Mirror Light', { type: 'light', capabilities: ['power'], state: { power: 'on' } }),
];
const PLACE = { 'aa-floor': 'aa-bath', 'aa-fan': 'aa-bath', 'aa-mirror': 'aa-bath' };

let home: Harness;
beforeAll(async () => {
  const entities = [{ id: 'aa-home', entity_type: 'home', name: 'Mill Cottage', content: {} }, ...ROOMS, ...DEVICES];
  home = await openHarness({ homeJson: homeExportJson(entities, roomAndDeviceEdges('aa-home', ROOMS, DEVICES, PLACE, 'aa-bath'), 'aa-rel') });
});
afterAll(() => home.dispose());

const dialog = (...questions: string[]) => home.dialog(...questions);

describe('a follow-up asked with a question mark after a command', () => {
  it('"and the extractor?" says the extractor is off before proposing to turn it on', async () => {
    const answer = await dialog('turn on the shower room floor mat', 'and the extractor?');
    expect(answer.targets).toEqual(['Extractor']);
    expect(answer.text).toMatch(/^Extractor is off by its last reading/);
  });
  it('"and the extractor" without one is the command again, as before', async () => {
    const answer = await dialog('turn on the shower room floor mat', 'and the extractor');
    expect(answer.targets).toEqual(['Extractor']);
    expect(answer.text).not.toMatch(/^Extractor is off/);
  });
  // Round 31: a thing of the command's own kind asked so is a question about it (questionAfterCommand.ts): its state,
  // said once, and no proposal for a light that is already on.
  it('a thing of the same kind already in the asked state is said once, and not acted on', async () => {
    const answer = await dialog('turn on the shower room floor mat', 'and the mirror light?');
    expect(answer.targets).toEqual([]);
    expect(answer.text.match(/Mirror Light/g)?.length).toBe(1);
    expect(answer.text).toMatch(/\bon\b/);
  });
});
