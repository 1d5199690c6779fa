// "Current gone from morning, the deep freeze still cold?", "the heater's been on since this morning, is it hot":
// a time of day after "from" or "since" says how long something has been so; it asks no time. Without this the time
// word makes the question one about the device's schedule ("No schedule or automation runs Deep Freeze") instead of
// its state. Asked times stay: "what does it do in the morning", "from when", "since when" are read as before.
import type { Token } from './normalizeText';

/** Words after which a time of day is a span already gone by ("from morning", "since last night"). */
const SINCE: ReadonlySet<string> = new Set(['from', 'since']);
/** Words between "since" and the time of day ("since this morning", "from last night"). */
const BETWEEN: ReadonlySet<string> = new Set(['this', 'last', 'early', 'the']);

/** Whether the token at `at` is a time of day said as a span gone by, not asked. */
export function sinceTimeOfDay(tokens: readonly Token[], at: number): boolean {
  let before = at - 1;
  while (before >= 0 && BETWEEN.has(tokens[before]?.key ?? '')) before--;
  return before >= 0 && before < at && SINCE.has(tokens[before]?.key ?? '');
}
