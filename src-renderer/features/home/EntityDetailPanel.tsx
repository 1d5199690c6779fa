import { useEffect, useRef } from 'react';
import type { Entity } from '../../../src-shared/protocol/entities';
import type { RelatedEdge } from '../../../src-preload/contract';
import { useAppStores, useSlice } from '../../app/AppContext';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatRelativeTime } from '../../ui/formatTime';
import { DeviceControls } from './DeviceControls';
import { entityContentView, humanizeKey } from './entityContent';

/** The version string starts with its UTC timestamp (protocol §1). */
function versionTime(version: string): string {
  return version.slice(0, version.indexOf('+00:00') > 0 ? version.indexOf('+00:00') + 6 : 32);
}

export function EntityDetailPanel() {
  const { home } = useAppStores();
  const detail = useSlice(home, (s) => s.detail);
  const loading = useSlice(home, (s) => s.detailLoading);
  const error = useSlice(home, (s) => s.detailError);
  const selectedId = useSlice(home, (s) => s.selectedId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const open = (id: string) => void home.getState().openEntity(id);

  useEffect(() => {
    if (detail && document.activeElement?.closest('.entity-detail')) headingRef.current?.focus();
  }, [detail]);

  const entity = detail?.entity;
  const view = entity ? entityContentView(entity) : null;

  return (
    <section className="entity-detail" data-testid="entity-detail" aria-label={entity ? `Details: ${entity.name}` : 'Details'} aria-busy={loading || undefined}>
      <div className="detail-header">
        <div>
          <h3 className="detail-title" ref={headingRef} tabIndex={-1}>{entity?.name ?? (loading ? 'Loading…' : 'Details')}</h3>
          {entity && <span className="type-tag">{entity.entity_type}</span>}
        </div>
        <button type="button" className="icon-btn" aria-label="Close details (Esc)" title="Close (Esc)" onClick={() => home.getState().closeDetail()}>
          ✕
        </button>
      </div>
      {error && <ErrorNote error={error} onRetry={selectedId ? () => open(selectedId) : null} compact />}
      {entity && view && detail && (
        <div className="detail-body">
          <DeviceControls entity={entity} />
          {view.steps && (
            <section aria-label="Steps">
              <h4>Steps</h4>
              <ol className="steps">
                {view.steps.map((s, i) => <li key={i}>{s}</li>)}
              </ol>
            </section>
          )}
          {view.rows.length > 0 && (
            <dl className="kv">
              {view.rows.map((r) => (
                <div key={r.key} className="kv-row">
                  <dt>{r.key}</dt>
                  <dd>{r.value}</dd>
                </div>
              ))}
            </dl>
          )}
          <EdgeList title="Links to" edges={detail.outgoing} onOpen={open} />
          <EdgeList title="Linked from" edges={detail.incoming} onOpen={open} />
          <EntityLinks title="Procedures" entities={detail.procedures} onOpen={open} />
          <EntityLinks title="Manuals" entities={detail.manuals} onOpen={open} />
          {detail.versions.length > 0 && (
            <details className="versions">
              <summary>Version history ({detail.versions.length})</summary>
              <ol>
                {detail.versions.map((v) => (
                  <li key={v.version}>
                    <span>{formatRelativeTime(versionTime(v.version).replace(/(\.\d{3})\d+/, '$1'))}</span>
                    <span className="muted"> by {v.user_id}</span>
                    {v.version === entity.version && <span className="badge tone-neutral">current</span>}
                  </li>
                ))}
              </ol>
            </details>
          )}
          <p className="muted small">Source: {entity.source_type}</p>
        </div>
      )}
    </section>
  );
}

function EdgeList({ title, edges, onOpen }: { title: string; edges: RelatedEdge[]; onOpen(id: string): void }) {
  if (edges.length === 0) return null;
  return (
    <section aria-label={title}>
      <h4>{title}</h4>
      <ul className="edges">
        {edges.map((e) => (
          <li key={e.relationship.id}>
            <span className="edge-type">{humanizeKey(e.relationship_type).toLowerCase()}</span>
            <span>
              <button type="button" className="link" onClick={() => onOpen(e.other.id)}>{e.other.name}</button>
              <span className="type-tag">{e.other.entity_type}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function EntityLinks({ title, entities, onOpen }: { title: string; entities: Entity[]; onOpen(id: string): void }) {
  if (entities.length === 0) return null;
  return (
    <section aria-label={title}>
      <h4>{title}</h4>
      <ul className="edges">
        {entities.map((e) => (
          <li key={e.id}>
            <button type="button" className="link" onClick={() => onOpen(e.id)}>{e.name}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
