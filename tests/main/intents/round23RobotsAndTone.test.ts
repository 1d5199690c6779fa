// Issue 12, round 23: a robot vacuum or mower whose data says only `start` (with `dock` or `park`) is started and
// stopped ("start it" was "can't be switched on from here"), a status of "parked - winter break" reads as idle, and the
// Arabic words of tone of Gulf English ("yalla", "khalas") are no names ("no lock is called 'khalas'").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEntity } from './homeExportJson';
import { dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { openRoomHome } from './roomHomeHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ROOMS: RawEntity[] = [
  { id: 'rb-home', entity_type: 'home', name: 'Villa', content: {} },
  { id: 'rb-hall', entity_type: 'room', name: 'Hall', content: {} },
  { id: 'rb-garden', entity_type: 'room', name: 'Garden', content: {} },
  { id: 'rb-majlis', entity_type: 'room', name: 'Majlis', content: {} },
];
const DEVICES: RawEntity[] = [
  device('rb-vac', 'Jollibee', { type: 'robot_vacuum', capabilities: ['start', 'dock', 'battery'], state: { status: 'docked', battery: 100 } }),
  device('rb-mow', 'Mower', { type: 'lawn_mower', capabilities: ['start', 'park', 'battery'], state: { status: 'parked - winter break', battery: 90 } }),
  device('rb-lock', 'Majlis Door Lock', { type: 'lock', capabilities: ['lock'], state: { locked: false } }),
];
const PLACE: Record<string, string> = { 'rb-vac': 'rb-hall', 'rb-mow': 'rb-garden', 'rb-lock': 'rb-majlis' };

let home: Harness;
const { proposes, dialog } = dialogsOver(() => home, 'rb');

beforeAll(async () => {
  home = await openRoomHome('rb', [...ROOMS, ...DEVICES], PLACE, 'rb-hall');
});
afterAll(() => home.dispose());

describe('robots whose data says only "start"', () => {
  it('"start it" after asking where the vacuum is proposes starting it', async () => {
    await proposes(['where is jollibee', 'start it now, kids spilled chips everywhere'], ['Jollibee'], 2);
  });
  it('"start the mower" proposes starting it, its parked status read as idle', async () => {
    const answer = await dialog('start the mower');
    expect(answer.proposal?.targets.map((t) => t.name)).toEqual(['Mower']);
    expect(answer.text).not.toMatch(/already/);
  });
});

describe('Gulf English words of tone', () => {
  it('"lock the majlis door khalas" proposes locking it', async () => {
    await proposes(['lock the majlis door khalas'], ['Majlis Door Lock'], 3);
  });
  it('"yalla start jollibee" proposes starting the vacuum', async () => {
    await proposes(['yalla start jollibee'], ['Jollibee'], 2);
  });
});
