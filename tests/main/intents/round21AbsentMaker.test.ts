// Issue 12, round 21: "do we have anything from sonos", "any ecobee" in a home where nothing says that maker. The
// lexicon reads "sonos" as a speaker (people call theirs "the sonos"), so the answer listed the speakers of other
// makers as if they were Sonos. Where no device, maker or text of the home says the name, the question is about the
// maker and the answer says plainly there is none; where the home has one, it is answered as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'am-home', entity_type: 'home', name: 'Flat', content: {} },
  { id: 'am-lounge', entity_type: 'room', name: 'Lounge', content: {} },
];
const speakers = (withSonos: boolean): RawEntity[] => [
  device('am-jbl', 'JBL speaker', { type: 'speaker', manufacturer: 'JBL', capabilities: ['volume', 'play_pause'], state: { playing: false } }),
  device('am-tstat', 'Hallway thermostat', { type: 'thermostat', manufacturer: 'Honeywell', capabilities: ['temperature_control', 'setpoint'], state: { setpoint_c: 20 } }),
  ...(withSonos ? [device('am-sonos', 'Lounge speaker', { type: 'speaker', manufacturer: 'Sonos', model: 'One', capabilities: ['volume', 'play_pause'], state: { playing: true } })] : []),
];

function homeWith(devices: RawEntity[]): string {
  return homeExportJson([...ROOMS, ...devices], roomAndDeviceEdges('am-home', ROOMS, devices, {}, 'am-lounge'), 'am-edge');
}

describe('a maker the lexicon reads as a kind, in a home without it', () => {
  let harness: Harness;
  beforeAll(async () => { harness = await openHarness({ homeJson: homeWith(speakers(false)) }); });
  afterAll(() => harness.dispose());
  const ask = askingOver(() => harness, 'am', { mustAnswer: true });

  it('says there is none instead of listing the speakers of another maker', async () => {
    for (const q of ['do we have anything from sonos', 'any sonos']) {
      const a = await ask(q);
      expect(a.text, q).toMatch(/\bno Sonos\b/);
      expect(a.cited, q).not.toContain('JBL speaker');
    }
  });

  it('says so for a thermostat maker too', async () => {
    const a = await ask('do we have anything from Ecobee');
    expect(a.text).toMatch(/\bno Ecobee\b/);
    expect(a.cited).not.toContain('Hallway thermostat');
  });

  it('still lists the speakers when asked for speakers', async () => {
    expect((await ask('any speakers')).cited).toContain('JBL speaker');
  });
});

describe('the same maker in a home that has it', () => {
  let harness: Harness;
  beforeAll(async () => { harness = await openHarness({ homeJson: homeWith(speakers(true)) }); });
  afterAll(() => harness.dispose());
  const ask = askingOver(() => harness, 'ah', { mustAnswer: true });

  it('lists its devices', async () => {
    const a = await ask('do we have anything from sonos');
    expect(a.cited).toContain('Lounge speaker');
    expect(a.text).not.toMatch(/\bno Sonos\b/);
  });
});
