// "and nikau's too" right after "make it 30" about Isla's nightlight: the owner said alone with "too" (or "as well")
// is the same command for that person's device of the same kind, never whatever device carries the name ("Smoke alarm
// Nikau can't be dimmed").
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openHarness, type Harness } from './intentHarness';
import { dialogsOver } from './dialogsOver';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';

const home: RawEntity = { id: 'of-home', entity_type: 'home', name: 'Te Whare', content: {} };
const rooms: RawEntity[] = [
  { id: 'of-isla', entity_type: 'room', name: "Isla's room", content: {} },
  { id: 'of-nikau', entity_type: 'room', name: "Nikau's room", content: {} },
];
const device = (id: string, name: string, type: string, capabilities: string[], state: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content: { type, capabilities, state } });
const devices: RawEntity[] = [
  device('of-isla-light', "Isla's nightlight", 'lighting', ['on/off', 'brightness'], { on: true, brightness: 10 }),
  device('of-isla-smoke', 'Smoke alarm Isla', 'sensor', ['smoke', 'battery'], { status: 'normal', battery: 90 }),
  device('of-nikau-light', "Nikau's light", 'lighting', ['on/off', 'brightness'], { on: true, brightness: 100 }),
  device('of-nikau-smoke', 'Smoke alarm Nikau', 'sensor', ['smoke', 'battery'], { status: 'normal', battery: 80 }),
];
const placeOf: Record<string, string> = { 'of-nikau-light': 'of-nikau', 'of-nikau-smoke': 'of-nikau' };

describe('an owner said alone with "too" after a command', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ homeJson: homeExportJson([home, ...rooms, ...devices], roomAndDeviceEdges(home.id, rooms, devices, placeOf, 'of-isla'), 'of') });
  });
  afterAll(() => h.dispose());
  const { proposes } = dialogsOver(() => h, 'of');

  it('"and nikau\'s too" dims his light as hers was', async () => {
    await proposes(["what's isla's nightlight on", 'make it 30', "and nikau's too"], ["Nikau's light"], 2);
  });

  it('"nikau\'s as well" reads the same', async () => {
    await proposes(["dim isla's nightlight to 30", "nikau's as well"], ["Nikau's light"], 2);
  });
});
