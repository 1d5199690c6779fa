// Issue 12, round 24: conversation follow-ups that keep the focus. A reply that only names a place ("bijkeuken",
// "yung sa slaapkamer", "el del zolder") right after a question back among devices, a list of devices of one kind or a
// question about one device picks the one there (placeReplyAsOne.ts), instead of listing the whole place; "the pump
// next to it" is the pump in that device's room, not the device itself (kindBesideIt.ts); "which one is not locked",
// "which of those is off" ask over what was just listed (whichListedInState.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { openRoomHome } from './roomHomeHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ROOMS: RawEntity[] = [
  { id: 'fu-home', entity_type: 'home', name: 'Huis Aan De Dijk', content: {} },
  { id: 'fu-bijkeuken', entity_type: 'room', name: 'Bijkeuken', content: {} },
  { id: 'fu-zolder', entity_type: 'room', name: 'Zolder', content: {} },
  { id: 'fu-woonkamer', entity_type: 'room', name: 'Woonkamer', content: {} },
  { id: 'fu-slaapkamer', entity_type: 'room', name: 'Slaapkamer', content: {} },
];
const DEVICES: RawEntity[] = [
  device('fu-leak1', 'Lekmelder Bijkeuken', { type: 'leak_sensor', capabilities: ['water_leak', 'battery'], state: { water_leak: false, battery: 8 } }),
  device('fu-leak2', 'Lekmelder Zolder', { type: 'leak_sensor', capabilities: ['water_leak', 'battery'], state: { water_leak: false, battery: 85 } }),
  device('fu-pump', 'Sump pump', { type: 'switch', capabilities: ['on_off', 'power'], state: { power: 'off', power_w: 0 } }),
  device('fu-tv1', 'Beeldbuis groot', { type: 'tv', capabilities: ['on_off', 'volume'], state: { power: 'on', volume: 20 } }),
  device('fu-tv2', 'Beeldbuis klein', { type: 'tv', capabilities: ['on_off', 'volume'], state: { power: 'on', volume: 12 } }),
  device('fu-lock1', 'Slot voordeur', { type: 'lock', capabilities: ['lock'], state: { lock: 'locked' } }),
  device('fu-lock2', 'Slot achterdeur', { type: 'lock', capabilities: ['lock'], state: { lock: 'unlocked' } }),
  device('fu-light1', 'Hanglamp', { type: 'light', manufacturer: 'Lumora', capabilities: ['on_off'], state: { power: 'on' } }),
  device('fu-light2', 'Leeslamp', { type: 'light', manufacturer: 'Lumora', capabilities: ['on_off'], state: { power: 'off' } }),
  device('fu-light3', 'Plafonnière', { type: 'light', manufacturer: 'Helderlicht', capabilities: ['on_off'], state: { power: 'off' } }),
];
const PLACE: Record<string, string> = { 'fu-lock1': 'fu-woonkamer', 'fu-lock2': 'fu-bijkeuken', 'fu-leak1': 'fu-bijkeuken', 'fu-leak2': 'fu-zolder', 'fu-pump': 'fu-bijkeuken', 'fu-tv1': 'fu-woonkamer', 'fu-tv2': 'fu-slaapkamer' };

let home: Harness;
const { proposes } = dialogsOver(() => home, 'fu');
const ask = askingOver(() => home, 'fu-ask', { mustAnswer: true });

beforeAll(async () => {
  home = await openRoomHome('fu', [...ROOMS, ...DEVICES], PLACE, 'fu-woonkamer');
});
afterAll(() => home.dispose());

describe('a reply that only names a place picks the one there', () => {
  it('"bijkeuken" after both leak sensors\' batteries were listed asks of the one there', async () => {
    const answer = await ask('what is the battery of the leak sensor', 'bijkeuken');
    expect(answer.cited).toContain('Lekmelder Bijkeuken');
    expect(answer.cited).not.toContain('Lekmelder Zolder');
    expect(answer.cited).not.toContain('Sump pump');
    expect(answer.text).toMatch(/\b8\s?%/);
  });
  it('"el del zolder" (said the Catalan/Spanish way) does the same', async () => {
    const answer = await ask('what is the battery of the leak sensor', 'el del zolder');
    expect(answer.cited).toContain('Lekmelder Zolder');
    expect(answer.cited).not.toContain('Lekmelder Bijkeuken');
  });
  it('"woonkamer" answers "which one do you mean" for a command', async () => {
    await proposes(['turn off the tv', 'woonkamer'], ['Beeldbuis groot'], 2);
  });
  it('"yung sa slaapkamer" (Tagalog "the one in") answers it too', async () => {
    await proposes(['turn off the tv', 'yung sa slaapkamer'], ['Beeldbuis klein'], 2);
  });
  it('"and the woonkamer?" after a question about a place is still that place', async () => {
    const answer = await ask('what is in the slaapkamer', 'and the woonkamer?');
    expect(answer.cited).toContain('Woonkamer');
  });
});

describe('"the <thing> next to it" is the thing in the same room', () => {
  it('"is the pump next to it on" after the leak sensor asks of the pump in its room', async () => {
    const answer = await ask('is the lekmelder bijkeuken dry', 'is the pump next to it on');
    expect(answer.cited).toContain('Sump pump');
    expect(answer.cited).not.toContain('Lekmelder Bijkeuken');
  });
});

describe('"which one is …" asks over what the last answer listed', () => {
  it('"which one is not locked" after "are all the locks locked?" names the unlocked one', async () => {
    const answer = await ask('are all the locks locked?', 'which one is not locked');
    expect(answer.cited).toEqual(['Slot achterdeur']);
  });
  it('"which of those is off" after the Lumora devices were listed keeps to them', async () => {
    const answer = await ask('which devices are made by lumora', 'which of those is off');
    expect(answer.cited).toContain('Leeslamp');
    expect(answer.cited).not.toContain('Plafonnière');
    expect(answer.cited).not.toContain('Hanglamp');
  });
});
