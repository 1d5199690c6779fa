// Issue 12, round 21: "manual ya dstv" (Swahili "ya" = of) listed every manual of the home, as if one were the
// decoder's. The word for "of" opening the words left over is no part of the name: the decoder is meant, and the
// answer says it has no manual; "manual for dstv" answered so already.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const ROOMS: RawEntity[] = [
  { id: 'mo-home', entity_type: 'home', name: 'Nyumba', content: {} },
  { id: 'mo-sebule', entity_type: 'room', name: 'Sebule', content: { description: 'living room' } },
];
const DEVICES: RawEntity[] = [
  { id: 'mo-dstv', entity_type: 'device', name: 'DSTV decoder', content: { type: 'media', manufacturer: 'MultiChoice', model: 'Explora Ultra', capabilities: ['on_off'], state: { on: true } } },
  { id: 'mo-gate', entity_type: 'device', name: 'Sliding gate', content: { type: 'gate', manufacturer: 'Centurion', model: 'D5 Evo', capabilities: ['open_close'], state: { open: false } } },
];
const DOCS: RawEntity[] = [
  { id: 'mo-gate-manual', entity_type: 'manual', name: 'Centurion D5 Evo manual', content: { title: 'Centurion D5 Evo Installation & User Manual' } },
  { id: 'mo-pump-manual', entity_type: 'manual', name: 'Pressure pump manual', content: { title: 'Pump manual' } },
];

describe('a manual asked for with a word for "of"', () => {
  let harness: Harness;
  beforeAll(async () => {
    const edges = [...roomAndDeviceEdges('mo-home', ROOMS, DEVICES, {}, 'mo-sebule'), { from: 'mo-gate', to: 'mo-gate-manual', type: 'documented_by' }];
    harness = await openHarness({ homeJson: homeExportJson([...ROOMS, ...DEVICES, ...DOCS], edges, 'mo-edge') });
  });
  afterAll(() => harness.dispose());
  const ask = askingOver(() => harness, 'mo', { mustAnswer: true });

  it('is the manual of that device, which has none', async () => {
    const a = await ask('manual ya dstv');
    expect(a.text).toMatch(/no manual/i);
    expect(a.cited).toContain('DSTV decoder');
    expect(a.cited).not.toContain('Pressure pump manual');
  });

  it('finds the manual a device has, said the same way', async () => {
    expect((await ask('manual ya sliding gate')).cited).toContain('Centurion D5 Evo manual');
  });
});
