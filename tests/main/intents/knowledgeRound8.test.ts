// Round 8 (knowledge), over an Indonesian home the lexicon doesn't know (English descriptions, as upstream homes
// have): a how-to a manual answers in one sentence, never with a procedure of another kind of device.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const entity = (id: string, entity_type: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type, name, content });

function indonesianHome(): string {
  const entities = [
    entity('r-dapur', 'room', 'Dapur', {}),
    entity('r-ruang', 'room', 'Ruang tamu', {}),
    entity('d-oven', 'device', 'Siemens', { type: 'appliance', manufacturer: 'Siemens', description: 'built-in oven', capabilities: ['oven_temp'], state: { oven: 'off' } }),
    entity('d-robot', 'device', 'Bimo', { type: 'appliance', manufacturer: 'Ecovacs', description: 'robot vacuum', capabilities: ['clean', 'dock'], state: { phase: 'docked' } }),
    entity('d-kunci', 'device', 'Kunci pintu', { type: 'lock', capabilities: ['lock_unlock'], state: { lock: 'locked' } }),
    entity('m-oven', 'manual', 'Panduan oven', { title: 'Siemens iQ500 oven manual', content: 'Use ecoClean with 0.3 L water to clean the cavity. Child lock: hold the key button for 3 seconds.' }),
    entity('p-robot', 'procedure', 'Kosongkan Bimo', { steps: ['Lift the lid.', 'Clean the dust box and the brush.', 'Put it back on the dock.'] }),
    entity('p-kunci', 'procedure', 'Ganti baterai kunci', { steps: ['Open the inside cover.', 'Swap the 4 AA batteries.', 'Put the cover back on.'] }),
  ];
  const edges = [
    { from: 'd-oven', to: 'r-dapur', type: 'located_in' },
    { from: 'd-robot', to: 'r-ruang', type: 'located_in' },
    { from: 'd-kunci', to: 'r-ruang', type: 'located_in' },
    { from: 'd-oven', to: 'm-oven', type: 'documented_by' },
    { from: 'p-robot', to: 'd-robot', type: 'procedure_for' },
    { from: 'p-kunci', to: 'd-kunci', type: 'procedure_for' },
  ];
  return homeExportJson(entities, edges, 'id');
}

let h: Harness;
let conversation = 0;

async function ask(q: string, role: 'admin' | 'guest' = 'admin'): Promise<string> {
  const answer = await h.responder.respond(q, h.context({ conversationId: `id-${++conversation}`, role }));
  expect(answer, `"${q}" was declined`).toBeDefined();
  return answer?.text ?? '';
}

describe('round 8 knowledge over an Indonesian home', () => {
  beforeAll(async () => {
    h = await openHarness({ homeJson: indonesianHome() });
  });
  afterAll(() => h.dispose());

  it('answers a how-to about a device from its manual, not from the robot vacuum procedure', async () => {
    const text = await ask('how do i clean the siemens');
    expect(text).toContain('0.3 L');
    expect(text).not.toContain('Kosongkan Bimo');
  });

  it('answers a how-to no procedure covers from the manual sentence that holds all its words', async () => {
    const text = await ask('how do you put the child lock on');
    expect(text).toContain('3 seconds');
    expect(text).not.toContain('Ganti baterai');
  });

  it('keeps the procedure of the device asked about', async () => {
    expect(await ask('how do i empty bimo')).toContain('Kosongkan Bimo');
  });
});
