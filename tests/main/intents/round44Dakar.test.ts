// Issue 12, round 44: a Senegalese home (the dakar home: a family house in Sacré-Cœur and the village house in Touba).
// Wolof is read in a home named partly in Wolof (wolofHome.ts, lexicon/wolofHome.json): its article after the noun
// ("ventilateur bi"), the thing said before its verb and "ko" ("lampu bergerie fey ko"), a state or "where" asked after
// the thing ("tele bi dafa taal", "enregistreur bi nekk na fan"), "bul …" (don't) before the request, the why after its
// comma. Formal and everyday French: the vous imperative ("Verrouillez-la", "Préchauffez"), courtesy before the verb
// ("Veuillez également …", "Pourriez-vous …"), "arrête", "ferme à clé", "Existe-t-il", a why after the comma
// ("…, nous recevons la famille") and "à" before a house of the home (crossLanguageCues.ts, romanceReasons.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver, dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room, zone } from './smallHome';
import { wolofHomePhrasing } from '../../../src-main/intents/languages/wolofHome';

const WOLOF_HOME = [
  { id: 'r44w-home', entity_type: 'home', name: 'Kër Diop', content: {} },
  zone('r44w-dakar', 'Kër Dakar'),
  zone('r44w-touba', 'Kër Touba'),
  room('r44w-kids', 'Chambre des enfants', { aliases: ['néeg xale yi'] }),
  room('r44w-mame', 'Néeg Mame'),
  room('r44w-salon', 'Salon'),
  room('r44w-guard', 'Chambre du gardien'),
  room('r44w-yard', 'Eth bi'),
  room('r44w-pen', 'Bergerie', { aliases: ['gétt bi'] }),
  room('r44w-hall', 'Grande salle'),
  device('r44w-kidlamp', 'Lampe veilleuse', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r44w-mamefan', 'Ventilateur Mame', { type: 'fan', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r44w-tv', 'Télé salon', { type: 'entertainment', capabilities: ['on_off', 'volume'], state: { power: 'on', volume: 18 } }),
  device('r44w-dvr', 'Enregistreur caméras', { type: 'security', capabilities: ['recording'], state: { status: 'recording' } }),
  device('r44w-gatelamp', 'Lampu buntu kër gi', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r44w-penlamp', 'Lampe bergerie', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r44w-halllamps', 'Lampes grande salle', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r44w-washer', 'Machine à laver', { type: 'washer', capabilities: ['on_off', 'program'], state: { status: 'running' } }),
];
const WOLOF_PLACES = {
  'r44w-kidlamp': 'r44w-kids', 'r44w-mamefan': 'r44w-mame', 'r44w-tv': 'r44w-salon', 'r44w-dvr': 'r44w-guard', 'r44w-gatelamp': 'r44w-yard',
  'r44w-penlamp': 'r44w-pen', 'r44w-halllamps': 'r44w-hall', 'r44w-washer': 'r44w-yard',
};
const WOLOF_PARENTS = {
  'r44w-kids': 'r44w-dakar', 'r44w-mame': 'r44w-dakar', 'r44w-salon': 'r44w-dakar', 'r44w-guard': 'r44w-dakar', 'r44w-yard': 'r44w-dakar',
  'r44w-pen': 'r44w-touba', 'r44w-hall': 'r44w-touba',
};
// The same kinds of things, named in French only: no Wolof is read there.
const FRENCH_HOME = [
  { id: 'r44f-home', entity_type: 'home', name: 'Maison Martin', content: {} },
  room('r44f-salon', 'Salon'),
  room('r44f-kitchen', 'Cuisine'),
  device('r44f-tv', 'Télé salon', { type: 'entertainment', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r44f-light', 'Lumière cuisine', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
];

let wolof: Harness;
let french: Harness;
const ask = askingOver(() => wolof, 'r44w-ask');
const { proposes } = dialogsOver(() => wolof, 'r44w-cmd');
const inFrench = dialogsOver(() => french, 'r44f-cmd');
beforeAll(async () => {
  wolof = await openSmallHome({ entities: WOLOF_HOME, placeOf: WOLOF_PLACES, fallbackRoom: 'r44w-salon', parentOf: WOLOF_PARENTS, edgePrefix: 'r44w-edge' });
  french = await openSmallHome({ entities: FRENCH_HOME, placeOf: { 'r44f-tv': 'r44f-salon', 'r44f-light': 'r44f-kitchen' }, fallbackRoom: 'r44f-salon', edgePrefix: 'r44f-edge' });
});
afterAll(() => {
  wolof.dispose();
  french.dispose();
});

describe('Wolof in a home named partly in Wolof', () => {
  it('a command opening with its verb, the article after the noun, the room by its Wolof alias (dk001, dk015)', async () => {
    await proposes(['fey lampu bi ci néeg xale yi'], ['Lampe veilleuse'], 2);
    await proposes(['fey tele bi'], ['Télé salon'], 2);
  });

  it('the thing said before its verb and "ko"; "taal ko" on the thing in focus; a name ending in an article kept (dk148, dk009)', async () => {
    await proposes(['lampu bergerie fey ko'], ['Lampe bergerie'], 2);
    await proposes(['lampu buntu kër gi dafa taal?', 'taal ko'], ['Lampu buntu kër gi'], 2);
  });

  it('"bul …" (don\'t) is no request; the why after the comma goes (dk007, dk022)', async () => {
    await proposes(['bul ko taal. fey ventilateur bi ci néeg Mame rekk'], ['Ventilateur Mame'], 2);
    await proposes(['taal lampu bergerie bi, dañuy toog ci biti'], ['Lampe bergerie'], 2);
  });

  it('a state and "where" asked after the thing (dk017, dk053)', async () => {
    expect((await ask('tele bi ci salon bi dafa taal')).text).toMatch(/Télé salon is on/);
    expect((await ask('enregistreur bi nekk na fan')).cited).toContain('Chambre du gardien');
    expect((await ask('fan la enregistreur bi nekk')).cited).toContain('Chambre du gardien');
  });

  it('is read only in a home named in Wolof: the same words in a French home are left as typed', async () => {
    const snapshot = await french.engine.index.get();
    expect(wolofHomePhrasing('fey tele bi', snapshot)).toBeUndefined();
    expect(wolofHomePhrasing('fey tele bi', await wolof.engine.index.get())).toBe('turn off tele');
  });
});

describe('French as a family in Dakar speaks it', () => {
  it('courtesy before the verb, a why after the comma and "arrête" (dk070, dk090, dk294)', async () => {
    await inFrench.proposes(['Veuillez également éteindre la lumière de la cuisine.'], ['Lumière cuisine'], 2);
    await inFrench.proposes(['Pourriez-vous éteindre la télé du salon ?'], ['Télé salon'], 2);
    await inFrench.proposes(['Éteindre la lumière de la cuisine, nous partons.'], ['Lumière cuisine'], 2);
    await proposes(['arrête la machine à laver'], ['Machine à laver'], 3);
  });

  it('"à" before a house of the home says where (dk293)', async () => {
    await proposes(['allume les lampes de la grande salle à Touba'], ['Lampes grande salle'], 2);
  });

  it('"Existe-t-il …" asks whether there is one (dk098)', async () => {
    expect((await ask('Existe-t-il un lave-vaisselle dans la maison ?')).text).toMatch(/no dishwasher|No device is classified as a dishwasher/i);
  });
});
