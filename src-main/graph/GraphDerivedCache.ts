// A value computed from the whole graph (a name index, a home snapshot), built lazily and dropped on any graph change.
// A change that lands while a build is running makes that build stale: it is returned to its callers but not kept.
import type { Disposable } from '../lifecycle/Disposable';
import type { GraphStore } from './GraphStore';

export class GraphDerivedCache<T> implements Disposable {
  private value: Promise<T> | undefined;
  private generation = 0;
  private readonly subscription: Disposable;

  constructor(
    store: GraphStore,
    private readonly build: () => Promise<T>,
  ) {
    this.subscription = store.onDidChange(() => {
      this.generation++;
      this.value = undefined;
    });
  }

  get(): Promise<T> {
    if (!this.value) {
      const generation = this.generation;
      const building = this.build();
      this.value = building;
      building.then(
        () => {
          if (this.generation !== generation && this.value === building) this.value = undefined;
        },
        () => {
          if (this.value === building) this.value = undefined;
        },
      );
    }
    return this.value;
  }

  dispose(): void {
    this.subscription.dispose();
    this.value = undefined;
  }
}
