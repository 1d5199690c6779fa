// "has Ken opened the fridge today?", "was the back door opened": a past opening, not whether it is open now. The
// thing's own `last_opened` (any spelling: lastOpened, last_open) answers, else that of a sensor linked to it (a door
// sensor that monitors the fridge). Answered "No — the fridge is closed" from the fridge's own door field, the question
// got a confident no while the sensor said it was opened at 11:42.
import type { Entity } from '../../src-shared/protocol/entities';
import { said, stateOf, type IntentAnswerInput } from './IntentAnswerInput';

const LAST_OPEN = /^last_?open(ed|ing)?(_at|_time)?$/i;
const PAST_WORDS = ['has', 'have', 'did', 'was', 'been', 'today', 'yet', 'last'];

/** The question asks about an opening that happened ("opened" with a past or time word), not the state now. */
export function pastOpeningAsked(input: IntentAnswerInput): boolean {
  return said(input.match, 'opened') && said(input.match, ...PAST_WORDS);
}

/** The time of the last opening in the device's state, if it keeps one. */
export function lastOpenedOf(device: Entity): string | undefined {
  const found = Object.entries(stateOf(device)).find(([k, v]) => LAST_OPEN.test(k) && (typeof v === 'string' || typeof v === 'number'));
  return found ? String(found[1]) : undefined;
}

/** "Fridge door sensor on Fridge Freezer: last opened at 11:42 (closed now)", or undefined when nothing keeps it. */
export function lastOpenedSentence(subject: Entity, reader: Entity | undefined, now: string | undefined): string | undefined {
  const own = lastOpenedOf(subject);
  const by = own === undefined && reader && reader.id !== subject.id ? reader : undefined;
  const at = own ?? (by ? lastOpenedOf(by) : undefined);
  if (at === undefined) return undefined;
  const who = by ? `${by.name} on ${subject.name}` : subject.name;
  return `${who}: last opened at ${at}${now ? ` (${now} now)` : ''}.`;
}
