import type { Disposable } from './Disposable';

/** A typed event: subscribing returns a disposable (cockatiel / VS Code style). */
export type Event<T> = (listener: (value: T) => void) => Disposable;

export class Emitter<T> implements Disposable {
  private listeners = new Set<(value: T) => void>();

  readonly event: Event<T> = (listener) => {
    this.listeners.add(listener);
    return { dispose: () => void this.listeners.delete(listener) };
  };

  fire(value: T): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(value);
      } catch (error) {
        // A failing listener must not stop the others or the writer that fired the event.
        console.error('[emitter] listener failed', error);
      }
    }
  }

  dispose(): void {
    this.listeners.clear();
  }
}
