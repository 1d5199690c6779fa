// Issue 12, round 42: a family yard in Soweto with the grandparents' homestead in KwaZulu-Natal (the soweto home), asked
// in South African English, isiZulu, Sesotho and Afrikaans. A door carrying its own lock reading answers for itself
// (answerState.ts); a "deep freeze" is a freezer (kinds.json); "open" is no near spelling of a room named "Spens"
// (SlotResolver.ts); "door to the backyard" in a room's description names the kitchen door, not the room (HomeIndex.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver, dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const door = (id: string, name: string, content: Record<string, unknown>) => ({ id, entity_type: 'door', name, content });
const ENTITIES = [
  { id: 'r42s-home', entity_type: 'home', name: 'KwaKhumalo', content: {} },
  room('r42s-kitchen', 'Ikhishi', { description: 'the kitchen; gas stove, fridge, door to the backyard' }),
  room('r42s-pantry', 'Spens', { description: 'pantry off the kitchen' }),
  room('r42s-yard', 'Front yard'),
  door('r42s-kdoor', 'Kitchen door', { has_lock: true, state: { contact: 'closed', lock: 'unlocked' } }),
  door('r42s-trelli', 'Trellidoor', { has_lock: true, state: { contact: 'open', lock: 'unlocked' } }),
  device('r42s-freeze', 'Spens deep freeze', { type: 'appliance', capabilities: ['temperature'], state: { power: 'on', temperature: '-17 °C' } }),
  device('r42s-fridge', 'Kitchen fridge', { type: 'appliance', capabilities: ['temperature'], state: { power: 'on', temp: '4 °C' } }),
  device('r42s-gate', 'Centurion gate motor', { type: 'gate', capabilities: ['open', 'close'], state: { gate: 'closed' } }),
];
const PLACE_OF = { 'r42s-freeze': 'r42s-pantry', 'r42s-fridge': 'r42s-kitchen', 'r42s-gate': 'r42s-yard' };
const EDGES = [
  { from: 'r42s-kdoor', to: 'r42s-kitchen', type: 'located_in' },
  { from: 'r42s-trelli', to: 'r42s-yard', type: 'located_in' },
];

let home: Harness;
const ask = askingOver(() => home, 'r42s-ask');
const { proposes } = dialogsOver(() => home, 'r42s-cmd');
beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'r42s-kitchen', edges: EDGES, edgePrefix: 'r42s-edge' });
});
afterAll(() => home.dispose());

describe('the soweto home in English', () => {
  it('a door with its own lock reading and no lock device says it (jo064, jo169)', async () => {
    const kitchen = await ask('is the kitchen door locked');
    expect(kitchen.text).toMatch(/unlocked/);
    expect(kitchen.text).not.toMatch(/no lock reading/);
    expect(kitchen.cited).toContain('Kitchen door');
  });

  it('a deep freeze is a freezer (jo049)', async () => {
    const spens = await ask('what temp is the freezer in the spens');
    expect(spens.text).toContain('-17');
    expect(spens.text).not.toMatch(/no freezers/);
  });

  it('"open the gate" opens the gate, never "no gates in the Spens" (jo195)', async () => {
    await proposes(['open the gate'], ['Centurion gate motor'], 3);
  });

  it('"door" in a room description is the door there, not the room (jo190)', async () => {
    const doors = await ask('are any doors open');
    expect(doors.cited).toContain('Trellidoor');
    expect(doors.cited).not.toContain('Kitchen fridge');
  });
});
