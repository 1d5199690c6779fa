// Issue 12, round 43: wrong nones. A floor word ("the attic", "the loft") in a house whose data puts several rooms on
// that floor names all of them, not the one room named for the floor ("Attic landing"), even when the devices there
// are named for it too ("Attic smoke detector"): "any lights on in the attic" was "no lights in the Attic landing are
// on" while a bedroom up there had its light on (floorMates.ts; sheffield sf074). "what wifi things have we got" asks
// which devices have wifi, not the state of the router the home calls "the wifi" (templates/search.json; sf290).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room, zone } from './smallHome';

const ENTITIES = [
  { id: 'r43n-home', entity_type: 'home', name: 'Ecclesall terrace', content: {} },
  zone('r43n-house', 'Terrace house'),
  zone('r43n-flat', 'Granny flat'),
  room('r43n-hall', 'Hall', { floor: 'ground' }),
  room('r43n-kitchen', 'Kitchen', { floor: 'ground' }),
  room('r43n-landing', 'Attic stairs', { floor: 'attic', description: 'top of the steep stairs' }),
  room('r43n-front', 'Front bedroom (Ola)', { floor: 'attic' }),
  room('r43n-back', 'Back bedroom (Sam)', { floor: 'attic' }),
  room('r43n-flatroom', 'Flat bedroom', { floor: 'attic' }),
  device('r43n-l1', 'Attic stairs light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r43n-smoke', 'Attic smoke alarm', { type: 'smoke_alarm', capabilities: ['smoke'], state: { smoke: 'clear' } }),
  device('r43n-l2', 'Ola lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r43n-l3', 'Sam ceiling light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r43n-l4', 'Flat bedroom light', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r43n-l5', 'Hall light', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r43n-router', 'Bilbo', { type: 'network', capabilities: ['wifi', 'ethernet'], aliases: ['router', 'the wifi'], state: { status: 'online' } }),
  device('r43n-pod', 'Samwise', { type: 'network', capabilities: ['wifi'], state: { status: 'online' }, description: 'wifi booster' }),
];
const PLACE_OF = { 'r43n-l1': 'r43n-landing', 'r43n-smoke': 'r43n-landing', 'r43n-l2': 'r43n-front', 'r43n-l3': 'r43n-back', 'r43n-l4': 'r43n-flatroom', 'r43n-l5': 'r43n-hall', 'r43n-router': 'r43n-hall', 'r43n-pod': 'r43n-kitchen' };
const PARENT_OF = { 'r43n-hall': 'r43n-house', 'r43n-kitchen': 'r43n-house', 'r43n-landing': 'r43n-house', 'r43n-front': 'r43n-house', 'r43n-back': 'r43n-house', 'r43n-flatroom': 'r43n-flat' };

let home: Harness;
const ask = askingOver(() => home, 'r43n-ask');
beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'r43n-hall', parentOf: PARENT_OF, edgePrefix: 'r43n-edge' });
});
afterAll(() => home.dispose());

describe('a floor word names the rooms on that floor', () => {
  it('"any lights on in the attic" answers every attic room of the house, not only the one named for it', async () => {
    const on = await ask('any lights on in the attic');
    expect(on.cited).toEqual(expect.arrayContaining(['Ola lamp', 'Attic stairs', 'Front bedroom (Ola)', 'Back bedroom (Sam)']));
    expect(on.text).toMatch(/Ola lamp/);
    // The granny flat's top-floor room is another building's.
    expect(on.cited).not.toContain('Flat bedroom light');
    expect(on.cited).not.toContain('Hall light');
  });

  it('so does another word of the floor ("the loft")', async () => {
    expect((await ask('are any lights on in the loft')).cited).toEqual(expect.arrayContaining(['Ola lamp']));
  });

  it('the room named for the floor is still itself by its whole name', async () => {
    const stairs = await ask('are any lights on in the attic stairs');
    expect(stairs.cited).toContain('Attic stairs light');
    expect(stairs.cited).not.toContain('Ola lamp');
  });
});

describe('a capability said before "things" asks which devices have it', () => {
  it('"what wifi things have we got" lists every wifi device, not the router called "the wifi"', async () => {
    for (const q of ['what wifi things have we got', 'what wifi devices do we have']) {
      expect((await ask(q)).cited, q).toEqual(expect.arrayContaining(['Bilbo', 'Samwise']));
    }
  });
});
