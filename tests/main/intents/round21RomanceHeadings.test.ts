// Round 21, Italian and Spanish said the way people type them: the thing first as a heading and the question after it
// ("lavatrice quanto manca", "pompa quando parte", "stato caldaia"), "a che ora / a qué hora" with the reflexive verb,
// "c e" typed without its apostrophe, the object named first and taken up by the pronoun on the command ("la radio
// della cucina abbassala a 15"), and phrases of the language that hold a "da"/"di" ("da sole", "di preciso"). A small
// Sicilian and a small Valencian home written here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver, dialogsOver } from './dialogsOver';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ENTITIES: RawEntity[] = [
  { id: 'pa-home', entity_type: 'home', name: 'Casa Russo', content: {} },
  { id: 'pa-cucina', entity_type: 'room', name: 'Cucina', content: {} },
  { id: 'pa-lavanderia', entity_type: 'room', name: 'Lavanderia', content: {} },
  { id: 'pa-soggiorno', entity_type: 'room', name: 'Soggiorno', content: {} },
  { id: 'pa-orto', entity_type: 'room', name: 'Orto', content: {} },
  { id: 'pa-lavatrice', entity_type: 'device', name: 'Lavatrice', content: { type: 'appliance', capabilities: ['start', 'remaining_time'], state: { running: true, remaining_min: 38 } } },
  { id: 'pa-caldaia', entity_type: 'device', name: 'Caldaia', content: { type: 'climate', manufacturer: 'Baxi', capabilities: ['on/off', 'flow_temperature'], state: { power: 'on', flow_temperature: 61, pressure_bar: 1.3 } } },
  { id: 'pa-pompa', entity_type: 'device', name: 'Pompa orto', content: { type: 'garden', capabilities: ['on/off', 'schedule'], state: { power: 'off' } } },
  { id: 'pa-turni', entity_type: 'schedule', name: 'Turni pompa', content: { days: 'mon,wed,fri', periods: [{ from: '05:40', to: '06:10' }], enabled: true } },
  { id: 'pa-termostato', entity_type: 'device', name: 'Cronotermostato', content: { type: 'climate', capabilities: ['temperature', 'target_temperature'], state: { temperature: 19.5, target_temperature: 20.5 } } },
  { id: 'pa-radio', entity_type: 'device', name: 'Radio della cucina', content: { type: 'entertainment', capabilities: ['play/pause', 'volume'], state: { playing: true, volume: 40 } } },
  { id: 'pa-persiane', entity_type: 'device', name: 'Persiane soggiorno', content: { type: 'cover', capabilities: ['open/close', 'position'], state: { position: 100 } } },
  { id: 'pa-persiane-cucina', entity_type: 'device', name: 'Persiane cucina', content: { type: 'cover', capabilities: ['open/close', 'position'], state: { position: 0 } } },
  { id: 'pa-sera', entity_type: 'schedule', name: 'Persiane la sera', content: { days: 'daily', periods: [{ at: '21:15', action: 'close' }], enabled: true } },
  { id: 'pa-sensore', entity_type: 'device', name: 'Sensore porta', content: { type: 'sensor', capabilities: ['contact', 'battery'], state: { open: false, battery: '7%' } } },
  { id: 'pa-igrometro', entity_type: 'device', name: 'Igrometro', content: { type: 'sensor', capabilities: ['humidity', 'battery'], state: { humidity: 58, battery: '80%' } } },
  { id: 'pa-forno', entity_type: 'device', name: 'Forno', content: { type: 'appliance', capabilities: ['on/off', 'target_temperature'], state: { power: 'off' } } },
  { id: 'pa-manuale', entity_type: 'manual', name: 'Libretto forno', content: { title: 'Forno - istruzioni' } },
  { id: 'pa-vado', entity_type: 'automation', name: 'Vado via', content: { trigger: { type: 'manual' }, actions: [{ device: 'Persiane soggiorno', action: 'close' }] } },
];

const EDGES: RawEdge[] = [
  ...['pa-cucina', 'pa-lavanderia', 'pa-soggiorno', 'pa-orto'].map((room) => ({ from: room, to: 'pa-home', type: 'part_of' })),
  { from: 'pa-lavatrice', to: 'pa-lavanderia', type: 'located_in' },
  { from: 'pa-caldaia', to: 'pa-lavanderia', type: 'located_in' },
  { from: 'pa-pompa', to: 'pa-orto', type: 'located_in' },
  { from: 'pa-turni', to: 'pa-pompa', type: 'manages' },
  { from: 'pa-termostato', to: 'pa-soggiorno', type: 'located_in' },
  { from: 'pa-radio', to: 'pa-cucina', type: 'located_in' },
  { from: 'pa-persiane', to: 'pa-soggiorno', type: 'located_in' },
  { from: 'pa-persiane-cucina', to: 'pa-cucina', type: 'located_in' },
  { from: 'pa-sera', to: 'pa-persiane', type: 'manages' },
  { from: 'pa-sensore', to: 'pa-soggiorno', type: 'located_in' },
  { from: 'pa-igrometro', to: 'pa-lavanderia', type: 'located_in' },
  { from: 'pa-forno', to: 'pa-cucina', type: 'located_in' },
  { from: 'pa-forno', to: 'pa-manuale', type: 'documented_by' },
  { from: 'pa-vado', to: 'pa-persiane', type: 'controls' },
];

const ES_ENTITIES: RawEntity[] = [
  { id: 'va-home', entity_type: 'home', name: 'Casa Ferrer', content: {} },
  { id: 'va-terraza', entity_type: 'room', name: 'Terraza', content: {} },
  { id: 'va-dormitorio', entity_type: 'room', name: 'Dormitorio principal', content: {} },
  { id: 'va-bomba', entity_type: 'device', name: 'Bomba del aljibe', content: { type: 'pump', capabilities: ['on/off'], state: { power: 'off' } } },
  { id: 'va-riego', entity_type: 'schedule', name: 'Llenado del aljibe', content: { days: 'daily', periods: [{ from: '07:15', to: '07:45' }], enabled: true } },
  { id: 'va-split', entity_type: 'device', name: 'Split dormitorio principal', content: { type: 'climate', capabilities: ['on/off', 'mode', 'target_temperature'], state: { power: 'on', mode: 'cool', target_temperature: 24, temperature: 26 } } },
  { id: 'va-secadora', entity_type: 'device', name: 'Secadora', content: { type: 'appliance', capabilities: ['start', 'remaining_time'], state: { running: true, remaining_min: 52 } } },
];
const ES_EDGES: RawEdge[] = [
  { from: 'va-terraza', to: 'va-home', type: 'part_of' },
  { from: 'va-dormitorio', to: 'va-home', type: 'part_of' },
  { from: 'va-bomba', to: 'va-terraza', type: 'located_in' },
  { from: 'va-riego', to: 'va-bomba', type: 'manages' },
  { from: 'va-split', to: 'va-dormitorio', type: 'located_in' },
  { from: 'va-secadora', to: 'va-terraza', type: 'located_in' },
];

let h: Harness;
let es: Harness;
const ask = askingOver(() => h, 'pa', { mustAnswer: true });
const askEs = askingOver(() => es, 'va', { mustAnswer: true });
const { proposes } = dialogsOver(() => h, 'pa-do');

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'pa-rel') });
  es = await openHarness({ homeJson: homeExportJson(ES_ENTITIES, ES_EDGES, 'va-rel') });
});
afterAll(() => {
  h.dispose();
  es.dispose();
});

describe('the thing first, the question after it', () => {
  it('"lavatrice quanto manca" is how long is left on it', async () => {
    expect((await ask('lavatrice quanto manca')).text).toMatch(/38 min/);
  });
  it('"secadora cuánto falta" is how long is left on it', async () => {
    expect((await askEs('secadora cuanto falta')).text).toMatch(/52 min/);
  });
  it.each(['stato caldaia', 'caldaia stato'])('"%s" is the status of the boiler', async (q) => {
    const a = await ask(q);
    expect(a.cited).toContain('Caldaia');
    expect(a.text).toMatch(/61/);
  });
  it('"pompa orto quando parte" is when its schedule starts it', async () => {
    const a = await ask('pompa orto quando parte');
    expect(a.cited).toContain('Turni pompa');
    expect(a.text).toMatch(/05:40/);
  });
  it('"cronotermostato a quanto e impostato" is its setpoint', async () => {
    expect((await ask('cronotermostato a quanto e impostato')).text).toMatch(/20\.5/);
  });
  it('"split del dormitorio principal a cuánto está" is its setpoint', async () => {
    expect((await askEs('split del dormitorio principal a cuanto esta')).text).toMatch(/24/);
  });
  it('a sentence with a verb of its own before the question word is no heading', async () => {
    const a = await h.responder.respond('la cucina da sull orto cosa', h.context({ conversationId: 'pa-verb' }));
    expect(a?.text ?? '').not.toMatch(/No .* (is|are) on/);
  });
});

describe('"a che ora" and "a qué hora" with the reflexive verb', () => {
  it('"a qué hora se prende la bomba" is when its schedule runs', async () => {
    const a = await askEs('a que hora se prende la bomba');
    expect(a.cited).toContain('Llenado del aljibe');
  });
  it('"a che ora si chiudono da sole" after the shutters is when their schedule closes them', async () => {
    const a = await ask('le persiane del soggiorno sono aperte?', 'a che ora si chiudono da sole');
    expect(a.cited).toContain('Persiane la sera');
  });
});

describe('words of the language said as people type them', () => {
  it('"c e un manuale?" after the oven is its manual', async () => {
    expect((await ask('il forno è acceso?', 'c e un manuale?')).cited).toContain('Libretto forno');
  });
  it('"cosa c e in lavanderia" is what is in there', async () => {
    expect((await ask('cosa c e in lavanderia')).cited).toEqual(expect.arrayContaining(['Lavatrice', 'Caldaia', 'Igrometro']));
  });
  it('"e dov\'e di preciso" after the oven is where it is', async () => {
    expect((await ask('il forno è acceso?', "e dov'e di preciso")).text).toMatch(/Cucina/);
  });
  it('"batterie scariche?" lists the low batteries', async () => {
    const a = await ask('batterie scariche?');
    expect(a.text).toMatch(/Sensore porta: 7%/);
  });
  it('"cosa misura l\'umidita" is the devices that measure humidity', async () => {
    expect((await ask("cosa misura l'umidita")).cited).toContain('Igrometro');
  });
});

describe('"quelle in …", "quelli in …": the ones in another place', () => {
  it('"e quelle in cucina?" after the living-room shutters is the kitchen ones', async () => {
    const a = await ask('le persiane del soggiorno sono aperte?', 'e quelle in cucina?');
    expect(a.cited).toContain('Persiane cucina');
    expect(a.cited).not.toContain('Persiane soggiorno');
  });
});

describe('"e" typed for "è" before a place', () => {
  it('"il forno e in cucina vero?" asks where the oven is', async () => {
    const a = await ask('il forno e in cucina vero?');
    expect(a.cited).toContain('Forno');
    expect(a.text).toMatch(/Cucina/);
  });
});

describe('commands', () => {
  it('"la radio della cucina abbassala a 15": the object said first, the command on it', async () => {
    await proposes(['la radio della cucina abbassala a 15'], ['Radio della cucina'], 2);
  });
  it('"fai partire vado via" runs the routine', async () => {
    await proposes(['fai partire vado via'], ['Vado via'], 3);
  });
});
