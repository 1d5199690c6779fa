// Round 32 (off-target answers about one device): a word of an automation's name that names one device too, a maker
// that means one device asked how it is, a manual asked by a maker of several devices, verbs of what a device acts on
// or what acts on it, a warranty kept in the notes, and a setting of another quantity than temperature asked of "it".
// A small inline home with names unlike any test home's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'o32-barn', entity_type: 'room', name: 'Long Barn', content: {} },
  { id: 'o32-yard', entity_type: 'room', name: 'Stackyard', content: {} },
  { id: 'o32-shed', entity_type: 'room', name: 'Tack Room', content: {} },
];
const DEVICES: RawEntity[] = [
  device('o32-tank', 'Diesel Tank', { type: 'tank_level', manufacturer: 'Tankwise', capabilities: ['level'], state: { level: 57 } }),
  device('o32-zappa', 'Field Power Pack', { type: 'power_station', manufacturer: 'Zappa', capabilities: ['battery'], state: { battery: 81, ac_out: 'off' } }),
  device('o32-lock1', 'Tack Room Lock', { type: 'lock', manufacturer: 'Brennet', capabilities: ['lock'], state: { locked: true } }),
  device('o32-lock2', 'Yard Gate Lock', { type: 'lock', manufacturer: 'Brennet', capabilities: ['lock'], state: { locked: false } }),
  device('o32-bridge', 'Barn Bridge', { type: 'hub', manufacturer: 'Lumora', capabilities: ['zigbee'], state: { online: true } }),
  device('o32-lamp', 'Barn Lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('o32-fan', 'Barn Fan', { type: 'fan', capabilities: ['on_off'], state: { power: 'off' } }),
  device('o32-dial', 'Wall Dial', { type: 'switch', capabilities: ['buttons'], state: { battery: 77 } }),
  device('o32-hp', 'Heat Pump Ostro', { type: 'heat_pump', capabilities: ['on_off', 'setpoint'], state: { power: 'on', setpoint: 21, temperature: 20 } }),
  device('o32-van', 'Van Charger', { type: 'ev_charger', capabilities: ['charge'], state: { status: 'charging', current_limit: 32 } }),
  device('o32-stat', 'Tack Room Thermostat', { type: 'thermostat', capabilities: ['setpoint'], state: { setpoint: 12, temperature: 11 } }),
  device('o32-hyg', 'Stackyard Hygrometer', { type: 'sensor', capabilities: ['humidity'], state: { humidity: 66 } }),
  device('o32-t1', 'Tapparelle stalla', { type: 'cover', capabilities: ['open_close'], state: { position: 0 } }),
  device('o32-t2', 'Tapparella fienile', { type: 'cover', capabilities: ['open_close'], state: { position: 100 } }),
];
const PLACE = {
  'o32-tank': 'o32-yard', 'o32-zappa': 'o32-shed', 'o32-lock1': 'o32-shed', 'o32-lock2': 'o32-yard', 'o32-bridge': 'o32-barn', 'o32-lamp': 'o32-barn',
  'o32-fan': 'o32-barn', 'o32-dial': 'o32-barn', 'o32-hp': 'o32-barn', 'o32-van': 'o32-shed', 'o32-stat': 'o32-shed',
  'o32-hyg': 'o32-yard', 'o32-t1': 'o32-barn', 'o32-t2': 'o32-barn',
};

let home: Harness;
beforeAll(async () => {
  const entities = [
    { id: 'o32-home', entity_type: 'home', name: 'Windle Farm', content: {} }, ...ROOMS, ...DEVICES,
    { id: 'o32-auto', entity_type: 'automation', name: 'Diesel Low', content: { trigger: { device: 'Diesel Tank', condition: 'level below 20%' }, actions: ['text the contractor'] } },
    { id: 'o32-manual', entity_type: 'manual', name: 'Brennet Deadbolt Manual', content: { title: 'Brennet BX deadbolt user guide' } },
    { id: 'o32-book', entity_type: 'manual', name: 'Ostro Service Book', content: { title: 'Ostro AW-9 installation and service' } },
    { id: 'o32-proc', entity_type: 'procedure', name: 'Reset the Van Charger', content: { steps: ['Switch the isolator off for ten seconds', 'Switch it back on and wait for the green ring'] } },
    { id: 'o32-note', entity_type: 'note', name: 'Ostro paperwork', content: { text: 'Heat Pump Ostro fitted April 2024; warranty until March 2031, invoice in the tack room drawer.' } },
  ];
  const edges = [
    ...roomAndDeviceEdges('o32-home', ROOMS, DEVICES, PLACE, 'o32-barn'),
    { from: 'o32-lock1', to: 'o32-manual', type: 'documented_by' },
    { from: 'o32-hp', to: 'o32-book', type: 'documented_by' },
    { from: 'o32-proc', to: 'o32-van', type: 'procedure_for' },
    { from: 'o32-bridge', to: 'o32-lamp', type: 'manages' },
    { from: 'o32-bridge', to: 'o32-fan', type: 'manages' },
    { from: 'o32-dial', to: 'o32-fan', type: 'controls' },
  ];
  home = await openHarness({ homeJson: homeExportJson(entities, edges, 'o32-rel') });
});
afterAll(() => home.dispose());

const ask = async (q: string, conversationId = `o32-${q}`) => {
  const a = await home.responder.respond(q, home.context({ conversationId }));
  return { text: a?.text ?? '', model: a?.model ?? '' };
};

describe('a word of an automation name that names one device too', () => {
  it('"whats the diesel at" reads the tank, not what "Diesel Low" acts on', async () => {
    const answer = await ask('whats the diesel at');
    expect(answer.text).toContain('57');
    expect(answer.model).toBe('device_state');
  });
  it('"what does diesel low do" is still the automation', async () => {
    expect((await ask('what does diesel low do')).model).toBe('automation_targets');
  });
});

describe('a maker that means one device, asked how it is', () => {
  it('"how charged is the zappa" is the power pack\'s battery, not a list of Zappa devices', async () => {
    const answer = await ask('how charged is the zappa');
    expect(answer.text).toContain('81');
    expect(answer.model).toBe('device_state');
  });
  it('"anything made by zappa" still lists', async () => {
    expect((await ask('anything made by zappa')).model).toBe('by_manufacturer');
  });
});

describe('a manual asked by the maker of several devices', () => {
  it('"whas the brennet manual" names the manual of the maker\'s lock', async () => {
    const answer = await ask('whas the brennet manual');
    expect(answer.text).toContain('Brennet Deadbolt Manual');
    expect(answer.model).toBe('manual_for');
  });
});

describe('what a device acts on, and what acts on it', () => {
  it('"what does the barn bridge run" lists what it manages', async () => {
    const answer = await ask('what does the barn bridge run');
    expect(answer.text).toContain('Barn Lamp');
    expect(answer.text).toContain('Barn Fan');
  });
  it('"what is the barn bridge controlling" lists what it manages', async () => {
    expect((await ask('what is the barn bridge controlling')).text).toContain('Barn Lamp');
  });
  it('"what works the barn fan" names what controls it', async () => {
    const answer = await ask('what works the barn fan');
    expect(answer.text).toContain('Wall Dial');
    expect(answer.model).toBe('device_controllers');
  });
  it('"which devices hang on the barn bridge" lists what it manages', async () => {
    expect((await ask('which devices hang on the barn bridge')).text).toContain('Barn Fan');
  });
  it('"is the barn fan running" is still its state', async () => {
    expect((await ask('is the barn fan running')).model).not.toMatch(/controls|controllers/);
  });
});

describe('a warranty kept in the notes', () => {
  it('"heat pump ostro warranty?" quotes the note', async () => {
    expect((await ask('heat pump ostro warranty?')).text).toContain('2031');
  });
});

describe('a setting of another quantity than temperature asked of "it"', () => {
  it('"what amps is it set to" after the charger never answers with the thermostat in its room', async () => {
    await ask('is the van charger charging', 'o32-amps');
    const answer = await ask('what amps is it set to', 'o32-amps');
    expect(answer.text).toContain('32');
    expect(answer.text).not.toContain('Tack Room Thermostat');
  });
});

describe('manuals and notes asked in other languages', () => {
  it('"handleiding van de heat pump ostro" is its manual, not its state', async () => {
    expect((await ask('handleiding van de heat pump ostro')).text).toContain('Ostro Service Book');
  });
  it('"was steht in der notiz zur heat pump ostro" is its note', async () => {
    expect((await ask('was steht in der notiz zur heat pump ostro')).text).toContain('2031');
  });
});

describe('"how I …" asks how to', () => {
  it('"how I reset the van charger" is the procedure, not the charger\'s state', async () => {
    expect((await ask('how I reset the van charger')).text).toContain('isolator');
  });
});

describe('a place and a word of a quantity', () => {
  it('"damp in the stackyard?" is the humidity there, not a list of its devices', async () => {
    const answer = await ask('damp in the stackyard?');
    expect(answer.text).toContain('66');
    expect(answer.model).toBe('readings');
  });
});

describe('an Italian plural kind word', () => {
  it('"quante tapparelle" counts the blinds', async () => {
    const answer = await ask('quante tapparelle');
    expect(answer.model).toBe('count_kind');
    expect(answer.text).toContain('2');
  });
});
