import type { EntityType } from '../../src-shared/protocol/entities';

const KINDS = {
  citation: { className: 'chip citation-chip', testId: 'citation-chip' },
  target: { className: 'chip', testId: 'target-chip' },
  topic: { className: 'chip topic-chip', testId: 'topic-chip' },
} as const;

/** One entity as a chip that opens it in the home browser: a reply's sources, the targets of an action card, or a conversation's topics. */
export function EntityChip({ entity, kind, onOpen }: { entity: { id: string; name: string; entity_type: EntityType }; kind: keyof typeof KINDS; onOpen(id: string): void }) {
  return (
    <button
      type="button"
      className={KINDS[kind].className}
      data-testid={KINDS[kind].testId}
      data-entity-id={entity.id}
      title={`Open ${entity.name} in the home browser`}
      onClick={() => onOpen(entity.id)}
    >
      {/* The accessible name contains the visible words (WCAG 2.5.3, "label in name"): "Open room Kitchen". */}
      <span className="visually-hidden">Open </span>
      <span className="chip-type">{entity.entity_type}</span>
      {entity.name}
    </button>
  );
}
