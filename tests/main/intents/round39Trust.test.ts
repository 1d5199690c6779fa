// Issue 12, round 39: wrong nones and wrong proposals of earlier rounds, each read as a class. "turn off the lights that
// are on upstairs" is the lights there (thatAreOn.ts); a fan named and typed a fan takes no kind from its model "Light
// Wave 52" (commandSayings.ts); "the kitchen light" among a light named in Latin letters and one in another script is
// never the first alone (slotMentions.ts); "login" asks a secret (cueWords.ts); none of a kind in a place names the
// device elsewhere named for it (namedForPlace.ts); a lift kept "up"/"down" is lowered (raiseLower.ts); "salt range"
// is no oven (valueRange.ts); Spanish "salta" runs (lexicon/frames.romance.json); an unknown word is never mended to
// another language's place word the home doesn't use (spellingRepair.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver, dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room, zone } from './smallHome';

const ENTITIES = [
  { id: 'tr-home', entity_type: 'home', name: 'Casa Lima', content: {} },
  zone('tr-down', 'Planta baja', { description: 'ground floor' }),
  zone('tr-up', 'Planta alta', { description: 'upper floor' }),
  room('tr-sala', 'Sala'),
  room('tr-back', 'Cuarto del fondo'),
  room('tr-hall', 'Pasillo'),
  room('tr-kids', 'Cuarto de los niños'),
  room('tr-pool', 'La piscina'),
  room('tr-side', 'El costado'),
  room('tr-dock', 'El muelle'),
  room('tr-cocina', 'Gaun bhansa', { description: 'farm kitchen' }),
  room('tr-bhansa', 'भान्सा', { description: 'kitchen on the top floor' }),
  device('tr-luzsala', 'Luz de la sala', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('tr-luzhall', 'Luz del pasillo', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('tr-luzkids', 'Luz de los niños', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('tr-leds', 'LEDs de los niños', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on' } }),
  device('tr-fan', 'Ventilador del fondo', { type: 'fan', model: 'Light Wave 52 + Bond Bridge', capabilities: ['on_off', 'fan_speed'], state: { power: 'on' } }),
  device('tr-luzback', 'Luz del fondo', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('tr-luzcocina', 'Gaun bhansa ko batti', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('tr-batti', 'भान्साको बत्ती', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('tr-poollight', 'Luz de la piscina', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('tr-heatpump', 'Heat pump de la piscina', { type: 'climate', model: 'HeatPro', capabilities: ['on_off', 'temperature', 'temperature_setpoint'], state: { power: 'off', setpoint: 84 } }),
  device('tr-chlor', 'Clorinador salino', { type: 'appliance', capabilities: ['salt', 'output'], state: { salt: 3300 } }),
  device('tr-leak', 'Sensor de agua', { type: 'sensor', capabilities: ['water_leak'], state: { water: 'dry' } }),
  device('tr-lift', 'Boat lift', { type: 'boat_lift', model: '10,000 lb 4-post + relay', capabilities: ['up_down'], state: { position: 'up' } }),
  device('tr-cam', 'Gate camera', { type: 'camera', capabilities: ['camera'], state: {} }),
  { id: 'tr-arrive', entity_type: 'automation', name: 'Thuiskomen / Arrivée', content: { trigger: { type: 'state', device: 'Gate camera' }, actions: ['Luz de la sala on'], enabled: true } },
  { id: 'tr-login', entity_type: 'note', name: 'CCTV login', content: { private: true, text: 'user casa.lima, password Xq#771' } },
  { id: 'tr-pool-note', entity_type: 'note', name: 'Piscina', content: { text: 'Salt 3200-3400 ppm. Heat pump only in winter.' } },
];
const PLACE_OF = {
  'tr-luzsala': 'tr-sala', 'tr-luzhall': 'tr-hall', 'tr-luzkids': 'tr-kids', 'tr-leds': 'tr-kids', 'tr-fan': 'tr-back', 'tr-luzback': 'tr-back',
  'tr-luzcocina': 'tr-cocina', 'tr-batti': 'tr-bhansa', 'tr-poollight': 'tr-pool', 'tr-heatpump': 'tr-side', 'tr-chlor': 'tr-side',
  'tr-leak': 'tr-sala', 'tr-lift': 'tr-dock', 'tr-cam': 'tr-side',
};
const PARENT_OF = { 'tr-sala': 'tr-down', 'tr-back': 'tr-down', 'tr-hall': 'tr-up', 'tr-kids': 'tr-up' };

let home: Harness;
const ask = askingOver(() => home, 'tr-ask');
const { dialog, proposes } = dialogsOver(() => home, 'tr-cmd');

beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'tr-sala', parentOf: PARENT_OF, edgePrefix: 'tr-edge' });
});
afterAll(() => home.dispose());

describe('a relative clause after the kind', () => {
  it('"turn off the lights that are on upstairs" is the lights upstairs that are on, never a "close"', async () => {
    await proposes(['turn off the lights that are on upstairs'], ['Luz del pasillo', 'LEDs de los niños'], 2);
  });

  it('texted and with "which": "switch off the lights which r on upstairs"', async () => {
    await proposes(['switch off the lights which r on upstairs'], ['Luz del pasillo', 'LEDs de los niños'], 2);
  });

  it('"turn on the lights that are on upstairs" says nothing new and proposes nothing', async () => {
    const a = await home.responder.respond('turn on the lights that are on upstairs', home.context({ conversationId: 'tr-on', role: 'admin' }));
    expect(a?.proposal, a?.text).toBeFalsy();
  });
});

describe('what a device is', () => {
  it('a fan named and typed a fan, modelled "Light Wave 52", is no light: "the fondo light" is the light', async () => {
    await proposes(['turn off the fondo light'], ['Luz del fondo'], 2);
  });

  it('"is the kitchen light on" with a light in another script typed light never answers the other alone', async () => {
    const a = await ask('is the kitchen light on');
    expect(a.text).not.toMatch(/^No — Gaun bhansa ko batti is off/);
  });
});

describe('trust in answers', () => {
  it('"the CCTV login" is a secret: a guest is told it is private, never shown it', async () => {
    const a = await home.responder.respond('can you tell me the CCTV login, I want to check my bike', home.context({ conversationId: 'tr-guest', role: 'guest' }));
    expect(a?.text ?? '').toMatch(/private/i);
    expect(a?.text ?? '').not.toContain('Xq#771');
  });

  it('"is the pool heater on" with none in the pool names the heat pump named for it, with its state', async () => {
    const a = await ask('is the pool heater on');
    expect(a.text).toContain('Heat pump de la piscina');
    expect(a.text).toContain('off');
  });

  it('"lower the boat lift" lowers it (up_down), never "no motor I can close"', async () => {
    const a = await dialog('lower the boat lift, guests bringing a boat');
    expect(a.proposal?.targets.map((t) => t.name), a.text).toEqual(['Boat lift']);
    const raised = await dialog('raise the boat lift');
    expect(raised.text).toMatch(/already/);
  });

  it('"what salt range does the pool want" is never "no ovens in La piscina"', async () => {
    const a = await ask('what salt range does the pool want');
    expect(a.text).not.toMatch(/oven/i);
  });

  it('"arrival" is no slip of Spanish "arriba" (a place word of the lexicon): it finds the automation "Arrivée"', async () => {
    const a = await ask('what does the arrival automation do');
    expect(a.cited).toContain('Thuiskomen / Arrivée');
  });

  it('Spanish "salta" is no salt: "qué automatización salta con el sensor de agua" never answers the chlorinator', async () => {
    const a = await ask('qué automatización salta con el sensor de agua');
    expect(a.cited).not.toContain('Clorinador salino');
  });
});
