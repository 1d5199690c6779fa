// Batteries the state gives in words, not a percentage: `battery: "low"`, `battery_state: "critical"`,
// `battery_low: true`. "any low batteries?" must list them with the low percentages, never call them fine.
import type { Entity } from '../../src-shared/protocol/entities';
import { stateOf } from './IntentAnswerInput';

const LOW_WORDS = new Set(['low', 'critical', 'empty', 'replace', 'very_low', 'verylow', 'flat', 'dead', 'weak']);

/** The battery said as a word, when that is how the state gives it. */
export function batteryWordOf(device: Entity): string | undefined {
  const s = stateOf(device);
  if (s['battery_low'] === true) return 'low';
  const word = [s['battery'], s['battery_level'], s['battery_state'], s['battery_status']].find((v) => typeof v === 'string');
  return typeof word === 'string' ? word.replace(/_/g, ' ') : undefined;
}

/**
 * Whether the state's word for the battery says it is low, alone or beside a voltage ("2.7 V (low)": a gate remote's
 * coin cell was "No battery is low" in the soweto home, jo275), never after a "not".
 */
export function batteryLowByWord(device: Entity): boolean {
  const word = batteryWordOf(device)?.toLowerCase();
  if (word === undefined) return false;
  if (LOW_WORDS.has(word.replace(/ /g, '_'))) return true;
  const words = word.split(/[^a-z]+/).filter(Boolean);
  return !words.includes('not') && !words.includes('no') && words.some((w) => LOW_WORDS.has(w));
}
