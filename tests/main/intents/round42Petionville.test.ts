// Issue 12, round 42: a Haitian home named in Kreyòl (the Pétion-Ville home). Kreyòl is read in a home whose names
// are Kreyòl, where its kind and room words are the home's names (haitianHome.ts): "ki limyè ki limen" asks which
// lights are on, "kisa ki nan X" what is in X, a request opening with its verb is the command, "X, limen l" turns X on,
// "fèmen" a light or fan turns it off, "klete" is locked; a name's word typed in French or English spelling is the Kreyòl word (kreyolSpelledNames.ts:
// "Jacmel" is "Jakmèl"); "open" a word that names a gate motor and an electric lock asks which (lockThatOpens.ts);
// the kind's word said once in a zone whose ones stand in several rooms asks which (singularInPlace.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver, dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room, zone } from './smallHome';
import { kreyolSpelling } from '../../../src-main/intents/languages/kreyolSpelledNames';

const ENTITIES = [
  { id: 'r42h-home', entity_type: 'home', name: 'Kay Dorsainvil', content: {} },
  zone('r42h-main', 'Kay Lakay'),
  zone('r42h-sea', 'Kay Jakmèl'),
  room('r42h-salon', 'Salon'),
  room('r42h-kitchen', 'Kwizin'),
  room('r42h-yard', 'Lakou dèyè'),
  room('r42h-drive', 'Antre machin'),
  room('r42h-sroom', 'Chanm Jakmèl'),
  room('r42h-shall', 'Sal Jakmèl'),
  room('r42h-garage', 'Garage'),
  device('r42h-l1', 'Limyè salon', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r42h-l2', 'Limyè kwizin', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r42h-flood', 'Pwojektè miray dèyè', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r42h-pump', 'Ponp sitèn', { type: 'pump', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r42h-level', 'Nivo sitèn', { type: 'sensor', capabilities: ['level'], state: { level: 62 } }),
  device('r42h-gate', 'Pòtay machin', { type: 'cover', capabilities: ['open', 'close'], state: { position: 'closed' } }),
  device('r42h-small', 'Ti pòtay', { type: 'lock', capabilities: ['lock', 'unlock'], state: { lock: 'locked' } }),
  device('r42h-switch', 'Entèriptè pwojektè', { type: 'switch', capabilities: ['on_off'], state: { power: 'on' }, description: 'wall switch for the floodlight' }),
  device('r42h-opener', 'Garage door opener', { type: 'cover', capabilities: ['open', 'close'], state: { position: 'closed' } }),
  device('r42h-glock', 'Garage entry lock', { type: 'lock', capabilities: ['lock', 'unlock'], state: { lock: 'locked' } }),
  device('r42h-f1', 'Fan chanm Jakmèl', { type: 'fan', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r42h-f2', 'Fan sal Jakmèl', { type: 'fan', capabilities: ['on_off'], state: { power: 'off' } }),
];
const PLACE_OF = { 'r42h-l1': 'r42h-salon', 'r42h-l2': 'r42h-kitchen', 'r42h-flood': 'r42h-yard', 'r42h-pump': 'r42h-yard', 'r42h-level': 'r42h-yard', 'r42h-gate': 'r42h-drive', 'r42h-small': 'r42h-drive', 'r42h-switch': 'r42h-drive', 'r42h-f1': 'r42h-sroom', 'r42h-f2': 'r42h-shall', 'r42h-opener': 'r42h-garage', 'r42h-glock': 'r42h-garage' };
const PARENT_OF = { 'r42h-salon': 'r42h-main', 'r42h-kitchen': 'r42h-main', 'r42h-yard': 'r42h-main', 'r42h-drive': 'r42h-main', 'r42h-sroom': 'r42h-sea', 'r42h-shall': 'r42h-sea', 'r42h-garage': 'r42h-main' };

let home: Harness;
const ask = askingOver(() => home, 'r42h-ask');
const { dialog, proposes } = dialogsOver(() => home, 'r42h-cmd');
beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'r42h-salon', parentOf: PARENT_OF, edgePrefix: 'r42h-edge' });
});
afterAll(() => home.dispose());

describe('Kreyòl in a home named in Kreyòl', () => {
  it('"ki limyè ki limen" asks which lights are on; "kisa ki nan X" what is in X', async () => {
    const on = await ask('ki limyè ki limen kounye a');
    expect(on.cited).toEqual(expect.arrayContaining(['Limyè salon', 'Pwojektè miray dèyè']));
    expect(on.cited).not.toContain('Limyè kwizin');
    expect((await ask('kisa ki nan lakou dèyè a')).cited).toEqual(expect.arrayContaining(['Ponp sitèn', 'Nivo sitèn', 'Pwojektè miray dèyè']));
  });

  it('a state asked after its thing, its article gone; "klete" is locked', async () => {
    expect((await ask('ponp lan ap mache?')).text).toMatch(/off/);
    expect((await ask('ti pòtay la klete?')).text).toMatch(/locked/);
  });

  it('a request opening with its verb, and a thing then its command on "l", are the command', async () => {
    await proposes(['demare ponp sitèn nan'], ['Ponp sitèn'], 3);
    await proposes(['ponp sitèn nan, limen l'], ['Ponp sitèn'], 3);
    await proposes(['bon, etenn limyè salon an non'], ['Limyè salon'], 2);
    expect((await dialog('bon, etenn limyè salon an non')).text).toMatch(/turn off/i);
  });

  it('closing or opening a thing Kreyòl switches is turning it off or on; a gate is still closed', async () => {
    expect((await dialog('fèmen limyè salon an pls')).text).toMatch(/turn off/i);
    expect((await dialog('fèmen pòtay machin nan')).text).not.toMatch(/turn off/i);
  });
});

describe('a name typed in French or English spelling', () => {
  it('is the Kreyòl word of the home', async () => {
    expect(kreyolSpelling('jacmel')).toBe('jakmel');
    expect(kreyolSpelling('projecteur')).toBe('pwojekte');
    expect((await ask('how many devices in Jacmel')).text).toMatch(/\b2\b/);
    expect((await ask('qu’est-ce qui contrôle les projecteurs ?')).cited).toContain('Entèriptè pwojektè');
  });
});

describe('questions back rather than a wrong device', () => {
  it('"open" a word naming a gate motor and an electric lock asks which', async () => {
    const answer = await dialog('ouvri pòtay la');
    expect(answer.proposal ?? undefined).toBeUndefined();
    expect(answer.text).toMatch(/Pòtay machin/);
    expect(answer.text).toMatch(/Ti pòtay/);
  });

  it('"open the garage" names the room: its door opener, not a question with the lock that carries the room\'s word (q236)', async () => {
    const answer = await dialog('open the garage');
    expect(answer.proposal?.targets.map((t) => t.name)).toEqual(['Garage door opener']);
  });

  it('"the fan" of a zone whose fans are in two rooms asks which', async () => {
    const answer = await dialog('turn on the fan in Jacmel');
    expect(answer.proposal ?? undefined).toBeUndefined();
    expect(answer.text).toMatch(/Fan chanm Jakmèl/);
    expect(answer.text).toMatch(/Fan sal Jakmèl/);
  });
});
