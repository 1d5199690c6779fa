import type { EntityRef } from '../../../src-preload/contract';

/** The entities an action touches, each one click away from its details in the home browser. */
export function EntityChips({ targets, onOpenEntity }: { targets: EntityRef[]; onOpenEntity(id: string): void }) {
  if (targets.length === 0) return null;
  return (
    <ul className="citations proposal-targets" aria-label="Affects">
      {targets.map((t) => (
        <li key={t.id}>
          <button
            type="button"
            className="chip"
            data-testid="target-chip"
            data-entity-id={t.id}
            aria-label={`Open ${t.name} (${t.entity_type}) in the home browser`}
            onClick={() => onOpenEntity(t.id)}
          >
            <span className="chip-type">{t.entity_type}</span>
            {t.name}
          </button>
        </li>
      ))}
    </ul>
  );
}
