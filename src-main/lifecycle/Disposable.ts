/** Anything that holds a resource (a database, a server, a timer) and must be released on quit. */
export interface Disposable {
  dispose(): void | Promise<void>;
}

/**
 * Owns disposables and releases them in reverse order of registration (last acquired, first released).
 * One failing item never stops the others (VS Code's DisposableStore): the database registered first is always
 * closed, whatever threw before it. Every failure is reported together once all items have been released.
 */
export class DisposableStore implements Disposable {
  private readonly items: Disposable[] = [];
  private disposing: Promise<void> | undefined;

  add<T extends Disposable>(item: T): T {
    if (this.disposing) throw new Error('DisposableStore is already disposed');
    this.items.push(item);
    return item;
  }

  /** Resolves when every item is released; rejects with the one error, or an AggregateError of all of them. */
  dispose(): Promise<void> {
    this.disposing ??= this.disposeAll();
    return this.disposing;
  }

  private async disposeAll(): Promise<void> {
    const errors: unknown[] = [];
    for (const item of this.items.splice(0).reverse()) {
      try {
        await item.dispose();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, `${errors.length} resources failed to close`);
  }
}

export function toDisposable(dispose: () => void | Promise<void>): Disposable {
  return { dispose };
}
