// Natural dates and times ("next Friday at 9", "in 2 hours", "tomorrow evening", "every Monday") with chrono-node,
// interpreted in the home's time zone. chrono computes wall-clock components against a fixed UTC offset; the
// components are then placed in the real zone (zonedTime.instantOf) so a date across a DST change keeps its wall time.
// Relative durations ("in 2 hours") are taken as elapsed time instead.
import * as chrono from 'chrono-node';
import type { Recurrence } from './householdItems';
import { addWallDays, instantOf, offsetMinutes, wallTimeOf, type WallTime } from './zonedTime';

export interface ParsedWhen {
  /** The instant, in ms. */
  atMs: number;
  recurrence: Recurrence | null;
  /** The input with the date words (and a leading "on/at/by/every…") removed. */
  rest: string;
  /** Whether the text named a time of day (a todo "due Friday" has none). */
  hasTime: boolean;
}

/** When only a day is given, reminders go off at this hour (a reminder at midnight helps nobody). */
export const DEFAULT_REMINDER_HOUR = 9;

const PART_OF_DAY = /\b(morning|afternoon|evening|night|tonight|noon|midday|midnight|lunch ?time)\b/;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const RECURRENCE = /\b(every|each)\s+(day|morning|evening|night|weekday|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b|\b(daily|weekly|monthly|on weekdays)\b/;
const RELATIVE = /^in\s+(an?|\d+|a few|one|two|three|half an?)\b/;

function recurrenceOf(text: string): { recurrence: Recurrence; replacement: string; match: string } | undefined {
  const m = RECURRENCE.exec(text);
  if (!m) return undefined;
  const unit = (m[2] ?? m[3] ?? '').toLowerCase();
  if (WEEKDAYS.includes(unit)) return { recurrence: 'weekly', replacement: unit, match: m[0] };
  if (unit === 'weekday' || unit === 'on weekdays') return { recurrence: 'weekdays', replacement: '', match: m[0] };
  if (unit === 'week' || unit === 'weekly') return { recurrence: 'weekly', replacement: '', match: m[0] };
  if (unit === 'month' || unit === 'monthly') return { recurrence: 'monthly', replacement: '', match: m[0] };
  return { recurrence: 'daily', replacement: ['morning', 'evening', 'night'].includes(unit) ? unit : '', match: m[0] };
}

export function parseWhen(text: string, nowMs: number, timeZone: string): ParsedWhen | undefined {
  let working = text;
  const rec = recurrenceOf(working.toLowerCase());
  if (rec) {
    const index = working.toLowerCase().indexOf(rec.match);
    working = `${working.slice(0, index)}${rec.replacement}${working.slice(index + rec.match.length)}`;
  }
  const reference = { instant: new Date(nowMs), timezone: offsetMinutes(nowMs, timeZone) };
  const result = chrono.parse(working, reference, { forwardDate: true })[0];
  if (!result) {
    if (!rec) return undefined;
    // "every day" / "every week" with no time: the next default hour from now.
    const today = wallTimeOf(nowMs, timeZone);
    let wall: WallTime = { year: today.year, month: today.month, day: today.day, hour: DEFAULT_REMINDER_HOUR, minute: 0 };
    if (instantOf(wall, timeZone) <= nowMs) wall = addWallDays(wall, 1);
    return { atMs: instantOf(wall, timeZone), recurrence: rec.recurrence, rest: clean(working), hasTime: false };
  }
  const spoken = result.text.toLowerCase();
  const hasTime = result.start.isCertain('hour') || PART_OF_DAY.test(spoken);
  let atMs: number;
  if (RELATIVE.test(spoken)) {
    atMs = result.start.date().getTime();
  } else {
    const wall: WallTime = {
      year: result.start.get('year') ?? 0,
      month: result.start.get('month') ?? 1,
      day: result.start.get('day') ?? 1,
      hour: hasTime ? (result.start.get('hour') ?? DEFAULT_REMINDER_HOUR) : DEFAULT_REMINDER_HOUR,
      minute: hasTime ? (result.start.get('minute') ?? 0) : 0,
    };
    atMs = instantOf(wall, timeZone);
    // "at 8" said at 10:00 means tomorrow's 8; chrono's forwardDate only covers dates, not bare times.
    if (atMs <= nowMs && !result.start.isCertain('day') && !result.start.isCertain('weekday')) atMs = instantOf(addWallDays(wall, 1), timeZone);
  }
  // "every weekday at 8" said on a Friday afternoon starts on Monday, not Saturday.
  if (rec?.recurrence === 'weekdays' && isWeekend(atMs, timeZone)) atMs = nextOccurrence(atMs, 'weekdays', atMs, timeZone);
  const before = working.slice(0, result.index).replace(/\b(on|at|by|before|due|for|from|starting)\s*$/i, '');
  const after = working.slice(result.index + result.text.length);
  return { atMs, recurrence: rec?.recurrence ?? null, rest: clean(`${before} ${after}`), hasTime };
}

function isWeekend(instantMs: number, timeZone: string): boolean {
  const w = wallTimeOf(instantMs, timeZone);
  return [0, 6].includes(new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay());
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s+([,.!?])/g, '$1').replace(/^[\s,;:-]+|[\s,;:-]+$/g, '').trim();
}

/** A todo "due Friday" is due by the end of Friday, not at 09:00 (it is not overdue at breakfast). */
export function dueInstant(parsed: ParsedWhen, timeZone: string): number {
  if (parsed.hasTime) return parsed.atMs;
  const w = wallTimeOf(parsed.atMs, timeZone);
  return instantOf({ year: w.year, month: w.month, day: w.day, hour: 23, minute: 59 }, timeZone);
}

/** The next occurrence of a recurring reminder after `afterMs`, keeping its wall time across DST changes. */
export function nextOccurrence(atMs: number, recurrence: Recurrence, afterMs: number, timeZone: string): number {
  let wall: WallTime = wallTimeOf(atMs, timeZone);
  let next = atMs;
  for (let i = 0; i < 1000 && next <= afterMs; i++) {
    if (recurrence === 'monthly') {
      const d = new Date(Date.UTC(wall.year, wall.month, Math.min(wall.day, 28)));
      wall = { ...wall, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
    } else {
      wall = addWallDays(wall, recurrence === 'weekly' ? 7 : 1);
      if (recurrence === 'weekdays') {
        while ([0, 6].includes(new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay())) wall = addWallDays(wall, 1);
      }
    }
    next = instantOf(wall, timeZone);
  }
  return next;
}
