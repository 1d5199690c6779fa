// Issue 12, round 29 (trust in homes named in other languages): people name a device by its maker ("turn on the
// daikin") and a video intercom is the door's intercom, not one of the cameras. Each wrong "which one" or wrong count
// here was a trust fault on an unseen home.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'lg-liv', entity_type: 'room', name: 'Sala', content: {} },
  { id: 'lg-bed', entity_type: 'room', name: 'Quarto', content: {} },
  { id: 'lg-hall', entity_type: 'room', name: 'Entrada', content: {} },
];
const DEVICES: RawEntity[] = [
  device('lg-ac1', 'Clima sala', { type: 'climate', manufacturer: 'Fujitsu', capabilities: ['on/off', 'target_temperature'], state: { power: 'off', target_temperature: 21 } }),
  device('lg-ac2', 'Clima quarto', { type: 'climate', manufacturer: 'Fujitsu', capabilities: ['on/off', 'target_temperature'], state: { power: 'off', target_temperature: 20 } }),
  device('lg-blind', 'Persiana sala', { type: 'cover', capabilities: ['open_close', 'position'], state: { position: 30 } }),
  device('lg-gate', 'Portao', { type: 'gate', capabilities: ['open_close'], state: { open: false } }),
  device('lg-cam1', 'Camera da porta', { type: 'camera', capabilities: ['video'], state: { online: true } }),
  device('lg-cam2', 'Camera quintal', { type: 'camera', capabilities: ['video'], state: { online: true } }),
  device('lg-icom', 'Porteiro', { type: 'intercom', capabilities: ['video', 'door_release'], state: { online: true } }),
  device('lg-trv1', 'Thermostat Sala', { type: 'climate', capabilities: ['temperature', 'setpoint'], state: { temperature: 19.5, setpoint: 21 } }),
  device('lg-trv2', 'Thermostat Quarto', { type: 'climate', capabilities: ['temperature', 'setpoint'], state: { temperature: 18, setpoint: 18 } }),
  device('lg-motor', 'Motor portao', { type: 'gate', manufacturer: 'Peccinin', capabilities: ['open_close'], state: { open: false } }),
  device('lg-valve', 'Registro geral', { type: 'valve', capabilities: ['open', 'close'], state: { open: false } }),
];
const PLACE = { 'lg-trv1': 'lg-liv', 'lg-trv2': 'lg-bed', 'lg-valve': 'lg-hall', 'lg-ac1': 'lg-liv', 'lg-ac2': 'lg-bed', 'lg-blind': 'lg-liv', 'lg-gate': 'lg-hall', 'lg-cam1': 'lg-hall', 'lg-cam2': 'lg-hall', 'lg-icom': 'lg-hall' };

let home: Harness;
beforeAll(async () => {
  const entities: RawEntity[] = [{ id: 'lg-home', entity_type: 'home', name: 'Casa Verde', content: {} }, ...ROOMS, ...DEVICES];
  entities.push({ id: 'lg-auto1', entity_type: 'automation', name: 'Chegada noturna', content: { trigger: { device: 'Portao', event: 'opened' }, actions: ['Clima sala on'], description: 'Quando o portao abre liga o clima' } });
  entities.push({ id: 'lg-auto2', entity_type: 'automation', name: 'Bom dia', content: { trigger: { time: '07:00' }, actions: ['Persiana sala open'] } });
  entities.push({ id: 'lg-man', entity_type: 'manual', name: 'Manual Peccinin DZ', content: { format: 'pdf' } });
  home = await openHarness({ homeJson: homeExportJson(entities, roomAndDeviceEdges('lg-home', ROOMS, DEVICES, PLACE, 'lg-liv'), 'lg-rel') });
});
afterAll(() => home.dispose());

const dialog = (...questions: string[]) => home.dialog(...questions);

describe('a device named by its maker', () => {
  it('"turn on the fujitsu" asks which of the Fujitsu devices, never offers the blinds and gate', async () => {
    const answer = await dialog('turn on the fujitsu');
    expect(answer.text).toMatch(/Which one/);
    expect(answer.text).toContain('Clima sala');
    expect(answer.text).toContain('Clima quarto');
    expect(answer.text).not.toContain('Persiana');
    expect(answer.text).not.toContain("couldn't find");
  });
  it('the room said next picks the one there, and "set it to 22" stays on it', async () => {
    expect((await dialog('turn on the fujitsu', 'sala')).targets).toEqual(['Clima sala']);
    expect((await dialog('turn on the fujitsu', 'sala', 'set it to 22')).targets).toEqual(['Clima sala']);
  });
});

describe('a video intercom among the cameras', () => {
  it('is said apart from the cameras, not counted as one', async () => {
    const answer = await dialog('how many cameras do we have?');
    expect(answer.text).toMatch(/There are 2 cameras/);
    expect(answer.text).toMatch(/Not counted: Porteiro/);
  });
});

describe('an on/off question about things with no on/off state', () => {
  it('"is the heating off?" names each with what it reads, never a bare "there are none"', async () => {
    const answer = await dialog('is the heating off?');
    expect(answer.text).not.toMatch(/^There are no thermostats/);
    expect(answer.text).toContain('Thermostat Sala');
    expect(answer.text).toContain('setpoint 21');
  });
  it('a closed valve asked "on?" is said not open as well as off', async () => {
    const answer = await dialog('is the registro geral on?');
    expect(answer.text).toMatch(/closed \(off, not open\)/);
  });
});

describe('a manual named for the thing but linked to nothing', () => {
  it('"is there a manual for the motor portao?" names the manual of its maker, never a bare "no manual"', async () => {
    const answer = await dialog('is there a manual for the motor portao?');
    expect(answer.text).toContain('Manual Peccinin DZ');
  });
});

describe('"qué hace …" asks what a thing does', () => {
  it('"qué hace la automatización de chegada noturna" is that automation, not the list of all', async () => {
    const answer = await dialog('qué hace la automatización de chegada noturna');
    expect(answer.text).toContain('Chegada noturna');
    expect(answer.text).not.toMatch(/automations:/);
    expect(answer.text).not.toContain('Bom dia');
  });
  it('"o que faz a automação chegada noturna" too', async () => {
    expect((await dialog('o que faz a automação chegada noturna')).text).not.toMatch(/automations:/);
  });
});
