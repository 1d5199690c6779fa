// Issue 12, round 37: an American retired household's English (the Phoenix home). A terse command of words that are
// all words of one device's name is a command ("den fan off", terseCommands.ts); a setpoint over a place goes to what
// keeps one, not an on/off heater beside it (setpointKeepers.ts); "lock battery" asks the locks' batteries, never a
// camera whose model says "battery" (clippedEnglish.ts, describedSlot.ts); a how-to said as a procedure's name is that
// procedure (procedureNamedExactly.ts), also with a remark after a comma (questionBeforeRemark.ts); "the bedtime
// thing" is the automation Bedtime (SlotResolver.ts); a furnace is no water heater (lexicon/kinds.json) and "shop
// furnace" is the one furnace there (placeKindHeading.ts); "office lamp on to 40 please" sets its level.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const PLACES: RawEntity[] = [
  { id: 'r37-home', entity_type: 'home', name: 'Mesa Verde', content: {} },
  room('r37-den', 'Den'),
  room('r37-porch', 'Entry'),
  room('r37-guest', 'Guest house'),
  room('r37-shop', 'Shop'),
  room('r37-office', 'Office'),
  room('r37-yard', 'Back patio'),
];
const DEVICES: RawEntity[] = [
  device('r37-denfan', 'Den ceiling fan', { type: 'fan', capabilities: ['on_off', 'speed'], state: { power: 'on', speed: 2 } }),
  device('r37-porch1', 'Front porch lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r37-porch2', 'Back porch lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r37-split', 'Guest mini split', { type: 'climate', capabilities: ['on_off', 'mode', 'setpoint', 'temperature'], state: { power: 'off', setpoint: 76, temperature: 79 } }),
  device('r37-oil', 'Guest space heater', { type: 'climate', model: 'oil radiator on a plug', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r37-lock1', 'Front lock', { type: 'security', capabilities: ['lock', 'battery'], state: { locked: true, battery: 64 } }),
  device('r37-lock2', 'Guest lock', { type: 'security', capabilities: ['lock', 'battery'], state: { locked: true, battery: 48 } }),
  device('r37-cam', 'Patio camera', { type: 'security', model: 'Spotlight Cam battery', capabilities: ['camera', 'motion', 'battery'], state: { battery: 71, motion: 'clear' } }),
  device('r37-spa', 'Spa pump', { type: 'appliance', capabilities: ['on_off', 'speed'], state: { power: 'on' } }),
  device('r37-ro', 'RO filter', { type: 'appliance', capabilities: ['filter_life'], state: { filter_life: 35 } }),
  device('r37-furnace', 'Propane furnace', { type: 'climate', capabilities: ['heat'], state: { power: 'on', mode: 'heat', status: 'idle' } }),
  device('r37-wh', 'Water heater', { type: 'appliance', capabilities: ['setpoint', 'mode'], state: { setpoint: 120, mode: 'normal' } }),
  device('r37-lamp', 'Office lamp', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'off', brightness: 0 } }),
];
const ROOM_OF: Record<string, string> = {
  'r37-denfan': 'r37-den', 'r37-porch1': 'r37-porch', 'r37-porch2': 'r37-yard', 'r37-split': 'r37-guest', 'r37-oil': 'r37-guest',
  'r37-lock1': 'r37-porch', 'r37-lock2': 'r37-guest', 'r37-cam': 'r37-yard', 'r37-spa': 'r37-yard', 'r37-furnace': 'r37-shop',
  'r37-wh': 'r37-shop', 'r37-lamp': 'r37-office',
};
const KNOWLEDGE: RawEntity[] = [
  { id: 'r37-clean', entity_type: 'procedure', name: 'Clean the spa filter', content: { steps: ['Turn the Spa pump off', 'Pull the cartridge and hose it off', 'Put it back'], duration: '30 min' } },
  { id: 'r37-ro-change', entity_type: 'procedure', name: 'Change the RO filters', content: { steps: ['Close the feed valve', 'Twist out the pre-filters'], duration: '20 min' } },
  { id: 'r37-bedtime', entity_type: 'automation', name: 'Bedtime', content: { trigger: { type: 'time', at: '22:00' }, actions: ['Office lamp off'], enabled: true } },
];

let home: Harness;
const ask = askingOver(() => home, 'r37-ask');
const { dialog, proposes } = dialogsOver(() => home, 'r37-cmd');

beforeAll(async () => {
  const edges = [
    { from: 'r37-clean', to: 'r37-spa', type: 'procedure_for' },
    { from: 'r37-ro-change', to: 'r37-ro', type: 'procedure_for' },
    { from: 'r37-bedtime', to: 'r37-lamp', type: 'automates' },
  ];
  home = await openSmallHome({ entities: [...PLACES, ...DEVICES, ...KNOWLEDGE], placeOf: ROOM_OF, fallbackRoom: 'r37-den', edges, edgePrefix: 'r37-edge' });
});
afterAll(() => home.dispose());

describe('a terse command of words of one device name', () => {
  it('"den fan off" turns off the Den ceiling fan', async () => {
    await proposes(['den fan off'], ['Den ceiling fan'], 2);
  });

  it('"porch lamp on" with two porch lamps asks which', async () => {
    const a = await dialog('porch lamp on');
    expect(a.proposal, a.text).toBeFalsy();
    expect(a.text).toMatch(/Front porch lamp/);
    expect(a.text).toMatch(/Back porch lamp/);
  });

  it('words no single name has stay a question, never a command', async () => {
    const a = await dialog('patio fan on');
    expect(a.proposal, a.text).toBeFalsy();
  });
});

describe('a setpoint over a place goes to what keeps one', () => {
  it('"set the guest house thermostat to 74" is the mini-split alone, not the on/off oil heater', async () => {
    await proposes(['set the guest house thermostat to 74 please'], ['Guest mini split'], 3);
  });
});

describe('"lock battery" asks the locks their batteries', () => {
  it('lists the locks with their levels and never reads "battery" as the camera of that model', async () => {
    const a = await dialog('lock battery');
    expect(a.proposal, a.text).toBeFalsy();
    expect(a.text).toMatch(/Front lock/);
    expect(a.text).toMatch(/Guest lock/);
    expect(a.text).not.toMatch(/Patio camera/);
  });
});

describe('a how-to said as a procedure name', () => {
  it('"how do I clean the spa filter" is that procedure, not the RO filter', async () => {
    const a = await ask('how do I clean the spa filter');
    expect(a.text).toMatch(/cartridge/);
    expect(a.cited).not.toContain('RO filter');
  });

  it('a remark with its own subject after a comma leaves the question as it was', async () => {
    const a = await ask("how do I clean the spa filter, Bob usually does it but he's away");
    expect(a.text).toMatch(/cartridge/);
  });
});

describe('a neighbour\'s vague words', () => {
  it('"run the bedtime thing" runs the automation Bedtime', async () => {
    await proposes(['run the bedtime thing now'], ['Bedtime'], 2);
  });
});

describe('a furnace heats the air', () => {
  it('is no water heater', async () => {
    const a = await ask('how many water heaters are there');
    expect(a.text).toMatch(/\b1\b|one/i);
    expect(a.cited).not.toContain('Propane furnace');
  });

  it('"shop furnace" is the one furnace in the shop, with its state', async () => {
    const a = await ask('shop furnace');
    expect(a.text).toMatch(/idle/);
  });
});

describe('a heading with a value', () => {
  it('"office lamp on to 40 please" sets its level', async () => {
    await proposes(['office lamp on to 40 please'], ['Office lamp'], 2);
  });
});
