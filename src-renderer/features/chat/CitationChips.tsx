import { useState } from 'react';
import type { Citation } from '../../../src-preload/contract';
import { EntityChip } from '../../ui/EntityChip';

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
          <EntityChip entity={{ id: c.entity_id, name: c.name, entity_type: c.entity_type }} kind="citation" onOpen={onOpenEntity} />
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
