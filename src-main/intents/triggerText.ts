// An automation's trigger in words ("runs at 23:00", "runs when Stove Sensor reports temperature above, value c 85"),
// shared by the automation answers and the ones that reach an automation through another device.
import type { Entity } from '../../src-shared/protocol/entities';

/** Trigger fields that hold the level it fires at ("threshold_ppm", "above", "below_c"). */
const LEVEL_FIELD = /^(threshold|above|below|over|under|level|min|max|value)(_[a-z0-9]+)?$/;

/** "runs at 23:00", "runs when Water Leak Sensor reports leak detected", from a string or an object trigger. */
export function describeTrigger(automation: Entity): string {
  const parts: string[] = [];
  const trigger = automation.content['trigger'];
  if (typeof trigger === 'string' && trigger.trim()) parts.push(`runs on ${trigger.replace(/_/g, ' ')}`);
  else if (trigger && typeof trigger === 'object' && !Array.isArray(trigger)) {
    const t = trigger as Record<string, unknown>;
    const at = t['at'] ?? t['time'];
    if (typeof at === 'string') parts.push(`runs at ${at}`);
    if (typeof t['device'] === 'string' && typeof t['event'] === 'string') parts.push(`runs when ${t['device']} reports ${t['event'].replace(/_/g, ' ')}`);
    // {device: "Freeze Alarm", condition: "temperature below 35F"}: the condition is what sets it off.
    else if (typeof t['device'] === 'string' && typeof t['condition'] === 'string') parts.push(`runs when ${t['device']} reads ${t['condition'].replace(/_/g, ' ')}`);
    else if (typeof t['event'] === 'string') parts.push(`runs on ${t['event'].replace(/_/g, ' ')}`);
    // {device: "Catchment tank level", below: "25%"}: the device whose reading sets it off, then the level.
    else if (typeof t['device'] === 'string') parts.push(`runs on ${t['device']}`);
    // "co2 above, threshold ppm 1200", "below 25%": the level that sets it off is what "at what co2 level" asks.
    for (const [key, value] of Object.entries(t)) if ((typeof value === 'number' || (typeof value === 'string' && /^[<>]?\s*-?\d/.test(value))) && LEVEL_FIELD.test(key)) parts.push(`${key.replace(/_/g, ' ')} ${value}`);
    if (typeof t['when'] === 'string') parts.push(t['when'].replace(/_/g, ' '));
    if (t['type'] === 'manual' && parts.length === 0) parts.push('runs when started by hand');
    if (Array.isArray(t['days'])) parts.push(t['days'].join(', '));
  }
  for (const field of ['time', 'when', 'schedule']) {
    const v = automation.content[field];
    if (typeof v === 'string' && v.trim()) parts.push(`${field}: ${v.replace(/_/g, ' ')}`);
  }
  const days = automation.content['days'];
  if (Array.isArray(days) && days.length) parts.push(days.join(', '));
  const enabled = automation.content['enabled'];
  if (enabled === false) parts.push('currently disabled');
  return parts.join(', ');
}
