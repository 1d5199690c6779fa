// Issue 12, round 27 (wrong "none" outside dialogs): "what's connected to the deco" where the home draws `connects_to`
// from the router to the devices it serves said "doesn't control any other device", a wrong none. "dishwasher kitna
// time baki hai": the time left is in the dishwasher's state ("remaining_min"); read as "what time" it answered that no
// schedule runs it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

describe('edges drawn from the router, and time left said in Hindi', () => {
  let other: Harness;
  beforeAll(async () => {
    const rooms: RawEntity[] = [{ id: 'ne-lr', entity_type: 'room', name: 'Lounge', content: {} }];
    const devices: RawEntity[] = [
      device('ne-router', 'Mesh Router', { type: 'router', capabilities: ['wifi'], state: {} }),
      device('ne-tv', 'Lounge TV', { type: 'tv', capabilities: ['power'], state: { power: 'off' } }),
      device('ne-cam', 'Porch Cam', { type: 'camera', capabilities: ['video'], state: {} }),
      device('ne-dw', 'Dishwasher', { type: 'appliance', capabilities: ['program', 'remaining_time'], state: { status: 'running', remaining_min: 45 } }),
    ];
    const entities = [{ id: 'ne-home', entity_type: 'home', name: 'Flat', content: {} }, ...rooms, ...devices];
    const edges = [...roomAndDeviceEdges('ne-home', rooms, devices, {}, 'ne-lr'), { from: 'ne-router', to: 'ne-tv', type: 'connects_to' }, { from: 'ne-router', to: 'ne-cam', type: 'connects_to' }];
    other = await openHarness({ homeJson: homeExportJson(entities, edges, 'ne-rel') });
  });
  afterAll(() => other.dispose());
  const askOther = async (text: string) => {
    const answer = await other.responder.respond(text, other.context({ conversationId: `ne-${text}` }));
    return { text: answer?.text ?? '', cited: answer?.citations.map((c) => c.name) ?? [] };
  };
  it('"what\'s connected to the mesh router" lists what it connects to', async () => {
    const answer = await askOther("what's connected to the mesh router");
    expect(answer.cited).toEqual(expect.arrayContaining(['Lounge TV', 'Porch Cam']));
    expect(answer.text).not.toMatch(/doesn't control/);
  });
  it('"dishwasher kitna time baki hai" reads the time left', async () => {
    expect((await askOther('dishwasher kitna time baki hai')).text).toMatch(/45/);
  });
});
