import { useEffect, useId } from 'react';
import type { AuditKind } from '../../../src-preload/contract';
import { useAppStores, useSlice } from '../../app/AppContext';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { AuditRow } from './AuditRow';

const KINDS: AuditKind[] = ['proposal', 'decision', 'execution', 'failure'];

/** The audit log: every proposal, decision, execution and failure, newest first; refreshes when a proposal changes. */
export function AuditView({ onClose }: { onClose(): void }) {
  const { audit, approvals } = useAppStores();
  const entries = useSlice(audit, (s) => s.entries);
  const filter = useSlice(audit, (s) => s.filter);
  const loading = useSlice(audit, (s) => s.loading);
  const loaded = useSlice(audit, (s) => s.loaded);
  const error = useSlice(audit, (s) => s.error);
  const revision = useSlice(approvals, (s) => s.revision);
  const kindId = useId();

  useEffect(() => {
    void audit.getState().load();
  }, [audit, revision]);

  return (
    <Dialog title="Activity" onClose={onClose} testId="audit-view" size="wide">
      <div className="audit-filters" role="group" aria-label="Filter activity">
        <label htmlFor={kindId} className="small">
          Kind
        </label>
        <select
          id={kindId}
          className="input select"
          data-testid="audit-kind-filter"
          value={filter.kind ?? ''}
          onChange={(e) => void audit.getState().setFilter({ kind: (e.target.value || null) as AuditKind | null })}
        >
          <option value="">All</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
        {filter.proposalId && (
          <span className="chip filter-chip" data-testid="audit-proposal-filter">
            action {filter.proposalId.slice(0, 8)}
            <button type="button" className="icon-btn" aria-label="Show all actions" onClick={() => void audit.getState().setFilter({ proposalId: null })}>
              ✕
            </button>
          </span>
        )}
        <span className="muted small audit-count" role="status">
          {loading ? 'Loading…' : `${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}`}
        </span>
        <button type="button" className="btn btn-small" onClick={() => void audit.getState().load()} disabled={loading}>
          Refresh
        </button>
      </div>
      <div className="dialog-body audit-body">
        {error && <ErrorNote error={error} onRetry={() => void audit.getState().load()} />}
        {loaded && !error && entries.length === 0 && (
          <p className="muted centre-hint">{filter.kind || filter.proposalId ? 'Nothing matches these filters.' : 'No activity yet. Actions you approve or deny in chat show up here.'}</p>
        )}
        <ol className="audit-list" aria-label="Activity, newest first">
          {entries.map((e) => (
            <AuditRow key={e.id} entry={e} onFilterProposal={(id) => void audit.getState().setFilter({ proposalId: id })} />
          ))}
        </ol>
      </div>
    </Dialog>
  );
}
