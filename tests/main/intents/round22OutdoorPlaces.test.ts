// Issue 12, round 22: "outside" in a home with two outdoor rooms — a shared back green (a garden by its name) and a
// decking whose description says it is "outside". "Outside" names both, not the one whose description has the word,
// and a reading asked of outside is answered for each of them, so "no device reports it" is only said of the decking.
// "oot the back" is Scots for outside. "Is it raining" after the thermometer's answer asks the weather, not the thermometer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ROOMS: RawEntity[] = [
  { id: 'op-home', entity_type: 'home', name: 'Flat and caravan', content: {} },
  { id: 'op-front', entity_type: 'room', name: 'Front room', content: { description: 'at the back of the flat' } },
  { id: 'op-green', entity_type: 'room', name: 'Back green', content: { description: 'shared drying green, bins and the bike shed' } },
  { id: 'op-deck', entity_type: 'room', name: 'Decking', content: { description: 'decking round the caravan door, outside' } },
];
const DEVICES: RawEntity[] = [
  device('op-thermo', 'Green thermometer', { type: 'sensor', capabilities: ['temperature', 'humidity'], state: { temperature: 4.2, humidity: 91 } }),
  device('op-rad', 'Front rad', { type: 'climate', description: 'radiator valve', capabilities: ['temperature', 'target_temperature'], state: { temperature: 19.8, target_temperature: 20 } }),
  device('op-rain', 'Rain gauge', { type: 'sensor', capabilities: ['rain'], state: { rain_mm_today: 6.4, rain_mm_last_hour: 0.8 } }),
  device('op-lights', 'Deck lights', { type: 'lighting', capabilities: ['on/off'], state: { power: 'off' } }),
];
const PLACE: Record<string, string> = { 'op-thermo': 'op-green', 'op-rain': 'op-green', 'op-rad': 'op-front', 'op-lights': 'op-deck' };

let home: Harness;
const ask = askingOver(() => home, 'op-ask', { mustAnswer: true });

beforeAll(async () => {
  const [top, first] = ROOMS;
  const edges = roomAndDeviceEdges(top?.id ?? '', ROOMS.slice(1), DEVICES, PLACE, first?.id ?? '');
  home = await openHarness({ homeJson: homeExportJson([...ROOMS, ...DEVICES], edges, 'op-edge') });
});
afterAll(() => home.dispose());

describe('"outside" names every outdoor room, a back green among them', () => {
  it('"whats the temperature outside" gives the back green\'s temperature', async () => {
    const { text } = await ask('whats the temperature outside');
    expect(text).toMatch(/4\.2/);
    expect(text).not.toMatch(/19\.8/);
  });
  it('"humidity outside?" gives the back green\'s humidity', async () => {
    expect((await ask('humidity outside?')).text).toMatch(/91/);
  });
  it('"whats the temperature oot the back" is the outside temperature', async () => {
    expect((await ask('whats the temperature oot the back')).text).toMatch(/4\.2/);
  });
});

describe('the "it" of a weather verb is no device', () => {
  it('"is it raining" after the outside temperature reads the rain gauge', async () => {
    const { text, cited } = await ask('whats the temperature outside', 'is it raining');
    expect(text).toMatch(/6\.4|0\.8/);
    expect(cited).toContain('Rain gauge');
  });
});
