// Issue 12, round 25: a second house inside the home (homeSites.ts, keepToSite.ts). A quinta, cottage or caravan is a
// zone part_of the home with its own rooms; the main house is called by the home's own name. A command or question
// that says which house keeps to it: never the other house's gate at tier 3 ("abrí el garage del PH"), never every
// house's dehumidifiers or batteries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const place = (id: string, entity_type: 'room' | 'zone', name: string, content: Record<string, unknown> = {}): RawEntity => ({ id, entity_type, name, content });
const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ENTITIES: RawEntity[] = [
  { id: 'h', entity_type: 'home', name: 'PH Norte', content: { description: 'PH en Villa Crespo' } },
  place('z-quinta', 'zone', 'Quinta Robles', { description: 'Quinta de fin de semana en Escobar', address: 'Los Robles 12, Escobar' }),
  place('r-cocina', 'room', 'Cocina'),
  place('r-living', 'room', 'Living'),
  place('r-garage-q', 'room', 'Garage quinta'),
  place('r-living-q', 'room', 'Living quinta'),
  device('d-gate', 'Portón quinta', { type: 'gate', capabilities: ['open', 'close'], state: { contact: 'closed' } }),
  device('d-alarm', 'Alarma quinta', { type: 'alarm_panel', capabilities: ['arm', 'disarm'], state: { armed: false } }),
  device('d-deh-1', 'Deshumidificador cocina', { type: 'dehumidifier', capabilities: ['on_off'], state: { power: 'on' } }),
  device('d-deh-2', 'Deshumidificador living', { type: 'dehumidifier', capabilities: ['on_off'], state: { power: 'on' } }),
  device('d-deh-q', 'Deshumidificador quinta', { type: 'dehumidifier', capabilities: ['on_off'], state: { power: 'on' } }),
  device('d-sensor', 'Sensor puerta cocina', { type: 'contact_sensor', capabilities: ['contact', 'battery'], state: { contact: 'closed', battery: 12 } }),
  device('d-wh', 'Termotanque', { type: 'water_heater', capabilities: ['on_off'], state: { power: 'on' } }),
  device('d-wh-q', 'Calefón chico', { type: 'water_heater', capabilities: ['on_off'], state: { power: 'on' } }),
  device('d-thermo', 'Termómetro parrilla', { type: 'temperature_sensor', capabilities: ['temperature', 'battery'], state: { temperature: 21, battery: 55 } }),
];
const EDGES: RawEdge[] = [
  { from: 'z-quinta', to: 'h', type: 'part_of' },
  { from: 'r-cocina', to: 'h', type: 'part_of' },
  { from: 'r-living', to: 'h', type: 'part_of' },
  { from: 'r-garage-q', to: 'z-quinta', type: 'part_of' },
  { from: 'r-living-q', to: 'z-quinta', type: 'part_of' },
  { from: 'd-gate', to: 'r-garage-q', type: 'located_in' },
  { from: 'd-alarm', to: 'r-garage-q', type: 'located_in' },
  { from: 'd-deh-1', to: 'r-cocina', type: 'located_in' },
  { from: 'd-deh-2', to: 'r-living', type: 'located_in' },
  { from: 'd-deh-q', to: 'r-living-q', type: 'located_in' },
  { from: 'd-sensor', to: 'r-cocina', type: 'located_in' },
  { from: 'd-thermo', to: 'r-living-q', type: 'located_in' },
  { from: 'd-wh', to: 'r-cocina', type: 'located_in' },
  { from: 'd-wh-q', to: 'r-living-q', type: 'located_in' },
  { from: 'r-cocina', to: 'r-living', type: 'connects_to' },
];

let home: Harness;
const ask = askingOver(() => home, 'r25s-ask', { mustAnswer: true });
const { dialog, proposes } = dialogsOver(() => home, 'r25s-dialog');

beforeAll(async () => {
  home = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'r25s-edge') });
});
afterAll(() => home.dispose());

describe('a command that says which house', () => {
  it('"abrí el garage del PH": the only garage is the quinta\'s, so nothing is proposed and where it is is said', async () => {
    const answer = await dialog('abrí el garage del PH');
    expect(answer.proposal, answer.text).toBeFalsy();
    expect(answer.text).toMatch(/no garage at PH Norte/);
    expect(answer.text).toMatch(/Garage quinta/);
  });
  it('"turn off all dehumidifiers in the ph" keeps to the main house', async () => {
    await proposes(['turn off all dehumidifiers in the ph'], ['Deshumidificador cocina', 'Deshumidificador living'], 2);
  });
  it('"turn off all dehumidifiers at the quinta" keeps to the quinta', async () => {
    await proposes(['turn off all dehumidifiers at the quinta'], ['Deshumidificador quinta'], 2);
  });
});

describe('a question that says which house', () => {
  it('"qué dispositivos de la quinta tienen batería" lists the quinta\'s only', async () => {
    const { text, cited } = await ask('qué dispositivos de la quinta tienen batería');
    expect(cited).toContain('Termómetro parrilla');
    expect(cited).not.toContain('Sensor puerta cocina');
    expect(text).toMatch(/^1 device/);
  });
  it('"which batteries at the quinta are lowest": none is low, and the lowest is still named', async () => {
    const { text, cited } = await ask('which batteries at the quinta are lowest');
    expect(text).toMatch(/The lowest is Termómetro parrilla/);
    expect(cited).toContain('Termómetro parrilla');
  });
});

describe('the site said where a place was looked for', () => {
  it('"turn off the water heater in the weekend house": the one of that kind at the second house', async () => {
    await proposes(['turn off the water heater in the weekend house'], ['Calefón chico'], 3);
  });
  it('"how many dehumidifiers in the ph": the main house\'s, not "I couldn\'t find ph"', async () => {
    const { text } = await ask('how many dehumidifiers in the ph');
    expect(text).toMatch(/2 dehumidifiers/);
    expect(text).not.toMatch(/couldn't find/);
  });
  it('"activate the alarma quinta": an alarm panel said by its full name is armed, not an automation looked for', async () => {
    await proposes(['activate the alarma quinta'], ['Alarma quinta'], 3);
  });
});

describe('ways between rooms of two houses', () => {
  it('"how do i get from the cocina out to the living" walks the rooms ("out to" is no part of a name)', async () => {
    const { text } = await ask('how do i get from the cocina out to the living');
    expect(text).toMatch(/^Cocina → Living/);
  });
  it('from a room of one house to a room of the other: different houses, never a walk through the home\'s links', async () => {
    const { text } = await ask('how do i get from the cocina to the living quinta');
    expect(text).toMatch(/different houses/);
    expect(text).not.toMatch(/PH Norte →/);
  });
});
