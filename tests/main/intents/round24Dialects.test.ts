// Issue 12, round 24: three more dialects read through their spoken forms (spokenDialects.ts): Rioplatense Spanish as
// typed in WhatsApp ("q luces quedaron prendidas", "tenés el manual", "x favor"), Irish English and Irish ("would you
// ever", "yokes", "múch an solas", "an bhfuil an doras dúnta") and Hong Kong English with romanised Cantonese ("hoi",
// "saan", "bin dou"); and the reason after a Romance request ("prendé la luz q ya está el fuego") is left out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { openRoomHome } from './roomHomeHarness';
import { readInEnglish } from '../../../src-main/intents/languages/readInEnglish';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ROOMS: RawEntity[] = [
  { id: 'dl-home', entity_type: 'home', name: 'Casa', content: {} },
  { id: 'dl-quincho', entity_type: 'room', name: 'Quincho', content: {} },
  { id: 'dl-cocina', entity_type: 'room', name: 'Cocina', content: {} },
  { id: 'dl-nana', entity_type: 'room', name: "Nana's Flat", content: {} },
  { id: 'dl-kitchen', entity_type: 'room', name: 'Kitchen', content: {} },
];
const DEVICES: RawEntity[] = [
  device('dl-luzq', 'Luz quincho', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('dl-luzc', 'Luz cocina', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('dl-heladera', 'Samsung RT38', { type: 'appliance', model: 'heladera no frost', capabilities: ['temperature'], state: { temperature: 4 } }),
  device('dl-solas', 'Solas Nana', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('dl-sensor', 'Door Sensor Nana', { type: 'sensor', capabilities: ['contact', 'battery'], state: { contact: 'closed', battery: 12 } }),
  device('dl-immersion', 'Immersion', { type: 'water_heater', capabilities: ['on_off'], state: { power: 'off' } }),
  device('dl-kettle', 'Kettle Plug', { type: 'switch', capabilities: ['on_off', 'battery'], state: { power: 'off', battery: 80 } }),
  device('dl-dehum', 'Kitchen Dehumidifier', { type: 'dehumidifier', capabilities: ['on_off', 'humidity'], state: { power: 'on', humidity: 71 } }),
];
const PLACE: Record<string, string> = {
  'dl-luzq': 'dl-quincho', 'dl-luzc': 'dl-cocina', 'dl-heladera': 'dl-cocina', 'dl-solas': 'dl-nana', 'dl-sensor': 'dl-nana',
  'dl-immersion': 'dl-kitchen', 'dl-kettle': 'dl-kitchen', 'dl-dehum': 'dl-kitchen',
};

let home: Harness;
const { proposes } = dialogsOver(() => home, 'dl');
const ask = askingOver(() => home, 'dl-ask', { mustAnswer: true });

beforeAll(async () => {
  home = await openRoomHome('dl', [...ROOMS, ...DEVICES], PLACE, 'dl-cocina');
});
afterAll(() => home.dispose());

describe('Rioplatense Spanish', () => {
  it('"q luces quedaron prendidas" names the light that is on', async () => {
    const answer = await ask('q luces quedaron prendidas');
    expect(answer.cited).toContain('Luz cocina');
    expect(answer.cited).not.toContain('Luz quincho');
  });
  it('"la heladera a cuánto está" finds the fridge by its Argentine name', async () => {
    expect((await ask('la heladera a cuánto está?')).cited).toContain('Samsung RT38');
  });
  it('"prendé la luz del quincho q ya está el fuego x favor" leaves the reason out and proposes the light', async () => {
    await proposes(['prendé la luz del quincho q ya está el fuego'], ['Luz quincho'], 2);
  });
  it('a clause after "que" that names a room is kept: it says which one', async () => {
    const snapshot = await home.engine.index.get();
    expect(readInEnglish('apagá la luz que está en la cocina', snapshot)).toMatch(/cocina/);
  });
});

describe('Irish English and Irish', () => {
  it('"would you ever turn on the immersion" proposes the water heater', async () => {
    await proposes(['would you ever turn on the immersion'], ['Immersion'], 3);
  });
  it('"which yokes need batteries" lists the low battery', async () => {
    expect((await ask('which yokes need new batteries')).cited).toContain('Door Sensor Nana');
  });
  it('"múch an solas" turns off the light named Solas', async () => {
    await proposes(['múch an solas'], ['Solas Nana'], 2);
  });
  it('"an bhfuil an doras dúnta" is read as "is the door closed"', async () => {
    const snapshot = await home.engine.index.get();
    expect(readInEnglish('an bhfuil an doras dúnta?', snapshot)).toBe('is the door closed?');
  });
});

describe('Hong Kong English with romanised Cantonese', () => {
  it('"saan the kitchen dehumidifier lah" proposes turning it off', async () => {
    await proposes(['saan the kitchen dehumidifier lah'], ['Kitchen Dehumidifier'], 2);
  });
  it('"kettle plug bin dou" says where it is', async () => {
    expect((await ask('kettle plug bin dou')).cited).toContain('Kitchen');
  });
  it('an English sentence with the same letters stays English ("an hour", "go")', async () => {
    const snapshot = await home.engine.index.get();
    expect(readInEnglish('turn the immersion on for an hour', snapshot)).toBe('turn the immersion on for an hour');
  });
});
