// Issue 12, round 14 commands and their follow-ups over a home named in Quechua (the lexicon has no Quechua): the
// devices are known by their types, English descriptions, capabilities and state. Classes: courtesy and discourse
// words around a command ("switch it on so", "grand, turn off …", "… will ye") are a closed class, never a name;
// "it" after an answer that listed a few devices and had no one subject is the one of them that can take the command
// ("arm it" after the alarm panel and a heat alarm were listed), or the one whose reading shows it not done yet ("lock
// it" after "… is not locked; 2 of 3 locks are locked"), never a guess among several; after a longer list "it" is
// only the one listed thing able to take the command ("unlock it for awicha": "for" + person is who it is for);
// "there" after a name points, it is no word of the name; "set the alarm" arms the panel
// (and "set the heating to 20" still sets the thermostat, "put the kettle on" still switches the kettle); an arming
// mode said after the panel ("arm the alarm away") is no word of its name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const lock = (id: string, name: string, description: string, locked: boolean): RawEntity =>
  device(id, name, { type: 'security', description, capabilities: ['lock/unlock', 'battery'], state: { locked, battery: 70 } });

const ROOMS: RawEntity[] = [
  { id: 'qu-home', entity_type: 'home', name: 'Inti Wasi', content: {} },
  { id: 'qu-samana', entity_type: 'room', name: 'Samana', content: { description: 'living room' } },
  { id: 'qu-yanuna', entity_type: 'room', name: 'Yanuna', content: { description: 'kitchen' } },
  { id: 'qu-punku', entity_type: 'room', name: 'Punku wasi', content: { description: 'hall' } },
  { id: 'qu-puñuna', entity_type: 'room', name: 'Puñuna', content: { description: 'bedroom' } },
  { id: 'qu-kancha', entity_type: 'room', name: 'Kancha', content: { description: 'back yard' } },
];

const DEVICES: RawEntity[] = [
  device('qu-yaku', 'Yaku ruphachiq', { type: 'appliance', description: 'electric water heater in the hot press', capabilities: ['on/off', 'temperature'], state: { on: false, water_temp: '47 °C' } }),
  device('qu-alarma', 'Willakuq', { type: 'security', description: 'alarm panel by the front door', capabilities: ['arm/disarm', 'away', 'stay'], state: { status: 'disarmed' } }),
  device('qu-ruphay', 'Ruphay willakuq', { type: 'sensor', description: 'heat alarm (interlinked)', capabilities: ['heat'], state: { status: 'normal' } }),
  lock('qu-wichqana-punku', 'Punku wichqana', 'smart lock on the front door', true),
  lock('qu-wichqana-kancha', 'Kancha wichqana', 'smart lock on the back door', false),
  lock('qu-wichqana-qhata', 'Qhata wichqana', 'smart lock on the shed', true),
  device('qu-sisa', "Sisa k'anchay", { type: 'switch', description: 'plug for the lamp beside the armchair', capabilities: ['on/off'], state: { on: true } }),
  device('qu-wayra', "Wayra k'anchay", { type: 'lighting', description: 'desk lamp', capabilities: ['on/off'], state: { on: true } }),
  device('qu-killa', "Killa k'anchay", { type: 'lighting', description: 'ceiling light', capabilities: ['on/off'], state: { on: true } }),
  device('qu-quñichiq', "Q'uñichiq", { type: 'climate', description: 'room thermostat for the heating', capabilities: ['setpoint'], state: { setpoint_c: 19, temperature_c: 18.5 } }),
  device('qu-punku-kanchay', "Punku k'anchay", { type: 'lighting', description: 'hall ceiling light', capabilities: ['on/off'], state: { on: false } }),
  device('qu-punku-kamara', 'Punku qhawaq', { type: 'camera', description: 'video doorbell', capabilities: ['video', 'battery'], state: { battery: 80 } }),
  device('qu-punku-tupuq', 'Punku tupuq', { type: 'sensor', description: 'thermometer', capabilities: ['temperature'], state: { temperature_c: 16 } }),
  device('qu-timpuchiq', 'Timpuchiq', { type: 'appliance', description: 'electric kettle', capabilities: ['on/off'], state: { on: false } }),
];

const PLACE_OF: Record<string, string> = {
  'qu-yaku': 'qu-puñuna', 'qu-alarma': 'qu-punku', 'qu-ruphay': 'qu-yanuna', 'qu-wichqana-punku': 'qu-punku', 'qu-wichqana-kancha': 'qu-kancha',
  'qu-wichqana-qhata': 'qu-kancha', 'qu-sisa': 'qu-samana', 'qu-wayra': 'qu-samana', 'qu-killa': 'qu-puñuna', 'qu-quñichiq': 'qu-samana', 'qu-timpuchiq': 'qu-yanuna', 'qu-punku-kanchay': 'qu-punku', 'qu-punku-kamara': 'qu-punku', 'qu-punku-tupuq': 'qu-punku',
};

let h: Harness;
const { dialog, proposes } = dialogsOver(() => h, 'qu');

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson([...ROOMS, ...DEVICES], roomAndDeviceEdges('qu-home', ROOMS, DEVICES, PLACE_OF, 'qu-samana'), 'qu-edge') });
});
afterAll(() => h.dispose());

describe('courtesy and discourse words around a command', () => {
  it('"switch it on so" after the water heater was read is that water heater', async () => {
    const done = await dialog('is the yaku ruphachiq on', 'switch it on so');
    expect(done.proposal?.targets.map((t) => t.name), done.text).toEqual(['Yaku ruphachiq']);
  });
  it('"turn it off will ye" and "lovely, switch off … please" keep their command', async () => {
    const off = await dialog('is the timpuchiq on', 'turn it off will ye');
    expect(off.text).toMatch(/Timpuchiq is already off/);
    await proposes(['lovely. switch off the lamp beside the armchair please'], ["Sisa k'anchay"], 2);
  });
});

describe('"it" among the few devices the last answer listed', () => {
  it('"arm it" after the alarm panel and a heat alarm were listed arms the panel; "set it" too', async () => {
    await proposes(['is the alarm set', 'arm it'], ['Willakuq'], 3);
    await proposes(['is the alarm set', 'set it'], ['Willakuq'], 3);
  });
  it('"lock it" after "… is not locked; 2 of 3 locks are locked" locks that one', async () => {
    const asked = await dialog('are the doors locked');
    expect(asked.text).toMatch(/Kancha wichqana is not locked/);
    await proposes(['are the doors locked', 'lock it'], ['Kancha wichqana'], 3);
  });
  it('"unlock it for awicha" after what is in the hall was listed: the one thing there that unlocks, for her', async () => {
    const listed = await dialog('what is in the punku wasi');
    expect(listed.citations.filter((c) => c.entity_type === 'device').length, listed.text).toBeGreaterThan(4);
    await proposes(['what is in the punku wasi', 'unlock it for awicha'], ['Punku wichqana'], 3);
  });
  it('"unlock the qhata wichqana there": "there" points, it is no word of the name', async () => {
    await proposes(['unlock the qhata wichqana there'], ['Qhata wichqana'], 3);
  });
  it('"turn it off" after two lights that are both on is no guess', async () => {
    await h.responder.respond('which lights are on', h.context({ conversationId: 'qu-listed-two', role: 'admin' }));
    const listed = await dialog('which lights are on');
    expect(listed.text).toMatch(/Killa k'anchay/);
    const off = await h.responder.respond('turn it off', h.context({ conversationId: 'qu-listed-two', role: 'admin' }));
    expect(off?.proposal, off?.text).toBeFalsy();
  });
});

describe('"set" and "put" said of an alarm', () => {
  it('"set the alarm" and "arm the alarm away" arm the panel', async () => {
    await proposes(['set the alarm'], ['Willakuq'], 3);
    await proposes(['arm the alarm away'], ['Willakuq'], 3);
    await proposes(['put the alarm on night mode'], ['Willakuq'], 3);
  });
  it('"set the heating to 20" and "put the kettle on" are not about the alarm', async () => {
    await proposes(['set the heating to 20'], ["Q'uñichiq"], 3);
    const kettle = await dialog('put the kettle on');
    expect(kettle.proposal?.targets.map((t) => t.name), kettle.text).toEqual(['Timpuchiq']);
  });
});
