// Issue 12, round 34: ceiling and standing fans exported as `climate` (the category of thermostats and mini-splits)
// were proposed at tier 3. A `climate` thing is a fan, tier 2, only when its own data says so: its description or
// model names a fan, its capabilities and state keys are a fan's, and nothing sets a temperature (climateTypedFan.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityChangeTier } from '../../../src-main/tools/entityChangeTier';
import { isClimateTypedFan } from '../../../src-main/tools/climateTypedFan';
import { dialogsOver } from './dialogsOver';
import type { RawEntity } from './homeExportJson';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const on = { content: { state: { power: 'on' } } };

describe('a climate-typed fan by its data', () => {
  it('a ceiling fan or standing fan with fan capabilities is tier 2', () => {
    expect(entityChangeTier({ entity_type: 'device', content: { type: 'climate', description: 'ceiling fan', capabilities: ['on/off', 'fanSpeed'], state: { on: true, speed: 2 } } }, on)).toBe(2);
    expect(entityChangeTier({ entity_type: 'device', content: { type: 'climate', model: 'Smart Standing Fan 2', capabilities: ['on/off', 'speed', 'oscillate'], state: { on: true, speed: 2 } } }, on)).toBe(2);
  });
  it('nothing but the name, or any temperature, setpoint or mode, keeps it tier 3', () => {
    expect(entityChangeTier({ entity_type: 'device', name: 'Ceiling fan', content: { type: 'climate', capabilities: ['on_off', 'fan_speed'] } }, on)).toBe(3);
    expect(isClimateTypedFan({ type: 'climate', description: 'fan coil unit', capabilities: ['on_off', 'fan_speed', 'temperature'] })).toBe(false);
    expect(isClimateTypedFan({ type: 'climate', description: 'ceiling fan', capabilities: ['on_off', 'fan_speed'], state: { power: 'on', setpoint: 22 } })).toBe(false);
    expect(isClimateTypedFan({ type: 'climate', description: 'ceiling fan', capabilities: ['on_off', 'fan_speed', 'sleep_mode'] })).toBe(false);
    // A fan heater says heater: the heating row wins over the fan word.
    expect(entityChangeTier({ entity_type: 'device', content: { type: 'climate', description: 'fan heater', capabilities: ['on_off', 'fan_speed'] } }, on)).toBe(3);
  });
  it('a change that sets a temperature on a fan is still tier 3', () => {
    expect(entityChangeTier({ entity_type: 'device', content: { type: 'climate', description: 'ceiling fan', capabilities: ['fanSpeed'] } }, { content: { state: { setpoint: 20 } } })).toBe(3);
  });
});

const ROOMS: RawEntity[] = [
  { id: 'cf-home', entity_type: 'home', name: 'Casa', content: {} },
  room('cf-lounge', 'Lounge'),
];
const DEVICES: RawEntity[] = [
  device('cf-fan', 'Lounge fan', { type: 'climate', description: 'ceiling fan', capabilities: ['on/off', 'fanSpeed'], state: { on: false, speed: 0 } }),
  device('cf-ac', 'Lounge aircon', { type: 'climate', capabilities: ['on_off', 'fan_speed', 'temperature', 'mode'], state: { power: 'off', setpoint: 24, mode: 'cool' } }),
];

let home: Harness;
const { proposes } = dialogsOver(() => home, 'cf-dialog');
beforeAll(async () => {
  const [h, first] = ROOMS;
  home = await openSmallHome({ entities: [...ROOMS, ...DEVICES], homeId: h?.id ?? '', placeOf: { 'cf-fan': 'cf-lounge', 'cf-ac': 'cf-lounge' }, fallbackRoom: first?.id ?? '', edgePrefix: 'cf-edge' });
});
afterAll(() => home.dispose());

describe('commands to a climate-typed fan', () => {
  it('turning the ceiling fan on is tier 2; the aircon stays tier 3', async () => {
    await proposes(['turn on the lounge fan'], ['Lounge fan'], 2);
    await proposes(['turn on the lounge aircon'], ['Lounge aircon'], 3);
  });
});
