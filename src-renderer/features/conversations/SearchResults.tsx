import { useAppStores, useSlice } from '../../app/AppContext';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatRelativeTime } from '../../ui/formatTime';

/** Matches across every conversation, newest relevant first; choosing one opens its conversation at that message. */
export function SearchResults({ onDone }: { onDone(): void }) {
  const { conversations, chat } = useAppStores();
  const search = useSlice(conversations, (s) => s.search);
  return (
    <div className="conversation-scroll" data-testid="conversation-search-results">
      <p className="muted small search-summary" role="status">
        {search.busy ? 'Searching…' : `${search.hits.length === 30 ? '30+' : search.hits.length} match${search.hits.length === 1 ? '' : 'es'}`}
      </p>
      {search.error && <ErrorNote error={search.error} compact />}
      <ul className="result-list search-hits" aria-label="Messages found">
        {search.hits.map((hit) => (
          <li key={hit.message_id}>
            <button
              type="button"
              className="result search-hit"
              data-testid="search-hit"
              onClick={() => {
                onDone();
                void chat.getState().jumpTo(hit.conversation_id, hit.message_id);
              }}
            >
              <span className="search-hit-title">{hit.conversation_title}</span>
              <span className="muted small">{formatRelativeTime(hit.created_at)}</span>
              <span className="search-snippet">
                <span className="visually-hidden">{hit.role === 'user' ? 'You: ' : 'Goodies: '}</span>
                {hit.snippet.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
