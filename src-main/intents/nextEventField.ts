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
