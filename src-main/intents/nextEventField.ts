// "when does it regenerate next" of a water softener with no schedule linked: its state may say when itself
// (`next_regeneration`, `next_service`, `next_run`). Saying "no schedule runs it" while the device writes its next
// event is a wrong none, so the field the question's verb names (or the device's only `next_*` field) is said instead.
import type { Entity } from '../../src-shared/protocol/entities';
import { stateOf } from './IntentAnswerInput';

/** A shared opening this long ties a verb to its noun: "regenerate"/"regeneration", "service"/"servicing". */
const STEM = 5;

/** "Water Softener's next regeneration: 2026-12-06T02:00:00-06:00.", or undefined when the state says no next event. */
export function nextEventSaid(device: Entity, words: readonly string[]): string | undefined {
  const fields = Object.entries(stateOf(device)).filter(([field, value]) => /(^|_)next(_|$)/i.test(field) && (typeof value === 'string' || typeof value === 'number'));
  if (fields.length === 0) return undefined;
  const stems = words.filter((w) => w.length >= STEM).map((w) => w.slice(0, STEM).toLowerCase());
  const asked = fields.find(([field]) => field.toLowerCase().split('_').some((part) => part.length >= STEM && stems.includes(part.slice(0, STEM))));
  const [field, value] = asked ?? (fields.length === 1 ? fields[0]! : []);
  if (field === undefined) return undefined;
  const label = field.replace(/_/g, ' ').replace(/^next\s+/i, '').trim();
  return `${device.name}'s next ${label}: ${String(value)}.`;
}

/** A clock time as a state keeps it ("04:00", "6:30 am"). */
/** Field words of a duration kept as h:mm (`time_left`, `remaining`, `runtime`), not a time of day. */
const DURATION_PARTS: ReadonlySet<string> = new Set(['left', 'remaining', 'duration', 'elapsed', 'runtime', 'countdown', 'timer']);
const CLOCK = /^\d{1,2}:\d{2}(:\d{2})?(\s?[ap]\.?m\.?)?$/i;

/**
 * "what time is my echo alarm set for": a time the device keeps in its own state (`alarm: "04:00"`, `wake_time`),
 * the one the question names; "No schedule runs it" would be a wrong none. Undefined when none.
 */
export function clockFieldSaid(device: Entity, words: readonly string[]): string | undefined {
  const fields = Object.entries(stateOf(device)).filter(([, value]) => typeof value === 'string' && CLOCK.test(value.trim()));
  const asked = new Set(words.map((w) => w.toLowerCase()));
  // Only a field the question names ("alarm"): a `time_left: "01:12"` is a duration, never asked as "schedule for it".
  const named = fields.filter(([field]) => {
    const parts = field.toLowerCase().split(/[_\s-]+/);
    return !parts.some((part) => DURATION_PARTS.has(part)) && parts.some((part) => asked.has(part));
  });
  const [one] = named;
  if (!one) return undefined;
  const [field, value] = one;
  return `${device.name}'s ${field.replace(/_/g, ' ')} is set for ${String(value)}.`;
}
