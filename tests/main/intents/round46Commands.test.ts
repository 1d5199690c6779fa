// Issue 12, round 46: commands. "allume la lampe" in a home whose lamps are "Lampe de chevet parents" and two "Lanp …"
// described "floor lamp" and "desk lamp": the French head word named the one lamp whose name says it in French and
// was proposed; a head word said for one thing in many languages is one word, so all three are asked about
// (headWordKin.ts, petionville ht201). "cottage bedroom lamp on for the guests": an aside after a terse command names
// nothing of the home, and "the" is no name of a thing even where a device's name holds it ("Lamp by the window";
// terseReasons.ts, manchester mc282). "open the garage door at the razzett": the thing before "at"/"in", where the
// place said holds it, is the target; read whole it named nothing and the command was answered as a state
// (thingAtPlace.ts, valletta va205). "las an lampa" while talking about Nana's flat is still the lamp there, its
// ceiling light being no other lamp (commandInFocusPlace.ts, dublin du015).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room, zone } from './smallHome';

const light = (description: string): Record<string, unknown> => ({ type: 'light', capabilities: ['on_off'], state: { power: 'off' }, description });
const ENTITIES = [
  { id: 'r46c-home', entity_type: 'home', name: 'Kay', content: {} },
  room('r46c-salon', 'Salon'),
  room('r46c-parents', 'Chambre des parents'),
  room('r46c-biwo', 'Biwo'),
  room('r46c-cottage', 'Cottage bedroom'),
  device('r46c-chevet', 'Lampe de chevet parents', light('bedside lamp')),
  device('r46c-lanp-salon', 'Lanp salon', light('floor lamp next to the sofa')),
  device('r46c-lanp-biwo', 'Lanp biwo', light('desk lamp')),
  device('r46c-limye', 'Limyè salon', light('')),
  device('r46c-cottage-lamp', 'Cottage bedroom lamp', light('')),
  device('r46c-window', 'Lamp by the window', light('')),
];
const PLACE_OF = {
  'r46c-chevet': 'r46c-parents', 'r46c-lanp-salon': 'r46c-salon', 'r46c-lanp-biwo': 'r46c-biwo', 'r46c-limye': 'r46c-salon',
  'r46c-cottage-lamp': 'r46c-cottage', 'r46c-window': 'r46c-cottage',
};

let home: Harness;
const { dialog, proposes } = dialogsOver(() => home, 'r46c-cmd');
beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'r46c-salon', edgePrefix: 'r46c-edge' });
});
afterAll(() => home.dispose());

describe('a lamp said in one language is every lamp the home says in another (ht201)', () => {
  it('"allume la lampe" asks which of the three lamps', async () => {
    const answer = await dialog('allume la lampe');
    expect(answer.proposal ?? undefined).toBeUndefined();
    for (const name of ['Lampe de chevet parents', 'Lanp salon', 'Lanp biwo']) expect(answer.text).toContain(name);
    expect(answer.text).not.toContain('Limyè salon');
  });

  it('"allume la lampe de chevet" still names the one', async () => {
    await proposes(['allume la lampe de chevet'], ['Lampe de chevet parents'], 2);
  });
});

describe('an aside after a terse command may say "the" (mc282)', () => {
  it('"cottage bedroom lamp on for the guests" turns that lamp on', async () => {
    await proposes(['cottage bedroom lamp on for the guests'], ['Cottage bedroom lamp'], 2);
  });

  it('an aside that names a place of the home is still no aside', async () => {
    const answer = await dialog('cottage bedroom lamp on for the salon');
    expect(answer.proposal?.targets.map((t) => t.name) ?? []).not.toContain('Limyè salon');
  });
});

const SITES = [
  { id: 'r46s-home', entity_type: 'home', name: 'Dar', content: {} },
  zone('r46s-razzett', 'Ir-Razzett'),
  zone('r46s-grounds', 'Barra tar-razzett'),
  zone('r46s-flat', 'Il-Flat'),
  room('r46s-garaxx', 'Il-Garaxx'),
  room('r46s-kitchen', 'Kċina tal-flat'),
  room('r46s-nana', "Nana's flat"),
  room('r46s-box', 'Box room'),
  device('r46s-garage', 'Bieb tal-garaxx', { type: 'cover', capabilities: ['open_close'], state: { state: 'closed' } }),
  device('r46s-kitchen-light', 'Dawl tal-kċina', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r46s-solas', 'Solas Nana', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r46s-lampa', 'Lampa Nana', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r46s-desk', 'Desk Lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
];
const SITE_OF = { 'r46s-garage': 'r46s-garaxx', 'r46s-kitchen-light': 'r46s-kitchen', 'r46s-solas': 'r46s-nana', 'r46s-lampa': 'r46s-nana', 'r46s-desk': 'r46s-box' };

describe('a thing said at a place is the one the place holds (va205, du015)', () => {
  let sites: Harness;
  const over = dialogsOver(() => sites, 'r46s-cmd');
  beforeAll(async () => {
    sites = await openSmallHome({ entities: SITES, placeOf: SITE_OF, fallbackRoom: 'r46s-box', parentOf: { 'r46s-garaxx': 'r46s-grounds', 'r46s-kitchen': 'r46s-flat' }, edgePrefix: 'r46s-edge' });
  });
  afterAll(() => sites.dispose());

  it('"open the garage door at the razzett" opens it', async () => {
    await over.proposes(['open the garage door at the razzett'], ['Bieb tal-garaxx'], 3);
  });

  it('a place that does not hold the thing is no target', async () => {
    const answer = await over.dialog('open the garage door at the flat');
    expect(answer.proposal ?? undefined).toBeUndefined();
  });

  it('"las an lampa" after Nana\'s ceiling light is the lamp in her flat', async () => {
    await over.proposes(['is Solas Nana on?', 'las an lampa'], ['Lampa Nana'], 2);
  });
});
