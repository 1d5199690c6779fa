// The rolling summary of a long conversation: what the model no longer sees because its history window moved on.
// Updated incrementally on each model turn: only the messages that dropped out of the window since the last update
// are read (a walk back along the active branch that stops at the last message already covered). A switch to another
// branch, or a walk that hits its cap, rebuilds from what the walk read instead.
import type { ChatMessage } from '../../src-preload/contract';
import type { SqliteDatabase } from '../store/openDatabase';
import { extractSummaryPoints, mergeSummaryPoints, renderSummary, type SummaryPoint } from './extractSummaryPoints';

export interface ConversationSummary {
  text: string;
  /** How many older messages the summary was drawn from. */
  coveredCount: number;
}

/** The summary's size in the prompt, ≈ 300 tokens: less than a fifth of the history budget. */
const SUMMARY_BUDGET_CHARS = 1200;
/** One update reads at most this many dropped messages: a 10k-message conversation's first summary stays cheap. */
const MAX_WALK = 2000;

interface StoredSummary {
  points: string;
  covered_through_id: string;
  covered_count: number;
}

export class SqliteConversationSummaries {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Brings the summary up to date with everything on the active branch before `oldestKept` (the first message of the
   * model's history window) and returns it; null when nothing has dropped out of the window or nothing was worth keeping.
   */
  update(conversationId: string, oldestKept: Pick<ChatMessage, 'parent_id'>): ConversationSummary | null {
    const newestDropped = oldestKept.parent_id;
    if (!newestDropped) return null;
    const stored = this.db.prepare('SELECT points, covered_through_id, covered_count FROM conversation_summaries WHERE conversation_id = ?').get(conversationId) as StoredSummary | undefined;
    if (stored?.covered_through_id === newestDropped) return toSummary(JSON.parse(stored.points) as SummaryPoint[], stored.covered_count);

    const dropped = this.db
      .prepare(
        `WITH RECURSIVE path(id, parent_id, depth) AS (
           SELECT id, parent_id, 0 FROM messages WHERE id = ? AND conversation_id = ? AND deleted_at IS NULL AND id IS NOT ?
           UNION ALL
           SELECT m.id, m.parent_id, p.depth + 1 FROM messages m JOIN path p ON m.id = p.parent_id
           WHERE m.id IS NOT ? AND p.depth + 1 < ? AND m.deleted_at IS NULL
         )
         SELECT m.id, m.role, m.text, m.parent_id FROM path JOIN messages m ON m.id = path.id ORDER BY path.depth DESC`,
      )
      .all(newestDropped, conversationId, stored?.covered_through_id ?? null, stored?.covered_through_id ?? null, MAX_WALK) as unknown as Array<Pick<ChatMessage, 'id' | 'role' | 'text' | 'parent_id'>>;
    if (dropped.length === 0) return null;
    const incremental = stored !== undefined && dropped[0]?.parent_id === stored.covered_through_id;
    const earlier = incremental ? (JSON.parse(stored.points) as SummaryPoint[]) : [];
    const points = mergeSummaryPoints(earlier, extractSummaryPoints(dropped), SUMMARY_BUDGET_CHARS);
    const coveredCount = (incremental ? stored.covered_count : 0) + dropped.length;
    this.db
      .prepare(
        `INSERT INTO conversation_summaries (conversation_id, points, covered_through_id, covered_count, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(conversation_id) DO UPDATE SET points = excluded.points, covered_through_id = excluded.covered_through_id,
           covered_count = excluded.covered_count, updated_at = excluded.updated_at`,
      )
      .run(conversationId, JSON.stringify(points), newestDropped, coveredCount, this.now().toISOString());
    return toSummary(points, coveredCount);
  }
}

function toSummary(points: readonly SummaryPoint[], coveredCount: number): ConversationSummary | null {
  return points.length ? { text: renderSummary(points), coveredCount } : null;
}
