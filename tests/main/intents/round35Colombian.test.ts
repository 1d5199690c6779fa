// Issue 12, round 35: a Colombian home's Spanish. Paisa tone words ("ome", "parce", "mijo", "pues") and usted politeness ("hágame
// el favor y …", "me hace el favor y …", "apágueme …") made commands decline; "las luces LED" of "Luces LED de Mateo"
// was read "lights led" and found nothing; "Cámara del portón" was a gate with a camera, not a camera.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { device } from './smallHome';

const ROOMS: RawEntity[] = [
  { id: 'c5-home', entity_type: 'home', name: 'Casa Ríos', content: {} },
  { id: 'c5-util', entity_type: 'room', name: 'Cuarto de herramientas', content: {} },
  { id: 'c5-machines', entity_type: 'room', name: 'Caseta de equipos', content: { description: 'caseta de equipos junto al lago del jardín: bomba, filtro, generador' } },
  { id: 'c5-kid', entity_type: 'room', name: 'Cuarto de Juanjo', content: {} },
  { id: 'c5-living', entity_type: 'room', name: 'Salón', content: {} },
];
const DEVICES: RawEntity[] = [
  device('c5-tank', 'Motobomba del aljibe', { type: 'pump', capabilities: ['on_off'], state: { power: 'off' } }),
  device('c5-pond', 'Bomba del estanque', { type: 'pump', manufacturer: 'Oase', model: 'Aquamax 1 HP', capabilities: ['on_off'], state: { power: 'on' } }),
  device('c5-gen', 'Generador', { type: 'generator', manufacturer: 'Honda', capabilities: ['on_off'], state: { power: 'off' }, description: 'el generador, para cuando se va la luz' }),
  device('c5-leds', 'Tira LED de Juanjo', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 40 } }),
  device('c5-lamp', 'Lámpara del salón', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'off', brightness: 0 } }),
  device('c5-cam', 'Cámara del portón', { type: 'camera', capabilities: ['video'], state: { power: 'on' } }),
  device('c5-radio', 'Radio del salón', { type: 'speaker', capabilities: ['on_off', 'volume'], state: { power: 'on', volume: 20 } }),
];
const PLACE: Record<string, string> = { 'c5-tank': 'c5-util', 'c5-pond': 'c5-machines', 'c5-gen': 'c5-machines', 'c5-leds': 'c5-kid', 'c5-lamp': 'c5-living', 'c5-radio': 'c5-living', 'c5-cam': 'c5-machines' };

let home: Harness;
let n = 0;
const ask = async (q: string) => {
  const a = await home.responder.respond(q, home.context({ conversationId: `c5-${++n}` }));
  return { text: a?.text ?? '', proposal: a?.proposal?.targets.map((t) => t.name) ?? [] };
};

beforeAll(async () => {
  home = await openHarness({ homeJson: homeExportJson([...ROOMS, ...DEVICES], roomAndDeviceEdges('c5-home', ROOMS, DEVICES, PLACE, 'c5-living'), 'c5-edge') });
});
afterAll(() => home.dispose());

describe('a Romance name says its head first', () => {
  it('"Cámara del portón" is a camera, not a gate', async () => {
    expect((await ask('qué cámaras hay')).text).toMatch(/Cámara del portón/);
  });
});

describe('paisa tone words and usted politeness', () => {
  it('reads "hágame el favor y", "ome", "parce", "mijo" and an "apágueme" of interest as the plain command', async () => {
    expect((await ask('hágame el favor y prenda la lámpara del salón')).proposal).toEqual(['Lámpara del salón']);
    expect((await ask('¿me hace el favor y prende la lámpara del salón?')).proposal).toEqual(['Lámpara del salón']);
    expect((await ask('ome apague el radio del salón parce')).proposal).toEqual(['Radio del salón']);
    expect((await ask('apágueme el radio del salón mijo')).proposal).toEqual(['Radio del salón']);
  });
  it('the opening of a name ("la tira LED") is kept as the home writes it', async () => {
    expect((await ask('apague la tira LED')).proposal).toEqual(['Tira LED de Juanjo']);
    expect((await ask('baje la tira LED al 10')).proposal).toEqual(['Tira LED de Juanjo']);
  });
});
