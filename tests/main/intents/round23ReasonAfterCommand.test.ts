// Issue 12, round 23: a reason said after a whole command ("switch on the study lamp, Zayed doing homework", "turn on
// the exhaust, Joy is frying fish", "set it to 20, they're coming from the desert") is no part of the target; read as
// one, it named nobody's device and the command was declined. A clause that names the home's things stays ("turn off
// the lamps, the kitchen one too").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEntity } from './homeExportJson';
import { dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { openRoomHome } from './roomHomeHarness';
import { withoutSpokenAsides } from '../../../src-main/intents/spokenAsides';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ROOMS: RawEntity[] = [
  { id: 'ra-home', entity_type: 'home', name: 'Villa', content: {} },
  { id: 'ra-study', entity_type: 'room', name: 'Study', content: {} },
  { id: 'ra-kitchen', entity_type: 'room', name: 'Kitchen', content: {} },
];
const DEVICES: RawEntity[] = [
  device('ra-lamp', 'Study lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('ra-fan', 'Kitchen exhaust fan', { type: 'fan', capabilities: ['on_off'], state: { power: 'off' } }),
  device('ra-klamp', 'Kitchen lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
];
const PLACE: Record<string, string> = { 'ra-lamp': 'ra-study', 'ra-fan': 'ra-kitchen', 'ra-klamp': 'ra-kitchen' };

let home: Harness;
const { proposes } = dialogsOver(() => home, 'ra');

beforeAll(async () => {
  home = await openRoomHome('ra', [...ROOMS, ...DEVICES], PLACE, 'ra-study');
});
afterAll(() => home.dispose());

describe('a reason after a whole command', () => {
  it('"switch on, Zayed doing homework" after asking about the study lamp proposes the lamp', async () => {
    await proposes(['is the study lamp on', 'switch on, Zayed doing homework'], ['Study lamp'], 2);
  });
  it('"turn it on, Joy is frying fish" proposes the exhaust fan asked about', async () => {
    await proposes(['is the kitchen exhaust fan on', 'turn it on, Joy is frying fish'], ['Kitchen exhaust fan'], 2);
  });
  it('"switch it off now, its late" proposes the lamp asked about', async () => {
    await proposes(['is the kitchen lamp on', 'switch it off now, its late'], ['Kitchen lamp'], 2);
  });
  it('a clause that names a thing of the home before its verb is kept', async () => {
    const snapshot = await home.engine.index.get();
    expect(withoutSpokenAsides('turn off the study lamp, the kitchen lamp is fine', snapshot)).toBe('turn off the study lamp, the kitchen lamp is fine');
    expect(withoutSpokenAsides('turn off the study lamp, guests are sleeping', snapshot)).toBe('turn off the study lamp');
  });
});
