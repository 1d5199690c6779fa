// A home with more battery devices than a list shows: the answer counts them all, lists and cites the lowest 40 (a
// battery the state calls "low" in words first), and "which are low" lists every low one up to the same limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './intentHarness';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';

const home: RawEntity = { id: 'bl-home', entity_type: 'home', name: 'Many Sensors', content: {} };
const hall: RawEntity = { id: 'bl-hall', entity_type: 'room', name: 'Hall', content: {} };
const sensors: RawEntity[] = Array.from({ length: 60 }, (_, i) => ({
  id: `bl-s${i}`,
  entity_type: 'device',
  name: `Door sensor ${i}`,
  // Levels 10, 12, … 128 capped at 100: ten under 30 %, five of them under 20 %.
  content: { type: 'sensor', capabilities: ['contact', 'battery'], state: { open: false, battery: Math.min(100, 10 + 2 * i) } },
}));
const worded: RawEntity = { id: 'bl-word', entity_type: 'device', name: 'Gate fob', content: { type: 'security', capabilities: ['battery'], state: { battery: 'low' } } };
const devices = [...sensors, worded];

describe('battery answers on a home with more batteries than a list shows', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ homeJson: homeExportJson([home, hall, ...devices], roomAndDeviceEdges(home.id, [hall], devices, {}, hall.id), 'bl') });
  });
  afterAll(() => h.dispose());

  it('counts all 61, lists and cites the 40 lowest, the worded "low" first', async () => {
    const a = await h.responder.respond('battery-powered devices', h.context());
    expect(a?.text).toMatch(/^61 devices run on batteries, lowest first\. 6 are low\./);
    expect(a?.text).toContain('… and 21 more');
    expect(a?.text.split('\n')[1]).toBe('• Gate fob: low');
    expect(a?.text).toContain('• Door sensor 0: 10% (low)');
    expect(a?.text).not.toContain('Door sensor 5: 20% (low)');
    const cited = a?.citations.map((c) => c.name) ?? [];
    expect(cited).toHaveLength(40);
    expect(cited.slice(0, 2)).toEqual(['Gate fob', 'Door sensor 0']);
    expect(cited).not.toContain('Door sensor 59');
  });

  it('"which batteries are low" names the low and the getting-low ones, not the fine ones', async () => {
    const a = await h.responder.respond('which batteries are low?', h.context());
    const cited = a?.citations.map((c) => c.name) ?? [];
    expect(cited).toEqual(['Gate fob', ...Array.from({ length: 10 }, (_, i) => `Door sensor ${i}`)]);
    expect(a?.text).toMatch(/6 batteries are low \(under 20%\) and 5 getting low \(under 30%\), 50 others are fine/);
  });
});
