// Issue 12, round 21 (yes/no questions get a yes or a no): "is the garage open" was answered "Garage door is closed." —
// true, but a household asked yes or no, and a closed garage is a "no". The answer now leads with it, from the side of
// the state the question asked (on/off, open/closed, locked/unlocked, armed/disarmed, running), in every language the
// language layer reads, and only when both the question and the reading are sure. Over a made-up Lyon flat.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ROOMS: RawEntity[] = [
  { id: 'ly-home', entity_type: 'home', name: 'Appartement Croix-Rousse', content: {} },
  { id: 'ly-kitchen', entity_type: 'room', name: 'Cuisine', content: {} },
  { id: 'ly-hall', entity_type: 'room', name: 'Entrée', content: {} },
  { id: 'ly-garage', entity_type: 'room', name: 'Box', content: { description: 'garage' } },
];
const DEVICES: RawEntity[] = [
  device('ly-light', 'Plafonnier cuisine', { type: 'lighting', capabilities: ['on/off'], state: { on: false } }),
  device('ly-oven', 'Four', { type: 'appliance', description: 'oven', capabilities: ['on/off'], state: { power: 'on', temperature: 180 } }),
  device('ly-door', 'Porte de garage', { type: 'cover', description: 'garage door', capabilities: ['open/close'], state: { door: 'closed' } }),
  device('ly-blind', 'Volet cuisine', { type: 'cover', description: 'roller shutter', capabilities: ['open/close', 'position'], state: { position: 40 } }),
  device('ly-lock', 'Serrure entrée', { type: 'security', description: 'smart lock', capabilities: ['lock/unlock'], state: { lock: 'unlocked' } }),
  device('ly-alarm', 'Centrale alarme', { type: 'security', description: 'alarm panel', capabilities: ['arm/disarm'], state: { status: 'disarmed' } }),
  device('ly-pump', 'Pompe de relevage', { type: 'appliance', description: 'sump pump', capabilities: ['on/off'], state: { power: 'off' } }),
  device('ly-robot', 'Robot aspirateur', { type: 'appliance', description: 'robot vacuum', capabilities: ['start/stop', 'dock'], state: { status: 'docked', battery: 100 } }),
  device('ly-smoke', 'Détecteur fumée', { type: 'safety', description: 'smoke alarm', capabilities: ['smoke'], state: { status: 'normal' } }),
  device('ly-lamp', 'Lampe entrée', { type: 'lighting', capabilities: ['on/off'], state: { on: true } }),
  device('ly-tv', 'Télé', { type: 'entertainment', description: 'tv', capabilities: ['on/off', 'channel'], state: { power: 'on', channel: 'France 2' } }),
];
const PLACE: Record<string, string> = {
  'ly-light': 'ly-kitchen', 'ly-oven': 'ly-kitchen', 'ly-door': 'ly-garage', 'ly-blind': 'ly-kitchen', 'ly-lock': 'ly-hall', 'ly-alarm': 'ly-hall',
  'ly-pump': 'ly-garage', 'ly-tv': 'ly-hall', 'ly-robot': 'ly-hall', 'ly-smoke': 'ly-kitchen', 'ly-lamp': 'ly-hall',
};

let flat: Harness;
const ask = askingOver(() => flat, 'ly-ask', { mustAnswer: true });

beforeAll(async () => {
  const [home, first] = ROOMS;
  flat = await openHarness({ homeJson: homeExportJson([...ROOMS, ...DEVICES], roomAndDeviceEdges(home?.id ?? '', ROOMS, DEVICES, PLACE, first?.id ?? ''), 'ly-edge') });
});
afterAll(() => flat.dispose());

describe('a yes/no state question is answered yes or no first', () => {
  it('"is the garage door open" with the door closed: "No — … is closed"', async () => {
    expect((await ask('is the garage door open')).text).toMatch(/^No — Porte de garage is closed/);
  });
  it('"is the garage door closed" with the door closed: "Yes — …"', async () => {
    expect((await ask('is the garage door closed')).text).toMatch(/^Yes — Porte de garage is closed/);
  });
  it('"is the plafonnier cuisine on" (off) is a no; "is the plafonnier cuisine off" a yes', async () => {
    expect((await ask('is the plafonnier cuisine on')).text).toMatch(/^No — Plafonnier cuisine is off/);
    expect((await ask('is the plafonnier cuisine off')).text).toMatch(/^Yes — Plafonnier cuisine is off/);
  });
  it('"is the oven on" with the oven on: "Yes — …"', async () => {
    expect((await ask('is the oven on')).text).toMatch(/^Yes — Four\b.* is on/);
  });
  it('"is the front lock locked" (unlocked): "No — …"', async () => {
    expect((await ask('is the serrure entrée locked')).text).toMatch(/^No — Serrure entrée is unlocked/);
  });
  it('"is the alarm armed" (disarmed): "No — …"', async () => {
    expect((await ask('is the alarm armed')).text).toMatch(/^No — Centrale alarme is disarmed/);
  });
  it('"is the sump pump running" (off): "No — …"', async () => {
    expect((await ask('is the pompe de relevage running')).text).toMatch(/^No — Pompe de relevage is off/);
  });
  it('"is the robot vacuum cleaning" (docked): "No — … is docked"', async () => {
    expect((await ask('is the robot aspirateur cleaning')).text).toMatch(/^No — Robot aspirateur is docked/);
  });
  it('"is the smoke alarm going off" (normal) is a no: going off is sounding, not switched off', async () => {
    expect((await ask('is the détecteur fumée going off')).text).toMatch(/^No — Détecteur fumée\b.* is normal/);
  });
  it('"are any lights on" with one of two on: "Yes — 1 of 2 …"', async () => {
    expect((await ask('are any lights on')).text).toMatch(/^Yes — 1 of 2 lights/);
  });
  it('in French read in English: "la porte de garage est ouverte ?" (closed) is a no', async () => {
    expect((await ask('la porte de garage est ouverte ?')).text).toMatch(/^No — /);
  });
});

describe('no yes or no when the question or the reading is unsure', () => {
  it('"is the light on or off" asks both sides: only the reading', async () => {
    expect((await ask('is the plafonnier cuisine on or off')).text).toMatch(/^Plafonnier cuisine is off/);
  });
  it('a negated question ("is the garage door not open") gets only the reading', async () => {
    expect((await ask('is the garage door not open')).text).not.toMatch(/^(Yes|No)\b/);
  });
  it('"what\'s the tv on" asks a channel, not yes or no', async () => {
    expect((await ask("what's the tv on")).text).not.toMatch(/^(Yes|No)\b/);
  });
  it('"is the tv on france 2" asks a channel: "on" before a name is no on/off', async () => {
    expect((await ask('is the télé on france 2')).text).not.toMatch(/^(Yes|No)\b/);
  });
  it('"are the lights on" with only some on is answered by the count, not a yes', async () => {
    expect((await ask('are the lights on')).text).not.toMatch(/^(Yes|No)\b/);
  });
  it('a shutter part open is neither open nor closed: no yes or no', async () => {
    expect((await ask('is the volet cuisine open')).text).not.toMatch(/^(Yes|No)\b/);
  });
});
