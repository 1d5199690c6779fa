import type { ConversationEntityView } from '../../../src-preload/contract';
import { EntityChip } from '../../ui/EntityChip';

/** The entities this conversation is about, above the messages; a chip opens the entity in the home browser. */
export function TopicChips({ entities, onOpenEntity }: { entities: readonly ConversationEntityView[]; onOpenEntity(id: string): void }) {
  if (entities.length === 0) return null;
  return (
    <nav className="topic-strip" aria-label="Topics in this conversation" data-testid="topic-chips">
      <ul className="citations">
        {entities.map((e) => (
          <li key={e.entity_id}>
            <EntityChip entity={{ id: e.entity_id, name: e.name, entity_type: e.entity_type }} kind="topic" onOpen={onOpenEntity} />
          </li>
        ))}
      </ul>
    </nav>
  );
}
