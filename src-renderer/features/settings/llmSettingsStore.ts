import { createStore } from 'zustand/vanilla';
import type { ConnectionTestView, LlmSettingsView, ModelCatalogueEntry, ModelDownloadProgressView, StatusSnapshot } from '../../../src-preload/contract';
import type { AppErrorShape } from '../../../src-shared/errors';
import { toErrorShape } from '../../bridge/BridgeError';
import type { Call } from '../../bridge/createCall';
import type { LlmSettingsChanges } from './llmSettingsDraft';

type Task<T> = { running: boolean; value: T | null; error: AppErrorShape | null };
const idle = <T,>(): Task<T> => ({ running: false, value: null, error: null });

export interface LlmSettingsState {
  settings: LlmSettingsView | null;
  loadError: AppErrorShape | null;
  save: Task<LlmSettingsView>;
  test: Task<ConnectionTestView>;
  reset: Task<StatusSnapshot['llm']>;
  download: Task<{ path: string; sizeBytes: number }> & { url: string | null; progress: ModelDownloadProgressView | null };
  /** The local models offered for download (main's catalogue file). */
  catalogue: Task<ModelCatalogueEntry[]>;
  load(): Promise<void>;
  loadCatalogue(): Promise<void>;
  /** Saves only the given fields; resolves with whether it worked (errors are in `save.error`). */
  saveChanges(changes: LlmSettingsChanges): Promise<boolean>;
  /** Tests `candidate` (what is typed) when given, else the saved settings. */
  testConnection(candidate?: { baseUrl: string; model?: string; apiKey?: string; noApiKey?: boolean }): Promise<void>;
  resetCircuit(): Promise<void>;
  downloadModel(url: string, sha256?: string): Promise<void>;
  onDownloadProgress(progress: ModelDownloadProgressView): void;
  clearResults(): void;
}

/** How often a load that failed because the core was out of reach is tried again, and the first pause between tries. */
const LOAD_ATTEMPTS = 4;
const LOAD_RETRY_MS = 1_000;

export function createLlmSettingsStore(call: Call, options: { loadRetryMs?: number } = {}) {
  const loadRetryMs = options.loadRetryMs ?? LOAD_RETRY_MS;
  return createStore<LlmSettingsState>()((set, get) => ({
    settings: null,
    loadError: null,
    save: idle(),
    test: idle(),
    reset: idle(),
    download: { ...idle(), url: null, progress: null },
    catalogue: idle(),
    async loadCatalogue() {
      if (get().catalogue.running || get().catalogue.value) return;
      set({ catalogue: { running: true, value: null, error: null } });
      try {
        set({ catalogue: { running: false, value: await call('llm.modelCatalogue', {}), error: null } });
      } catch (error) {
        set({ catalogue: { running: false, value: null, error: toErrorShape(error) } });
      }
    },
    // Settings opened while the core is out of reach (browser mode before its WebSocket is up, or after it dropped)
    // must not sit on an error: a retryable failure is tried again by itself, with growing pauses, and the fields
    // appear as soon as the core answers. Retry stays on screen for whatever is not retryable or outlasts the tries.
    async load() {
      for (let attempt = 1; ; attempt++) {
        try {
          set({ settings: await call('llm.getSettings', {}), loadError: null });
          return;
        } catch (error) {
          const shape = toErrorShape(error);
          set({ loadError: shape });
          if (!shape.retryable || attempt >= LOAD_ATTEMPTS) return;
          await new Promise((resolve) => setTimeout(resolve, loadRetryMs * attempt));
        }
      }
    },
    async saveChanges(changes) {
      set({ save: { running: true, value: null, error: null } });
      try {
        const settings = await call('llm.saveSettings', changes);
        set({ settings, save: { running: false, value: settings, error: null } });
        return true;
      } catch (error) {
        set({ save: { running: false, value: null, error: toErrorShape(error) } });
        return false;
      }
    },
    async testConnection(candidate) {
      set({ test: { running: true, value: null, error: null } });
      try {
        set({ test: { running: false, value: await call('llm.testConnection', candidate ? { candidate } : {}), error: null } });
      } catch (error) {
        set({ test: { running: false, value: null, error: toErrorShape(error) } });
      }
    },
    async resetCircuit() {
      set({ reset: { running: true, value: null, error: null } });
      try {
        set({ reset: { running: false, value: await call('llm.resetCircuit', {}), error: null } });
      } catch (error) {
        set({ reset: { running: false, value: null, error: toErrorShape(error) } });
      }
    },
    async downloadModel(url, sha256) {
      if (get().download.running) return;
      set({ download: { running: true, value: null, error: null, url, progress: null } });
      try {
        const done = await call('llm.downloadModel', sha256 ? { url, sha256 } : { url });
        set({ download: { ...get().download, running: false, value: done } });
        // Main switches the local model to the downloaded file; show the path it chose.
        await get().load();
      } catch (error) {
        set({ download: { ...get().download, running: false, error: toErrorShape(error) } });
      }
    },
    onDownloadProgress(progress) {
      const d = get().download;
      if (d.url !== null && d.url !== progress.url) return;
      set({ download: { ...d, url: progress.url, progress } });
    },
    clearResults() {
      set({ save: idle(), test: idle(), reset: idle() });
    },
  }));
}

export type LlmSettingsStore = ReturnType<typeof createLlmSettingsStore>;
