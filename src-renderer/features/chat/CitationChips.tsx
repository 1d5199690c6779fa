import { useState } from 'react';
import type { Citation } from '../../../src-preload/contract';

/** Beyond this many sources the rest fold behind a "+N more" button: a reply should read as text, not as a tag cloud. */
const VISIBLE_CHIPS = 4;

export function CitationChips({ citations, onOpenEntity }: { citations: Citation[]; onOpenEntity(id: string): void }) {
  const [showAll, setShowAll] = useState(false);
  const unique = citations.filter((c, i) => citations.findIndex((o) => o.entity_id === c.entity_id) === i);
  const hidden = unique.length - VISIBLE_CHIPS;
  const shown = showAll || hidden <= 1 ? unique : unique.slice(0, VISIBLE_CHIPS);
  return (
    <ul className="citations" aria-label="Sources">
      {shown.map((c) => (
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
      {shown.length < unique.length && (
        <li>
          <button type="button" className="chip chip-more" aria-label={`Show ${hidden} more sources`} onClick={() => setShowAll(true)}>
            +{hidden} more
          </button>
        </li>
      )}
    </ul>
  );
}
