// How fast the local model evaluates prompt tokens at the recent positions of its sequence, measured from prefill
// chunks and first-token evaluations, and what follows from it: the cap on a failover turn's new message and the size
// of a prefill chunk that a turn can wait out.

/** The question with a line of context always fits, whatever the measured speed. */
export const NEWEST_FLOOR_TOKENS = 48;
/** A prefill stops between chunks of about this long, so a turn waits at most that for the model. */
const PREFILL_CHUNK_MS = 40;

export class EvaluationSpeed {
  /** Smoothed ms per token, or null before a measurement. */
  private msPerToken: number | null = null;

  /** Smoothed, so one slow chunk (another process on the core) does not halve the next turn's context. */
  note(tokens: number, ms: number): void {
    if (tokens < 8) return;
    const rate = ms / tokens;
    this.msPerToken = this.msPerToken === null ? rate : 0.5 * this.msPerToken + 0.5 * rate;
  }

  /** Tokens that fit `budgetMs` of evaluation (never below the floor); no cap with no budget or before a measurement. */
  tokensWithin(budgetMs: number): number {
    if (budgetMs <= 0 || this.msPerToken === null) return Number.POSITIVE_INFINITY;
    return Math.max(NEWEST_FLOOR_TOKENS, Math.floor(budgetMs / this.msPerToken));
  }

  prefillChunkTokens(): number {
    return this.msPerToken === null ? 16 : Math.min(256, Math.max(8, Math.floor(PREFILL_CHUNK_MS / this.msPerToken)));
  }
}
