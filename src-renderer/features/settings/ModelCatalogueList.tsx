import { useEffect } from 'react';
import type { ModelCatalogueEntry } from '../../../src-preload/contract';
import { useAppStores, useSlice } from '../../app/AppContext';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatBytes } from '../../ui/formatBytes';

/** The catalogue of local models: name, size, licence, source and whether its checksum is pinned. Picking fills the download. */
export function ModelCatalogueList({ pickedUrl, onPick }: { pickedUrl: string; onPick(entry: ModelCatalogueEntry): void }) {
  const { llmSettings } = useAppStores();
  const catalogue = useSlice(llmSettings, (s) => s.catalogue);
  useEffect(() => {
    void llmSettings.getState().loadCatalogue();
  }, [llmSettings]);
  if (catalogue.error) return <ErrorNote error={catalogue.error} compact />;
  if (!catalogue.value) return <p className="muted small">Loading the catalogue…</p>;
  return (
    <ul className="model-catalogue" aria-label="Model catalogue" data-testid="model-catalogue">
      {catalogue.value.map((m) => {
        const picked = m.url === pickedUrl;
        return (
          <li key={m.id} className="model-entry" data-picked={picked || undefined}>
            <div className="model-entry-main">
              <strong>{m.name}</strong>
              <span className="muted small">
                {m.sizeApproximate ? 'about ' : ''}
                {formatBytes(m.sizeBytes)} · {m.licence} · {new URL(m.url).host}
              </span>
              {m.notes && <span className="small">{m.notes}</span>}
              <span className={m.sha256 ? 'small tone-ok-text' : 'small tone-warn-text'}>
                {m.sha256 ? `Checked after download (sha256 ${m.sha256.slice(0, 12)}…)` : 'No checksum pinned: the download is not verified'}
              </span>
            </div>
            <button type="button" className="btn btn-small" aria-pressed={picked} aria-label={`Use ${m.name}`} data-testid={`catalogue-pick-${m.id}`} onClick={() => onPick(m)}>
              {picked ? 'Picked' : 'Use'}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
