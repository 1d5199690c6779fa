// Issue 12, round 18 (Italian homes): over a Ticino household, a smoke detector listing a "heat" capability detects
// heat — "which heaters are on" / "quali stufe sono accese" never list smoke detectors as heaters, and they are
// counted as the smoke alarms they are. "in camera" where the rooms are "Camera …" says where, not the camera kind: the
// question never goes to the only camera, out in the garden; "is the camera recording" still does. The alarm is
// armed and disarmed with inserire/disinserire ("disinserisci l'allarme").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ROOMS: RawEntity[] = [
  { id: 'ti-home', entity_type: 'home', name: 'Casa Bernasconi', content: { description: 'villetta a Mendrisio' } },
  { id: 'ti-soggiorno', entity_type: 'room', name: 'Salotto', content: {} },
  { id: 'ti-camera', entity_type: 'room', name: 'Camera degli zii', content: {} },
  { id: 'ti-corridoio', entity_type: 'room', name: 'Corridoio', content: {} },
  { id: 'ti-orto', entity_type: 'room', name: 'Orto', content: {} },
];
const DEVICES: RawEntity[] = [
  device('ti-fumo-a', 'Sensore fumo corridoio', { type: 'sensor', manufacturer: 'Ajax', capabilities: ['smoke', 'heat', 'battery'], state: { status: 'normal', battery: '71%' } }),
  device('ti-fumo-b', 'Sensore fumo salotto', { type: 'sensor', manufacturer: 'Ajax', capabilities: ['smoke', 'heat', 'battery'], state: { status: 'normal', battery: '64%' } }),
  device('ti-radiatore', 'Radiatore salotto', { type: 'climate', capabilities: ['on/off', 'target_temperature'], state: { on: true, target_temperature: 21 } }),
  device('ti-telecamera', 'Telecamera orto', { type: 'camera', capabilities: ['video', 'motion'], state: { recording: true, motion: false } }),
  device('ti-termo', 'Termometro zii', { type: 'sensor', capabilities: ['temperature', 'humidity'], state: { temperature: 19.5, humidity: 48 } }),
  device('ti-allarme', 'Centrale allarme', { type: 'security', capabilities: ['arm', 'disarm'], state: { armed: true, mode: 'away' } }),
  device('ti-luce', 'Luce camera', { type: 'lighting', capabilities: ['on/off'], state: { on: false } }),
];
const PLACE: Record<string, string> = { 'ti-fumo-a': 'ti-corridoio', 'ti-fumo-b': 'ti-soggiorno', 'ti-radiatore': 'ti-soggiorno', 'ti-luce': 'ti-camera', 'ti-telecamera': 'ti-orto', 'ti-termo': 'ti-camera', 'ti-allarme': 'ti-corridoio' };

let home: Harness;
const ask = askingOver(() => home, 'ti-ask');

beforeAll(async () => {
  const devices = DEVICES.filter((d) => d.entity_type === 'device');
  home = await openHarness({ homeJson: homeExportJson([...ROOMS, ...DEVICES], roomAndDeviceEdges('ti-home', ROOMS, devices, PLACE, 'ti-soggiorno'), 'ti-edge') });
});
afterAll(() => {
  home.dispose();
});

describe('a smoke detector that senses heat is no heater', () => {
  it('lists only the radiator as a heater that is on', async () => {
    for (const q of ['which heaters are on', 'quali stufe sono accese']) {
      const a = await ask(q);
      expect(a.text).toContain('Radiatore salotto');
      expect(a.text).not.toMatch(/Sensore fumo/);
    }
  });
  it('counts both detectors as smoke alarms', async () => {
    const a = await ask('how many smoke alarms are there');
    expect(a.text).toMatch(/\b2 smoke alarms\b/);
    expect(a.cited).toEqual(expect.arrayContaining(['Sensore fumo corridoio', 'Sensore fumo salotto']));
  });
});

describe('"camera" after a preposition of place, in a home of "Camera …" rooms', () => {
  it('asks about the room, not the camera out in the garden', async () => {
    for (const q of ['quanti gradi ci sono in camera', 'temperatura nella camera']) {
      const a = await ask(q);
      expect(a.text).not.toMatch(/Telecamera/);
      expect(a.cited).not.toContain('Telecamera orto');
    }
  });
  it('still reads the camera kind when no place is said', async () => {
    const a = await ask('is the camera recording');
    expect(a.text).toContain('Telecamera orto');
    expect(a.text).toMatch(/recording/);
  });
});

describe('inserire / disinserire the alarm', () => {
  it('proposes disarming the alarm panel, at tier 3', async () => {
    const a = await home.responder.respond("disinserisci l'allarme", home.context({ conversationId: 'ti-disarm' }));
    expect(a?.proposal?.targets.map((t) => t.name)).toEqual(['Centrale allarme']);
    expect(a?.proposal?.tier).toBe(3);
    expect(a?.text).toMatch(/disarm/i);
  });
});
