// "what else is in that room" right after the CO alarm's place and state: "that room" is the room talked about, not
// "that" as a pronoun for the alarm (read so, the answer was the alarm's state again, "0 ppm (none detected)").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './intentHarness';
import { askingOver } from './dialogsOver';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';

const home: RawEntity = { id: 'tr-home', entity_type: 'home', name: 'Summer house', content: {} };
const rooms: RawEntity[] = [
  { id: 'tr-stue', entity_type: 'room', name: 'Sommerhus stue', content: {} },
  { id: 'tr-kitchen', entity_type: 'room', name: 'Kitchen', content: {} },
];
const device = (id: string, name: string, type: string, capabilities: string[], state: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content: { type, capabilities, state } });
const devices: RawEntity[] = [
  device('tr-co', 'CO alarm', 'sensor', ['carbon_monoxide', 'battery'], { co_ppm: 0, status: 'ok', battery: 80 }),
  device('tr-stove', 'Wood stove', 'heater', ['temperature'], { temperature: 60 }),
  device('tr-tv', 'Cabin TV', 'entertainment', ['power', 'volume'], { power: 'off' }),
  device('tr-fridge', 'Fridge', 'appliance', ['temperature'], { temperature: 4 }),
];
const placeOf: Record<string, string> = { 'tr-fridge': 'tr-kitchen' };

describe('"that room" after a question about a device', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ homeJson: homeExportJson([home, ...rooms, ...devices], roomAndDeviceEdges(home.id, rooms, devices, placeOf, 'tr-stue'), 'tr') });
  });
  afterAll(() => h.dispose());
  const ask = askingOver(() => h, 'tr', { mustAnswer: true });

  it('"what else is in that room" lists the room of the alarm', async () => {
    const a = await ask("where's the co alarm", 'is it ok', 'what else is in that room');
    expect(a.cited).toEqual(expect.arrayContaining(['Wood stove', 'Cabin TV']));
    expect(a.cited).not.toContain('Fridge');
  });
});
