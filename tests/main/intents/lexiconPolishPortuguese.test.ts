// Issue 12, lexicon: Polish rooms and device kinds, and Portuguese device kinds, are words of the lexicon
// (lexicon/places.json, lexicon/kinds.json). Two small homes written here, named only in their language and typed
// only by broad families ("appliance", "climate", "security"), so what makes a device a dishwasher or a room the
// kitchen is the lexicon word, with its inflections.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

type Device = [id: string, name: string, type: string, room: string];

function home(prefix: string, homeName: string, rooms: Array<[string, string]>, devices: Device[]): string {
  const entities: RawEntity[] = [{ id: `${prefix}-home`, entity_type: 'home', name: homeName, content: {} }];
  const edges: RawEdge[] = [];
  for (const [id, name] of rooms) {
    entities.push({ id, entity_type: 'room', name, content: {} });
    edges.push({ from: id, to: `${prefix}-home`, type: 'part_of' });
  }
  for (const [id, name, type, room] of devices) {
    entities.push({ id, entity_type: 'device', name, content: { type, state: { power: 'off' } } });
    edges.push({ from: id, to: room, type: 'located_in' });
  }
  return homeExportJson(entities, edges, `${prefix}-rel`);
}

const POLISH = home('pl', 'Dom Wiśniewskich', [
  ['pl-kuchnia', 'Kuchnia'], ['pl-lazienka', 'Łazienka'], ['pl-sypialnia', 'Sypialnia'], ['pl-przedpokoj', 'Przedpokój'],
  ['pl-gabinet', 'Gabinet'], ['pl-strych', 'Strych'], ['pl-garaz', 'Garaż'], ['pl-ogrod', 'Ogród'], ['pl-piwnica', 'Piwnica'],
  ['pl-silownia', 'Siłownia'], ['pl-szopa', 'Szopa'],
], [
  ['pl-zmywarka', 'Zmywarka', 'appliance', 'pl-kuchnia'],
  ['pl-piekarnik', 'Piekarnik', 'appliance', 'pl-kuchnia'],
  ['pl-czajnik', 'Czajnik Elektryczny', 'appliance', 'pl-kuchnia'],
  ['pl-lodowka', 'Lodówka', 'appliance', 'pl-kuchnia'],
  ['pl-pralka', 'Pralka', 'appliance', 'pl-lazienka'],
  ['pl-zalanie', 'Czujnik Zalania', 'security', 'pl-lazienka'],
  ['pl-roleta', 'Roleta Sypialnia', 'appliance', 'pl-sypialnia'],
  ['pl-glowica-s', 'Głowica Sypialnia', 'climate', 'pl-sypialnia'],
  ['pl-glowica-g', 'Głowica Gabinet', 'climate', 'pl-gabinet'],
  ['pl-listwa', 'Listwa Biurko', 'appliance', 'pl-gabinet'],
  ['pl-zamek', 'Zamek Drzwi', 'security', 'pl-przedpokoj'],
  ['pl-dym-p', 'Czujnik Dymu Przedpokój', 'security', 'pl-przedpokoj'],
  ['pl-dym-s', 'Czujnik Dymu Strych', 'security', 'pl-strych'],
  ['pl-czad', 'Czujnik Czadu', 'security', 'pl-piwnica'],
  ['pl-brama', 'Brama Garażowa', 'security', 'pl-garaz'],
  ['pl-kosiarka', 'Kosiarka', 'appliance', 'pl-ogrod'],
  ['pl-kociol', 'Kocioł', 'climate', 'pl-piwnica'],
  ['pl-telewizor', 'Telewizor', 'entertainment', 'pl-sypialnia'],
  ['pl-bieznia', 'Gniazdko Bieżni', 'appliance', 'pl-silownia'],
  ['pl-nawadnianie', 'Sterownik Nawadniania', 'appliance', 'pl-szopa'],
]);

const PORTUGUESE = home('pt', 'Casa dos Almeida', [
  ['pt-cozinha', 'Cozinha'], ['pt-lavandaria', 'Lavandaria'], ['pt-escritorio', 'Escritório'], ['pt-quarto', 'Quarto'],
], [
  ['pt-loica', 'Máquina de Lavar Loiça', 'appliance', 'pt-cozinha'],
  ['pt-forno', 'Forno', 'appliance', 'pt-cozinha'],
  ['pt-fumo', 'Detetor de Fumo', 'security', 'pt-cozinha'],
  ['pt-roupa', 'Máquina de Lavar Roupa', 'appliance', 'pt-lavandaria'],
  ['pt-secar', 'Máquina de Secar', 'appliance', 'pt-lavandaria'],
  ['pt-esquentador', 'Esquentador', 'climate', 'pt-lavandaria'],
  ['pt-impressora', 'Impressora', 'office', 'pt-escritorio'],
  ['pt-tomada', 'Tomada Secretária', 'appliance', 'pt-escritorio'],
  ['pt-estores', 'Estores Quarto', 'appliance', 'pt-quarto'],
  ['pt-toalheiro', 'Toalheiro', 'climate', 'pt-quarto'],
]);

let pl: Harness;
let pt: Harness;
let conversation = 0;

async function ask(h: Harness, question: string): Promise<{ text: string; cited: string[] }> {
  const answer = await h.responder.respond(question, h.context({ conversationId: `lex-${++conversation}` }));
  expect(answer, `"${question}" was declined`).toBeDefined();
  return { text: answer?.text ?? '', cited: (answer?.citations ?? []).map((c) => c.name) };
}

beforeAll(async () => {
  pl = await openHarness({ homeJson: POLISH });
  pt = await openHarness({ homeJson: PORTUGUESE });
});
afterAll(() => {
  pl.dispose();
  pt.dispose();
});

describe('Polish rooms', () => {
  it.each([
    ["what's in the kitchen", ['Zmywarka', 'Piekarnik', 'Czajnik Elektryczny', 'Lodówka']],
    ["what's in the bathroom", ['Pralka', 'Czujnik Zalania']],
    ["what's in the attic", ['Czujnik Dymu Strych']],
    ["what's in the office", ['Głowica Gabinet', 'Listwa Biurko']],
    ["what's in the cellar", ['Kocioł']],
    ["what's in the garden", ['Kosiarka']],
    ["what's in the garage", ['Brama Garażowa']],
    ["what's in the entrance hall", ['Zamek Drzwi', 'Czujnik Dymu Przedpokój']],
    ["what's in the gym", ['Gniazdko Bieżni']],
    ["what's in the shed", ['Sterownik Nawadniania']],
  ])('"%s" names the room by its Polish name', async (q, devices) => {
    const a = await ask(pl, q);
    for (const d of devices) expect(a.cited, a.text).toContain(d);
  });
});

describe('Polish device kinds', () => {
  it.each([
    ['where is the dishwasher', 'Zmywarka', 'Kuchnia'],
    ['where is the kettle', 'Czajnik Elektryczny', 'Kuchnia'],
    ["where's the washing machine", 'Pralka', 'Łazienka'],
    ['where is the boiler', 'Kocioł', 'Piwnica'],
    ['where is the lawn mower', 'Kosiarka', 'Ogród'],
    ['where is the tv', 'Telewizor', 'Sypialnia'],
  ])('"%s" is %s in the %s', async (q, device, room) => {
    const a = await ask(pl, q);
    expect(a.cited, a.text).toContain(device);
    expect(a.text).toContain(room);
  });

  it('"how many radiator valves" counts the heads, and they are thermostats too', async () => {
    const a = await ask(pl, 'how many radiator valves are there');
    expect(a.text).toMatch(/There are 2 radiator valves/);
    const all = await ask(pl, 'how many thermostats are there');
    expect(all.cited, all.text).toEqual(expect.arrayContaining(['Głowica Sypialnia', 'Głowica Gabinet']));
  });

  it('"where are the smoke detectors" names every one, and the CO detector is a kind of its own', async () => {
    const a = await ask(pl, 'where are the smoke detectors');
    expect(a.cited, a.text).toEqual(expect.arrayContaining(['Czujnik Dymu Przedpokój', 'Czujnik Dymu Strych']));
    expect(a.cited).not.toContain('Czujnik Czadu');
    const co = await ask(pl, 'where is the carbon monoxide detector');
    expect(co.cited, co.text).toContain('Czujnik Czadu');
    expect(co.text).toContain('Piwnica');
  });

  it.each([
    ['any smart plugs?', 'Listwa Biurko'],
    ['list the blinds', 'Roleta Sypialnia'],
    ['list the locks', 'Zamek Drzwi'],
    ['is the leak sensor dry', 'Czujnik Zalania'],
    ['is the garage door open', 'Brama Garażowa'],
  ])('"%s" finds %s', async (q, device) => {
    const a = await ask(pl, q);
    expect(a.cited, a.text).toContain(device);
  });
});

describe('Portuguese device kinds', () => {
  it.each([
    ["where's the dishwasher", 'Máquina de Lavar Loiça', 'Cozinha'],
    ['where is the washing machine', 'Máquina de Lavar Roupa', 'Lavandaria'],
    ['where is the dryer', 'Máquina de Secar', 'Lavandaria'],
    ['where is the printer', 'Impressora', 'Escritório'],
    ['where is the water heater', 'Esquentador', 'Lavandaria'],
    ['where is the towel warmer', 'Toalheiro', 'Quarto'],
  ])('"%s" is %s in the %s', async (q, device, room) => {
    const a = await ask(pt, q);
    expect(a.cited, a.text).toContain(device);
    expect(a.text).toContain(room);
  });

  it('a dishwasher is never the washing machine, nor the other way round', async () => {
    const a = await ask(pt, 'how many dishwashers are there');
    expect(a.cited, a.text).toEqual(['Máquina de Lavar Loiça']);
    const b = await ask(pt, 'how many washing machines are there');
    expect(b.cited, b.text).toEqual(['Máquina de Lavar Roupa']);
  });

  it.each([
    ['list the smoke detectors', 'Detetor de Fumo'],
    ['list the blinds', 'Estores Quarto'],
    ['any smart plugs?', 'Tomada Secretária'],
    ['is the oven on', 'Forno'],
  ])('"%s" finds %s', async (q, device) => {
    const a = await ask(pt, q);
    expect(a.cited, a.text).toContain(device);
  });
});
