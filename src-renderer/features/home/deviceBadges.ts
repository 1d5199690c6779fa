// Device state → short badges. Device state is not standardised upstream (protocol §1), so this accepts the
// common spellings: power/on, locked/lock, open/contact/position, battery/battery_level/battery_pct.
import type { DeviceSummary } from '../../../src-preload/contract';

export interface DeviceBadge {
  key: 'power' | 'lock' | 'open' | 'battery';
  label: string;
  tone: 'on' | 'off' | 'warn' | 'neutral';
}

function asBool(value: unknown, truthy: string[], falsy: string[]): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const v = value.toLowerCase();
    if (truthy.includes(v)) return true;
    if (falsy.includes(v)) return false;
  }
  return null;
}

export function deviceBadges(device: Pick<DeviceSummary, 'state'>): DeviceBadge[] {
  const state = device.state ?? {};
  const badges: DeviceBadge[] = [];
  const power = asBool(state['power'] ?? state['on'] ?? state['state'], ['on', 'true'], ['off', 'false']);
  if (power !== null) {
    const level = typeof state['level'] === 'number' || typeof state['brightness'] === 'number' ? Number(state['level'] ?? state['brightness']) : null;
    badges.push({ key: 'power', label: power ? (level !== null ? `On ${level}%` : 'On') : 'Off', tone: power ? 'on' : 'off' });
  }
  const locked = asBool(state['locked'] ?? state['lock'], ['locked', 'true'], ['unlocked', 'false']);
  if (locked !== null) badges.push({ key: 'lock', label: locked ? 'Locked' : 'Unlocked', tone: locked ? 'neutral' : 'warn' });
  const open = asBool(state['open'] ?? state['contact'] ?? state['door'], ['open', 'opened', 'true'], ['closed', 'shut', 'false']);
  if (open !== null) badges.push({ key: 'open', label: open ? 'Open' : 'Closed', tone: open ? 'warn' : 'neutral' });
  else if (typeof state['position'] === 'number') badges.push({ key: 'open', label: state['position'] > 0 ? `Open ${state['position']}%` : 'Closed', tone: state['position'] > 0 ? 'warn' : 'neutral' });
  const battery = state['battery'] ?? state['battery_level'] ?? state['battery_pct'];
  if (typeof battery === 'number' && Number.isFinite(battery)) {
    const pct = Math.round(battery);
    badges.push({ key: 'battery', label: `Battery ${pct}%`, tone: pct <= 20 ? 'warn' : 'neutral' });
  }
  return badges;
}
