// How a schedule is said: its days and times, what each period sets, and the rest of its settings, whatever the
// export calls its parts — `periods`, `weekdays`/`weekend` lists of periods, `times` lists, `zones` with their minutes —
// so "how long does the lawn get watered" (zones), "when does the heating come on on weekdays" (weekdays) and "what
// does it drop to otherwise" (otherwise_…) are in the answer.
import type { Entity } from '../../src-shared/protocol/entities';

/** Fields said first, in this order, or not at all (bookkeeping). */
const LEAD = new Set(['days', 'time', 'at', 'start', 'from', 'to', 'periods', 'enabled', 'aliases', 'description']);

/** "Weekday Heating Schedule (mon, tue, wed, thu, fri 06:30–08:30, 17:00–22:30)". */
export function describeSchedule(schedule: Entity): string {
  const c = schedule.content;
  const parts: string[] = [];
  const days = c['days'];
  if (Array.isArray(days)) parts.push(days.join(', '));
  else if (typeof days === 'string') parts.push(days);
  const time = c['time'] ?? c['at'] ?? c['start'];
  if (typeof time === 'string') parts.push(`at ${time}`);
  if (typeof c['from'] === 'string') parts.push(`from ${c['from']}${typeof c['to'] === 'string' ? ` to ${c['to']}` : ''}`);
  const periods = listOf(c['periods']);
  if (periods) parts.push(periods);
  // Other lists ("weekdays: 06:00–08:00 target 21°C", "zones: lawn 20 min", "times: 07:00, 18:00") with their names.
  const lists = Object.entries(c).filter(([k, v]) => !LEAD.has(k) && Array.isArray(v)).map(([k, v]) => {
    const said = listOf(v);
    return said ? `${k.replace(/_/g, ' ')}: ${said}` : '';
  }).filter(Boolean);
  const tail = [...lists];
  // The rest of the schedule's settings ("otherwise 17°C", "rain skip"), so "what does it drop to at night" is answered.
  const rest = Object.entries(c).filter(([k, v]) => !LEAD.has(k) && (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean')).map(([k, v]) => settingPhrase(k, v)).filter(Boolean);
  // A schedule switched off must say so: "is that schedule on?" and "when does it charge" otherwise read as running.
  if (c['enabled'] === false) rest.push('currently disabled');
  if (rest.length) tail.push(rest.join(', '));
  const said = [parts.join(' '), ...tail].filter(Boolean).join('; ');
  return said ? `${schedule.name} (${said})` : schedule.name;
}

/** A list said item by item: periods as "06:00–08:00 at 21°C", other objects by their values, plain values joined. */
function listOf(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return value.map((item) => {
    if (typeof item === 'string' || typeof item === 'number') return String(item);
    if (!item || typeof item !== 'object') return '';
    const fields = item as Record<string, unknown>;
    const span = typeof fields['from'] === 'string' && typeof fields['to'] === 'string' ? `${fields['from']}–${fields['to']}` : '';
    // What each part sets ("at 21°C", "minutes 20"), its name first ("lawn minutes 20").
    const named = Object.entries(fields).filter(([k, v]) => k !== 'from' && k !== 'to' && typeof v === 'string').map(([, v]) => String(v));
    const sets = Object.entries(fields).filter(([k, v]) => k !== 'from' && k !== 'to' && typeof v !== 'string').map(([k, v]) => settingPhrase(k, v)).filter(Boolean);
    return [span, ...named, ...sets].filter(Boolean).join(' ');
  }).filter(Boolean).join(', ');
}

/** "setpoint_c: 21" → "at 21°C", "otherwise_setpoint_c: 17" → "otherwise 17°C", "rain_skip: true" → "rain skip". */
function settingPhrase(key: string, value: unknown): string {
  const temperature = /(^|_)(setpoint|target|temperature|temp)(_c)?$/.test(key) || /setpoint_c$/.test(key);
  const lead = key.replace(/_?(setpoint|target_temperature|temperature|temp)(_c)?$/, '').replace(/_/g, ' ').trim();
  if (temperature && typeof value === 'number') return `${lead || 'at'} ${value}°C`;
  if (typeof value === 'boolean') return value ? key.replace(/_/g, ' ') : `no ${key.replace(/_/g, ' ')}`;
  if (typeof value === 'number' || typeof value === 'string') return `${key.replace(/_/g, ' ')} ${String(value).replace(/_/g, ' ')}`;
  return '';
}
