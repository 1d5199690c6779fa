// The home tree as indented text for `goodies home list`.
import type { DeviceSummary, HomeTree, RoomNode } from '../../src-preload/contract';

function device(d: DeviceSummary, indent: string): string {
  const state = d.state && Object.keys(d.state).length > 0
    ? ` [${Object.entries(d.state).map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join(', ')}]`
    : '';
  return `${indent}- ${d.name}${d.kind ? ` (${d.kind})` : ''}${state}`;
}

function room(r: RoomNode, indent: string): string[] {
  return [`${indent}${r.name}`, ...r.devices.map((d) => device(d, `${indent}  `))];
}

export function formatHomeTree(tree: HomeTree): string {
  const lines: string[] = [];
  for (const home of tree.homes) lines.push(`Home: ${home.name}`);
  for (const zone of tree.zones) {
    lines.push(`Zone: ${zone.name}`);
    for (const r of zone.rooms) lines.push(...room(r, '  '));
  }
  if (tree.unzonedRooms.length > 0) {
    lines.push('Rooms:');
    for (const r of tree.unzonedRooms) lines.push(...room(r, '  '));
  }
  if (tree.unplacedDevices.length > 0) {
    lines.push('Devices not in a room:');
    for (const d of tree.unplacedDevices) lines.push(device(d, '  '));
  }
  for (const [type, refs] of Object.entries(tree.others)) {
    if (!refs || refs.length === 0) continue;
    lines.push(`${type}:`);
    for (const ref of refs) lines.push(`  - ${ref.name}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : 'The home is empty. Import a home file with `goodies import <file>`.\n';
}
