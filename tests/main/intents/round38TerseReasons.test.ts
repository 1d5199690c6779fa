// Issue 12, round 38: a terse command with its reason said after it ("master fan on its mad hot in here", "room fan
// on, aircond too cold") is the command, never a setpoint question about the fan; a thing that names no one device
// ("yard lights" where the yard has floodlights and an office's lights) is never widened to a place's lights by the
// reason's cut (terseReasons.ts, terseCommands.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEntity } from './homeExportJson';
import { dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const ENTITIES: RawEntity[] = [
  { id: 't38r-home', entity_type: 'home', name: 'Casa Verde', content: {} },
  room('t38r-master', 'Master bedroom'),
  room('t38r-yard', 'Back yard', { floor: 'outside' }),
  room('t38r-lanai', 'Lanai', { floor: 'outside' }),
  device('t38r-fan', 'Master bedroom fan', { type: 'fan', capabilities: ['on_off', 'fan_speed'], state: { power: 'off', speed: 0 } }),
  device('t38r-ac', 'Aircond master', { type: 'air_conditioner', capabilities: ['on_off', 'temperature', 'target_temperature'], state: { power: 'on', temperature: 24, target: 22 } }),
  device('t38r-flood', 'Yard floodlights', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('t38r-office', 'Office lights', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('t38r-lanaifan', 'Lanai fan', { type: 'fan', capabilities: ['on_off'], state: { power: 'off' } }),
  device('t38r-lanailamp', 'Lanai lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
];
const ROOM_OF: Record<string, string> = {
  't38r-fan': 't38r-master', 't38r-ac': 't38r-master', 't38r-flood': 't38r-yard', 't38r-office': 't38r-yard',
  't38r-lanaifan': 't38r-lanai', 't38r-lanailamp': 't38r-lanai',
};

let home: Harness;
const { dialog, proposes } = dialogsOver(() => home, 't38r');

beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: ROOM_OF, fallbackRoom: 't38r-master', edgePrefix: 't38r-edge' });
});
afterAll(() => home.dispose());

describe('a terse command, then why', () => {
  it('"master fan on its mad hot in here" turns the fan on (run-on reason after words of one name)', async () => {
    await proposes(['master fan on its mad hot in here'], ['Master bedroom fan'], 2);
  });
  it('"lanai fan on its getting warm out here" turns that fan on', async () => {
    await proposes(['lanai fan on its getting warm out here'], ['Lanai fan'], 2);
  });
  it('"master bedroom fan on, aircond too cold" turns the fan on: a remark after the comma', async () => {
    await proposes(['master bedroom fan on, aircond too cold'], ['Master bedroom fan'], 2);
  });
});

describe('the target is never wider than what was said', () => {
  it('"yard lights off its daylight" never proposes the yard\'s office lights too', async () => {
    const a = await home.responder.respond('yard lights off its daylight', home.context({ conversationId: 't38r-wide', role: 'admin' }));
    expect(a?.proposal?.targets.map((t) => t.name) ?? [], a?.text).not.toContain('Office lights');
  });
  it('"lanai fan on, lamp off" is no reason: the second command is not dropped into a fan-only proposal', async () => {
    const a = await dialog('lanai fan on, lamp off');
    expect(a.proposal?.targets.map((t) => t.name) ?? [], a.text).not.toEqual(['Lanai fan']);
  });
});
