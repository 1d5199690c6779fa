// "boost the heating for an hour", "boost the immersion", "boost it for 20 min": a boost is a timed burst of a
// heating, hot-water or ventilation device, which the home shows as a capability ("boost", "hot_water_boost") or a state
// key ("boost": false, "boost_mins_left": 0). Only a device that has one can be boosted; the change sets the home's
// own key (a flag on, or the minutes left) and the minutes asked. The tier comes from the device, as for any change.
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf } from './deviceKinds';
import { stateOf } from './IntentAnswerInput';

const BOOST = /boost|tehostus/i;
/** "an hour", "1 hour", "half an hour", "30 min", "20 minutes", "2 h": minutes, or undefined when none is said. */
export function boostMinutes(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const t = text.toLowerCase();
  if (/\bhalf an? hour\b/.test(t)) return 30;
  const n = /(\d+(?:[.,]\d+)?|an?|one|two|three)\s*(h|hr|hrs|hour|hours|m|min|mins|minute|minutes)\b/.exec(t);
  if (!n?.[1] || !n[2]) return undefined;
  const count = ({ a: 1, an: 1, one: 1, two: 2, three: 3 } as Record<string, number>)[n[1]] ?? Number(n[1].replace(',', '.'));
  return Math.round(n[2].startsWith('h') ? count * 60 : count);
}

/** The state key that says the device's boost, if its data keeps one. */
function boostKey(device: Entity): string | undefined {
  return Object.keys(stateOf(device)).find((k) => BOOST.test(k));
}

export function canBoost(device: Entity): boolean {
  return capabilitiesOf(device).some((c) => BOOST.test(c)) || boostKey(device) !== undefined;
}

/** Whether the last reading shows a boost running (a flag on, or minutes left). */
export function boosting(device: Entity): boolean {
  const key = boostKey(device);
  const value = key ? stateOf(device)[key] : undefined;
  return value === true || (typeof value === 'number' && value > 0) || (typeof value === 'string' && /^[1-9]/.test(value));
}

/** The change: the home's own key (a flag, or the minutes left in its form), and the minutes asked when said. */
export function boostChange(device: Entity, minutes: number | undefined): Record<string, unknown> {
  const key = boostKey(device);
  const value = key ? stateOf(device)[key] : undefined;
  if (key && typeof value === 'number') return { [key]: minutes ?? 60 };
  if (key && typeof value === 'string') return { [key]: `${minutes ?? 60} min` };
  return { [key ?? 'boost']: true, ...(minutes !== undefined ? { boost_minutes: minutes } : {}) };
}
