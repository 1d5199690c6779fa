// Issue 12, round 46: a Peruvian home (the cusco home: a family house and hostal in San Blas, a chacra near Urubamba).
// Lima Spanish as said and texted is read (lexicon/peruvian.json): a last "pe", "causa", "oe", "primo" and xfa are
// tone, dl = del, "sta prendida" = está prendida, "estamos jalando" = consuming; "medidor de luz" is an energy meter, not
// a light (lexicon/kinds.json); a switch described in Spanish as a light ("luz grande del patio") is a light for the
// risk tier, a Spanish heat word still makes it high (tools/riskEvidence.ts); "hey mate" opens a request as "hey" does;
// "las luces del hostal" are the lights of the zone called "hostal" (commandTargetPlaces.ts, pluralSaid.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver, dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room, zone } from './smallHome';
import { entityRisk } from '../../../src-main/tools/entityChangeTier';

const PERU_HOME = [
  { id: 'r46c-home', entity_type: 'home', name: 'Casa Miraflores', content: {} },
  room('r46c-patio', 'Patio'),
  room('r46c-sala', 'Sala'),
  room('r46c-bombas', 'Cuarto de bombas'),
  room('r46c-room', 'Room 5'),
  zone('r46c-hostal', 'Hostal Qori'),
  zone('r46c-condo', 'Condo de Paracas'),
  room('r46c-condosala', 'Condo - sala'),
  room('r46c-muelle', 'Muelle'),
  device('r46c-condolight', 'Luz del condo', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r46c-docklight', 'Luces del muelle', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  room('r46c-pasillo', 'Pasillo del hostal'),
  room('r46c-recepcion', 'Recepción'),
  device('r46c-hall', 'Hallway light', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r46c-desk', 'Luz de recepción', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r46c-patiolight', 'Foco patio', { type: 'switch', capabilities: ['on_off'], state: { switch: 'on' }, description: 'luz grande del patio' }),
  device('r46c-salalamp', 'Lámpara de la sala', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 40 } }),
  device('r46c-strip', 'Tira LED', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r46c-tv', 'Televisor de la sala', { type: 'entertainment', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r46c-meter', 'Medidor de luz', { type: 'sensor', capabilities: ['power', 'energy'], state: { power_w: 1520 } }),
  device('r46c-heater', 'Room 5 heater', { type: 'climate', capabilities: ['on_off', 'setpoint'], state: { power: 'off', setpoint: 20 } }),
];
const PERU_PLACES = {
  'r46c-patiolight': 'r46c-patio', 'r46c-salalamp': 'r46c-sala', 'r46c-strip': 'r46c-sala', 'r46c-tv': 'r46c-sala', 'r46c-meter': 'r46c-bombas', 'r46c-heater': 'r46c-room',
  'r46c-hall': 'r46c-pasillo', 'r46c-desk': 'r46c-recepcion', 'r46c-condolight': 'r46c-condosala', 'r46c-docklight': 'r46c-muelle',
};
const PERU_PARENTS = { 'r46c-pasillo': 'r46c-hostal', 'r46c-recepcion': 'r46c-hostal', 'r46c-condosala': 'r46c-condo', 'r46c-muelle': 'r46c-condo' };

let peru: Harness;
const ask = askingOver(() => peru, 'r46c-ask');
const { proposes } = dialogsOver(() => peru, 'r46c-cmd');
beforeAll(async () => {
  peru = await openSmallHome({ entities: PERU_HOME, placeOf: PERU_PLACES, fallbackRoom: 'r46c-sala', parentOf: PERU_PARENTS, edgePrefix: 'r46c-edge' });
});
afterAll(() => peru.dispose());

describe('Lima Spanish as said and texted', () => {
  it('texted forms and tone words are read (cu043, cu122, cu131)', async () => {
    expect((await ask('mi tira led sta prendida?')).text).toMatch(/Tira LED is on/);
    await proposes(['oe primo prende la tele'], ['Televisor de la sala'], 2);
    await proposes(['apaga la lámpara dl sala xfa'], ['Lámpara de la sala'], 2);
  });

  it('"cuánta luz estamos jalando ahorita" asks the power drawn (cu026)', async () => {
    const answer = await ask('primo cuánta luz estamos jalando ahorita');
    expect(answer.text).toMatch(/1520 W/);
  });
});

describe('"luz" as electricity and as a light', () => {
  it('a "medidor de luz" is an energy meter, never one of the lights switched (cu143)', async () => {
    await proposes(['apaga todas las luces'], ['Foco patio', 'Lámpara de la sala', 'Tira LED', 'Hallway light', 'Luz de recepción'], 2);
  });

  it('a switch described in Spanish as a light is tier 2; a Spanish heat word keeps a lamp high (cu122)', () => {
    expect(entityRisk({ entity_type: 'device', content: { type: 'switch', description: 'luz grande del patio' } })).toBe('low');
    expect(entityRisk({ entity_type: 'device', content: { type: 'switch', description: 'lámpara de calor para los pollitos' } })).toBe('high');
    expect(entityRisk({ entity_type: 'device', content: { type: 'switch', description: 'foco del calefactor' } })).toBe('high');
  });
});

describe('a zone called by a word of its name, said after the thing', () => {
  it('"las luces del hostal" are every light of the zone, not the one in "Pasillo del hostal" (cu142)', async () => {
    await proposes(['apaga todas las luces del hostal'], ['Hallway light', 'Luz de recepción'], 2);
    await proposes(['turn off the hostal lights'], ['Hallway light', 'Luz de recepción'], 2);
  });

  it('a device whose own name has the word is still the one meant ("the condo light" is Luz del condo: miami mi311)', async () => {
    await proposes(['turn on the condo light'], ['Luz del condo'], 2);
  });
});

describe('backpackers\' English', () => {
  it('"hey mate" opens a request as "hey" does (cu117)', async () => {
    await proposes(['hey mate can u turn on the heater in room 5 pls'], ['Room 5 heater'], 3);
  });
});
