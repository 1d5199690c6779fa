import { createStore } from 'zustand/vanilla';
import type { TelemetryView } from '../../../src-preload/contract';
import type { AppErrorShape } from '../../../src-shared/errors';
import { toErrorShape } from '../../bridge/BridgeError';
import type { Call } from '../../bridge/createCall';

export interface TelemetryState {
  view: TelemetryView | null;
  /** The diagnostics report main wrote (secrets removed there), fetched with the view so Copy is synchronous. */
  report: string;
  loading: boolean;
  error: AppErrorShape | null;
  load(): Promise<void>;
}

export function createTelemetryStore(call: Call) {
  return createStore<TelemetryState>()((set) => ({
    view: null,
    report: '',
    loading: false,
    error: null,
    async load() {
      set({ loading: true });
      try {
        const [view, { report }] = await Promise.all([call('telemetry.get', {}), call('telemetry.diagnostics', {})]);
        set({ view, report, error: null, loading: false });
      } catch (error) {
        set({ error: toErrorShape(error), loading: false });
      }
    },
  }));
}

export type TelemetryStore = ReturnType<typeof createTelemetryStore>;
