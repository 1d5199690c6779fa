// "New data, pull now" for WebSocket clients. In one process the notifier is a plain fan-out; with PostgreSQL,
// PostgresPullNotifier also relays through LISTEN/NOTIFY so a push to one server process wakes clients of the others.
export interface PullEvent {
  scope: 'graph' | 'chat';
  /** Only these users need to pull (chat); absent = everyone (graph). */
  userIds?: string[];
}

export interface PullNotifier {
  publish(event: PullEvent): void;
  subscribe(listener: (event: PullEvent) => void): () => void;
  close(): Promise<void>;
}

export class LocalPullNotifier implements PullNotifier {
  private readonly listeners = new Set<(event: PullEvent) => void>();

  publish(event: PullEvent): void {
    this.deliver(event);
  }

  protected deliver(event: PullEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // One broken socket must not stop the others from hearing about the push.
      }
    }
  }

  subscribe(listener: (event: PullEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
