// Issue 12, round 15: Swahili and Sheng, and their mix with English, over a coast home named in Swahili. Swahili puts
// the question word last ("friji iko wapi" = where is the fridge, "taa zipi zimewaka" = which lights are on, "tuna
// kamera ngapi" = how many cameras do we have) and the command first ("zima taa za ukumbi", "iweke 23" = set it to 23);
// the copula agrees with the noun class (iko/ziko/kiko, Tanzanian ipo/zipo), verbs carry subject and tense prefixes
// ("imefungwa" = it is shut, "inafanya kazi" = it is working) and "-ni" says in ("ukumbini" = in the ukumbi). Names of
// the home win over cue words, and English stays English, even with a brand called "Iko".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const light = (id: string, name: string, on: boolean): RawEntity => device(id, name, { type: 'lighting', capabilities: ['on_off', 'brightness'], state: { on, brightness: on ? 80 : 0 } });
const camera = (id: string, name: string): RawEntity => device(id, name, { type: 'camera', description: 'outdoor camera', capabilities: ['stream'], state: { online: true } });

const ROOMS: RawEntity[] = [
  { id: 'sw-home', entity_type: 'home', name: 'Nyumba ya Pwani', content: {} },
  { id: 'sw-ukumbi', entity_type: 'room', name: 'Ukumbi', content: { description: 'living room' } },
  { id: 'sw-jiko', entity_type: 'room', name: 'Jiko', content: { description: 'kitchen' } },
  { id: 'sw-bibi', entity_type: 'room', name: 'Chumba cha Bibi', content: { description: "grandmother's bedroom" } },
  { id: 'sw-uani', entity_type: 'room', name: 'Uani', content: { description: 'back yard' } },
];

const DEVICES: RawEntity[] = [
  light('sw-taa-ukumbi', 'Taa za ukumbi', true),
  light('sw-lamp', 'Reading lamp', false),
  light('sw-taa-uani', 'Taa za uani', false),
  device('sw-feni', 'Feni ya Bibi', { type: 'fan', description: 'ceiling fan', capabilities: ['on_off', 'fan_speed'], state: { on: true, speed: 2 } }),
  device('sw-heater', 'Heater ya Bibi', { type: 'climate', description: 'oil heater', capabilities: ['on_off', 'target_temperature', 'temperature'], state: { on: true, setpoint_c: 21, temperature_c: 19.5 } }),
  device('sw-friji', 'Friji', { type: 'appliance', description: 'refrigerator', capabilities: ['temperature'], state: { temperature_c: 5 } }),
  device('sw-lock', 'Back door lock', { type: 'lock', capabilities: ['lock'], state: { locked: true, battery: 15 } }),
  device('sw-gate', 'Main gate', { type: 'gate', description: 'motorised gate', capabilities: ['open_close'], state: { open: false } }),
  device('sw-pampu', 'Pampu ya maji', { type: 'pump', description: 'water pump', capabilities: ['on_off'], state: { on: false } }),
  camera('sw-cam-gate', 'Gate camera'),
  camera('sw-cam-uani', 'Uani camera'),
  { id: 'sw-note', entity_type: 'note', name: 'Pump service', content: { text: 'Pampu ya maji serviced on 3 Feb 2026 by Maji Bora; next service August.' } },
];

const PLACE_OF: Record<string, string> = {
  'sw-taa-ukumbi': 'sw-ukumbi', 'sw-lamp': 'sw-ukumbi', 'sw-taa-uani': 'sw-uani', 'sw-feni': 'sw-bibi', 'sw-heater': 'sw-bibi',
  'sw-friji': 'sw-jiko', 'sw-lock': 'sw-jiko', 'sw-gate': 'sw-uani', 'sw-pampu': 'sw-uani', 'sw-cam-gate': 'sw-uani', 'sw-cam-uani': 'sw-uani',
};

function swahiliHome(): string {
  const devices = DEVICES.filter((d) => d.entity_type === 'device');
  return homeExportJson([...ROOMS, ...DEVICES], roomAndDeviceEdges('sw-home', ROOMS, devices, PLACE_OF, 'sw-ukumbi'), 'sw-edge');
}

/** An English home with a lamp of the brand "Iko": its name is a name, never the Swahili copula. */
function ikoHome(): string {
  const rooms: RawEntity[] = [{ id: 'ik-home', entity_type: 'home', name: 'Flat', content: {} }, { id: 'ik-study', entity_type: 'room', name: 'Study', content: {} }];
  const lamps = [device('ik-lamp', 'Iko lamp', { type: 'lighting', manufacturer: 'Iko', capabilities: ['on_off'], state: { on: true } })];
  return homeExportJson([...rooms, ...lamps], roomAndDeviceEdges('ik-home', rooms, lamps, { 'ik-lamp': 'ik-study' }, 'ik-study'), 'ik-edge');
}

let h: Harness;
let iko: Harness;
const { dialog, proposes } = dialogsOver(() => h, 'sw');
const ask = askingOver(() => h, 'sw-ask');

beforeAll(async () => {
  h = await openHarness({ homeJson: swahiliHome() });
  iko = await openHarness({ homeJson: ikoHome() });
});
afterAll(() => {
  h.dispose();
  iko.dispose();
});

describe('where: the question word last, every copula', () => {
  it('"friji iko wapi" and Tanzanian "friji ipo wapi" find the fridge in the Jiko', async () => {
    expect((await ask('friji iko wapi')).text).toMatch(/Jiko/);
    expect((await ask('Friji ipo wapi?')).text).toMatch(/Jiko/);
  });
  it('"heater ya bibi iko wapi": the owner after "ya" is the home\'s name for it', async () => {
    expect((await ask('heater ya bibi iko wapi')).text).toMatch(/Chumba cha Bibi/);
  });
  it('"iko wapi hiyo" after a question about the pump is where the pump is', async () => {
    expect((await ask('pampu ya maji inafanya kazi?', 'iko wapi hiyo')).text).toMatch(/Uani/);
  });
});

describe('which, how many, what is in a place', () => {
  it('"taa zipi zimewaka" and "ni taa gani ziko on" list the lights that are on', async () => {
    for (const q of ['taa zipi zimewaka', 'ni taa gani ziko on']) {
      const said = await ask(q);
      expect(said.text, q).toMatch(/Taa za ukumbi/);
      expect(said.text, q).not.toMatch(/Reading lamp|Taa za uani/);
    }
  });
  it('"tuna kamera ngapi", "kamera zipo ngapi" count the cameras', async () => {
    expect((await ask('tuna kamera ngapi')).text).toMatch(/\b2\b|two/i);
    expect((await ask('kamera zipo ngapi?')).text).toMatch(/\b2\b|two/i);
  });
  it('"vifaa vingapi viko kwa uani" counts what is in the Uani', async () => {
    expect((await ask('vifaa vingapi viko kwa uani')).text).toMatch(/\b5\b|five/i);
  });
  it('"ukumbini kuna nini" and "nini kiko ndani ya jiko": "-ni" and "ndani ya" say in', async () => {
    expect((await ask('ukumbini kuna nini')).cited).toEqual(expect.arrayContaining(['Taa za ukumbi', 'Reading lamp']));
    expect((await ask('nini kiko ndani ya jiko')).cited).toEqual(expect.arrayContaining(['Friji', 'Back door lock']));
  });
});

describe('yes/no questions from the verb or the copula', () => {
  it('"back door lock imefungwa?" asks locked; "main gate iko wazi?" asks open', async () => {
    expect((await ask('back door lock imefungwa?')).text).toMatch(/locked/i);
    expect((await ask('main gate iko wazi?')).text).toMatch(/closed|not open/i);
  });
  it('"feni ya bibi iko on?" reads the fan', async () => {
    expect((await ask('feni ya bibi iko on?')).text).toMatch(/Feni ya Bibi is on|Feni ya Bibi.*\bon\b/);
  });
  it('"heater ya bibi iko set kwa ngapi" reads the setpoint', async () => {
    expect((await ask('heater ya bibi iko set kwa ngapi')).text).toMatch(/21/);
  });
  it('"pampu ya maji ilifanyiwa service lini" finds the note', async () => {
    expect((await ask('pampu ya maji ilifanyiwa service lini')).text).toMatch(/3 Feb 2026/);
  });
});

describe('commands first, with object prefixes and courtesy', () => {
  it('"zima taa za ukumbi" (a name of the home said whole) and "washa reading lamp"', async () => {
    await proposes(['zima taa za ukumbi'], ['Taa za ukumbi'], 2);
    await proposes(['washa reading lamp tafadhali'], ['Reading lamp'], 2);
  });
  it('"weka heater ya bibi 23" sets the heater', async () => {
    const answer = await dialog('weka heater ya bibi 23');
    expect(answer.proposal?.targets.map((t) => t.name), answer.text).toEqual(['Heater ya Bibi']);
    expect(answer.text).toMatch(/23/);
  });
  it('a value said in words: "weka heater ya bibi ishirini na mbili" sets 22', async () => {
    const answer = await dialog('weka heater ya bibi ishirini na mbili');
    expect(answer.proposal?.targets.map((t) => t.name), answer.text).toEqual(['Heater ya Bibi']);
    expect(answer.text).toMatch(/22/);
  });
  it('"izime" after a question about the fan turns it off; "iwashe" after the pump turns it on', async () => {
    await proposes(['feni ya bibi iko on?', 'izime'], ['Feni ya Bibi'], 2);
    const on = await dialog('pampu ya maji inafanya kazi?', 'tafadhali iwashe');
    expect(on.proposal?.targets.map((t) => t.name), on.text).toEqual(['Pampu ya maji']);
    expect(on.proposal?.description).toMatch(/Turn on/);
  });
  it('"zima ya uani" after the lights are listed is the Uani one; "fungua main gate" opens the gate', async () => {
    const one = await dialog('ni taa gani ziko kwa uani', 'washa ya uani');
    expect(one.proposal?.targets.map((t) => t.name), one.text).toEqual(['Taa za uani']);
    const gate = await dialog('fungua main gate');
    expect(gate.proposal?.targets.map((t) => t.name), gate.text).toEqual(['Main gate']);
  });
});

describe('negation, "kuna", applied and locking verbs', () => {
  it('"je, heater ya bibi haiko on?" still reads the heater; "kuna taa zimewaka kwa ukumbi?" lists the lit ones there', async () => {
    expect((await ask('je, heater ya bibi haiko on?')).text).toMatch(/Heater ya Bibi is on/);
    const lit = await ask('kuna taa zimewaka kwa ukumbi?');
    expect(lit.text).toMatch(/Taa za ukumbi/);
    expect(lit.text).not.toMatch(/Reading lamp/);
  });
  it('"niwashie reading lamp" (switch it on for me) and "funga back door lock" (a lock\'s "funga" locks)', async () => {
    await proposes(['niwashie reading lamp'], ['Reading lamp'], 2);
    const lock = await dialog('funga back door lock');
    expect(lock.proposal?.targets.map((t) => t.name), lock.text).toEqual(['Back door lock']);
    expect(lock.proposal?.description).toMatch(/lock/i);
  });
});

describe('English stays English', () => {
  it('"is the iko lamp on" in a home with an Iko lamp reads the lamp', async () => {
    const a = await iko.responder.respond('is the iko lamp on', iko.context({ conversationId: 'ik-1' }));
    expect(a?.text).toMatch(/Iko lamp is on/);
    const where = await iko.responder.respond('where is the iko lamp', iko.context({ conversationId: 'ik-2' }));
    expect(where?.text).toMatch(/Study/);
  });
  it('"which lights are on" and "turn off the reading lamp" read as before', async () => {
    expect((await ask('which lights are on')).text).toMatch(/Taa za ukumbi/);
    await proposes(['turn on the reading lamp'], ['Reading lamp'], 2);
  });
});
