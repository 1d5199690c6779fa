// Issue 12, round 8 commands over a home named in Indonesian (the lexicon has no Indonesian): devices are known by
// their types, English descriptions and capabilities only. Classes: a thing a place's description lists ("gate to the
// lane") is no name of the place for a command, so "open the gate" with no gate device proposes nothing; a setpoint
// kept with its unit ("target": "19°C") is set, written in that form; a device is switched through a field named as
// what it is ("fan": "off" on a cooker hood), a bathroom fan's `running`, a relay's upper-case `POWER`, a robot
// vacuum's `phase`; "turn 'em all off" after a list is a command over what was listed; a bare kind word that is one
// device's name while others' names say it too asks which, and the reply settles it; "preheat it" where "it" is a hob
// asks about the oven that can, and never proposes the hob; "turn the water off" is the water valve, not the leak
// sensor whose model says water; everyday British verbs ("pop it on", "whack it up to 21", "set him off", "bedside
// lamp on please"); "and his light" after a command is the same command; a "can't" answer says the last reading.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ROOMS: RawEntity[] = [
  { id: 'id-home', entity_type: 'home', name: 'Rumah', content: {} },
  { id: 'id-dapur', entity_type: 'room', name: 'Dapur', content: { description: 'kitchen' } },
  { id: 'id-tamu', entity_type: 'room', name: 'Ruang tamu', content: { description: 'living room' } },
  { id: 'id-wc', entity_type: 'room', name: 'Kamar kecil', content: { description: 'toilet off the kitchen' } },
  { id: 'id-utama', entity_type: 'room', name: 'Kamar utama', content: { description: 'main bedroom' } },
  { id: 'id-budi', entity_type: 'room', name: 'Kamar Budi', content: { description: "Budi's bedroom" } },
  { id: 'id-halaman', entity_type: 'room', name: 'Halaman belakang', content: { description: 'paved back yard with the bins, bike shed and garden tap; gate to the lane' } },
];

const DEVICES: RawEntity[] = [
  device('id-keran', 'Keran taman', { type: 'garden', description: 'tap timer on the garden tap', capabilities: ['valve', 'watering_schedule', 'battery'], state: { valve: 'closed', battery: '80%' } }),
  device('id-gembok', 'Gembok sepeda', { type: 'security', description: 'padlock on the bike shed', capabilities: ['unlock', 'battery'], state: { locked: true } }),
  device('id-katup-budi', 'Katup radiator Budi', { type: 'climate', model: 'Radiator Valve', capabilities: ['target_temperature', 'measured_temperature', 'battery'], state: { target: '19°C', measured: '18.7°C', battery: '55%' } }),
  device('id-tudung', 'Tudung', { type: 'appliance', description: 'cooker hood', capabilities: ['fan_speed', 'light'], state: { fan: 'off' } }),
  device('id-kipas', 'Kipas kamar kecil', { type: 'appliance', description: 'extractor fan', capabilities: ['fan', 'humidistat'], state: { running: false } }),
  device('id-lampu-dapur', 'Lampu dapur', { type: 'lighting', model: 'relay behind the switch', capabilities: ['on_off'], state: { POWER: 'OFF' } }),
  device('id-robot', 'Si Bersih', { type: 'appliance', description: 'robot hoover', capabilities: ['clean', 'dock', 'bin_full'], state: { phase: 'charging', battery: '100%' } }),
  device('id-lampu-tamu', 'Lampu sofa', { type: 'lighting', description: 'table lamp', capabilities: ['on/off', 'brightness'], state: { on: true, bri_pct: 40 } }),
  device('id-lampu-budi', 'Lampu Budi', { type: 'lighting', capabilities: ['on_off', 'brightness'], state: { on: true, bri_pct: 100 } }),
  device('id-heater', 'Heater', { type: 'climate', description: 'fan heater', capabilities: ['on_off'], state: { power: 'off' } }),
  device('id-heater-budi', 'Heater Budi', { type: 'climate', description: 'convector heater', capabilities: ['on_off'], state: { power: 'off' } }),
  device('id-kompor', 'Kompor', { type: 'appliance', description: 'induction hob', capabilities: ['cooking_zones', 'child_lock', 'timer'], state: { status: 'off' } }),
  device('id-oven', 'Panggangan', { type: 'appliance', description: 'built-in oven', capabilities: ['oven_temp', 'preheat'], state: { oven: 'off', temp: '0°C' } }),
  device('id-katup', 'Katup utama', { type: 'plumbing', description: 'smart shut-off valve on the main stopcock', capabilities: ['valve', 'flow_rate', 'pressure'], state: { valve: 'open', pressure: '2.9 bar' } }),
  device('id-lampu-ayah', 'Lampu Ayah', { type: 'lighting', description: 'bedside lamp', capabilities: ['on_off', 'brightness'], state: { on: false } }),
  device('id-lampu-ibu', 'Lampu Ibu', { type: 'lighting', description: 'bedside lamp', capabilities: ['on_off', 'brightness'], state: { on: false } }),
  device('id-bocor', 'Sensor bocor', { type: 'sensor', model: 'Water Leak Sensor', description: 'under the sink', capabilities: ['leak', 'battery'], state: { wet: false, battery: '90%' } }),
];

const PLACE_OF: Record<string, string> = {
  'id-keran': 'id-halaman', 'id-gembok': 'id-halaman', 'id-katup-budi': 'id-budi', 'id-tudung': 'id-dapur', 'id-kipas': 'id-wc',
  'id-lampu-dapur': 'id-dapur', 'id-robot': 'id-tamu', 'id-lampu-tamu': 'id-tamu', 'id-lampu-budi': 'id-budi',
  'id-lampu-ayah': 'id-utama', 'id-lampu-ibu': 'id-utama',
  'id-heater': 'id-tamu', 'id-heater-budi': 'id-budi', 'id-kompor': 'id-dapur', 'id-oven': 'id-dapur', 'id-katup': 'id-dapur', 'id-bocor': 'id-dapur',
};

function indonesianHome(): string {
  const edges = roomAndDeviceEdges('id-home', ROOMS, DEVICES, PLACE_OF, 'id-tamu');
  return homeExportJson([...ROOMS, ...DEVICES], edges, 'id-edge');
}

let h: Harness;
const { dialog, proposes } = dialogsOver(() => h, 'id');

beforeAll(async () => {
  h = await openHarness({ homeJson: indonesianHome() });
});
afterAll(() => h.dispose());

/** The state the last answer's proposal leaves its one target in. */
function changeOf(answer: Awaited<ReturnType<typeof dialog>>): Record<string, unknown> {
  return (answer.proposal?.changes[0]?.changes.content?.['state'] ?? {}) as Record<string, unknown>;
}

describe('a thing a place description lists is no name of the place', () => {
  it('"open the gate" with no gate device proposes nothing (not the yard\'s tap) and says so', async () => {
    for (const text of ['open the gate', 'close the gate', 'unlock the gate']) {
      const answer = await dialog(text);
      expect(answer.proposal ?? undefined, `${text}: ${answer.text}`).toBeUndefined();
      expect(answer.text).toMatch(/couldn't find a gate/);
    }
  });
  it('the yard\'s things are still commanded by their own words', async () => {
    await proposes(['open the garden tap'], ['Keran taman'], 3);
    await proposes(['unlock the bike shed'], ['Gembok sepeda'], 3);
  });
});

describe('setpoints kept with their unit', () => {
  it('"set budi\'s radiator to 21" sets the valve whose target reads "19°C", in that form', async () => {
    const set = await dialog("set budi's radiator to 21");
    expect(set.proposal?.targets.map((t) => t.name)).toEqual(['Katup radiator Budi']);
    expect(set.proposal?.tier).toBe(3);
    expect(changeOf(set)).toMatchObject({ target: '21°C' });
  });
});

describe('switching through the field the data keeps', () => {
  it('a cooker hood kept as `fan: "off"` is switched through that field', async () => {
    const on = await dialog('turn on the cooker hood');
    expect(on.proposal?.targets.map((t) => t.name)).toEqual(['Tudung']);
    expect(changeOf(on)).toEqual({ fan: 'on' });
  });
  it('a bathroom fan kept as `running: false` is switched through `running`', async () => {
    const on = await dialog('turn on the extractor fan');
    expect(on.proposal?.targets.map((t) => t.name)).toEqual(['Kipas kamar kecil']);
    expect(changeOf(on)).toEqual({ running: true });
  });
  it('a relay whose field is `POWER: "OFF"` is written in that field and case', async () => {
    const on = await dialog('turn on the kitchen light');
    expect(on.proposal?.targets.map((t) => t.name)).toEqual(['Lampu dapur']);
    expect(changeOf(on)).toEqual({ POWER: 'ON' });
  });
  it('a robot hoover with a `clean` capability and a `phase` is started', async () => {
    const start = await dialog('start the robot hoover');
    expect(start.proposal?.targets.map((t) => t.name)).toEqual(['Si Bersih']);
    expect(changeOf(start)).toMatchObject({ phase: 'cleaning' });
  });
});

describe('commands over what was listed', () => {
  it('"turn em all off" after "which lights are on" is the lights listed', async () => {
    await proposes(['which lights are on', 'turn em all off'], ['Lampu Budi', 'Lampu sofa'], 2);
  });
});

describe('which device a command means', () => {
  it('"turn on the heater" with "Heater" and "Heater Budi" asks which; "the one in the living room" settles it', async () => {
    const asked = await dialog('turn on the heater');
    expect(asked.proposal ?? undefined).toBeUndefined();
    expect(asked.text).toMatch(/Which one do you mean: Heater \(Ruang tamu\) or Heater Budi/);
    await proposes(['turn on the heater', 'the one in the living room'], ['Heater'], 3);
  });
  it('"preheat it to 200" after a question about the hob asks about the oven, never sets the hob', async () => {
    const asked = await dialog('is the hob on', 'preheat it to 200');
    expect(asked.proposal ?? undefined).toBeUndefined();
    expect(asked.text).toMatch(/Kompor has no temperature to set\. Which one do you mean: Panggangan/);
    await proposes(['is the hob on', 'preheat it to 200', 'panggangan'], ['Panggangan'], 3);
    await proposes(['preheat the oven to 200'], ['Panggangan'], 3);
  });
  it('"turn the water off" closes the water valve, not the leak sensor; "at the stopcock" too', async () => {
    const off = await dialog('turn the water off');
    expect(off.proposal?.targets.map((t) => t.name)).toEqual(['Katup utama']);
    expect(changeOf(off)).toMatchObject({ valve: 'closed' });
    await proposes(['turn the water off at the stopcock'], ['Katup utama'], 3);
    await proposes(['turn the water back on'], ['Katup utama'], 3);
  });
});

describe('everyday British verbs', () => {
  it('"pop it on", "whack it up to 21", "set him off now"', async () => {
    await proposes(['is the cooker hood on', 'pop it on for a bit'], ['Tudung'], 3);
    await proposes(["what's budi's radiator set to", 'whack it up to 21 would you'], ['Katup radiator Budi'], 3);
    await proposes(["where's the robot hoover", 'set him off now'], ['Si Bersih'], 2);
  });
});

describe('follow-ups and what a refusal says', () => {
  it('"bedside lamp on please" asks which of the two bedside lamps; "ibu" settles it', async () => {
    const asked = await dialog('bedside lamp on please');
    expect(asked.proposal ?? undefined).toBeUndefined();
    expect(asked.text).toMatch(/Which one do you mean: Lampu Ayah .* or Lampu Ibu/);
    await proposes(['bedside lamp on please', 'ibu'], ['Lampu Ibu'], 2);
  });
  it('"and his light" after a command on budi\'s heater is the same command for the light in his room', async () => {
    await proposes(['is heater budi on', 'turn it on', 'and his light'], ['Lampu Budi'], 2);
  });
  it('a device that can\'t do the command is refused with its last reading', async () => {
    const dim = await dialog('open the cooker hood');
    expect(dim.proposal ?? undefined).toBeUndefined();
    expect(dim.text).toMatch(/Tudung has no motor or valve I can open\. Its last reading: fan off/);
  });
});
