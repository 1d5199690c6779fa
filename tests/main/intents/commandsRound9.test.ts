// Issue 12, round 9 commands over a home named in Indonesian (the lexicon has no Indonesian): the devices are known by
// their types, English descriptions and capabilities only. Classes: a ceiling fan that keeps only its speed is on when
// the speed is above 0 ("which fans are on"), and "turn em all off" then stops exactly those through their speed, never
// a fan whose light kit is on (its `light: "on"` is a part, not its switch); "and arm the alarm" after "and close the
// gate" is a command of its own, never "close" put onto the alarm; "shut the water off" closes the water valve ("off" is
// the verb's, never a name to look for); "turn off the telly" where one TV is named so and one described so asks
// which, never reads a TV as something to close; "chuck the … on" (Australian) switches it on; "put the blind … halfway" sets it to 50%; "disarm the alarm im home" is the command, what follows the reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const fan = (id: string, name: string, state: Record<string, unknown>): RawEntity =>
  device(id, name, { type: 'climate', description: 'ceiling fan', capabilities: 'light' in state ? ['fanSpeed', 'light'] : ['fanSpeed'], state });

const ROOMS: RawEntity[] = [
  { id: 'id-home', entity_type: 'home', name: 'Rumah', content: {} },
  { id: 'id-tamu', entity_type: 'room', name: 'Ruang Tamu', content: { description: 'living room' } },
  { id: 'id-budi', entity_type: 'room', name: 'Kamar Budi', content: {} },
  { id: 'id-sari', entity_type: 'room', name: 'Kamar Sari', content: {} },
  { id: 'id-teras', entity_type: 'room', name: 'Teras', content: { description: 'verandah' } },
];

const DEVICES: RawEntity[] = [
  fan('id-kipas-tamu', 'Kipas Tamu', { speed: 3 }),
  fan('id-kipas-budi', 'Kipas Budi', { speed: 0, light: 'on' }),
  fan('id-kipas-sari', 'Kipas Sari', { speed: 1, light: 'off' }),
  fan('id-kipas-teras', 'Kipas Teras', { speed: 0 }),
  device('id-gerbang', 'Gerbang Depan', { type: 'security', description: 'sliding gate motor', capabilities: ['open/close'], state: { gate: 'open' } }),
  device('id-kunci', 'Kunci Pintu', { type: 'security', capabilities: ['lock/unlock', 'battery'], state: { locked: false, battery: '70%' } }),
  device('id-katup', 'Katup Utama', { type: 'security', description: 'main water valve', capabilities: ['valve_open/close'], state: { valve: 'open' } }),
  device('id-tv-kakek', 'Telly Kakek', { type: 'entertainment', capabilities: ['power', 'volume'], state: { power: 'on', channel: 'TVRI' } }),
  device('id-tv-tamu', 'Samsung', { type: 'entertainment', description: 'telly', capabilities: ['power', 'volume'], state: { power: 'on', volume: 20 } }),
  device('id-lampu', 'Lampu Teras', { type: 'lighting', capabilities: ['on_off'], state: { on: false } }),
  device('id-tirai', 'Tirai Sari', { type: 'blinds', capabilities: ['open/close', 'position'], state: { position: 100 } }),
  device('id-panel', 'Panel Keamanan', { type: 'security', description: 'alarm panel', capabilities: ['arm/disarm', 'zones'], state: { status: 'disarmed', zones_open: 0 } }),
];

const PLACE_OF: Record<string, string> = {
  'id-kipas-tamu': 'id-tamu', 'id-kipas-budi': 'id-budi', 'id-kipas-sari': 'id-sari', 'id-kipas-teras': 'id-teras',
  'id-gerbang': 'id-teras', 'id-kunci': 'id-teras', 'id-panel': 'id-tamu', 'id-katup': 'id-teras', 'id-tv-kakek': 'id-budi', 'id-lampu': 'id-teras', 'id-tirai': 'id-sari',
};

function indonesianHome(): string {
  const edges = roomAndDeviceEdges('id-home', ROOMS, DEVICES, PLACE_OF, 'id-tamu');
  return homeExportJson([...ROOMS, ...DEVICES], edges, 'id-edge');
}

let h: Harness;
const { dialog } = dialogsOver(() => h, 'id');

beforeAll(async () => {
  h = await openHarness({ homeJson: indonesianHome() });
});
afterAll(() => h.dispose());

describe('fans kept by their speed', () => {
  it('"which fans are on" names the fans whose speed is above 0, never the one whose light alone is on', async () => {
    const listed = await dialog('which fans are on');
    expect(listed.text).toMatch(/2 of 4 fans are on/);
    expect(listed.citations.map((c) => c.name).sort()).toEqual(['Kipas Sari', 'Kipas Tamu']);
  });
  it('"turn em all off" after it stops exactly those, by setting their speed to 0', async () => {
    const done = await dialog('which fans are on', 'turn em all off');
    expect(done.proposal?.targets.map((t) => t.name).sort(), done.text).toEqual(['Kipas Sari', 'Kipas Tamu']);
    for (const change of done.proposal?.changes ?? []) expect(change.changes.content?.['state'], done.text).toMatchObject({ speed: 0 });
  });
  it('"set kipas sari to 3" sets its speed, never a temperature it does not have', async () => {
    const done = await dialog('set kipas sari to 3');
    expect(done.proposal?.targets.map((t) => t.name), done.text).toEqual(['Kipas Sari']);
    expect(done.proposal?.changes[0]?.changes.content?.['state'], done.text).toMatchObject({ speed: 3 });
  });
  it('"turn off kipas budi" (speed 0, light on) is already off by its speed; its light is not what is switched', async () => {
    const done = await dialog('turn off kipas budi');
    expect(done.text).toMatch(/already off/);
    for (const change of done.proposal?.changes ?? []) expect(change.changes.content?.['state'], done.text).toEqual({ speed: 0, light: 'on' });
  });
});

describe('a follow-up with its own verb', () => {
  it('"and arm the alarm" after "and close the gate" arms the alarm panel', async () => {
    const armed = await dialog('lock the door', 'and close the gate', 'and arm the alarm');
    expect(armed.proposal?.targets.map((t) => t.name), armed.text).toEqual(['Panel Keamanan']);
    expect(armed.text).not.toMatch(/close/i);
  });
});

describe('a verb split around its object', () => {
  it('"shut the water off" closes the one water valve, never asking for a device called "off"', async () => {
    const shut = await dialog('shut the water off');
    expect(shut.proposal?.targets.map((t) => t.name), shut.text).toEqual(['Katup Utama']);
    expect(shut.text).not.toMatch(/'off'/);
  });
});

describe('a switched device named by the words is never something to close', () => {
  it('"turn off the telly" asks which of the two TVs, never "closes" the one named so', async () => {
    const asked = await dialog('turn off the telly');
    expect(asked.proposal ?? undefined, asked.text).toBeUndefined();
    expect(asked.text).toMatch(/Telly Kakek/);
    expect(asked.text).toMatch(/Samsung/);
    expect(asked.text).not.toMatch(/close|motor|valve/i);
  });
});

describe('a reason after a command, without a comma', () => {
  it('"disarm the alarm im home" disarms the alarm panel; "im home" is no part of its name', async () => {
    const done = await dialog('disarm the alarm im home');
    expect(done.proposal?.targets.map((t) => t.name), done.text).toEqual(['Panel Keamanan']);
    expect(done.proposal?.tier, done.text).toBe(3);
  });
});

describe('everyday Australian switching words', () => {
  it('"chuck the lampu teras on" turns it on; "flick the lampu teras off" turns it off', async () => {
    const on = await dialog('chuck the lampu teras on');
    expect(on.proposal?.targets.map((t) => t.name), on.text).toEqual(['Lampu Teras']);
    expect(on.proposal?.changes[0]?.changes.content?.['state'], on.text).toMatchObject({ on: true });
    const off = await dialog('flick the lampu teras off');
    expect(off.proposal?.targets.map((t) => t.name), off.text).toEqual(['Lampu Teras']);
    expect(off.proposal?.changes[0]?.changes.content?.['state'], off.text).toMatchObject({ on: false });
  });
});

describe('a level said as halfway', () => {
  it('"put the blind in kamar sari halfway" sets its position to 50', async () => {
    const done = await dialog('put the blind in kamar sari halfway');
    expect(done.proposal?.targets.map((t) => t.name), done.text).toEqual(['Tirai Sari']);
    expect(done.proposal?.changes[0]?.changes.content?.['state'], done.text).toMatchObject({ position: 50 });
  });
});
