// Questions the assistant asked back ("When should I remind you…?", "Which one do you mean…?"), one per
// conversation, answered by the next turn or forgotten after a few minutes.
import type { ResponderAnswer } from '../chat/Responder';

/** `T` is the answering turn's state, handed to `resume` so the answer is recorded in that turn, not the asking one. */
export type PendingQuestion<T> =
  | { kind: 'reminder_when'; title: string; assignee: string | null }
  | { kind: 'reminder_title'; assignee: string | null; atMs?: number; recurrence?: string | null }
  | { kind: 'todo_title'; list: string | null }
  | { kind: 'choose'; choices: Array<{ label: string; id: string }>; resume: (id: string, turn: T) => Promise<ResponderAnswer> };

const TTL_MS = 10 * 60_000;
const MAX_CONVERSATIONS = 200;

export class PendingQuestions<T> {
  private readonly byConversation = new Map<string, { question: PendingQuestion<T>; askedAtMs: number }>();

  constructor(private readonly now: () => number) {}

  ask(conversationId: string, question: PendingQuestion<T>): void {
    this.byConversation.delete(conversationId);
    this.byConversation.set(conversationId, { question, askedAtMs: this.now() });
    // Bounded: the oldest questions go first.
    while (this.byConversation.size > MAX_CONVERSATIONS) this.byConversation.delete(this.byConversation.keys().next().value as string);
  }

  /** The open question of a conversation, removed: it is answered by this turn or not at all. */
  take(conversationId: string): PendingQuestion<T> | undefined {
    const entry = this.byConversation.get(conversationId);
    this.byConversation.delete(conversationId);
    if (!entry || this.now() - entry.askedAtMs > TTL_MS) return undefined;
    return entry.question;
  }
}
