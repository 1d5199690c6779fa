// Issue 12, round 33 (state questions): "what's unlocked" was declined though "what's open" was read, and "is the alarm
// on" with an alarm panel and smoke alarms asked which one — a smoke alarm is never on or armed, only the device with
// an armed/disarmed state answers it. A blind with `open: true, position: 40` was "open", its position unsaid. Over a
// made-up Wellington house.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEntity } from './homeExportJson';
import { askingOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const ROOMS: RawEntity[] = [
  { id: 'wl-home', entity_type: 'home', name: 'Aro Street house', content: {} },
  room('wl-hall', 'Hall'),
  room('wl-kitchen', 'Kitchen'),
  room('wl-shed', 'Shed'),
];
const DEVICES: RawEntity[] = [
  device('wl-front', 'Front door deadbolt', { type: 'lock', capabilities: ['lock/unlock'], state: { lock: 'locked' } }),
  device('wl-back', 'Back door lock', { type: 'lock', capabilities: ['lock/unlock'], state: { lock: 'unlocked' } }),
  device('wl-pad', 'Shed padlock', { type: 'lock', capabilities: ['lock/unlock'], state: { lock: 'unlocked' } }),
  device('wl-panel', 'Alarm panel', { type: 'security', capabilities: ['arm/disarm', 'stay', 'away'], state: { status: 'disarmed', zones_open: 0 } }),
  device('wl-smoke1', 'Smoke alarm hall', { type: 'sensor', capabilities: ['smoke', 'battery'], state: { status: 'normal', battery: '80%' } }),
  device('wl-blind', 'Kitchen blind', { type: 'cover', capabilities: ['open/close', 'position'], state: { open: true, position: 40 } }),
  device('wl-shutter', 'Hall shutter', { type: 'cover', capabilities: ['position'], state: { position: 100 } }),
  device('wl-smoke2', 'Smoke alarm kitchen', { type: 'sensor', capabilities: ['smoke', 'battery'], state: { status: 'normal', battery: '70%' } }),
];
const PLACE: Record<string, string> = {
  'wl-front': 'wl-hall', 'wl-back': 'wl-kitchen', 'wl-pad': 'wl-shed', 'wl-panel': 'wl-hall', 'wl-smoke1': 'wl-hall', 'wl-smoke2': 'wl-kitchen', 'wl-blind': 'wl-kitchen', 'wl-shutter': 'wl-hall',
};

let house: Harness;
const ask = askingOver(() => house, 'wl-ask', { mustAnswer: true });

beforeAll(async () => {
  const [home, first] = ROOMS;
  house = await openSmallHome({ entities: [...ROOMS, ...DEVICES], homeId: home?.id ?? '', placeOf: PLACE, fallbackRoom: first?.id ?? '', edgePrefix: 'wl-edge' });
});
afterAll(() => house.dispose());

describe('"what is unlocked" names the unlocked locks', () => {
  it.each(["what's unlocked", "what's unlocked right now", 'is anything unlocked'])('%s', async (q) => {
    const a = await ask(q);
    expect(a.cited).toEqual(expect.arrayContaining(['Back door lock', 'Shed padlock']));
    expect(a.cited).not.toContain('Front door deadbolt');
  });
});

describe('"is the alarm on" is the alarm that can be armed', () => {
  it('"is the alarm on": the panel, disarmed', async () => {
    const a = await ask('is the alarm on');
    expect(a.text).toMatch(/^No — Alarm panel is disarmed/);
    expect(a.cited).toEqual(['Alarm panel']);
  });
  it('"is the smoke alarm on" still asks which smoke alarm', async () => {
    expect((await ask('is the smoke alarm on')).text).toMatch(/Which one do you mean/);
  });
});

describe('an opening with a position says how far it stands', () => {
  it('"is the kitchen blind open": open, at 40%', async () => {
    expect((await ask('is the kitchen blind open')).text).toMatch(/Kitchen blind is open \(40% open\)/);
  });
  it('"how far open is the hall shutter": fully, 100%', async () => {
    expect((await ask('how far open is the hall shutter')).text).toMatch(/Hall shutter is open \(100%\)/);
  });
});
