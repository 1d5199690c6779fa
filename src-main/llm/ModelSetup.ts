// One generation of the model configuration: the router built from one version of the settings, with the providers
// and health monitor it uses, and a count of the turns running on it. LlmService swaps setups when settings change;
// the old one is retired only when its last turn has finished, so a save, `/model` or a finished download never frees
// a model that a turn is still generating with (Zed's "cancellation by ownership").
import type { Disposable } from '../lifecycle/Disposable';
import type { HealthMonitor } from './HealthMonitor';
import type { LlmRouter } from './LlmRouter';
import type { LocalLlmProvider } from './LocalLlmProvider';

export class ModelSetup {
  private turns = 0;
  private idleWaiters: Array<() => void> = [];

  constructor(
    readonly router: LlmRouter,
    readonly local: LocalLlmProvider | null,
    private readonly health: HealthMonitor | null,
    private readonly subscriptions: Disposable[],
  ) {}

  get healthMonitor(): HealthMonitor | null {
    return this.health;
  }

  /** Marks a turn as running on this setup; call the returned function when it has settled. */
  beginTurn(): () => void {
    this.turns++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.turns--;
      if (this.turns === 0) for (const wake of this.idleWaiters.splice(0)) wake();
    };
  }

  /** Resolves when no turn runs on this setup. */
  whenIdle(): Promise<void> {
    if (this.turns === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops background work (health probes, status forwarding) at once; the providers are the owner's to release. */
  stopBackgroundWork(): void {
    for (const s of this.subscriptions.splice(0)) void s.dispose();
    this.health?.dispose();
    this.router.dispose();
  }
}
