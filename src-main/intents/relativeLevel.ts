// "turn up the sonos", "turn the speaker down": no number said, so the level goes one step from what the device last
// read (its volume, or a light's brightness). Without a reading there is no step to take: the caller asks for a number.
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf } from './deviceKinds';
import { levelOf } from './deviceReadings';
import { said, stateOf } from './IntentAnswerInput';
import type { IntentMatch } from './IntentEngine';

const STEP = 10;
/** The set_level templates that step by "a bit" ("turn it down a touch", "make the lamp a bit brighter"). */
export const STEP_BY_A_BIT = [
  '(turn|put|bump|knock|bring|take) [the] {target} (up|down) (a|one) (bit|little|touch|tad|notch|smidge)',
  '(turn|put|bump|knock|bring|take) [the] {target} (up|down) (slightly|a little bit|a wee bit)',
  'turn (up|down) [the] {target} (a|one) (bit|little|touch|tad|notch|smidge)',
  'turn (up|down) [the] {target} slightly',
  // "turn it up some", "turn it down a bit more": American and spoken ways of saying one step.
  '(turn|put|bump|knock|bring|take) [the] {target} (up|down) (some|a bit more|a little more|a touch more)',
  'turn (up|down) [the] {target} some',
  'make [the] {target} [a] [bit|little|touch|tad] (brighter|dimmer|louder|quieter)',
];

/** The level one step up or down from the device's last reading, or undefined when no direction or reading is there. */
export function relativeLevel(device: Entity, match: IntentMatch): number | undefined {
  const up = said(match, 'up', 'louder', 'raise', 'brighter');
  const down = said(match, 'down', 'quieter', 'lower', 'dimmer');
  if (up === down) return undefined;
  const volume = stateOf(device)['volume'];
  const now = !capabilitiesOf(device).includes('dimming') && typeof volume === 'number' ? volume : levelOf(device);
  if (now === undefined) return undefined;
  return Math.max(0, Math.min(100, now + (up ? STEP : -STEP)));
}
