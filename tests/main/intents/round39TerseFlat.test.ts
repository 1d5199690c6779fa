// Issue 12, round 39 (the Edinburgh student flat): a flatmate's 3 am clipped texts ("box rm lamp off", "hall therm 21
// pls", "dehum target 50"), a leading "yes"/"aye" before a command, "switch" as a verb ("which automations switch the
// heaters off" was asked of the plugs), "triggered by", on/off said between a thing and its place, a swapped word that
// is no typo ("the living room radio" was the living room lamp, a wrong proposal), and French said with the question
// last ("la batterie du cadenas est à combien" was its temperature).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver, dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const ENTITIES = [
  { id: 'tf-home', entity_type: 'home', name: 'Top flat', content: {} },
  room('tf-box', 'Box room'),
  room('tf-lounge', 'Living room'),
  room('tf-hall', 'Hall'),
  room('tf-shed', 'Bike shed'),
  device('tf-box-lamp', 'Box room lamp', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 100 } }),
  device('tf-box-heater', 'Box room heater', { type: 'climate', model: 'panel heater', capabilities: ['on_off', 'temperature', 'setpoint'], state: { power: 'on', temperature: 18, setpoint: 20 } }),
  device('tf-lounge-heater', 'Lounge heater', { type: 'climate', model: 'panel heater', capabilities: ['on_off', 'temperature', 'setpoint'], state: { power: 'off', temperature: 17, setpoint: 19 } }),
  device('tf-lounge-lamp', 'Living room lamp', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 50 } }),
  device('tf-lounge-speaker', 'Living room speaker', { type: 'entertainment', capabilities: ['on_off', 'volume'], state: { power: 'on', volume: 30 } }),
  device('tf-plug', 'Desk plug', { type: 'switch', capabilities: ['on_off'], state: { power: 'on' } }),
  device('tf-thermostat', 'Hall thermostat', { type: 'thermostat', capabilities: ['temperature', 'setpoint'], state: { temperature: 18.5, setpoint: 19 } }),
  device('tf-hall-light', 'Hall light', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 100 } }),
  device('tf-dehum', 'Dehumidifier', { type: 'dehumidifier', capabilities: ['on_off', 'humidity', 'target_humidity'], state: { power: 'on', humidity: 68, target_humidity: 55 } }),
  device('tf-damp', 'Box room damp sensor', { type: 'sensor', capabilities: ['humidity', 'temperature'], state: { humidity: 71, temperature: 15.5 } }),
  device('tf-lock', 'Bike shed lock', { type: 'lock', capabilities: ['lock', 'battery'], state: { locked: true, battery: 45 } }),
  { id: 'tf-rule', entity_type: 'automation', name: 'Damp control', content: { trigger: { device: 'Box room damp sensor', above: 65 }, actions: ['Dehumidifier on'] } },
  { id: 'tf-window', entity_type: 'automation', name: 'Window open, heaters off', content: { actions: ['Box room heater off', 'Lounge heater off'] } },
];
const PLACE_OF = {
  'tf-box-lamp': 'tf-box', 'tf-box-heater': 'tf-box', 'tf-lounge-heater': 'tf-lounge', 'tf-lounge-lamp': 'tf-lounge', 'tf-lounge-speaker': 'tf-lounge',
  'tf-thermostat': 'tf-hall', 'tf-hall-light': 'tf-hall', 'tf-dehum': 'tf-box', 'tf-damp': 'tf-box', 'tf-lock': 'tf-shed', 'tf-plug': 'tf-box',
};
const EDGES = [
  { from: 'tf-rule', to: 'tf-damp', type: 'triggered_by' },
  { from: 'tf-rule', to: 'tf-dehum', type: 'controls' },
  { from: 'tf-window', to: 'tf-box-heater', type: 'controls' },
  { from: 'tf-window', to: 'tf-lounge-heater', type: 'controls' },
];

let home: Harness;
const ask = askingOver(() => home, 'tf-ask', { mustAnswer: true });
const { proposes, dialog } = dialogsOver(() => home, 'tf-cmd');

beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'tf-hall', edges: EDGES, edgePrefix: 'tf-edge' });
});
afterAll(() => home.dispose());

describe('clipped words of a terse text', () => {
  it('"box rm lamp off" turns off the box room lamp', async () => {
    await proposes(['box rm lamp off'], ['Box room lamp'], 2);
  });

  it('a device and its value as a heading set it ("box rm heater 22", "hall therm 21 pls", "hall lt on 20%")', async () => {
    const heater = await dialog('box rm heater 22');
    expect(heater.proposal?.targets.map((t) => t.name)).toEqual(['Box room heater']);
    expect(heater.text).toContain('22');
    const thermostat = await dialog('hall therm 21 pls');
    expect(thermostat.proposal?.targets.map((t) => t.name)).toEqual(['Hall thermostat']);
    const light = await dialog('hall lt on 20%');
    expect(light.proposal?.targets.map((t) => t.name)).toEqual(['Hall light']);
    expect(light.text).toContain('20');
  });

  it('a number after words that are no device name is no setting ("any device battery below 20")', async () => {
    const a = await dialog('any device battery below 20');
    expect(a.proposal ?? undefined).toBeUndefined();
  });
});

describe('commands and questions in everyday turns', () => {
  it('"yes turn off the box room lamp" is the command, "yes" aside', async () => {
    await proposes(['yes turn off the box room lamp'], ['Box room lamp'], 2);
  });

  it('"which automations switch the heaters off" asks of the heaters, not of the switches', async () => {
    const a = await ask('which automations switch the heaters off');
    expect(a.cited).toEqual(expect.arrayContaining(['Box room heater', 'Lounge heater']));
    expect(a.cited).not.toContain('Desk plug');
  });

  it('"what\'s triggered by the box room damp sensor" names the automation it sets off', async () => {
    const a = await ask("what's triggered by the box room damp sensor");
    expect(a.cited).toContain('Damp control');
  });

  it('"turn the lamp off in the living room" turns that lamp off', async () => {
    await proposes(['turn the lamp off in the living room'], ['Living room lamp'], 2);
  });

  it('"the living room radio" is no typo of the living room lamp: nothing is proposed', async () => {
    const a = await dialog('turn off the living room radio');
    expect(a.proposal ?? undefined).toBeUndefined();
  });
});

describe('French with the question said last', () => {
  it('"la batterie du bike shed lock est à combien" is its battery, not its temperature', async () => {
    const a = await ask('la batterie du bike shed lock est à combien');
    expect(a.text).toContain('45');
  });
});
