// Issue 12, round 29: "humidity in the lounge" where two rooms answer to "lounge" and only one has anything that reads
// humidity asked "which one?" although one of the two cannot answer at all (placeByReading.ts). With two that can, the
// question back stays.
import { describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'pr-up', entity_type: 'room', name: 'Upstairs Lounge', content: {} },
  { id: 'pr-down', entity_type: 'room', name: 'Downstairs Lounge', content: {} },
];

async function ask(question: string, devices: RawEntity[], place: Record<string, string>) {
  const home = await openHarness({ homeJson: homeExportJson([{ id: 'pr-home', entity_type: 'home', name: 'Two Lounges', content: {} }, ...ROOMS, ...devices], roomAndDeviceEdges('pr-home', ROOMS, devices, place, 'pr-up'), 'pr-rel') });
  try {
    return (await home.responder.respond(question, home.context({ conversationId: 'pr' })))?.text ?? '';
  } finally {
    home.dispose();
  }
}

describe('a reading asked of a place said by a name several places share', () => {
  it('the one place whose devices read it answers, instead of "which one?"', async () => {
    const devices = [
      device('pr-sensor', 'Air Monitor', { type: 'sensor', capabilities: ['humidity'], state: { humidity: 61 } }),
      device('pr-lamp', 'Floor Lamp', { type: 'light', capabilities: ['power'], state: { power: 'off' } }),
    ];
    const text = await ask('humidity in the lounge', devices, { 'pr-sensor': 'pr-up', 'pr-lamp': 'pr-down' });
    expect(text).toMatch(/Air Monitor \(Upstairs Lounge\): 61%/);
    expect(text).not.toMatch(/Which one/);
  });
  it('with a reading in both places it still asks which', async () => {
    const devices = [
      device('pr-sensor', 'Air Monitor', { type: 'sensor', capabilities: ['humidity'], state: { humidity: 61 } }),
      device('pr-sensor2', 'Damp Meter', { type: 'sensor', capabilities: ['humidity'], state: { humidity: 48 } }),
    ];
    const text = await ask('humidity in the lounge', devices, { 'pr-sensor': 'pr-up', 'pr-sensor2': 'pr-down' });
    expect(text).toMatch(/Which one do you mean: Downstairs Lounge or Upstairs Lounge\?/);
  });
});
