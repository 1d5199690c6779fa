// Issue 12, round 43: commands answered "already …" from a stale reading. A command naming its target is proposed
// with its last reading said, even when the sentence also holds a pronoun ("zaboravila sam ga", "it's getting dark";
// pronounTarget.ts); an alarm whose armed field reads "away" or "partial" is armed (alarmControl.ts); a car charger
// reading "charging" runs (switchControl.ts); the setpoint an AC that is off already has is a switch-on-and-set
// (controlActions.ts); an alarm armed in another mode than the one said is armed in it (alarmControl.ts, armModes.ts).
// "turn it on" about a device just read as on stays "already on".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const ENTITIES = [
  { id: 'r43c-home', entity_type: 'home', name: 'Casa Prueba', content: {} },
  room('r43c-kitchen', 'Kitchen'),
  room('r43c-hall', 'Hall'),
  room('r43c-den', 'Den'),
  room('r43c-garage', 'Garage'),
  device('r43c-stove', 'Kitchen stove', { type: 'appliance', capabilities: ['oven', 'hob'], state: { power: 'off' } }),
  device('r43c-light', 'Hall light', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r43c-blind', 'Den blinds', { type: 'cover', capabilities: ['open_close', 'position'], state: { position: 'closed' } }),
  device('r43c-ac', 'Den aircon', { type: 'climate', capabilities: ['temperature', 'setpoint', 'mode'], state: { power: 'off', setpoint: 22, temperature: 18.5 } }),
  device('r43c-alarm', 'House alarm', { type: 'alarm', capabilities: ['arm', 'disarm'], state: { armed: 'away' } }),
  device('r43c-villa', 'Villa panel', { type: 'alarm', capabilities: ['arm', 'disarm'], state: { mode: 'armed_home' } }),
  device('r43c-charger', 'Car charger', { type: 'ev_charger', capabilities: ['start', 'stop', 'power'], state: { status: 'charging', power_kw: 11 } }),
];
const PLACE_OF = { 'r43c-stove': 'r43c-kitchen', 'r43c-light': 'r43c-hall', 'r43c-blind': 'r43c-den', 'r43c-ac': 'r43c-den', 'r43c-alarm': 'r43c-hall', 'r43c-charger': 'r43c-garage', 'r43c-villa': 'r43c-den' };

let home: Harness;
const { dialog, proposes } = dialogsOver(() => home, 'r43c-cmd');
beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'r43c-hall', edgePrefix: 'r43c-edge' });
});
afterAll(() => home.dispose());

describe('a command refused as "already" from a stale reading', () => {
  it('a target named in the sentence is proposed whatever pronoun the sentence also holds', async () => {
    const stove = await dialog('Ugasi kitchen stove, zaboravila sam ga');
    expect(stove.proposal?.targets.map((t) => t.name)).toEqual(['Kitchen stove']);
    expect(stove.text).toMatch(/already off by its last reading/);
    const blinds = await dialog("Would you close the den blinds please, it's getting dark");
    expect(blinds.proposal?.targets.map((t) => t.name)).toEqual(['Den blinds']);
  });

  it('"turn it on" about a device just read as on stays "already on"', async () => {
    const again = await dialog('is the hall light on', 'turn it on');
    expect(again.proposal).toBeFalsy();
    expect(again.text).toMatch(/already on/);
  });

  it('an alarm armed "away" is disarmed; a charger reading "charging" is stopped', async () => {
    await proposes(['disarm the house alarm'], ['House alarm'], 3);
    const stop = await dialog('stop the car charger');
    expect(stop.proposal?.targets.map((t) => t.name)).toEqual(['Car charger']);
    expect(stop.text).not.toMatch(/already/);
  });

  it('an alarm armed at home is armed again in the night mode said; one already in that mode stays "already"', async () => {
    const night = await dialog('is the villa panel armed', "arm it in night mode, we're going to sleep");
    expect(night.proposal?.targets.map((t) => t.name)).toEqual(['Villa panel']);
    expect(night.proposal?.changes[0]?.changes.content).toMatchObject({ state: { mode: 'armed_night' } });
    const full = await dialog('is the villa panel armed', "set it, we're heading out");
    expect(full.proposal?.targets.map((t) => t.name)).toEqual(['Villa panel']);
    const home = await dialog('is the villa panel armed', 'arm it in home mode');
    expect(home.proposal).toBeFalsy();
    expect(home.text).toMatch(/already armed/);
  });

  it('the setpoint an AC that is off already has switches it on and sets it', async () => {
    const on = await dialog('is the den aircon on', 'set it to 22');
    expect(on.proposal?.targets.map((t) => t.name)).toEqual(['Den aircon']);
    expect(on.text).toMatch(/switch it on/);
    expect(on.proposal?.changes[0]?.changes.content).toMatchObject({ state: { power: 'on', setpoint: 22 } });
  });
});
