// Recent chat turns as timings and counts, for the telemetry panel (ARCHITECTURE.md "Telemetry"). Kept in memory
// only: the figures describe this run of the app, and nothing of a question or an answer is recorded.
import type { TurnTimingView } from '../../src-preload/contract';
import type { ToolCallRecord } from '../../src-shared/protocol/conversationViews';

export interface FinishedTurn {
  correlationId: string;
  outcome: 'answered' | 'stopped';
  provider: string;
  model: string | null;
  firstTokenMs: number | null;
  totalMs: number;
  toolCalls: readonly ToolCallRecord[];
  fallbackReason: string | null;
  interrupted: boolean;
}

/** What ChatService tells about its turns (a port: the chat feature does not know who listens). */
export interface TurnObserver {
  turnFinished(turn: FinishedTurn): void;
  turnFailed(turn: { correlationId: string; totalMs: number; errorType: string }): void;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export class TurnTelemetry implements TurnObserver {
  private readonly turns: TurnTimingView[] = [];
  private readonly errors = new Map<string, number>();
  readonly since: string;

  constructor(
    private readonly capacity = 50,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.since = now().toISOString();
  }

  turnFinished(turn: FinishedTurn): void {
    const tools = turn.toolCalls.map((t) => ({ name: t.name, ok: t.ok, duration_ms: t.duration_ms ?? null }));
    this.push({
      correlation_id: turn.correlationId,
      at: this.now().toISOString(),
      outcome: turn.outcome,
      provider: turn.provider,
      model: turn.model,
      first_token_ms: turn.firstTokenMs,
      total_ms: round(turn.totalMs),
      tools,
      tools_ms: round(tools.reduce((sum, t) => sum + (t.duration_ms ?? 0), 0)),
      fallback_reason: turn.fallbackReason,
      error_type: null,
    });
    if (turn.fallbackReason) this.count(turn.provider === 'none' ? 'no model could answer' : 'answered by a fallback');
    if (turn.interrupted) this.count('reply interrupted');
    if (turn.outcome === 'stopped') this.count('stopped by the user');
    for (const t of tools) if (!t.ok) this.count(`tool failed: ${t.name}`);
  }

  turnFailed(turn: { correlationId: string; totalMs: number; errorType: string }): void {
    this.push({
      correlation_id: turn.correlationId, at: this.now().toISOString(), outcome: 'failed', provider: 'none', model: null,
      first_token_ms: null, total_ms: round(turn.totalMs), tools: [], tools_ms: 0, fallback_reason: null, error_type: turn.errorType,
    });
    this.count(`turn failed: ${turn.errorType}`);
  }

  /** Newest first. */
  recentTurns(): TurnTimingView[] {
    return [...this.turns].reverse();
  }

  /** Most frequent first. */
  errorCounts(): Array<{ kind: string; count: number }> {
    return [...this.errors].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
  }

  private push(turn: TurnTimingView): void {
    this.turns.push(turn);
    if (this.turns.length > this.capacity) this.turns.splice(0, this.turns.length - this.capacity);
  }

  private count(kind: string): void {
    this.errors.set(kind, (this.errors.get(kind) ?? 0) + 1);
  }
}
