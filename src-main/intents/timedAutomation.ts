// "is that 2am ac automation still on": people call an automation by the time it runs at, with a word or two of what
// it does, while its name says it another way ("Saad AC raat 2 baje"). Read as the automations of the home acting on
// devices of the AC kind, the question answered "1 automation affects Ammi ke kamre ka AC: Load-shedding mode" — not
// the one asked about, which is disabled. A time said right before "automation" / "routine" (at most two words
// between) that is the trigger time of exactly one automation names that automation; the phrase from the time (with
// a "the/that/this" before it) to the head word is replaced by its name. Two or none at that time: left as typed.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { perSnapshot } from './perSnapshot';

/** Cheap check: a digit and a head word, before any work on the home. */
const HEAD = /\b(automation|routine)s?\b/i;
/** "[the|that] 2am [ac] automation", "the 23:30 routine", "this 7 pm lights one" (head word only automation/routine). */
const TIMED = /\b(?:(?:the|that|this)\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?((?:\s+[\p{L}'’-]+){0,2})\s+(?:automation|routine)s?\b/iu;

/** Per snapshot: trigger time in minutes after midnight → the automations triggered then. */
const automationsByTime = perSnapshot((snapshot: HomeSnapshot): Map<number, Entity[]> => {
  const byTime = new Map<number, Entity[]>();
  for (const automation of snapshot.automations) {
    if (automation.entity_type !== 'automation') continue;
    const trigger = automation.content['trigger'];
    const at = trigger && typeof trigger === 'object' ? (trigger as Record<string, unknown>)['at'] : undefined;
    const time = typeof at === 'string' ? /^(\d{1,2})[:.](\d{2})$/.exec(at.trim()) : null;
    if (!time) continue;
    const minutes = Number(time[1]) * 60 + Number(time[2]);
    byTime.set(minutes, [...(byTime.get(minutes) ?? []), automation]);
  }
  return byTime;
});

/** The question with "the 2am ac automation" said as the one automation triggered at 02:00, or as typed. */
export function timedAutomation(text: string, snapshot: HomeSnapshot): string {
  if (!/\d/.test(text) || !HEAD.test(text)) return text;
  const said = TIMED.exec(text);
  if (!said) return text;
  const hour = Number(said[1]);
  const minute = said[2] === undefined ? 0 : Number(said[2]);
  const half = said[3]?.toLowerCase();
  // A bare "2 automation" is no time; "2:00" or "2am" is.
  if ((said[2] === undefined && !half) || hour > 23 || minute > 59 || (half && (hour < 1 || hour > 12))) return text;
  const hours = half === 'am' ? [hour % 12] : half === 'pm' ? [(hour % 12) + 12] : [hour];
  const found = hours.flatMap((h) => automationsByTime(snapshot).get(h * 60 + minute) ?? []);
  const [one] = found;
  return one && found.length === 1 ? text.replace(said[0], one.name) : text;
}
