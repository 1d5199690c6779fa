// One entity for `goodies home show`: what it is, its content, and what it is connected to.
import type { EntityDetail } from '../../src-preload/contract';

export function formatEntityDetail(detail: EntityDetail): string {
  const { entity } = detail;
  const lines = [
    `${entity.name} (${entity.entity_type})`,
    `  id: ${entity.id}`,
    `  version: ${entity.version}`,
  ];
  const content = JSON.stringify(entity.content ?? {}, null, 2);
  if (content !== '{}') lines.push('  content:', ...content.split('\n').map((l) => `    ${l}`));
  for (const edge of detail.outgoing) lines.push(`  → ${edge.relationship_type} ${edge.other.name} (${edge.other.entity_type})`);
  for (const edge of detail.incoming) lines.push(`  ← ${edge.relationship_type} ${edge.other.name} (${edge.other.entity_type})`);
  for (const p of detail.procedures) lines.push(`  procedure: ${p.name}`);
  for (const m of detail.manuals) lines.push(`  manual: ${m.name}`);
  return `${lines.join('\n')}\n`;
}
