import { useEffect, useRef } from 'react';
import { useActionKeys } from '../actions/ActionRegistryContext';
import { useAppStores, useSlice } from '../../app/AppContext';
import { HOME_SEARCH_INPUT_ID } from '../../ui/elementIds';
import { ErrorNote } from '../../ui/ErrorNote';
import { EntityDetailPanel } from './EntityDetailPanel';
import { HomeFileActions } from './HomeFileActions';
import { HomeTree } from './HomeTree';
import { readablePreview } from './readablePreview';

export function HomeBrowser({ onClose }: { onClose: (() => void) | null }) {
  const { home } = useAppStores();
  const query = useSlice(home, (s) => s.query);
  const results = useSlice(home, (s) => s.results);
  const searching = useSlice(home, (s) => s.searching);
  const searchError = useSlice(home, (s) => s.searchError);
  const selectedId = useSlice(home, (s) => s.selectedId);
  const searchKeys = useActionKeys('home.search');
  const debounce = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => () => { if (debounce.current) clearTimeout(debounce.current); }, []);

  const onQuery = (value: string) => {
    home.getState().setQuery(value);
    if (debounce.current) clearTimeout(debounce.current);
    if (value.trim()) debounce.current = setTimeout(() => void home.getState().search(value), 200);
  };

  return (
    <div className="home-browser">
      <div className="pane-header">
        <h2 className="pane-title">Home</h2>
        <HomeFileActions />
        {onClose && (
          <button type="button" className="btn btn-small btn-quiet" onClick={onClose} aria-label="Hide home browser">
            Hide
          </button>
        )}
      </div>
      <div className="home-search" role="search">
        <label htmlFor={HOME_SEARCH_INPUT_ID} className="visually-hidden">Search the home</label>
        <input
          id={HOME_SEARCH_INPUT_ID}
          className="input"
          type="search"
          placeholder="Search devices, rooms, manuals…"
          title={`Search the home${searchKeys.hint}`}
          aria-keyshortcuts={searchKeys.aria}
          autoComplete="off"
          spellCheck={false}
          value={query}
          maxLength={500}
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              e.stopPropagation();
              onQuery('');
            } else if (e.key === 'Enter' && query.trim()) {
              e.preventDefault();
              if (debounce.current) clearTimeout(debounce.current);
              void home.getState().search(query);
            }
          }}
        />
      </div>
      <div className={selectedId ? 'home-top with-detail' : 'home-top'}>
        {query.trim() ? (
          <section className="search-results" aria-label="Search results" aria-busy={searching || undefined}>
            {searchError && <ErrorNote error={searchError} onRetry={() => void home.getState().search(query)} compact />}
            {results && results.length === 0 && !searching && <p className="muted empty-hint">Nothing matches “{query.trim()}”.</p>}
            {results && results.length > 0 && (
              <ul className="result-list" data-testid="search-results">
                {results.map((r) => (
                  <li key={r.id}>
                    <button type="button" className={r.id === selectedId ? 'result selected' : 'result'} onClick={() => void home.getState().openEntity(r.id)}>
                      <span className="result-name">{r.name}</span>
                      <span className="type-tag">{r.entity_type}</span>
                      {r.content_preview && <span className="result-preview">{readablePreview(r.content_preview)}</span>}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ) : (
          <HomeTree />
        )}
      </div>
      {selectedId && <EntityDetailPanel />}
    </div>
  );
}
