// Owns the language-model configuration: builds the providers, the router and the remote health monitor from the
// settings, rebuilds them when the settings change, and exposes one status for the status bar. It is the one owner of
// model lifecycles: a settings change builds a new ModelSetup for the next turns while running turns finish on the
// old one (its local model is freed only then); the remote circuit breaker outlives setups for as long as the base
// URL stays the same; dispose() stops running turns and waits for them before freeing anything.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { ConnectionTestView, LlmMode, LlmSettingsView, ModelLoadView, StatusSnapshot } from '../../src-preload/contract';
import { AppError } from '../../src-shared/errors';
import type { Disposable } from '../lifecycle/Disposable';
import { Emitter, type Event } from '../lifecycle/Emitter';
import type { SecretStore } from '../platform/Platform';
import type { SqliteSettingsStore } from '../settings/SqliteSettingsStore';
import { CircuitBreaker, type CircuitBreakerOptions } from './CircuitBreaker';
import { HealthMonitor } from './HealthMonitor';
import { LlmRouter, type AnswerOptions, type LlmAnswer } from './LlmRouter';
import type { LlmRequest } from './LlmProvider';
import { defaultLlmSettings, LLM_SETTINGS_KEY, llmSettingsSchema, type LlmSettings } from './LlmSettings';
import { LocalLlmProvider } from './LocalLlmProvider';
import type { PromptReuse } from './PromptReuse';
import { downloadModel, type DownloadProgress } from './ModelDownloader';
import { ModelSetup } from './ModelSetup';
import { REMOTE_API_KEY_SECRET, RemoteLlmProvider } from './RemoteLlmProvider';
import type { ResilientChatOptions } from './ResilientChat';

export interface LlmServiceOptions {
  settings: SqliteSettingsStore;
  secrets: SecretStore;
  /** Where downloaded models go. */
  modelsDir: string;
  breaker?: CircuitBreakerOptions;
  /** Retry and timeout of remote calls (tests shorten them). */
  remotePolicy?: Pick<ResilientChatOptions, 'maxAttempts' | 'baseDelayMs' | 'firstByteTimeoutMs'>;
  healthIntervalMs?: number;
  /** Cap on tokens a local reply may generate (small models ramble). */
  localMaxTokens?: number;
  /** The local provider's evaluation-time budget for a turn's new message (default 200 ms; 0: no cap; bench/llm). */
  localNewMessageBudgetMs?: number;
  /**
   * Load the local model ahead of the first turn in hybrid and local mode (default true). The one-shot CLI turns it
   * off: a command that never asks the model should not wait for a GGUF to load.
   */
  preloadLocal?: boolean;
}

export type LlmSettingsPatch = {
  mode?: LlmMode;
  remote?: { baseUrl?: string | null; model?: string | null; apiKey?: string | null };
  local?: { modelPath?: string | null; threads?: number; contextSize?: number; allowWriteTools?: boolean };
};

export class LlmService implements Disposable {
  private settings: LlmSettings;
  private setup!: ModelSetup;
  private remote: RemoteLlmProvider | null = null;
  private remoteBreaker: { baseUrl: string; breaker: CircuitBreaker } | null = null;
  private localKey: string | null = null;
  private localPreload: Promise<void> = Promise.resolve();
  private nextTurnPrepared: Promise<number> = Promise.resolve(0);
  /** Old setups waiting for their last turn before their local model is freed. */
  private readonly retiring = new Set<Promise<void>>();
  private readonly retiredSetups = new Set<ModelSetup>();
  private readonly shutdown = new AbortController();
  private readonly statusEmitter = new Emitter<StatusSnapshot['llm']>();
  readonly onDidChangeStatus: Event<StatusSnapshot['llm']> = this.statusEmitter.event;

  constructor(private readonly options: LlmServiceOptions) {
    this.settings = options.settings.read(LLM_SETTINGS_KEY, llmSettingsSchema, defaultLlmSettings());
    this.rebuild();
  }

  /** What the telemetry panel shows about the models: the remote host (never its credentials) and the local load. */
  describeModelLoad(): ModelLoadView {
    const local = this.setup.local;
    const timing = local?.lastLoadTiming ?? null;
    return {
      remote: { host: hostOf(this.settings.remote.baseUrl), model: this.settings.remote.model },
      local: { model: local?.model ?? null, loaded: local?.isLoaded ?? false, lastLoadMs: timing?.ms ?? null, loadedAt: timing?.at ?? null },
    };
  }

  getStatus(): StatusSnapshot['llm'] {
    const status = this.setup.router.getStatus();
    const snapshot: StatusSnapshot['llm'] = { mode: status.mode, remote: status.remote, local: status.local, breaker: status.breaker };
    if (status.nextProbeAt !== null) snapshot.nextProbeAt = new Date(status.nextProbeAt).toISOString();
    if (status.remote === 'offline' && status.breaker === 'open') snapshot.notice = 'Remote model unreachable: answering locally.';
    return snapshot;
  }

  /** Runs one turn on the setup current at its start; a settings change during it applies to the next turn. */
  async answer(request: LlmRequest, options: AnswerOptions): Promise<LlmAnswer> {
    if (this.shutdown.signal.aborted) throw new AppError('unavailable', 'The model layer is shutting down.');
    const setup = this.setup;
    const endTurn = setup.beginTurn();
    const signal = options.signal ? AbortSignal.any([options.signal, this.shutdown.signal]) : this.shutdown.signal;
    try {
      const answer = await setup.router.answer(request, { ...options, signal });
      this.prepareNextTurn(setup, request, answer);
      return answer;
    } finally {
      endTurn();
    }
  }

  /**
   * Resolves when the idle-time prefill started after the last turn has ended (finished or stopped by a new turn),
   * with the number of tokens it evaluated. Tests and bench/llm wait on this to stand for the person reading the answer.
   */
  whenNextTurnPrepared(): Promise<number> {
    return this.nextTurnPrepared;
  }

  /** What the local model evaluated for its last turn (diagnostics, tests and bench/llm), or null before one. */
  localPromptReuse(): PromptReuse | null {
    return this.setup.local?.lastPromptReuse ?? null;
  }

  /**
   * Hybrid and local mode: while the person reads the answer and types, the local model evaluates the conversation
   * so far (as the next turn will send it: the question without its per-turn context, then the answer), so the next
   * local turn, a failover included, evaluates only its new message. A turn stops it between two short chunks.
   */
  private prepareNextTurn(setup: ModelSetup, request: LlmRequest, answer: LlmAnswer): void {
    const local = setup.local;
    if (!local?.isLoaded || this.settings.mode === 'remote' || setup !== this.setup) return;
    const messages = request.messages.map((m) => (m.role === 'user' ? { role: 'user' as const, content: m.content } : m));
    if (answer.text) messages.push({ role: 'assistant', content: answer.text });
    const next = { ...request, messages };
    this.nextTurnPrepared = local.prefill(next, this.shutdown.signal);
  }

  /** The configured remote provider's base URL (the provider voice uses it too), or null. */
  remoteBaseUrl(): string | null {
    return this.settings.remote.baseUrl ?? null;
  }

  describeModels(): string {
    const s = this.settings;
    return [
      `Mode: ${s.mode}`,
      `Remote: ${s.remote.baseUrl ? `${s.remote.model ?? '(no model chosen)'} at ${s.remote.baseUrl}` : 'not configured'}`,
      `Local: ${s.local.modelPath ? `${s.local.modelPath} (${s.local.threads} thread${s.local.threads === 1 ? '' : 's'})` : 'not configured'}`,
    ].join('\n');
  }

  async getSettingsView(): Promise<LlmSettingsView> {
    const key = await this.options.secrets.get(REMOTE_API_KEY_SECRET);
    const s = this.settings;
    return {
      mode: s.mode,
      remote: { ...s.remote, hasApiKey: Boolean(key), apiKeyHint: key ? `••••${key.slice(-4)}` : null },
      local: { ...s.local, sizeBytes: s.local.modelPath ? fileSize(s.local.modelPath) : null },
      secretsEncrypted: this.options.secrets.isEncrypted,
    };
  }

  async saveSettings(patch: LlmSettingsPatch): Promise<LlmSettingsView> {
    if (patch.local?.modelPath) {
      const size = fileSize(patch.local.modelPath);
      if (size === null) throw new AppError('validation', `No model file at ${patch.local.modelPath}.`);
      if (!patch.local.modelPath.toLowerCase().endsWith('.gguf')) throw new AppError('validation', 'The local model must be a .gguf file.');
    }
    if (patch.remote && 'apiKey' in patch.remote) {
      if (patch.remote.apiKey) await this.options.secrets.set(REMOTE_API_KEY_SECRET, patch.remote.apiKey);
      else await this.options.secrets.delete(REMOTE_API_KEY_SECRET);
    }
    const next: LlmSettings = {
      mode: patch.mode ?? this.settings.mode,
      remote: {
        baseUrl: patch.remote?.baseUrl !== undefined ? patch.remote.baseUrl : this.settings.remote.baseUrl,
        model: patch.remote?.model !== undefined ? patch.remote.model : this.settings.remote.model,
      },
      local: { ...this.settings.local, ...stripUndefined(patch.local ?? {}) },
    };
    const onlyMode = JSON.stringify({ ...next, mode: this.settings.mode }) === JSON.stringify(this.settings) && !(patch.remote && 'apiKey' in patch.remote);
    this.options.settings.write(LLM_SETTINGS_KEY, next);
    this.settings = next;
    if (onlyMode) {
      this.setup.router.setMode(next.mode);
      this.prepareLocal();
    } else this.rebuild();
    this.fireStatus();
    return this.getSettingsView();
  }

  setMode(mode: LlmMode): Promise<LlmSettingsView> {
    return this.saveSettings({ mode });
  }

  resetCircuit(): StatusSnapshot['llm'] {
    this.setup.router.resetCircuit();
    void this.setup.healthMonitor?.checkNow();
    this.fireStatus();
    return this.getStatus();
  }

  /** Tests the saved remote provider, or a candidate (what is typed in Settings, not saved) with a throwaway provider. */
  async testConnection(candidate?: { baseUrl: string; model?: string | undefined; apiKey?: string | undefined; noApiKey?: boolean | undefined }): Promise<ConnectionTestView> {
    const saved = this.options.secrets;
    const provider = candidate
      ? new RemoteLlmProvider({
          baseURL: candidate.baseUrl,
          model: candidate.model || 'unset',
          secrets: { ...saved, get: async (key) => (key !== REMOTE_API_KEY_SECRET ? saved.get(key) : candidate.noApiKey ? undefined : candidate.apiKey ?? (await saved.get(key))) },
        })
      : this.remote;
    if (!provider) return { ok: false, latencyMs: 0, models: [], error: 'No remote provider is configured: set a base URL and a model first.' };
    const result = await provider.testConnection();
    return { ok: result.ok, latencyMs: Math.round(result.latencyMs), models: result.models ?? [], error: result.error ? result.error.message : null };
  }

  async downloadModel(url: string, sha256: string | undefined, onProgress: (p: DownloadProgress) => void, signal?: AbortSignal): Promise<{ path: string; sizeBytes: number }> {
    const fileName = decodeURIComponent(new URL(url).pathname.split('/').pop() || 'model.gguf').replace(/[^\w.-]/g, '_');
    const destPath = join(this.options.modelsDir, fileName.endsWith('.gguf') ? fileName : `${fileName}.gguf`);
    const result = await downloadModel({ url, destPath, ...(sha256 ? { sha256 } : {}), ...(signal ? { signal } : {}), onProgress });
    await this.saveSettings({ local: { modelPath: result.path } });
    return { path: result.path, sizeBytes: result.sizeBytes };
  }

  notifyNetworkChanged(): void {
    this.setup.healthMonitor?.notifyNetworkChanged();
  }

  /** Stops the running turns (they end as stopped), waits until they have settled, then frees the models. */
  async dispose(): Promise<void> {
    if (this.shutdown.signal.aborted) return;
    this.shutdown.abort();
    const setup = this.setup;
    setup.stopBackgroundWork();
    await setup.whenIdle();
    await setup.local?.dispose();
    await Promise.all(this.retiring);
    this.statusEmitter.dispose();
  }

  private rebuild(): void {
    const previous = this.setup as ModelSetup | undefined;
    const { remote, local, mode } = this.settings;
    this.remote = remote.baseUrl && remote.model
      ? new RemoteLlmProvider({ baseURL: remote.baseUrl, model: remote.model, secrets: this.options.secrets })
      : null;
    // The circuit describes the provider at an address: a new model name or key at the same URL keeps its state.
    if (remote.baseUrl !== this.remoteBreaker?.baseUrl) {
      this.remoteBreaker = remote.baseUrl ? { baseUrl: remote.baseUrl, breaker: new CircuitBreaker(this.options.breaker) } : null;
    }
    const localKey = local.modelPath ? JSON.stringify([local.modelPath, local.threads, local.contextSize, local.allowWriteTools]) : null;
    const reuseLocal = previous !== undefined && localKey === this.localKey;
    this.localKey = localKey;
    const localProvider = reuseLocal
      ? previous.local
      : local.modelPath
        ? new LocalLlmProvider({
            modelPath: local.modelPath,
            threads: local.threads,
            contextSize: local.contextSize,
            allowWriteTools: local.allowWriteTools,
            ...(this.options.localMaxTokens ? { maxTokens: this.options.localMaxTokens } : {}),
            ...(this.options.localNewMessageBudgetMs !== undefined ? { newMessageBudgetMs: this.options.localNewMessageBudgetMs } : {}),
          })
        : null;
    const remoteProvider = this.remote;
    const subscriptions: Disposable[] = [];
    let health: HealthMonitor | null = null;
    if (remoteProvider) {
      health = new HealthMonitor({
        probe: (signal) => remoteProvider.listModels(signal),
        ...(this.options.healthIntervalMs ? { intervalMs: this.options.healthIntervalMs } : {}),
      });
      subscriptions.push(health.onDidChange(() => this.fireStatus()));
      health.start();
    }
    const monitor = health;
    const router = new LlmRouter({
      remote: remoteProvider,
      local: localProvider,
      mode,
      ...(this.options.remotePolicy ? { remotePolicy: this.options.remotePolicy } : {}),
      ...(this.remoteBreaker ? { remoteBreaker: this.remoteBreaker.breaker } : {}),
      ...(monitor ? { remoteHealth: () => (monitor.state === 'unknown' ? 'healthy' : monitor.state) } : {}),
    });
    subscriptions.push(router.onDidChangeStatus(() => this.fireStatus()));
    this.setup = new ModelSetup(router, localProvider, health, subscriptions);
    if (previous) this.retire(previous, reuseLocal);
    this.prepareLocal();
  }

  /**
   * Waits for the preload started by hybrid or local mode, then tells whether the local model is in memory (false:
   * none configured, remote mode, or it failed to load). Tests and bench/llm wait on this, never on a first turn.
   */
  async whenLocalReady(): Promise<boolean> {
    const local = this.setup.local;
    await this.localPreload;
    return local !== null && local === this.setup.local && local.isLoaded;
  }

  /**
   * In hybrid mode the local model is the failover: it is loaded ahead of need and kept loaded, so "circuit open → first
   * answer token" is prompt evaluation, not seconds of loading a GGUF. Local mode preloads it too (and still frees it
   * when idle); remote mode lets it go when idle.
   */
  private prepareLocal(): void {
    const local = this.setup.local;
    if (!local) return;
    const mode = this.settings.mode;
    local.setKeepLoaded(mode === 'hybrid');
    // A failed load is reported by the turn that needs the model; nothing to do with it here.
    if (mode !== 'remote' && this.options.preloadLocal !== false && !local.isLoaded) this.localPreload = local.warmUp().catch(() => undefined);
  }

  private retire(setup: ModelSetup, keepsLocal: boolean): void {
    setup.stopBackgroundWork();
    this.retiredSetups.add(setup);
    void setup.whenIdle().then(() => this.retiredSetups.delete(setup));
    const local = setup.local;
    if (keepsLocal || !local) return;
    // The same local model may be shared by several retired setups (a `/model` save keeps it): wait for all of them.
    const users = [...this.retiredSetups].filter((s) => s.local === local);
    const retired = Promise.all(users.map((s) => s.whenIdle())).then(() => local.dispose());
    this.retiring.add(retired);
    void retired.finally(() => this.retiring.delete(retired));
  }

  private fireStatus(): void {
    this.statusEmitter.fire(this.getStatus());
  }
}

function fileSize(path: string): number | null {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The host (and port) of a base URL: no path, user name, password or query can carry a secret out. */
function hostOf(baseUrl: string | null): string | null {
  if (!baseUrl) return null;
  try {
    return new URL(baseUrl).host || null;
  } catch {
    return null;
  }
}
