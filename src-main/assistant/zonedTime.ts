// Wall-clock time in the home's IANA time zone, with Intl only (no tz database of our own). A wall time is turned
// into an instant by asking the zone for its offset twice, so times on the far side of a DST change come out right
// ("next Friday at 9" after the clocks went back is 09:00 local, not 08:00).

export interface WallTime {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function wallTimeOf(instantMs: number, timeZone: string): WallTime & { weekday: string; second: number } {
  const parts: Record<string, string> = {};
  for (const p of partsFormatter(timeZone).formatToParts(new Date(instantMs))) parts[p.type] = p.value;
  return {
    year: Number(parts['year']), month: Number(parts['month']), day: Number(parts['day']),
    hour: Number(parts['hour']) % 24, minute: Number(parts['minute']), second: Number(parts['second']), weekday: parts['weekday'] ?? '',
  };
}

/** Minutes the zone is ahead of UTC at an instant (London in summer: 60). */
export function offsetMinutes(instantMs: number, timeZone: string): number {
  const w = wallTimeOf(instantMs, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instantMs / 1000) * 1000) / 60_000);
}

/** The instant of a wall time in the zone. In a spring-forward gap the time moves forward by the gap. */
export function instantOf(wall: WallTime, timeZone: string): number {
  const guess = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const first = guess - offsetMinutes(guess, timeZone) * 60_000;
  const second = guess - offsetMinutes(first, timeZone) * 60_000;
  return second;
}

/** Adds days to a wall date (month/year roll-over handled by Date.UTC). */
export function addWallDays(wall: WallTime, days: number): WallTime {
  const d = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
  return { ...wall, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Fri 30 Oct, 09:00" in the zone: the form every confirmation echoes. */
export function formatWhen(instantMs: number, timeZone: string): string {
  const w = wallTimeOf(instantMs, timeZone);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${w.weekday} ${w.day} ${MONTHS[w.month - 1]}, ${pad(w.hour)}:${pad(w.minute)}`;
}

/** "Fri 30 Oct": for todo due dates, where a time of day is rarely meant. */
export function formatDay(instantMs: number, timeZone: string): string {
  const w = wallTimeOf(instantMs, timeZone);
  return `${w.weekday} ${w.day} ${MONTHS[w.month - 1]}`;
}

/** Start and end (exclusive) of the wall day containing an instant. */
export function dayBounds(instantMs: number, timeZone: string): { startMs: number; endMs: number } {
  const w = wallTimeOf(instantMs, timeZone);
  const start = { year: w.year, month: w.month, day: w.day, hour: 0, minute: 0 };
  return { startMs: instantOf(start, timeZone), endMs: instantOf(addWallDays(start, 1), timeZone) };
}
