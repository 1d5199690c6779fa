// Round 23, trust in the Romance-language homes: no wrong "none" and no proposal for the wrong device where the
// question was read into English and the home speaks another language. A small home of two zones (a flat in town and
// a house at the lake) with Catalan and Italian names, written here with names made up for the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translatedBack } from '../../../src-main/intents/languages/crossLanguageCues';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { askTurns } from './roomHomeHarness';

const ENTITIES: RawEntity[] = [
  { id: 'rt-home', entity_type: 'home', name: 'Casa Ferrer', content: {} },
  { id: 'rt-flat', entity_type: 'zone', name: 'Pis Verona', content: { kind: 'floor' } },
  { id: 'rt-lake', entity_type: 'zone', name: 'Casa al llac', content: { kind: 'building' } },
  { id: 'rt-bany', entity_type: 'room', name: 'Bany', content: {} },
  { id: 'rt-rebost', entity_type: 'room', name: 'Rebost', content: {} },
  { id: 'rt-bany-llac', entity_type: 'room', name: 'Bany llac', content: {} },
  { id: 'rt-eixida', entity_type: 'room', name: 'Eixida', content: {} },
  { id: 'rt-sensor', entity_type: 'device', name: 'Sensor agua', content: { type: 'sensor', model: 'Water Leak Sensor', capabilities: ['water_leak'], state: { leak: false } } },
  { id: 'rt-termo', entity_type: 'device', name: 'Escalfador', content: { type: 'water_heater', capabilities: ['on_off', 'setpoint'], state: { power: 'on', temperature_c: 57, setpoint_c: 60 } } },
  { id: 'rt-scalda', entity_type: 'device', name: 'Scaldabagno lago', content: { type: 'appliance', capabilities: ['on_off', 'target_temperature'], state: { on: false, temperature: 16, target_temperature: 55 } } },
  { id: 'rt-fanal', entity_type: 'device', name: 'Fanal', content: { type: 'light', description: 'llum del carrer, a la porta', capabilities: ['on_off'], state: { power: 'off' } } },
  { id: 'rt-llantia', entity_type: 'device', name: 'Llantia', content: { type: 'light', description: 'llum del pati', capabilities: ['on_off'], state: { power: 'off' } } },
  { id: 'rt-alarm', entity_type: 'device', name: 'Allarme', content: { type: 'security', capabilities: ['arm/disarm'], state: { armed: false, mode: 'disarmed' } } },
  { id: 'rt-dimmer', entity_type: 'device', name: 'Lux dimmer eixida', content: { type: 'controller', manufacturer: 'Lux', model: 'Dimmer switch', capabilities: ['button'] } },
  { id: 'rt-lamp', entity_type: 'device', name: 'Lampada', content: { type: 'light', manufacturer: 'Lux', model: 'Lux Orb portable', capabilities: ['on_off'], state: { power: 'on' } } },
  { id: 'rt-app', entity_type: 'app', name: 'Lux app', content: {} },
  { id: 'rt-speaker', entity_type: 'device', name: 'Altaveu', content: { type: 'media', manufacturer: 'Sonora', capabilities: ['play', 'pause', 'volume'], state: { playback: 'playing', volume: 30 } } },
  { id: 'rt-alarm-lake', entity_type: 'device', name: 'Allarme llac', content: { type: 'security', capabilities: ['arm/disarm'], state: { armed: true, mode: 'away' } } },
];
const EDGES: RawEdge[] = [
  { from: 'rt-flat', to: 'rt-home', type: 'part_of' },
  { from: 'rt-lake', to: 'rt-home', type: 'part_of' },
  { from: 'rt-bany', to: 'rt-flat', type: 'located_in' },
  { from: 'rt-rebost', to: 'rt-flat', type: 'located_in' },
  { from: 'rt-bany-llac', to: 'rt-lake', type: 'located_in' },
  { from: 'rt-eixida', to: 'rt-lake', type: 'located_in' },
  { from: 'rt-sensor', to: 'rt-rebost', type: 'located_in' },
  { from: 'rt-termo', to: 'rt-bany', type: 'located_in' },
  { from: 'rt-scalda', to: 'rt-bany-llac', type: 'located_in' },
  { from: 'rt-fanal', to: 'rt-eixida', type: 'located_in' },
  { from: 'rt-llantia', to: 'rt-eixida', type: 'located_in' },
  { from: 'rt-alarm', to: 'rt-rebost', type: 'located_in' },
  { from: 'rt-alarm-lake', to: 'rt-eixida', type: 'located_in' },
  { from: 'rt-dimmer', to: 'rt-eixida', type: 'located_in' },
  { from: 'rt-speaker', to: 'rt-bany', type: 'located_in' },
  { from: 'rt-lamp', to: 'rt-bany', type: 'located_in' },
  { from: 'rt-lamp', to: 'rt-app', type: 'controlled_by_app' },
];

describe('round 23: trust in Romance-language homes', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'rt-rel') });
  });
  afterAll(() => h.dispose());

  it('a word the language layer translated is looked for in the home\'s own language ("carrer" for street)', async () => {
    expect(translatedBack('street')).toContain('carrer');
    // A kind's words stay the kind lexicon's ("lyset" is every light, no describing word).
    expect(translatedBack('light')).not.toContain('lyset');
    expect((await askTurns(h, 'c1', 'encén el llum del carrer')).targets).toEqual(['Fanal']);
  });

  it('the temperature of "the water" is the water heater\'s, not "the leak sensor has no temperature setting"', async () => {
    const english = await askTurns(h, 'c2', 'what is the water temperature');
    expect(english.text).toContain('57');
    expect(english.text).not.toMatch(/no temperature setting/);
    expect((await askTurns(h, 'c3', "a quants graus esta l'aigua")).text).toContain('57');
  });

  it('an Italian water heater ("scaldabagno") is a water heater', async () => {
    expect((await askTurns(h, 'c4', 'check the water heater temperature')).text).toContain('Scaldabagno lago');
  });

  it('"the one in verona" after a list or a question back: the one in the zone one word of whose name was said', async () => {
    const listed = await askTurns(h, 'c5', 'water heater temperatures', 'the one in verona');
    expect(listed.text).toContain('57');
    expect(listed.text).not.toContain('Scaldabagno');
    const picked = await askTurns(h, 'c6', 'disarm the allarme', 'and the one of verona?');
    expect(picked.text).toMatch(/Allarme\b/);
    expect(picked.text).not.toMatch(/Which one/);
  });

  it('"the one of verona, not the lake": a reply that says which one is not meant is not guessed at', async () => {
    expect((await askTurns(h, 'c8', 'disarm the allarme', 'the verona one no the llac')).targets).toEqual([]);
  });

  it('a model said whole ("the lux orb") is the device of that model, not the one name holding one of its words', async () => {
    const app = await askTurns(h, 'c9', 'what app is the lux orb on');
    expect(app.text).toContain('Lux app');
    expect(app.text).not.toContain('Lux dimmer eixida');
  });

  it('"i on el tenim" is Catalan (and where do we have it), never Tagalog\'s "i on" (turn on)', async () => {
    const where = await askTurns(h, 'c10', 'a quants graus esta l\'escalfador', 'i on el tenim');
    expect(where.targets).toEqual([]);
    expect(where.text).toContain('Bany');
    expect((await askTurns(h, 'c11', 'i on és el fanal')).targets).toEqual([]);
  });

  it('lowering the volume turns a speaker down, never "it has no motor I can close"', async () => {
    const lower = await askTurns(h, 'c12', 'lower the volume on the altaveu');
    expect(lower.targets).toEqual(['Altaveu']);
    expect((await askTurns(h, 'c13', 'reduce the volume of the altaveu')).text).not.toMatch(/no motor/);
    expect((await askTurns(h, 'c14', 'turn on the fanal', 'lower the volume to 10')).targets).not.toEqual(['Fanal']);
  });

  it('a word the engine has no meaning for is said as not found, never as a fact of absence', async () => {
    const unknown = await askTurns(h, 'c7', 'turn on the zorblat light');
    expect(unknown.text).not.toMatch(/^No light/);
    expect(unknown.text).toMatch(/couldn't find/);
  });
});
