// Issue 12, trust: "is anything unlocked?" reads every lock in the home, the doors and gates that carry their own lock
// reading too. A shed gate {"has_lock": true, "locked": false} beside two locked smart locks is the answer, never
// "No, nothing is unlocked".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ENTITIES: RawEntity[] = [
  { id: 'h', entity_type: 'home', name: 'Cottage', content: {} },
  { id: 'hall', entity_type: 'room', name: 'Hall', content: {} },
  { id: 'yard', entity_type: 'room', name: 'Yard', content: {} },
  { id: 'shed', entity_type: 'room', name: 'Shed', content: {} },
  { id: 'lock-front', entity_type: 'device', name: 'Front lock', content: { type: 'security', capabilities: ['lock'], state: { locked: true } } },
  { id: 'lock-back', entity_type: 'device', name: 'Back lock', content: { type: 'security', capabilities: ['lock'], state: { locked: true } } },
  { id: 'gate', entity_type: 'door', name: 'Shed gate', content: { has_lock: true, state: 'closed', locked: false } },
];
const EDGES: RawEdge[] = [
  { from: 'hall', to: 'h', type: 'part_of' },
  { from: 'yard', to: 'h', type: 'part_of' },
  { from: 'shed', to: 'h', type: 'part_of' },
  { from: 'lock-front', to: 'hall', type: 'located_in' },
  { from: 'lock-back', to: 'hall', type: 'located_in' },
  { from: 'gate', to: 'yard', type: 'connects_to' },
  { from: 'gate', to: 'shed', type: 'connects_to' },
];

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'ul-rel') });
});
afterAll(() => h.dispose());

describe('unlocked doors count as unlocked', () => {
  it.each(['is anything unlocked', 'are any doors unlocked'])('"%s" names the unlocked gate', async (q) => {
    const a = await h.dialog(q);
    expect(a.text).not.toMatch(/nothing is unlocked/i);
    expect(a.text).toContain('Shed gate');
    expect(a.cited).toContain('Shed gate');
  });
});
