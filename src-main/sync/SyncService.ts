// The sync feature as the app and the CLI use it: login/logout, one sync at a time (engine + scheduler), the status
// the UI shows, the "pull now" channel and the conflicts list. Built once in services.ts.
import { AppError } from '../../src-shared/errors';
import type { StatusSnapshot } from '../../src-preload/contract';
import type { SyncConflictView, SyncConnectionTestView, SyncReportView, SyncStatusView } from '../../src-preload/contract/syncViews';
import type { Disposable } from '../lifecycle/Disposable';
import { Emitter, type Event } from '../lifecycle/Emitter';
import type { Logger } from '../logging/Logger';
import type { Outbox } from '../outbox/Outbox';
import type { SecretStore } from '../platform/Platform';
import { HomeServerSession, type LoginMethod } from './HomeServerSession';
import { isNotLoggedIn } from './homeServerErrors';
import { PullNowChannel } from './PullNowChannel';
import type { ConversationSync } from './ConversationSync';
import { SyncEngine, type SyncProgress, type SyncReport } from './SyncEngine';
import { SyncScheduler, type SyncTrigger } from './SyncScheduler';
import type { ConflictSide, SyncLocalStore } from './SyncLocalStore';

export interface SyncServiceOptions {
  store: SyncLocalStore;
  outbox: Outbox;
  secrets: SecretStore;
  logger?: Logger;
  isOnline: () => boolean;
  /** Background sync (start, interval, local writes, pull now). The CLI runs one sync and leaves: false. */
  background: boolean;
  intervalMs?: number;
  fetch?: typeof fetch;
  /** Conversation sync, run after the entity sync. */
  conversations?: ConversationSync;
  /** After each successful sync (the graph's freshness label: synced_at, source). */
  onDidSync?: (report: SyncReport) => Promise<void>;
}

export class SyncService implements Disposable {
  readonly session: HomeServerSession;
  private readonly engine: SyncEngine;
  private readonly scheduler: SyncScheduler;
  private readonly onDidChangeEmitter = new Emitter<void>();
  readonly onDidChange: Event<void> = this.onDidChangeEmitter.event;
  private running = false;
  private progress: SyncProgress | null = null;
  private lastProgressFireMs = 0;
  private lastError: SyncStatusView['lastError'] = null;
  private lastReport: SyncReport | null = null;
  private pullNow: PullNowChannel | undefined;
  /** The last computed status, for the synchronous status-bar source. */
  private cachedStatus: SyncStatusView | undefined;

  constructor(private readonly options: SyncServiceOptions) {
    this.session = new HomeServerSession({ secrets: options.secrets, ...(options.fetch ? { fetch: options.fetch } : {}) });
    this.engine = new SyncEngine({ store: options.store, outbox: options.outbox, session: this.session, ...(options.logger ? { logger: options.logger } : {}), ...(options.conversations ? { conversations: options.conversations } : {}) });
    this.scheduler = new SyncScheduler({
      run: async (trigger) => {
        await this.runSync({ full: false }, trigger);
      },
      canRun: async () => this.options.isOnline() && (await this.session.credentials()) !== undefined,
      ...(options.intervalMs ? { intervalMs: options.intervalMs } : {}),
    });
  }

  /** Starts background sync (the app and browser mode). */
  async start(): Promise<void> {
    if (!this.options.background) return;
    this.scheduler.start();
    await this.connectPullNow();
  }

  notifyOnline(online: boolean): void {
    this.scheduler.notifyOnline(online);
    this.fire();
  }

  notifyLocalWrite(): void {
    // The engine's own queue updates (acks, parks) are not new local work.
    if (this.options.background && !this.running) this.scheduler.notifyLocalWrite();
  }

  async login(serverUrl: string, method: LoginMethod): Promise<SyncStatusView> {
    await this.session.login(serverUrl, method);
    this.lastError = null;
    this.lastReport = null;
    if (this.options.background) {
      await this.connectPullNow();
      void this.scheduler.trigger('manual');
    }
    this.fire();
    return this.status();
  }

  async logout(): Promise<SyncStatusView> {
    await this.session.logout();
    this.pullNow?.dispose();
    this.pullNow = undefined;
    this.lastError = null;
    this.fire();
    return this.status();
  }

  /** One sync now (waits for a running one first); errors are also kept for the status. */
  async syncNow(options: { full?: boolean } = {}): Promise<SyncReport> {
    return this.runSync(options, 'manual');
  }

  private async runSync(options: { full?: boolean }, trigger: SyncTrigger): Promise<SyncReport> {
    while (this.running) await new Promise<void>((resolve) => { const d = this.onDidChange(() => { d.dispose(); resolve(); }); });
    this.running = true;
    this.progress = { phase: 'probe', done: 0 };
    this.fire();
    try {
      this.session.invalidate(); // the CLI may have logged in or out since
      const report = await this.engine.sync({
        ...(options.full ? { full: true } : {}),
        onProgress: (p) => {
          this.progress = p;
          // Progress of a large pull arrives per page: the UI needs a few updates a second, not hundreds.
          const now = Date.now();
          if (now - this.lastProgressFireMs < 250) return;
          this.lastProgressFireMs = now;
          this.fire();
        },
      });
      this.lastReport = report;
      this.lastError = null;
      await this.options.onDidSync?.(report);
      this.options.logger?.info('sync finished', { trigger, pushed: report.pushed, pulled: report.pulled, conflicts: report.conflicts, parked: report.parked.length, digest_matched: report.digest.matched });
      return report;
    } catch (error) {
      const shape = error instanceof AppError ? { type: error.type, message: error.message, retryable: error.retryable } : { type: 'internal', message: String((error as Error)?.message ?? error), retryable: false };
      this.lastError = shape;
      this.options.logger?.warn('sync failed', { trigger, error: shape });
      throw error;
    } finally {
      this.running = false;
      this.progress = null;
      this.fire();
    }
  }

  async test(serverUrl?: string): Promise<SyncConnectionTestView> {
    const credentials = await this.session.credentials();
    const url = serverUrl ?? credentials?.serverUrl;
    if (!url) return { reachable: false, loggedIn: false, message: 'No home server set.' };
    const sameServer = credentials !== undefined && (serverUrl === undefined || this.session.clientFor(serverUrl).baseUrl === credentials.serverUrl);
    const client = this.session.clientFor(url, sameServer ? credentials?.accessToken : undefined);
    if (!(await client.isHealthy())) return { reachable: false, loggedIn: false, message: `No answer from ${client.baseUrl}.` };
    if (!sameServer) return { reachable: true, loggedIn: false, message: `${client.baseUrl} answers; log in to sync with it.` };
    try {
      const me = await client.me();
      return { reachable: true, loggedIn: true, message: `Connected to ${client.baseUrl} as ${me.user_id} (${me.role}).` };
    } catch (error) {
      return { reachable: true, loggedIn: false, message: isNotLoggedIn(error) ? 'The server answers but no longer accepts our token: log in again.' : (error as Error).message };
    }
  }

  /** The status bar's home-server cell (StatusService asks synchronously; refreshed on every change). */
  homeServerStatus(): StatusSnapshot['homeServer'] {
    const s = this.cachedStatus;
    if (!s || !s.serverUrl) return { state: 'not_configured' };
    const state = s.state === 'offline' ? 'offline' : s.state === 'error' || s.state === 'not_logged_in' ? 'degraded' : 'healthy';
    return { state, url: s.serverUrl, ...(s.lastSyncAt ? { lastSyncedAt: s.lastSyncAt } : {}) };
  }

  async status(): Promise<SyncStatusView> {
    this.cachedStatus = await this.computeStatus();
    return this.cachedStatus;
  }

  private async computeStatus(): Promise<SyncStatusView> {
    const credentials = await this.session.credentials();
    const [pending, counts, conflicts] = await Promise.all([this.options.store.pendingChanges(), this.options.outbox.counts(), this.options.store.listConflicts()]);
    const state = credentials ? await this.options.store.getSyncState(credentials.serverUrl) : null;
    const parked = Object.values(counts).reduce((sum, c) => sum + c.parked, 0);
    const online = this.options.isOnline();
    const stateName: SyncStatusView['state'] = !credentials ? 'not_configured'
      : this.running ? 'syncing'
      : this.lastError && this.lastError.type === 'forbidden' ? 'not_logged_in'
      : this.lastError && this.lastError.type === 'unavailable' ? 'offline'
      : !online ? 'offline'
      : this.lastError ? 'error'
      : state?.lastSyncAt ? 'synced' : 'idle';
    return {
      state: stateName,
      serverUrl: credentials?.serverUrl ?? null,
      role: credentials?.role ?? null,
      userId: credentials?.userId ?? null,
      online,
      lastSyncAt: state?.lastSyncAt ?? null,
      lastError: this.lastError,
      pending: { entities: pending.entities.length, relationships: pending.relationships.length, byKind: counts },
      conflicts: conflicts.filter((c) => !c.resolved).length,
      parked,
      digestMatched: state?.lastDigestMatched ?? null,
      progress: this.progress ? { phase: this.progress.phase, done: this.progress.done, total: this.progress.total ?? null } : null,
      secretsEncrypted: this.options.secrets.isEncrypted,
    };
  }

  async conflicts(includeResolved = false): Promise<SyncConflictView[]> {
    const records = await this.options.store.listConflicts({ includeResolved });
    return records.map((c) => ({ id: c.id, entityId: c.entityId, entityName: c.entityName, localVersion: c.localVersion, remoteVersion: c.remoteVersion, winner: c.winner, strategy: c.strategy, recordedAt: c.recordedAt, resolved: c.resolved, mine: c.mine ? sideView(c.mine) : null, theirs: c.theirs ? sideView(c.theirs) : null }));
  }

  async keepMine(conflictId: number): Promise<{ resolved: true }> {
    await this.options.store.keepMine(conflictId);
    this.notifyLocalWrite();
    this.fire();
    return { resolved: true };
  }

  async dismissConflict(conflictId: number): Promise<{ resolved: true }> {
    await this.options.store.dismissConflict(conflictId);
    this.fire();
    return { resolved: true };
  }

  get lastSync(): SyncReport | null {
    return this.lastReport;
  }

  private async connectPullNow(): Promise<void> {
    this.pullNow?.dispose();
    this.pullNow = undefined;
    const credentials = await this.session.credentials();
    if (!credentials) return;
    this.pullNow = new PullNowChannel({
      url: this.session.clientFor(credentials.serverUrl).pullNowUrl(),
      token: credentials.accessToken,
      onPullNow: () => void this.scheduler.trigger('pull_now'),
    });
  }

  private fire(): void {
    this.onDidChangeEmitter.fire();
  }

  dispose(): void {
    this.scheduler.dispose();
    this.pullNow?.dispose();
    this.onDidChangeEmitter.dispose();
  }
}

/** One side of a conflict as the UI's diff compares it (a tombstone shows as content.deleted). */
function sideView(side: ConflictSide): Record<string, unknown> {
  return { name: side.name, entity_type: side.entityType, content: side.content };
}

export function toReportView(report: SyncReport): SyncReportView {
  return { full: report.full, pushed: report.pushed, pulled: report.pulled, conflicts: report.conflicts, parked: report.parked, digest: report.digest, finishedAt: report.finishedAt };
}
