// Controls a device offers, from its capabilities and state, each as the request it makes in chat. A control never
// changes the home itself: the request goes through the answer path like a typed one, so it becomes a proposal in
// the same approval gate (an action card to approve, tier 3 confirmed every time).
import type { Entity } from '../../../src-shared/protocol/entities';

export type DeviceControl =
  | { kind: 'toggle'; label: string; request: string }
  | { kind: 'level'; label: string; value: number; request: (level: number) => string }
  | { kind: 'setpoint'; label: string; value: number; request: (degrees: number) => string };

export function deviceControls(entity: Pick<Entity, 'entity_type' | 'name' | 'content'>): DeviceControl[] {
  if (entity.entity_type !== 'device') return [];
  const capabilities = Array.isArray(entity.content['capabilities']) ? (entity.content['capabilities'] as unknown[]).map(String) : [];
  const state = (entity.content['state'] && typeof entity.content['state'] === 'object' ? entity.content['state'] : {}) as Record<string, unknown>;
  const name = entity.name;
  const controls: DeviceControl[] = [];
  if (capabilities.includes('on_off')) {
    const on = state['power'] === 'on';
    controls.push({ kind: 'toggle', label: on ? 'Turn off' : 'Turn on', request: `turn ${on ? 'off' : 'on'} the ${name}` });
  }
  if (capabilities.includes('dimming')) {
    const level = typeof state['level'] === 'number' ? state['level'] : 100;
    controls.push({ kind: 'level', label: 'Brightness', value: level, request: (l) => `set the ${name} to ${l}%` });
  }
  if (capabilities.includes('lock_unlock')) {
    const locked = state['lock'] === 'locked';
    controls.push({ kind: 'toggle', label: locked ? 'Unlock' : 'Lock', request: `${locked ? 'unlock' : 'lock'} the ${name}` });
  }
  if (capabilities.includes('open_close')) {
    const open = state['door'] === 'open' || state['position'] === 'open';
    controls.push({ kind: 'toggle', label: open ? 'Close' : 'Open', request: `${open ? 'close' : 'open'} the ${name}` });
  }
  if (typeof state['setpoint_c'] === 'number') {
    controls.push({ kind: 'setpoint', label: 'Set to (°C)', value: state['setpoint_c'], request: (d) => `set the ${name} to ${d} degrees` });
  }
  return controls;
}
