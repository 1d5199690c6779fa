// Issue 12, round 41: wrong nones read as classes. A maker's word said before a kind it made nothing of is the word of
// the device of that kind named so (makerWordInName.ts); "the gate camera model" is each one's maker and model; "visión
// nocturna" is night vision (lexicon/capabilities.json); a word found loosely in a rule's name that describes one device
// is that device unless the rule is asked (describedOverRule.ts); an on/off said in another language is quoted beside
// "off"; "how long cam footage kept" is the note that says so (noteAnswers.ts); a place word that another place's
// description says too is looked at before a none (placeAlsoCalled.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const ENTITIES = [
  { id: 'w1-home', entity_type: 'home', name: 'Finca', content: {} },
  room('w1-store', 'Store room'),
  room('w1-yard', 'Front yard'),
  room('w1-park', 'Parqueadero'),
  room('w1-main', 'Main bedroom', { description: "Roger and Claire's room" }),
  room('w1-nan', "Nan's room", { description: "Nan's bedroom upstairs in the annex" }),
  room('w1-roof1', 'Gag moshav', { description: 'roof of the moshav house' }),
  room('w1-roof2', 'Gag binyan', { description: 'building roof, shared' }),
  room('w1-summer', 'Bucătărie de vară'),
  device('w1-battery', 'Battery bank', { type: 'power', manufacturer: 'Felicity Solar', capabilities: ['battery'], state: { battery: 92 } }),
  device('w1-solar', 'Solar water heater', { type: 'water_heater', manufacturer: 'Sunrain', capabilities: ['temperature'], state: { temperature: 61 } }),
  device('w1-cam1', 'Camera 1 - gate', { type: 'camera', manufacturer: 'Hikvision', model: 'DS-2CD1043G0-I', capabilities: ['video', 'night_vision'], state: { recording: 'on' } }),
  device('w1-cam2', 'Cámara del portón', { type: 'camera', manufacturer: 'EZVIZ', model: 'C8C', capabilities: ['video'], state: { recording: 'on' } }),
  device('w1-bike', 'La Pulsar', { type: 'vehicle', manufacturer: 'Bajaj', capabilities: ['gps', 'ignition'], state: { ignition: 'off', location: 'parqueadero' }, description: 'la moto de papi' }),
  device('w1-nanwin', "Nan's window", { type: 'window', capabilities: ['contact'], state: { contact: 'closed' } }),
  device('w1-panels', 'Solar panels', { type: 'solar', state: { power_kw: 4.2 } }),
  device('w1-dud', 'Dud Shemesh', { type: 'water_heater', capabilities: ['temperature'], state: { water_temperature: 58 } }),
  device('w1-stove', 'Soba de gătit', { type: 'heating', capabilities: [], state: { status: 'stinsă' } }),
  device('w1-fridge', 'Frigider bucătărie de vară', { type: 'fridge', capabilities: ['on_off'], state: { power: 'off' } }),
  // A home written in Spanish uses the question's other words ("tienen") in its own text.
  { id: 'w1-note', entity_type: 'note', name: 'Perros', content: { text: 'Los perros tienen comida en el parqueadero' } },
  { id: 'w1-insure', entity_type: 'note', name: 'Yard insurance', content: { text: 'Policy renews in February; camera footage kept 30 days for the insurer' } },
  { id: 'w1-arrive', entity_type: 'automation', name: 'Llegada de la moto', content: { trigger: { type: 'geofence', device: 'La Pulsar' }, actions: ['Luz del parqueadero on'], enabled: false } },
];
const PLACE_OF = {
  'w1-battery': 'w1-store', 'w1-solar': 'w1-store', 'w1-cam1': 'w1-yard', 'w1-cam2': 'w1-yard', 'w1-bike': 'w1-park',
  'w1-nanwin': 'w1-nan', 'w1-panels': 'w1-roof1', 'w1-dud': 'w1-roof2', 'w1-stove': 'w1-summer', 'w1-fridge': 'w1-summer',
};

let home: Harness;
const ask = askingOver(() => home, 'w1-ask', { mustAnswer: true });

beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'w1-store', edgePrefix: 'w1-edge' });
});
afterAll(() => home.dispose());

describe('a maker word before a kind it made nothing of', () => {
  it('is the device of that kind named by the word ("the solar heater", not the Felicity Solar battery)', async () => {
    const { text, cited } = await ask('how hot is the water in the solar heater');
    expect(text).toContain('61');
    expect(cited).toEqual(['Solar water heater']);
  });
});

describe('a field asked of a kind', () => {
  it('"the gate camera model" says the model, not the list of cameras', async () => {
    expect((await ask("what's the gate camera model")).text).toContain('DS-2CD1043G0-I');
  });

  it('"visión nocturna" filters by night vision', async () => {
    const { cited } = await ask('qué cámaras tienen visión nocturna');
    expect(cited).toContain('Camera 1 - gate');
    expect(cited).not.toContain('Cámara del portón');
  });
});

describe('a how-question a note answers', () => {
  it('"how long cam footage kept" quotes the note saying "camera footage kept", not the list of cameras', async () => {
    const { text, cited } = await ask('how long cam footage kept');
    expect(text).toContain('30 days');
    expect(cited).toEqual(['Yard insurance']);
  });

  it('still counts the cameras when no note says the words ("how many cameras")', async () => {
    expect((await ask('how many cameras are there')).text).toMatch(/2 cameras/);
  });
});

describe('a word of a rule name that describes one device', () => {
  it('is the device when the question asks no rule ("dónde está la moto")', async () => {
    const { text, cited } = await ask('dónde está la moto ahorita, está prendida?');
    expect(cited).toContain('La Pulsar');
    expect(text).not.toMatch(/Llegada de la moto is disabled/);
  });

  it('is still the rule when the rule is asked ("when does the moto one run")', async () => {
    expect((await ask('when does llegada de la moto run')).cited).toContain('Llegada de la moto');
  });
});

describe('an on/off in another language', () => {
  it('is quoted beside "off" in a room\'s none ("Soba de gătit: off (stinsă)")', async () => {
    expect((await ask('is anything on in the Bucătărie de vară')).text).toContain('stinsă');
  });
});

describe('a place word another place is described by', () => {
  it('"my bedroom window" with none in the Main bedroom says Nan\'s bedroom\'s window and its state', async () => {
    const { text, cited } = await ask('is my bedroom window closed');
    expect(text).toMatch(/Nan's window: closed/);
    expect(cited).toContain("Nan's window");
  });

  it('"the water temp on the roof" with two roofs reads the one that has it', async () => {
    const { text, cited } = await ask('whats the water temp on the roof');
    expect(text).toContain('58');
    expect(cited).toContain('Dud Shemesh');
  });
});
