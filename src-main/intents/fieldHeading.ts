// A reading asked as a heading, with no question word: "generator hours", "electric fence voltage", "tank sensor
// battery", "battery voltage of the victron". Some words name or describe one device (its name, description or
// model: "generator" of the device described as a generator), the others are words of that device's own state fields
// (`hours`, `voltage`, `battery`). Only when every telling word is used so and one device fits best is it that
// device's reading; otherwise the question is left as it was read.
import type { Entity } from '../../src-shared/protocol/entities';
import { devicesDescribedBy } from './describedWords';
import { fieldWordKeys } from './fieldMeanings';
import type { HomeSnapshot } from './HomeIndex';
import { stateOf } from './IntentAnswerInput';
import { STOP_WORDS } from './mentions';
import type { Token } from './normalizeText';

/** A heading is short: a thing and a field or two. */
const MAX_WORDS = 4;
/** The little words a heading may have between its names ("battery voltage of the victron"). */
const CONNECTORS = new Set(['the', 'a', 'an', 'of', 'my', 'our', 'for']);
/** Field words too general to say which reading is asked ("status", "state" name every device's). */
const GENERAL = new Set(['state', 'status', 'value', 'current', 'last', 'time']);

/** The one device a heading of thing words and field words asks about, if one fits every telling word best. */
export function deviceOfFieldHeading(tokens: readonly Token[], snapshot: HomeSnapshot): { device: Entity; text: string } | undefined {
  // Nothing but names and fields: a question or cue word ("when do the sprinklers run") is no heading.
  if (tokens.some((t) => STOP_WORDS.has(t.key) && !CONNECTORS.has(t.key))) return undefined;
  const words = tokens.filter((t) => t.key.length >= 3 && !STOP_WORDS.has(t.key)).map((t) => t.key);
  if (words.length < 2 || words.length > MAX_WORDS || tokens.length > MAX_WORDS + 2) return undefined;
  const described = new Map<Entity, Set<string>>();
  for (const word of words) {
    for (const device of devicesDescribedBy(snapshot, word)) {
      const set = described.get(device) ?? new Set<string>();
      set.add(word);
      described.set(device, set);
    }
  }
  let best: Entity[] = [];
  let bestScore = 0;
  for (const [device, naming] of described) {
    const parts = new Set(Object.keys(stateOf(device)).flatMap((k) => fieldWordKeys(k)));
    const fields = words.filter((w) => !naming.has(w) && !GENERAL.has(w) && parts.has(w));
    // Every telling word names the device or one of its fields; at least one of each.
    if (fields.length === 0 || naming.size + fields.length < words.length) continue;
    const score = naming.size;
    if (score > bestScore) {
      best = [device];
      bestScore = score;
    } else if (score === bestScore) best.push(device);
  }
  const [one] = best;
  if (best.length !== 1 || !one) return undefined;
  // The words that named it, as typed, so "and the pump?" can take their place.
  const naming = described.get(one) ?? new Set<string>();
  return { device: one, text: tokens.filter((t) => naming.has(t.key)).map((t) => t.text).join(' ') };
}
