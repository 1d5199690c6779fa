// Issue 12, round 41: the classes the Asunción home (tests/fixtures/homes/asuncion.*) found, each on a small home of
// its own here. Guaraní and Jopara are read into the Spanish the Spanish readers read (languages/guaraniPhrasing.ts,
// lexicon/guarani.json): its requests ("emboguepa", "emyendy"), its questions ("mboy grado", "mamópa oĩ",
// "mba'éichapa oĩ", "oĩpa"), its "-pe" of place, and a request said last. WhatsApp Spanish: "d la" is "de la", "dnd"
// is dónde, "quedó prendida" asks whether it is on (lexicon/rioplatense.json, read before Swiss German takes its "d").
// A valve's open/closed reading stored in Spanish ("abierta") is open (openingMeaning.ts: it was a wrong none).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialogOutcomes } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';
import { guaraniPhrasing } from '../../../src-main/intents/languages/guaraniPhrasing';

const ENTITIES = [
  { id: 'gn-home', entity_type: 'home', name: 'Oga', content: {} },
  room('gn-kitchen', 'Cocina'),
  room('gn-living', 'Sala'),
  room('gn-patio', 'Quincho'),
  device('gn-klight', 'Luces de la cocina', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('gn-ac', 'Aire de la sala', { type: 'air_conditioner', capabilities: ['on_off', 'temperature'], state: { power: 'on', setpoint: 23, temperature: 26.5 } }),
  device('gn-fan', 'Ventilador de la sala', { type: 'fan', capabilities: ['on_off'], state: { power: 'off' } }),
  device('gn-speaker', 'Parlante del quincho', { type: 'speaker', capabilities: ['on_off', 'volume'], state: { power: 'off', volume: 30 } }),
  room('gn-farm', 'Chacra'),
  device('gn-mango', 'Riego de los mangos', { type: 'valve', capabilities: ['open', 'close'], state: { valve: 'abierta' } }),
  device('gn-orange', 'Riego del naranjal', { type: 'valve', capabilities: ['open', 'close'], state: { valve: 'cerrada' } }),
  device('gn-poollight', 'Luces de la pileta', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('gn-poolpump', 'Bomba de la pileta', { type: 'pump', capabilities: ['on_off'], state: { power: 'on' } }),
  { id: 'gn-filter', entity_type: 'schedule', name: 'Filtrado de la pileta', content: { days: 'todos los días', times: ['08:00-12:00', '16:00-20:00'], devices: ['Bomba de la pileta'] } },
  { id: 'gn-sunset', entity_type: 'automation', name: 'Gallinero al atardecer', content: { trigger: { type: 'sun', event: 'sunset' }, description: 'cierra la puertita 20 minutos después de que se pone el sol', enabled: true } },
  device('gn-oven', 'Tatakua', { type: 'oven', capabilities: ['temperature'], state: { temperature: 245 } }),
];
const PLACE_OF = { 'gn-klight': 'gn-kitchen', 'gn-ac': 'gn-living', 'gn-fan': 'gn-living', 'gn-speaker': 'gn-patio', 'gn-oven': 'gn-patio', 'gn-mango': 'gn-farm', 'gn-orange': 'gn-farm', 'gn-poollight': 'gn-patio', 'gn-poolpump': 'gn-patio' };

let home: Harness;
const dialog = dialogOutcomes(() => home, 'gn');

beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'gn-living', edgePrefix: 'gn-edge' });
});
afterAll(() => home.dispose());

describe('Guaraní and Jopara, read into Spanish', () => {
  it('reads the requests, the "-pe" of place and the questions', () => {
    expect(guaraniPhrasing('emboguepa la tesapé cocina-pe')).toBe('apagá la luz en cocina');
    expect(guaraniPhrasing("mboy grado oĩ ko'ágã sala-pe")).toBe('cuántos grados hay ahora en sala');
    expect(guaraniPhrasing('mamópa oĩ la tatakua')).toBe('dónde está la tatakua');
    expect(guaraniPhrasing('oĩpa ascensor ko ógape')).toBe('hay ascensor en la casa');
    expect(guaraniPhrasing('el cerco eléctrico oĩpa activado')).toBe('el cerco eléctrico está activado');
    expect(guaraniPhrasing('ventilador del comedor emboguepa')).toBe('apagá ventilador del comedor');
    expect(guaraniPhrasing("la abuela mba'e")).toBe('la de la abuela');
  });

  it('leaves Spanish, Portuguese and Rioplatense alone, "che", "ha" and "oi" included', () => {
    expect(guaraniPhrasing('che, apagá la luz de la cocina')).toBeUndefined();
    expect(guaraniPhrasing('oi, a bomba do poço está ligada?')).toBeUndefined();
    expect(guaraniPhrasing('se ha apagado el aire')).toBeUndefined();
  });

  it('turns off the kitchen lights ("emboguepa la tesapé cocina-pe")', async () => {
    expect((await dialog('emboguepa la tesapé cocina-pe')).targets).toEqual(['Luces de la cocina']);
  });

  it('turns on the speaker in the quincho ("emyendy la parlante quincho-pe")', async () => {
    expect((await dialog('emyendy la parlante quincho-pe')).targets).toEqual(['Parlante del quincho']);
  });

  it('tells the temperature of the living room ("mboy grado oĩ ko\'ágã sala-pe")', async () => {
    expect((await dialog("mboy grado oĩ ko'ágã sala-pe")).text).toContain('26.5');
  });

  it('tells where the tatakua is ("mamópa oĩ la tatakua")', async () => {
    expect((await dialog('mamópa oĩ la tatakua')).cited).toContain('Quincho');
  });

  it('tells how the AC is ("mba\'éichapa oĩ la aire sala-pe"), then turns that one off ("emboguepa")', async () => {
    expect((await dialog("mba'éichapa oĩ la aire sala-pe")).text).toContain('23');
    expect((await dialog("mba'éichapa oĩ la aire sala-pe", 'emboguepa')).targets).toEqual(['Aire de la sala']);
  });

  it('turns off a device named before its request ("ventilador de la sala emyendy")', async () => {
    expect((await dialog('ventilador de la sala emyendy')).targets).toEqual(['Ventilador de la sala']);
  });
});

describe('WhatsApp Spanish', () => {
  it('reads "d la" as "de la" ("apaga el aire d la sala xq no hay nadie")', async () => {
    expect((await dialog('apaga el aire d la sala xq no hay nadie')).targets).toEqual(['Aire de la sala']);
  });

  it('reads "dnd" as dónde ("dnd esta el parlante d la pile" names no pile: the quincho\'s speaker is where it is)', async () => {
    expect((await dialog('dnd esta el parlante del quincho')).cited).toContain('Quincho');
  });

  it('asks whether it is on with "quedó prendida"', async () => {
    expect((await dialog('¿quedó prendida la luz de la pileta?')).text).toMatch(/\bon\b/);
  });
});

describe('an open/closed reading in Spanish', () => {
  it('counts "abierta" as open ("qué riego está abierto en la chacra")', async () => {
    const { text, cited } = await dialog('qué riego está abierto en la chacra');
    expect(text).not.toMatch(/^No /);
    expect(cited).toEqual(['Riego de los mangos']);
  });

  it('then closes that one ("cerralo nomás")', async () => {
    expect((await dialog('qué riego está abierto en la chacra', 'cerralo nomás')).targets).toEqual(['Riego de los mangos']);
  });
});
