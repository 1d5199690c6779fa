// Round 31 (wrong nones): a door asked which rooms it joins, "the leak one" after a list whose leak detector is named
// in another language, and a number series said once after the word its names share. A small inline home with names
// unlike any test home's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'n31-hall', entity_type: 'room', name: 'Voorhuis', content: { description: 'entrance hall' } },
  { id: 'n31-yard', entity_type: 'room', name: 'Erf', content: { description: 'farm yard' } },
  { id: 'n31-wash', entity_type: 'room', name: 'Bijkeuken', content: { description: 'utility room' } },
  { id: 'n31-silo', entity_type: 'room', name: 'Silo Row', content: { description: 'three grain silos' } },
  { id: 'n31-cabin', entity_type: 'room', name: 'Heide Hut', content: { description: 'hunting cabin porch' } },
];
const DEVICES: RawEntity[] = [
  device('n31-lock', 'Erf Door Lock', { type: 'lock', capabilities: ['lock', 'battery'], state: { locked: true, battery: 61 } }),
  device('n31-leak', 'Lekmelder bijkeuken', { type: 'leak_sensor', capabilities: ['water_leak', 'battery'], state: { leak: false, battery: 9 } }),
  device('n31-smoke', 'Rookmelder voorhuis', { type: 'smoke_detector', capabilities: ['smoke', 'battery'], state: { smoke: false, battery: 14 } }),
  device('n31-f1', 'Silo 1 Fan', { type: 'fan', capabilities: ['power'], state: { power: 'off' } }),
  device('n31-f2', 'Silo 2 Fan', { type: 'fan', capabilities: ['power'], state: { power: 'off' } }),
  device('n31-f3', 'Silo 3 Fan', { type: 'fan', capabilities: ['power'], state: { power: 'on' } }),
  device('n31-pc', 'Porch Camera', { type: 'camera', capabilities: ['video'], state: { power: 'on' } }),
  device('n31-hc', 'Heide Porch Camera', { type: 'camera', capabilities: ['video', 'battery'], description: '4G camera at the hut', state: { power: 'on', battery: 47 } }),
  device('n31-gate', 'Erf gate', { type: 'gate', model: 'SW-300 swing gate motor', capabilities: ['open', 'close'], state: { position: 'closed', backup_battery_v: 12.6 } }),
  device('n31-bank', 'Stroomkast', { type: 'battery', model: '48V lithium bank', capabilities: ['battery'], state: { battery: 71 } }),
  device('n31-ctl', 'GrainWatch', { type: 'controller', capabilities: ['temperature', 'fan_control'], description: 'fan controller for silo 1, silo 2 and silo 3', state: { temp_silo1: 21, temp_silo2: 23 } }),
];
const PLACE = { 'n31-pc': 'n31-hall', 'n31-hc': 'n31-cabin', 'n31-gate': 'n31-yard', 'n31-bank': 'n31-wash', 'n31-lock': 'n31-yard', 'n31-leak': 'n31-wash', 'n31-smoke': 'n31-hall', 'n31-f1': 'n31-silo', 'n31-f2': 'n31-silo', 'n31-f3': 'n31-silo', 'n31-ctl': 'n31-silo' };
const DOOR: RawEntity = { id: 'n31-door', entity_type: 'door', name: 'Erf Door', content: { connects: ['Voorhuis', 'Erf'] } };

let home: Harness;
beforeAll(async () => {
  const entities = [{ id: 'n31-home', entity_type: 'home', name: 'Hoeve Ter Linde', content: {} }, ...ROOMS, ...DEVICES, DOOR, { id: 'n31-app', entity_type: 'app', name: 'SiloSense', content: { description: 'silo fan app' } },
    { id: 'n31-proc', entity_type: 'procedure', name: 'Open the yard door when the lock battery dies', content: { steps: ['Hold a 9V block to the two studs under the keypad', 'Enter the code and open the door'], duration: '5 min' } }];
  const edges = [
    ...roomAndDeviceEdges('n31-home', ROOMS, DEVICES, PLACE, 'n31-hall'),
    { from: 'n31-hall', to: 'n31-yard', type: 'connects_to', properties: { via: 'Erf Door' } },
    { from: 'n31-f1', to: 'n31-app', type: 'controlled_by_app' },
    { from: 'n31-proc', to: 'n31-lock', type: 'procedure_for' },
    { from: 'n31-f2', to: 'n31-app', type: 'controlled_by_app' },
  ];
  home = await openHarness({ homeJson: homeExportJson(entities, edges, 'n31-rel') });
});
afterAll(() => home.dispose());

const ask = async (q: string, conversationId = `n31-${q}`) => {
  const a = await home.responder.respond(q, home.context({ conversationId }));
  return { text: a?.text ?? '', targets: a?.proposal?.targets.map((t) => t.name) ?? [] };
};

describe('a door asked which rooms it joins', () => {
  it('"erf door goes between which rooms" names both rooms, not the state of the lock named like it', async () => {
    const answer = await ask('erf door goes between which rooms');
    expect(answer.text).toContain('Voorhuis');
    expect(answer.text).toContain('Erf');
    expect(answer.text).not.toContain('locked');
  });
  it('"is the erf door locked" is still the lock', async () => {
    expect((await ask('is the erf door locked')).text).toContain('locked');
  });
});

describe('"the X one" after a list, by the kind of a listed device', () => {
  it('"where\'s the leak one" after a battery list is the leak detector named in Dutch', async () => {
    await ask('which sensors have low battery', 'n31-leak-one');
    const answer = await ask("where's the leak one", 'n31-leak-one');
    expect(answer.text).toContain('Bijkeuken');
    expect(answer.text).not.toMatch(/\bno\b|none/i);
  });
});

describe('a number series said once after the word its names share', () => {
  it('"prende los ventiladores del silo 1 y 2" proposes the two fans, never the controller', async () => {
    expect((await ask('prende los ventiladores del silo 1 y 2')).targets.sort()).toEqual(['Silo 1 Fan', 'Silo 2 Fan']);
  });
  it('"turn on the silo 1 and 3 fans" proposes those two', async () => {
    expect((await ask('turn on the silo 1 and 3 fans')).targets.sort()).toEqual(['Silo 1 Fan', 'Silo 3 Fan']);
  });
});

describe('a follow-up about the devices of a command over each', () => {
  it('"what app is it" after "turn on silo 1 fan and silo 2 fan" names their app', async () => {
    await ask('turn on silo 1 fan and silo 2 fan', 'n31-group-app');
    expect((await ask('what app is it', 'n31-group-app')).text).toContain('SiloSense');
  });
});

describe('a battery asked of a device that has none', () => {
  it('"the porch camera battery" is the battery of the one camera whose longer name holds that name', async () => {
    const answer = await ask('and the porch camera battery?');
    expect(answer.text).toContain('Heide Porch Camera');
    expect(answer.text).toContain('47');
  });
  it('a device with a battery of its own stays the answer', async () => {
    expect((await ask('what is the heide porch camera battery')).text).toContain('47');
  });
});

describe('a kind phrase that names a device\'s own reading', () => {
  it('"gate motor backup battery voltage" reads the gate\'s backup battery, never the list of home batteries', async () => {
    const answer = await ask('gate motor backup battery voltage');
    expect(answer.text).toContain('12.6');
    expect(answer.text).not.toContain('Stroomkast');
  });
  it('"list the backup batteries" still lists the home batteries', async () => {
    expect((await ask('list the backup batteries')).text).toContain('Stroomkast');
  });
});

describe('a situation said as a condition on a battery', () => {
  it('"what do we do if the battery dies" is the procedure for it, not the list of low batteries', async () => {
    const answer = await ask('what do we do if the battery dies');
    expect(answer.text).toContain('Open the yard door when the lock battery dies');
  });
  it('"which batteries are low" still lists them', async () => {
    expect((await ask('which batteries are low')).text).toContain('Lekmelder bijkeuken');
  });
});
