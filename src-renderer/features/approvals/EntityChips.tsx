import type { EntityRef } from '../../../src-preload/contract';
import { EntityChip } from '../../ui/EntityChip';

/** The entities an action touches, each one click away from its details in the home browser. */
export function EntityChips({ targets, onOpenEntity }: { targets: EntityRef[]; onOpenEntity(id: string): void }) {
  if (targets.length === 0) return null;
  return (
    <ul className="citations proposal-targets" aria-label="Affects">
      {targets.map((t) => (
        <li key={t.id}>
          <EntityChip entity={t} kind="target" onOpen={onOpenEntity} />
        </li>
      ))}
    </ul>
  );
}
