// The status bar's truth: network, home server, language models and the local graph, pushed on every change.
import type { ServiceState, StatusSnapshot } from '../../src-preload/contract';
import type { EventBus } from '../api/EventBus';
import type { GraphStore } from '../graph/GraphStore';
import type { Disposable } from '../lifecycle/Disposable';
import type { Platform } from '../platform/Platform';

export interface LlmStatusSource {
  getStatus(): StatusSnapshot['llm'];
}

export interface HomeServerStatusSource {
  getStatus(): StatusSnapshot['homeServer'];
}

export class StatusService implements Disposable {
  private readonly subscriptions: Disposable[] = [];
  private last?: string;
  private publishing: Promise<void> | undefined;
  private publishAgain = false;
  private followUp: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly deps: {
      platform: Platform;
      store: GraphStore;
      events: EventBus;
      llm?: LlmStatusSource;
      homeServer?: HomeServerStatusSource;
      /** Least time between two snapshots in a burst of changes (the first one is immediate). */
      burstIntervalMs?: number;
    },
  ) {
    this.subscriptions.push(
      deps.platform.onDidChangeOnline(() => void this.publish()),
      deps.store.onDidChange(() => void this.publish()),
    );
  }

  async get(): Promise<StatusSnapshot> {
    const { store, platform } = this.deps;
    const [stats, source, syncedAt] = await Promise.all([store.getStats(), store.getMeta('source'), store.getMeta('synced_at')]);
    const graph: StatusSnapshot['graph'] = {
      entityCount: stats.entityCount,
      relationshipCount: stats.relationshipCount,
      pendingCount: stats.pendingEntityCount + stats.pendingRelationshipCount,
      source: source ?? 'empty',
    };
    if (syncedAt) graph.syncedAt = syncedAt;
    return {
      network: platform.isOnline() ? 'online' : 'offline',
      homeServer: this.deps.homeServer?.getStatus() ?? { state: 'not_configured' },
      llm: this.deps.llm?.getStatus() ?? { mode: 'hybrid', remote: 'not_configured', local: 'not_configured' },
      graph,
    };
  }

  /** One line per service, for `/status`, the CLI and the envelope's `service_status`. */
  async describe(): Promise<string> {
    const s = await this.get();
    return [
      `Network: ${s.network}`,
      `Home server: ${label(s.homeServer.state)}${s.homeServer.url ? ` (${s.homeServer.url})` : ''}`,
      `Language model: mode ${s.llm.mode}; remote ${label(s.llm.remote)}${s.llm.breaker ? ` (circuit ${s.llm.breaker.replace('_', '-')}${s.llm.nextProbeAt ? `, retrying in ${secondsUntil(s.llm.nextProbeAt)} s` : ''})` : ''}; local ${label(s.llm.local)}`,
      `Home graph: ${s.graph.entityCount} entities, ${s.graph.relationshipCount} relationships, ${s.graph.pendingCount} pending; source ${s.graph.source}${s.graph.syncedAt ? `, synced ${s.graph.syncedAt}` : ''}`,
    ].join('\n');
  }

  /** Short form for the reply envelope. */
  summary(snapshot: StatusSnapshot): string {
    return `network ${snapshot.network}; home server ${label(snapshot.homeServer.state)}; llm ${snapshot.llm.mode} (remote ${label(snapshot.llm.remote)}, local ${label(snapshot.llm.local)})`;
  }

  /**
   * Bursts (a large sync applies a page every few milliseconds) are coalesced: one snapshot at a time, and one more
   * after it, no sooner than `burstIntervalMs`, when something changed meanwhile. Counting the edges of a 20k-entity
   * graph takes tens of milliseconds, so a snapshot per page made a full pull five times slower than the wire.
   */
  publish(): Promise<void> {
    if (this.publishing || this.followUp) {
      this.publishAgain = true;
      return this.publishing ?? Promise.resolve();
    }
    this.publishing = this.publishNow().finally(() => {
      this.publishing = undefined;
      if (!this.publishAgain) return;
      this.publishAgain = false;
      this.followUp = setTimeout(() => {
        this.followUp = undefined;
        void this.publish();
      }, this.deps.burstIntervalMs ?? 500);
    });
    return this.publishing;
  }

  private async publishNow(): Promise<void> {
    const snapshot = await this.get();
    const key = JSON.stringify(snapshot);
    if (key === this.last) return;
    this.last = key;
    this.deps.events.publish('status.didChange', snapshot);
  }

  dispose(): void {
    if (this.followUp) clearTimeout(this.followUp);
    this.followUp = undefined;
    for (const s of this.subscriptions) void s.dispose();
  }
}

function label(state: ServiceState): string {
  return state === 'not_configured' ? 'not configured' : state;
}

/** Whole seconds from now until an ISO time, never negative. */
function secondsUntil(iso: string, now: number = Date.now()): number {
  return Math.max(0, Math.ceil((Date.parse(iso) - now) / 1000));
}
