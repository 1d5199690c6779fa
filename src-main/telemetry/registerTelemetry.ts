// The telemetry feature (STYLE.md "Feature modules"): the turn recorder ChatService reports to, and the two calls.
import { platform as osPlatform } from 'node:os';
import type { StatusSnapshot, TelemetryView } from '../../src-preload/contract';
import type { CallHandlers } from '../api/CallHandlers';
import { diagnosticsReport } from './diagnosticsReport';
import { TurnTelemetry } from './TurnTelemetry';
import type { ModelLoadView } from '../../src-preload/contract';

export interface TelemetryDeps {
  status: () => Promise<StatusSnapshot>;
  modelLoad: () => ModelLoadView;
  /** Secret values to keep out of the report by value (API key, server token). */
  secrets: () => Promise<string[]>;
  appVersion: string;
  runtime: string;
  /** The sync/outbox figures (sync/syncDiagnostics.ts); absent where there is no sync (tests of telemetry alone). */
  syncFigures?: () => Promise<Record<string, number | string | null>>;
}

export interface TelemetryFeature {
  recorder: TurnTelemetry;
  handlers: Pick<CallHandlers, 'telemetry.get' | 'telemetry.diagnostics'>;
}

export function registerTelemetry(deps: TelemetryDeps): TelemetryFeature {
  const recorder = new TurnTelemetry();
  const view = async (): Promise<TelemetryView> => ({
    generatedAt: new Date().toISOString(),
    since: recorder.since,
    status: await deps.status(),
    model: deps.modelLoad(),
    turns: recorder.recentTurns(),
    errorCounts: recorder.errorCounts(),
    sync: deps.syncFigures ? await deps.syncFigures() : null,
  });
  return {
    recorder,
    handlers: {
      'telemetry.get': () => view(),
      'telemetry.diagnostics': async () => ({
        report: diagnosticsReport(await view(), {
          appVersion: deps.appVersion,
          runtime: deps.runtime,
          platform: osPlatform(),
          nodeVersion: process.versions.node,
          secrets: await deps.secrets(),
        }),
      }),
    },
  };
}
