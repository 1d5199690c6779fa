// Issue 12, round 23: Swiss German as people type it ("isch s Liecht no aa?", "mach d Heizig uf 21", "isch d Haustür
// abgschlosse?") is read as the Standard German it stands for (lexicon/swissGerman.json), so the German readers read
// it; a compound ending in a spoken form ("Nachtliecht") is read too, and a name of the home stays a name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { openRoomHome } from './roomHomeHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ROOMS: RawEntity[] = [
  { id: 'ch-home', entity_type: 'home', name: 'Huus', content: {} },
  { id: 'ch-stube', entity_type: 'room', name: 'Stube', content: {} },
  { id: 'ch-iigang', entity_type: 'room', name: 'Iigang', content: {} },
  { id: 'ch-lena', entity_type: 'room', name: 'Lenas Zimmer', content: {} },
  { id: 'ch-garage', entity_type: 'room', name: 'Garage', content: {} },
];
const DEVICES: RawEntity[] = [
  device('ch-lampe', 'Stubelampe', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 70 } }),
  device('ch-nacht', 'Lena Nachtlicht', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'off' } }),
  device('ch-schloss', 'Haustür Schloss', { type: 'lock', capabilities: ['lock'], state: { locked: false, battery: 18 } }),
  device('ch-tor', 'Garagentor', { type: 'garage_door', capabilities: ['open_close'], state: { door: 'closed' } }),
];
const PLACE: Record<string, string> = { 'ch-lampe': 'ch-stube', 'ch-nacht': 'ch-lena', 'ch-schloss': 'ch-iigang', 'ch-tor': 'ch-garage' };

let home: Harness;
const { proposes } = dialogsOver(() => home, 'ch');
const ask = askingOver(() => home, 'ch-ask', { mustAnswer: true });

beforeAll(async () => {
  home = await openRoomHome('ch', [...ROOMS, ...DEVICES], PLACE, 'ch-stube');
});
afterAll(() => home.dispose());

describe('Swiss German is read as Standard German', () => {
  it('"isch d Stubelampe no aa?" says the lamp is on', async () => {
    const answer = await ask('isch d Stubelampe no aa?');
    expect(answer.cited).toContain('Stubelampe');
    expect(answer.text).toMatch(/\bon\b/);
  });
  it('"isch s Garagetor zue?" says the garage door is closed', async () => {
    expect((await ask('isch s Garagentor zue?')).text).toMatch(/closed/);
  });
  it('"isch d Haustür abgschlosse?" says the front door is unlocked', async () => {
    expect((await ask('isch d Haustür abgschlosse?')).text).toMatch(/unlocked/);
  });
  it('"mach d Stubelampe us" proposes turning the lamp off', async () => {
    await proposes(['mach d Stubelampe us'], ['Stubelampe'], 2);
  });
  it('"welchi Liechter sind no aa?" lists the lights that are on', async () => {
    const answer = await ask('welchi Liechter sind no aa?');
    expect(answer.cited).toEqual(['Stubelampe']);
  });
  it('"isch s Nachtliecht vo de Lena aa?" reads the compound Nachtliecht as Nachtlicht', async () => {
    expect((await ask('isch s Nachtliecht vo de Lena aa?')).cited).toContain('Lena Nachtlicht');
  });
});
