// Issue 12, round 25: how rooms connect, the way between two, and how-to, as people in other languages ask them.
// "con qué se comunica el comedor", "la cour donne sur quoi", "jiko linaungana na vyumba gani" ask what a room
// connects to; "de la pieza al lavadero cómo voy", "garage to kitchen, which way", "y desde el patio a la cocina?"
// ask the way between two rooms (roomWays.ts, lexicon/ways.json). "cómo purgo los radiadores", "cómo se purga un
// radiador", "come ricarico la pressione" ask how to do it, whatever the person of the verb, and "purgo" finds
// "Purgar radiadores" by the verb's stem (howToWords.ts, lexicon/howTo.json). A device with no documents says how it
// is used in its own description.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { dialogOutcomes } from './dialogsOver';
import { readInEnglish } from '../../../src-main/intents/languages/readInEnglish';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'w-home', entity_type: 'home', name: 'Casa Ortiz', content: {} },
  { id: 'w-comedor', entity_type: 'room', name: 'Comedor', content: {} },
  { id: 'w-cocina', entity_type: 'room', name: 'Cocina', content: {} },
  { id: 'w-patio', entity_type: 'room', name: 'Patio', content: {} },
  { id: 'w-lavadero', entity_type: 'room', name: 'Lavadero', content: {} },
  { id: 'w-pieza', entity_type: 'room', name: 'Pieza de Juana', content: {} },
  { id: 'w-garage', entity_type: 'room', name: 'Garage', content: {} },
];
const DEVICES: RawEntity[] = [
  device('w-luz', 'Luz comedor', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('w-rad', 'Radiador pieza', { type: 'heater', capabilities: ['on_off'], state: { power: 'on' } }),
  device('w-estufa', 'Estufa comedor', { type: 'heater', description: 'Estufa a gas, se prende a mano con el piezoeléctrico', capabilities: [], state: {} }),
  device('w-caldaia', 'Caldera', { type: 'boiler', capabilities: ['pressure'], state: { pressure: 0.8 } }),
];
const OTHERS: RawEntity[] = [
  { id: 'w-purgar', entity_type: 'procedure', name: 'Purgar radiadores', content: { steps: ['abrir la válvula con la llave', 'cerrar cuando sale agua'] } },
  { id: 'w-presion', entity_type: 'procedure', name: 'Ricaricare la pressione', content: { steps: ['aprire il rubinetto', 'chiudere a 1,5 bar'] } },
];
const PLACE: Record<string, string> = { 'w-luz': 'w-comedor', 'w-rad': 'w-pieza', 'w-estufa': 'w-comedor', 'w-caldaia': 'w-lavadero' };
const link = (from: string, to: string): RawEdge => ({ from, to, type: 'connects_to', properties: { via: 'puerta' } });
const EDGES: RawEdge[] = [
  link('w-comedor', 'w-cocina'),
  link('w-comedor', 'w-patio'),
  link('w-patio', 'w-lavadero'),
  link('w-patio', 'w-pieza'),
  link('w-cocina', 'w-garage'),
  { from: 'w-purgar', to: 'w-rad', type: 'procedure_for' },
  { from: 'w-presion', to: 'w-caldaia', type: 'procedure_for' },
];

let home: Harness;
const ask = dialogOutcomes(() => home, 'w');

beforeAll(async () => {
  const rooms = ROOMS.filter((r) => r.entity_type === 'room');
  const edges = [...roomAndDeviceEdges('w-home', rooms, DEVICES, PLACE, 'w-comedor'), ...EDGES];
  home = await openHarness({ homeJson: homeExportJson([...ROOMS, ...DEVICES, ...OTHERS], edges, 'w-rel') });
});
afterAll(() => home.dispose());

describe('what a room connects to, said in other languages', () => {
  it('"con qué se comunica el comedor", "con qué da el patio": the rooms it connects to', async () => {
    expect((await ask('con qué se comunica el comedor')).text).toMatch(/Comedor connects to .*Cocina.*Patio/);
    expect((await ask('con qué da el patio')).text).toMatch(/Patio connects to .*Lavadero/);
  });
  it('"y el patio?" after it asks the same of the patio', async () => {
    expect((await ask('con qué se comunica el comedor', 'y el patio?')).text).toMatch(/Patio connects to/);
  });
  it('the words of several languages: donne sur, grenzt an, linaungana na', async () => {
    const snapshot = await home.engine.index.get();
    expect(readInEnglish('la cocina donne sur quoi', snapshot)).toBe('what connects to the cocina');
    expect(readInEnglish('was grenzt an de Lavadero', snapshot)).toBe('what connects to the lavadero');
    expect(readInEnglish('cocina linaungana na vyumba gani', snapshot)).toBe('what connects to the cocina');
  });
});

describe('the way between two rooms', () => {
  it('"de la pieza de Juana al lavadero cómo voy": question word last, from and to by their words', async () => {
    expect((await ask('de la pieza de Juana al lavadero cómo voy')).text).toMatch(/Pieza de Juana → Patio .*→ Lavadero/);
  });
  it('"garage to comedor, which way" and "how do i get to the garage from the patio"', async () => {
    expect((await ask('garage to comedor, which way')).text).toMatch(/^Garage → Cocina .*→ Comedor/);
    const snapshot = await home.engine.index.get();
    expect(readInEnglish('how do i go to the garage from the patio', snapshot)).toBe('how do i get from the patio to the garage');
  });
  it('"y desde el patio a la cocina?" as a follow-up is a new way', async () => {
    expect((await ask('de la pieza de Juana al lavadero cómo voy', 'y desde el patio a la cocina?')).text).toMatch(/^Patio → Comedor .*→ Cocina/);
  });
  it('two rooms with other words are no way question ("prendé la luz del comedor y la cocina")', async () => {
    const snapshot = await home.engine.index.get();
    expect(readInEnglish('prendé la luz del comedor y la cocina', snapshot)).not.toMatch(/how do i get/);
  });
});

describe('how-to with any person of the verb', () => {
  it('"cómo purgo los radiadores", "cómo se purga un radiador" find "Purgar radiadores"', async () => {
    expect((await ask('cómo purgo los radiadores')).cited).toContain('Purgar radiadores');
    expect((await ask('cómo se purga un radiador')).cited).toContain('Purgar radiadores');
    expect((await ask('no sale agua caliente, cómo purgo el radiador de la pieza')).cited).toContain('Purgar radiadores');
  });
  it('"come ricarico la pressione della caldera" finds the Italian procedure', async () => {
    expect((await ask('come ricarico la pressione della caldera')).cited).toContain('Ricaricare la pressione');
  });
  it('an English "how hot is" is never read as a how-to', async () => {
    const snapshot = await home.engine.index.get();
    expect(readInEnglish("how hot's the caldera", snapshot)).not.toMatch(/how do i/);
    expect(readInEnglish('cómo está la cocina', snapshot)).not.toMatch(/how do i/);
  });
  it('a device with no documents says how it is used from its description', async () => {
    expect((await ask('cómo se prende la estufa del comedor')).text).toMatch(/piezoeléctrico/);
  });
});
