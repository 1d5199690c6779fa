/** Anything that holds a resource (a database, a server, a timer) and must be released on quit. */
export interface Disposable {
  dispose(): void | Promise<void>;
}

/** Owns disposables and releases them in reverse order of registration (last acquired, first released). */
export class DisposableStore implements Disposable {
  private readonly items: Disposable[] = [];
  private disposed = false;

  add<T extends Disposable>(item: T): T {
    if (this.disposed) throw new Error('DisposableStore is already disposed');
    this.items.push(item);
    return item;
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    for (const item of this.items.reverse()) await item.dispose();
  }
}

export function toDisposable(dispose: () => void | Promise<void>): Disposable {
  return { dispose };
}
