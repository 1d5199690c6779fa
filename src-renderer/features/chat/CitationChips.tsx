import type { Citation } from '../../../src-preload/contract';

export function CitationChips({ citations, onOpenEntity }: { citations: Citation[]; onOpenEntity(id: string): void }) {
  const unique = citations.filter((c, i) => citations.findIndex((o) => o.entity_id === c.entity_id) === i);
  return (
    <ul className="citations" aria-label="Sources">
      {unique.map((c) => (
        <li key={c.entity_id}>
          <button
            type="button"
            className="chip citation-chip"
            data-testid="citation-chip"
            data-entity-id={c.entity_id}
            aria-label={`Open ${c.name} (${c.entity_type}) in the home browser`}
            onClick={() => onOpenEntity(c.entity_id)}
          >
            <span className="chip-type">{c.entity_type}</span>
            {c.name}
          </button>
        </li>
      ))}
    </ul>
  );
}
