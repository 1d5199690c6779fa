import { useEffect } from 'react';
import type { TelemetryView, TurnTimingView } from '../../../src-preload/contract';
import { useAppStores, useSlice } from '../../app/AppContext';
import { CopyButton } from '../../ui/CopyButton';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatRelativeTime } from '../../ui/formatTime';
import { describeStatus, retryInSeconds } from '../status/describeStatus';
import { useSecondTicks } from '../status/useSecondTicks';
import './telemetry.css';

const ms = (value: number | null) => (value === null ? '–' : value < 1000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(1)} s`);

/** Diagnostics: health and the remote circuit, model load, recent turns with timings, error counts, the sync slot. */
export function TelemetryPanel({ onClose }: { onClose(): void }) {
  const { telemetry, status } = useAppStores();
  const view = useSlice(telemetry, (s) => s.view);
  const error = useSlice(telemetry, (s) => s.error);
  const loading = useSlice(telemetry, (s) => s.loading);
  // The status bar's snapshot is pushed live; the panel's copy is as of its last refresh.
  const live = useSlice(status, (s) => s.snapshot);
  const snapshot = live ?? view?.status ?? null;
  const now = useSecondTicks(snapshot ? retryInSeconds(snapshot.llm) !== null : false);

  useEffect(() => {
    void telemetry.getState().load();
  }, [telemetry]);

  return (
    <Dialog title="Diagnostics" onClose={onClose} testId="telemetry-panel" size="wide">
      <div className="dialog-body telemetry">
        {error && <ErrorNote error={error} onRetry={() => void telemetry.getState().load()} />}
        {!view && !error && <p className="muted">Loading…</p>}
        {snapshot && (
          <section aria-labelledby="telemetry-health">
            <h3 id="telemetry-health" className="section-title">Health</h3>
            <dl className="telemetry-grid" data-testid="telemetry-health">
              {describeStatus(snapshot, now).map((item) => (
                <div key={item.key} className={`telemetry-cell tone-${item.tone}`}>
                  <dt>{item.label}</dt>
                  <dd>
                    <span className="dot" aria-hidden="true" /> {item.value}
                    <span className="muted small telemetry-detail">{item.detail}</span>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        )}
        {view && (
          <>
            <ModelSection model={view.model} />
            <TurnsSection turns={view.turns} />
            <section aria-labelledby="telemetry-errors">
              <h3 id="telemetry-errors" className="section-title">Errors since {formatRelativeTime(view.since)}</h3>
              {view.errorCounts.length ? (
                <ul className="telemetry-errors" data-testid="telemetry-errors">
                  {view.errorCounts.map((e) => (
                    <li key={e.kind}>
                      <strong>{e.count}</strong> × {e.kind}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted" data-testid="telemetry-errors">None.</p>
              )}
            </section>
            <SyncSlot sync={view.sync} />
          </>
        )}
      </div>
      <footer className="dialog-footer">
        <span className="muted small">Counts and timings only: no questions, answers or keys.</span>
        <div className="dialog-footer-main">
          <button type="button" className="btn btn-small" data-testid="telemetry-refresh" disabled={loading} onClick={() => void telemetry.getState().load()}>
            {loading ? 'Refreshing…' : 'Refresh'}
          </button>
          <CopyButton text={() => telemetry.getState().report} label="Copy the diagnostics report" testId="telemetry-copy-report" className="btn btn-small btn-primary" />
        </div>
      </footer>
    </Dialog>
  );
}

function ModelSection({ model }: { model: TelemetryView['model'] }) {
  return (
    <section aria-labelledby="telemetry-models">
      <h3 id="telemetry-models" className="section-title">Models</h3>
      <dl className="telemetry-grid" data-testid="telemetry-models">
        <div className="telemetry-cell">
          <dt>Remote</dt>
          <dd>{model.remote.model ? `${model.remote.model} at ${model.remote.host ?? '?'}` : 'not set up'}</dd>
        </div>
        <div className="telemetry-cell">
          <dt>Local</dt>
          <dd>
            {model.local.model ? `${model.local.model}: ${model.local.loaded ? 'loaded' : 'not loaded'}` : 'not set up'}
            {model.local.lastLoadMs !== null && <span className="muted small telemetry-detail">last load took {ms(model.local.lastLoadMs)}</span>}
          </dd>
        </div>
      </dl>
    </section>
  );
}

function TurnsSection({ turns }: { turns: TurnTimingView[] }) {
  return (
    <section aria-labelledby="telemetry-turns">
      <h3 id="telemetry-turns" className="section-title">Recent turns</h3>
      {turns.length === 0 ? (
        <p className="muted">No turns yet in this run of the app.</p>
      ) : (
        <div className="table-scroll">
          <table className="telemetry-table" data-testid="telemetry-turns">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Answered by</th>
                <th scope="col" className="num">First token</th>
                <th scope="col" className="num">Total</th>
                <th scope="col">Tools</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {turns.map((t) => (
                <tr key={t.correlation_id} data-outcome={t.outcome}>
                  <td>{formatRelativeTime(t.at)}</td>
                  <td>
                    {t.provider}
                    {t.model ? <span className="muted"> · {t.model}</span> : null}
                  </td>
                  <td className="num">{ms(t.first_token_ms)}</td>
                  <td className="num">{ms(t.total_ms)}</td>
                  <td>{t.tools.length ? `${t.tools.length} · ${ms(t.tools_ms)}` : '–'}</td>
                  <td className="small">{t.outcome === 'failed' ? `failed (${t.error_type})` : t.outcome === 'stopped' ? 'stopped' : (t.fallback_reason ?? '')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Sync and outbox figures (main's sync/syncDiagnostics.ts): state, server, last sync, pending, parked, conflicts, last error. */
function SyncSlot({ sync }: { sync: TelemetryView['sync'] }) {
  return (
    <section aria-labelledby="telemetry-sync" data-testid="telemetry-sync-slot">
      <h3 id="telemetry-sync" className="section-title">Sync and queue</h3>
      {sync ? (
        <dl className="telemetry-grid" data-testid="telemetry-sync">
          {Object.entries(sync).map(([k, v]) => (
            <div key={k} className="telemetry-cell">
              <dt>{k}</dt>
              <dd>{v ?? '–'}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted">Not available yet.</p>
      )}
    </section>
  );
}
