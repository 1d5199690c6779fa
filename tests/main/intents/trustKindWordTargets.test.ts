// Issue 12, round 17 (trust): a command's kind word is never taken as the one device that merely says it. Homes named
// in Spanish and Norwegian. "enciende la luz" where only a ceiling fan's model says "con luz" (the fan is a light only
// by its `light` capability) asks which light, never proposes the fan; with more lights than can be listed it says how
// many and asks. "turn the lamp on" where one lamp's description spells "lampe" apart and the others say it inside
// their compound names ("Leselampe") asks among all three. "apaga el del salón" ("the one in the salón") asks which
// device there is meant, never closes the only blind there because "turn off" also closes valves; after a command on
// one light "y el del salón" is the light there. "water
// heater manual" is that device's manual: "water" starting a kind's name is no watering verb.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const light = (id: string, name: string, extra: Record<string, unknown> = {}): RawEntity => device(id, name, { type: 'lighting', capabilities: ['on/off', 'brightness'], state: { on: false }, ...extra });

const SPANISH: RawEntity[] = [
  { id: 'es-casa', entity_type: 'home', name: 'Casa Ventura', content: {} },
  { id: 'es-salon', entity_type: 'room', name: 'Salón', content: {} },
  { id: 'es-cocina', entity_type: 'room', name: 'Cocina', content: {} },
  { id: 'es-cuarto', entity_type: 'room', name: 'Cuarto de Marta', content: {} },
  light('es-plafon-salon', 'Plafón del salón'),
  light('es-plafon-cocina', 'Plafón de la cocina'),
  light('es-candil', 'Candil de Marta'),
  device('es-abanico', 'Abanico de Marta', { type: 'climate', model: 'abanico de techo 52" con luz', capabilities: ['on/off', 'fanSpeed', 'light'], state: { power: 'off', speed: 0 } }),
  device('es-abanico-salon', 'Abanico del salón', { type: 'fan', capabilities: ['on/off', 'fanSpeed'], state: { power: 'off', speed: 0 } }),
  device('es-persiana', 'Persiana del salón', { type: 'cover', capabilities: ['open_close', 'position'], state: { position: 0 } }),
];
const SPANISH_PLACES: Record<string, string> = {
  'es-plafon-salon': 'es-salon', 'es-plafon-cocina': 'es-cocina', 'es-candil': 'es-cuarto', 'es-abanico': 'es-cuarto',
  'es-abanico-salon': 'es-salon', 'es-persiana': 'es-salon',
};

const NORWEGIAN: RawEntity[] = [
  { id: 'no-hjem', entity_type: 'home', name: 'Bakketun', content: {} },
  { id: 'no-stue', entity_type: 'room', name: 'Stue', content: {} },
  { id: 'no-soverom', entity_type: 'room', name: 'Soverom', content: {} },
  light('no-lese', 'Leselampe Ingrid', { description: 'Leselampe ved lenestolen' }),
  light('no-natt', 'Nattbordlampe Torbjørn', { description: 'Lampe på nattbordet til Torbjørn' }),
  light('no-gulv', 'Gulvlampa i hjørnet'),
  light('no-tak', 'Taklys stue'),
  device('no-bereder', 'Varmtvannsbereder', { type: 'water_heater', manufacturer: 'OSO', model: 'Super S 200', capabilities: ['on/off', 'water_temperature'], state: { on: true, water_temperature: 65 } }),
  { id: 'no-manual', entity_type: 'manual', name: 'OSO Super S bruksanvisning', content: { title: 'OSO Super S manual', content: 'Turn the thermostat knob to 65 for normal use.' } },
  device('no-vanning', 'Vanningsventil hagen', { type: 'valve', description: 'garden irrigation valve', capabilities: ['open_close'], state: { open: false } }),
  ...Array.from({ length: 12 }, (_v, i) => light(`no-spot-${i}`, `Spot ${i + 1} soverom`)),
];
const NORWEGIAN_EDGES = [{ from: 'no-bereder', to: 'no-manual', type: 'documented_by' }];
const NORWEGIAN_PLACES: Record<string, string> = { 'no-lese': 'no-stue', 'no-natt': 'no-soverom', 'no-gulv': 'no-stue', 'no-tak': 'no-stue' };

describe('trust: a kind word said is all of that kind, never the one device that happens to say it', () => {
  let spanish: Harness;
  let norwegian: Harness;
  let turn = 0;
  beforeAll(async () => {
    spanish = await openHarness({ homeJson: homeExportJson(SPANISH, roomAndDeviceEdges('es-casa', SPANISH, SPANISH.filter((e) => e.entity_type === 'device'), SPANISH_PLACES, 'es-salon'), 'es-edge') });
    norwegian = await openHarness({ homeJson: homeExportJson(NORWEGIAN, roomAndDeviceEdges('no-hjem', NORWEGIAN, NORWEGIAN.filter((e) => e.entity_type === 'device'), NORWEGIAN_PLACES, 'no-soverom').concat(NORWEGIAN_EDGES), 'no-edge') });
  });
  afterAll(() => {
    spanish.dispose();
    norwegian.dispose();
  });
  const ask = (h: Harness, text: string) => h.responder.respond(text, h.context({ conversationId: `trust-${++turn}` }));

  it.each(['enciende la luz', 'prende la luz por favor', 'pon la luz al 40'])('"%s" never proposes the fan whose model says "con luz": which light is asked', async (text) => {
    const answer = await ask(spanish, text);
    expect(answer?.proposal, answer?.text).toBeFalsy();
    if (answer) expect(answer.text).toMatch(/Which one do you mean/);
    if (answer) for (const name of ['Plafón del salón', 'Plafón de la cocina', 'Candil de Marta']) expect(answer.text).toContain(name);
  });

  it('"apaga el del salón" asks which device there, never closes the only blind', async () => {
    const answer = await ask(spanish, 'apaga el del salón');
    expect(answer?.proposal, answer?.text).toBeFalsy();
    expect(answer?.text).toMatch(/Which one do you mean/);
    for (const name of ['Plafón del salón', 'Abanico del salón', 'Persiana del salón']) expect(answer?.text).toContain(name);
  });

  it('"y el del salón" after turning off one light is the light there, not every device of the salón', async () => {
    const conversationId = `trust-${++turn}`;
    const first = await spanish.responder.respond('apaga el candil de marta', spanish.context({ conversationId }));
    expect(first?.proposal?.targets.map((t) => t.name), first?.text).toEqual(['Candil de Marta']);
    const answer = await spanish.responder.respond('y el del salón', spanish.context({ conversationId }));
    expect(answer?.proposal?.targets.map((t) => t.name), answer?.text).toEqual(['Plafón del salón']);
  });

  it('"water heater manual" is the water heater\'s manual, never "water" said as watering', async () => {
    const answer = await ask(norwegian, 'water heater manual');
    expect(answer?.proposal, answer?.text).toBeFalsy();
    expect(answer?.text).toContain('OSO Super S bruksanvisning');
    const watering = await ask(norwegian, 'water the garden');
    expect(watering?.proposal?.targets.map((t) => t.name), watering?.text).toEqual(['Vanningsventil hagen']);
  });

  it('"turn the lamp on" asks among the lamps, also those saying "lampe" inside a compound name', async () => {
    const answer = await ask(norwegian, 'turn the lamp on');
    expect(answer?.proposal, answer?.text).toBeFalsy();
    for (const name of ['Leselampe Ingrid', 'Nattbordlampe Torbjørn', 'Gulvlampa i hjørnet']) expect(answer?.text).toContain(name);
  });

  it('"slå på lyset" among sixteen lights says how many there are and asks, naming none of them', async () => {
    const answer = await ask(norwegian, 'turn on lys');
    expect(answer?.proposal, answer?.text).toBeFalsy();
    if (answer) expect(answer.text).toMatch(/16 lights here: which one do you mean/);
  });
});
