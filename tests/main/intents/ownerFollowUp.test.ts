// "and grandma's?" after a question or command about one device: the same kind of device in her room, never a device
// that only mentions her (her help button, which "has no motor I can open"). A small Albanian home, written for this
// test (the lexicons have no Albanian words), with the shutters' kind only in their descriptions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialogsOver } from './dialogsOver';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const shutter = (id: string, name: string, position: number): RawEntity => ({
  id, entity_type: 'device', name, content: { type: 'cover', description: 'roller shutter', capabilities: ['open_close', 'position'], state: { position } },
});

const ENTITIES: RawEntity[] = [
  { id: 'al-home', entity_type: 'home', name: 'Shtëpia Hoxha', content: {} },
  { id: 'al-living', entity_type: 'room', name: 'Dhoma e ndenjes', content: { description: 'living room' } },
  { id: 'al-granny', entity_type: 'room', name: 'Dhoma e gjyshes', content: { description: 'grandmother Drita\'s room' } },
  { id: 'al-arben', entity_type: 'room', name: 'Dhoma e Arbenit', content: { description: 'Arben\'s bedroom' } },
  shutter('al-living-shutter', 'Grila ndenje', 0),
  shutter('al-granny-shutter', 'Grila gjyshe', 100),
  shutter('al-arben-shutter', 'Grila Arben', 0),
  { id: 'al-button', entity_type: 'device', name: 'Butoni i ndihmës', content: { type: 'security', description: 'help button for grandma', capabilities: ['button', 'battery'], state: { battery: 90 } } },
];

const EDGES: RawEdge[] = [
  ...['al-living', 'al-granny', 'al-arben'].map((id) => ({ from: id, to: 'al-home', type: 'part_of' })),
  { from: 'al-living-shutter', to: 'al-living', type: 'located_in' },
  { from: 'al-granny-shutter', to: 'al-granny', type: 'located_in' },
  { from: 'al-arben-shutter', to: 'al-arben', type: 'located_in' },
  { from: 'al-button', to: 'al-granny', type: 'located_in' },
];

let h: Harness;
const { dialog, proposes } = dialogsOver(() => h, 'owner-follow-up');

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'al-rel') });
});
afterAll(() => h.dispose());

describe('a possessive said alone after one device', () => {
  it('after a command: the same kind of device in her room, never the button that mentions her', async () => {
    await proposes(['open the living room shutter', 'and grandma\'s?'], ['Grila gjyshe'], 2);
  });

  it('after a state question: her shutter\'s state, and "close hers" then closes it', async () => {
    const answer = await dialog('is the living room shutter open', 'and grandma\'s?');
    expect(answer.text).toContain('Grila gjyshe');
    expect(answer.text).not.toContain('Butoni');
    await proposes(['is the living room shutter open', 'and grandma\'s?', 'close hers'], ['Grila gjyshe'], 2);
  });

  it('a person named by their own name: "and arben\'s?"', async () => {
    await proposes(['close the living room shutter', 'and arben\'s?'], ['Grila Arben'], 2);
  });
});
