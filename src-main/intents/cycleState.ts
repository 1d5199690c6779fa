// A washer's, dryer's or dishwasher's cycle as its state tells it: whether the device has one, and whether one is under
// way ("is the wash done", "what's running").
import type { Entity } from '../../src-shared/protocol/entities';

/** A device whose state says a cycle or time remaining ("cycle: running", "remaining_min: 27"). */
export function hasCycle(device: Entity): boolean {
  const state = device.content['state'];
  return typeof state === 'object' && state !== null && Object.keys(state).some((k) => /^(cycle|remaining|program|phase|time_left)/.test(k));
}

/** A cycle under way: a running cycle or time still remaining. */
export function isRunning(device: Entity): boolean {
  const state = device.content['state'] as Record<string, unknown>;
  return Object.entries(state).some(([k, v]) => (/^remaining|^time_left/.test(k) && typeof v === 'number' && v > 0) || (/^(cycle|program|phase)$/.test(k) && typeof v === 'string' && /run|wash|dry|rinse|spin|heat/.test(v)));
}
