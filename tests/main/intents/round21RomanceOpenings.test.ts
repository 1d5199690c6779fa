// Round 21, openings of Spanish, Italian and French questions: "cómo lavo / cómo se limpia / come si pulisce" (how do
// I clean it, the "it" left unsaid as these languages do), "tienes el manual", "quels appareils mesurent", and
// "est-ce que les plinthes chauffent" (the subject after "est-ce que" keeps its determiner), "a quanto era", "de qué
// marca son", "quando l'hanno revisionata l'ultima volta" (the thing left unsaid is the last one). Small homes written here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver } from './dialogsOver';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ES: RawEntity[] = [
  { id: 'gd-home', entity_type: 'home', name: 'Casa Ortega', content: {} },
  { id: 'gd-azotea', entity_type: 'room', name: 'Azotea', content: {} },
  { id: 'gd-cisterna', entity_type: 'device', name: 'Cisterna', content: { type: 'sensor', capabilities: ['level'], state: { level: '55%' } } },
  { id: 'gd-lavar', entity_type: 'procedure', name: 'Lavar la cisterna', content: { steps: ['Vacía la cisterna.', 'Talla las paredes.'] } },
  { id: 'gd-clima', entity_type: 'device', name: 'Clima sala', content: { type: 'climate', manufacturer: 'Carrier', capabilities: ['on/off', 'target_temperature'], state: { power: 'off' } } },
  { id: 'gd-focos', entity_type: 'device', name: 'Foco azotea', content: { type: 'lighting', manufacturer: 'Tecnolite', capabilities: ['on/off'], state: { power: 'on' } } },
  { id: 'gd-manual', entity_type: 'manual', name: 'Manual Carrier', content: { title: 'Carrier Xpower manual de usuario' } },
];
const ES_EDGES: RawEdge[] = [
  { from: 'gd-azotea', to: 'gd-home', type: 'part_of' },
  { from: 'gd-cisterna', to: 'gd-azotea', type: 'located_in' },
  { from: 'gd-clima', to: 'gd-azotea', type: 'located_in' },
  { from: 'gd-focos', to: 'gd-azotea', type: 'located_in' },
  { from: 'gd-lavar', to: 'gd-cisterna', type: 'procedure_for' },
  { from: 'gd-clima', to: 'gd-manual', type: 'documented_by' },
];

const IT: RawEntity[] = [
  { id: 'bo-home', entity_type: 'home', name: 'Casa Bianchi', content: {} },
  { id: 'bo-cucina', entity_type: 'room', name: 'Cucina', content: {} },
  { id: 'bo-stufa', entity_type: 'device', name: 'Caldaia', content: { type: 'heating', capabilities: ['on/off', 'target_temperature'], state: { power: 'on', target_temperature: 22, temperature: 20 } } },
  { id: 'bo-nota', entity_type: 'note', name: 'Revisione caldaia', content: { text: 'Ultima revisione e pulizia il 03/10/2026, dal tecnico.' } },
];
const IT_EDGES: RawEdge[] = [
  { from: 'bo-cucina', to: 'bo-home', type: 'part_of' },
  { from: 'bo-stufa', to: 'bo-cucina', type: 'located_in' },
  { from: 'bo-stufa', to: 'bo-nota', type: 'documented_by' },
];

const FR: RawEntity[] = [
  { id: 'qc-home', entity_type: 'home', name: 'Chez Tremblay', content: {} },
  { id: 'qc-salon', entity_type: 'room', name: 'Salon', content: {} },
  { id: 'qc-cuisine', entity_type: 'room', name: 'Cuisine', content: {} },
  { id: 'qc-plinthes', entity_type: 'device', name: 'Plinthes du salon', content: { type: 'heating', capabilities: ['on/off', 'heating', 'power'], state: { heating: true, power_w: 1500 } } },
  { id: 'qc-prise', entity_type: 'device', name: 'Prise cafetière', content: { type: 'plug', capabilities: ['on/off', 'energy'], state: { power: 'on', energy_kwh: 0.4 } } },
  { id: 'qc-lampe', entity_type: 'device', name: 'Lampe du salon', content: { type: 'lighting', capabilities: ['on/off'], state: { power: 'off' } } },
];
const FR_EDGES: RawEdge[] = [
  { from: 'qc-salon', to: 'qc-home', type: 'part_of' },
  { from: 'qc-cuisine', to: 'qc-home', type: 'part_of' },
  { from: 'qc-plinthes', to: 'qc-salon', type: 'located_in' },
  { from: 'qc-lampe', to: 'qc-salon', type: 'located_in' },
  { from: 'qc-prise', to: 'qc-cuisine', type: 'located_in' },
];

let es: Harness;
let fr: Harness;
let it_: Harness;
const askIt = askingOver(() => it_, 'bo', { mustAnswer: true });
const askEs = askingOver(() => es, 'gd', { mustAnswer: true });
const askFr = askingOver(() => fr, 'qc', { mustAnswer: true });

beforeAll(async () => {
  es = await openHarness({ homeJson: homeExportJson(ES, ES_EDGES, 'gd-rel') });
  fr = await openHarness({ homeJson: homeExportJson(FR, FR_EDGES, 'qc-rel') });
  it_ = await openHarness({ homeJson: homeExportJson(IT, IT_EDGES, 'bo-rel') });
});
afterAll(() => {
  es.dispose();
  fr.dispose();
  it_.dispose();
});

describe('how do I clean it', () => {
  it('"cómo lavo la cisterna" is its procedure', async () => {
    expect((await askEs('como lavo la cisterna')).cited).toContain('Lavar la cisterna');
  });
  it('"y cómo se lava" after the cistern is its procedure', async () => {
    expect((await askEs('donde esta la cisterna', 'y como se lava')).cited).toContain('Lavar la cisterna');
  });
});

describe('other openings', () => {
  it('"tienes el manual del clima" is its manual', async () => {
    expect((await askEs('tienes el manual del clima')).cited).toContain('Manual Carrier');
  });
  it('"quels appareils mesurent l\'énergie" is the devices that can', async () => {
    expect((await askFr("quels appareils mesurent l'énergie")).cited).toContain('Prise cafetière');
  });
  it('"est-ce que les plinthes du salon chauffent" asks whether they heat', async () => {
    const a = await askFr('est-ce que les plinthes du salon chauffent');
    expect(a.cited).toContain('Plinthes du salon');
    expect(a.text).toMatch(/heating/);
  });
});

describe('the thing left unsaid is the last one', () => {
  it('"a quanto era" after the boiler is its setting', async () => {
    expect((await askIt('la caldaia e accesa?', 'a quanto era')).text).toMatch(/22/);
  });
  it('"quando l\'hanno revisionata l\'ultima volta" after the boiler is its service note', async () => {
    const a = await askIt("la caldaia e accesa?", "quando l'hanno revisionata l'ultima volta");
    expect(a.text).toMatch(/03\/10\/2026/);
  });
  it('"y de qué marca son" after the lights is their maker', async () => {
    expect((await askEs('que focos hay', 'y de que marca son')).text).toMatch(/Tecnolite/);
  });
});
