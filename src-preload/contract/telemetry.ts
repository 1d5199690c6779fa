// The telemetry panel's calls: health, model load, recent turns with timings, error counts, and a diagnostics report
// that is safe to paste into an issue (no API key, token or private text).
import { z } from 'zod';
import { defineCall } from './define';
import type { StatusSnapshot } from './views';

const none = z.object({}).strict();

/** One finished (or failed) chat turn, as timings and counts: never the question or the answer text. */
export interface TurnTimingView {
  correlation_id: string;
  at: string;
  outcome: 'answered' | 'stopped' | 'failed';
  /** `remote`, `local`, `intent-engine`, `command`, … */
  provider: string;
  model: string | null;
  first_token_ms: number | null;
  total_ms: number;
  /** Tool calls of the turn, with their own time when measured. */
  tools: Array<{ name: string; ok: boolean; duration_ms: number | null }>;
  tools_ms: number;
  /** Why the turn did not go the usual way (remote failed over to local, …), else null. */
  fallback_reason: string | null;
  /** The error type of a failed turn. */
  error_type: string | null;
}

export interface ModelLoadView {
  remote: { host: string | null; model: string | null };
  local: { model: string | null; loaded: boolean; lastLoadMs: number | null; loadedAt: string | null };
}

export interface TelemetryView {
  generatedAt: string;
  /** Since when the figures are counted (the app's start: they are not persisted). */
  since: string;
  status: StatusSnapshot;
  model: ModelLoadView;
  /** Newest first, at most 50. */
  turns: TurnTimingView[];
  /** Per kind (`turn failed: network`, `fallback to local`, `stopped` …), most frequent first. */
  errorCounts: Array<{ kind: string; count: number }>;
  /**
   * Slot for the sync and outbox figures (pending, parked, last sync, conflicts). Null until the sync work provides a
   * source; the panel shows "not available yet".
   */
  sync: Record<string, number | string | null> | null;
}

export const telemetryCalls = {
  'telemetry.get': defineCall<TelemetryView>()(none, 'Breaker and health, model load, recent turns with timings and error counts.'),
  'telemetry.diagnostics': defineCall<{ report: string }>()(none, 'A plain-text diagnostics report to copy, with every secret removed.'),
} as const;

/** One local model in Settings' catalogue. */
export interface ModelCatalogueEntry {
  id: string;
  name: string;
  sizeBytes: number;
  /** The size is the publisher's rounded figure. */
  sizeApproximate: boolean;
  licence: string;
  url: string;
  /** Verified after the download; null: not pinned, the file is not verified. */
  sha256: string | null;
  notes: string;
}
