// "what happens when we lock the front door": the door entity has no rules, the lock named for it sets one off; that
// rule is the answer, never "No schedule or automation runs Front door" (a wrong none).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './intentHarness';
import { askingOver } from './dialogsOver';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';

const home: RawEntity = { id: 'rd-home', entity_type: 'home', name: 'Flat', content: {} };
const rooms: RawEntity[] = [
  { id: 'rd-hall', entity_type: 'room', name: 'Hall', content: {} },
  { id: 'rd-stair', entity_type: 'room', name: 'Stair', content: {} },
];
const devices: RawEntity[] = [
  { id: 'rd-lock', entity_type: 'device', name: 'Front door lock', content: { type: 'lock', capabilities: ['lock/unlock'], state: { locked: true } } },
  { id: 'rd-light', entity_type: 'device', name: 'Hall light', content: { type: 'light', capabilities: ['on_off'], state: { power: 'on' } } },
];
const others: RawEntity[] = [
  { id: 'rd-door', entity_type: 'door', name: 'Front door', content: {} },
  { id: 'rd-back', entity_type: 'door', name: 'Back door', content: {} },
  { id: 'rd-rule', entity_type: 'automation', name: 'Going out', content: { trigger: { type: 'lock', device: 'Front door lock', event: 'locked' }, actions: [{ device: 'Hall light', action: 'off' }], enabled: true } },
];
const placeOf: Record<string, string> = { 'rd-lock': 'rd-hall', 'rd-light': 'rd-hall' };

describe('the rules of what is on a door', () => {
  let h: Harness;
  beforeAll(async () => {
    const edges = [
      ...roomAndDeviceEdges(home.id, rooms, devices, placeOf, 'rd-hall'),
      { from: 'rd-door', to: 'rd-hall', type: 'connects_to' }, { from: 'rd-door', to: 'rd-stair', type: 'connects_to' },
      { from: 'rd-back', to: 'rd-hall', type: 'connects_to' },
      { from: 'rd-rule', to: 'rd-lock', type: 'triggered_by' }, { from: 'rd-rule', to: 'rd-light', type: 'automates' },
    ];
    h = await openHarness({ homeJson: homeExportJson([home, ...rooms, ...devices, ...others], edges, 'rd') });
  });
  afterAll(() => h.dispose());
  const ask = askingOver(() => h, 'rd', { mustAnswer: true });

  it('"what happens when we lock the front door" names the rule its lock sets off', async () => {
    const a = await ask('what happens when we lock the front door');
    expect(a.cited).toContain('Going out');
    expect(a.text).not.toMatch(/No schedule or automation/);
  });

  it('a door with nothing on it still says so', async () => {
    const a = await ask('what happens when we lock the back door');
    expect(a.text).not.toMatch(/Going out/);
  });
});
