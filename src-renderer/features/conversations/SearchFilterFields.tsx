import { useId } from 'react';
import { useAppStores, useSlice } from '../../app/AppContext';
import { hasFilters, type SearchFilters } from './conversationsStore';
import { entityFilterOptions } from './searchFilterOptions';

/** Date range, which side answered, and what it was about: the conversation search's filters, folded away by default. */
export function SearchFilterFields() {
  const { conversations, home } = useAppStores();
  const filters = useSlice(conversations, (s) => s.search.filters);
  const tree = useSlice(home, (s) => s.tree);
  const id = useId();
  const { rooms, devices } = entityFilterOptions(tree);
  const set = (patch: Partial<SearchFilters>) => {
    const next: SearchFilters = { ...filters, ...patch };
    for (const key of Object.keys(next) as Array<keyof SearchFilters>) if (!next[key]) delete next[key];
    void conversations.getState().setSearchFilters(next);
  };
  const active = hasFilters(filters);
  return (
    <details className="search-filters" data-testid="search-filters" open={active || undefined}>
      <summary>Filters{active ? ' (on)' : ''}</summary>
      <div className="search-filter-grid">
        <label htmlFor={`${id}-from`}>From</label>
        <input id={`${id}-from`} className="input" type="date" data-testid="search-filter-from" value={filters.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
        <label htmlFor={`${id}-to`}>To</label>
        <input id={`${id}-to`} className="input" type="date" data-testid="search-filter-to" value={filters.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
        <label htmlFor={`${id}-source`}>Answered</label>
        <select id={`${id}-source`} className="input select" data-testid="search-filter-source" value={filters.source ?? ''} onChange={(e) => set({ source: (e.target.value || undefined) as SearchFilters['source'] })}>
          <option value="">anywhere</option>
          <option value="local">locally</option>
          <option value="remote">remotely</option>
        </select>
        <label htmlFor={`${id}-entity`}>About</label>
        <select id={`${id}-entity`} className="input select" data-testid="search-filter-entity" value={filters.entityId ?? ''} onChange={(e) => set({ entityId: e.target.value || undefined })}>
          <option value="">anything</option>
          {rooms.length > 0 && (
            <optgroup label="Rooms">
              {rooms.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </optgroup>
          )}
          {devices.length > 0 && (
            <optgroup label="Devices">
              {devices.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
      {active && (
        <button type="button" className="link small" data-testid="search-filters-clear" onClick={() => void conversations.getState().setSearchFilters({})}>
          Clear filters
        </button>
      )}
    </details>
  );
}
