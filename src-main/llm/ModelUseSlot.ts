// The local model has one context sequence, so it serves one user (a turn, a prefill, a warm-up) at a time, in
// arrival order. When the last user leaves, an idle countdown starts; when it runs out with nobody inside, the owner
// is told (LocalLlmProvider unloads the model then, to give the RAM back).
export class ModelUseSlot {
  private tail: Promise<void> = Promise.resolve();
  private inside = 0;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;

  /** `idleMs` returns the countdown (≤ 0: never idle out) and is asked each time, so the owner can hold the model. */
  constructor(
    private readonly idleMs: () => number,
    private readonly onIdle: () => void,
  ) {}

  /** Whether someone is using the model or waiting for it. */
  get busy(): boolean {
    return this.inside > 0;
  }

  /** Resolves once everyone who entered so far has left. */
  drained(): Promise<void> {
    return this.tail;
  }

  /** Waits for the users before this one; resolves to the release (safe to call twice). */
  async enter(): Promise<() => void> {
    this.cancelIdle();
    this.inside++;
    const previous = this.tail;
    let releaseTurn!: () => void;
    this.tail = new Promise<void>((resolve) => (releaseTurn = resolve));
    await previous;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inside--;
      releaseTurn();
      if (this.inside === 0) this.startIdle();
    };
  }

  /** Starts (or restarts) the idle countdown, unless the model is in use or held. */
  startIdle(): void {
    const ms = this.idleMs();
    this.cancelIdle();
    if (ms <= 0 || this.inside > 0) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.inside === 0) this.onIdle();
    }, ms);
    this.idleTimer.unref?.();
  }

  cancelIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}
