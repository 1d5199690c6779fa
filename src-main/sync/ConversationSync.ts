// The conversation step of a sync run, after the entity sync (docs/protocol-conversations.md): push pending
// conversations and messages (client UUIDs, so a re-send after a lost answer is harmless), clear exactly what the
// server acked, then pull from the extension's own cursor until `has_more` is false. A guest only pulls.
import type { Logger } from '../logging/Logger';
import type { ConversationSyncStore } from './ConversationSyncStore';
import type { InbetweeniesClient } from './InbetweeniesClient';

/** Messages per push request (the server takes up to 5000 records of a kind). */
const PUSH_MESSAGES = 1_000;

export interface ConversationSyncReport {
  pushed: { conversations: number; messages: number };
  pulled: { conversations: number; messages: number; tombstones: number };
  /** Records the server refused (not ours, or a conversation it does not know): they stay pending. */
  rejected: number;
}

export interface ConversationSyncRun {
  client: InbetweeniesClient;
  serverId: string;
  deviceId: string;
  canPush: boolean;
  signal?: AbortSignal;
}

export class ConversationSync {
  constructor(private readonly store: ConversationSyncStore, private readonly logger?: Logger) {}

  async run(run: ConversationSyncRun): Promise<ConversationSyncReport> {
    const report: ConversationSyncReport = { pushed: { conversations: 0, messages: 0 }, pulled: { conversations: 0, messages: 0, tombstones: 0 }, rejected: 0 };
    if (run.canPush) await this.push(run, report);
    await this.pull(run, report);
    return report;
  }

  private async push(run: ConversationSyncRun, report: ConversationSyncReport): Promise<void> {
    for (;;) {
      run.signal?.throwIfAborted();
      const pending = await this.store.pending(PUSH_MESSAGES);
      if (pending.conversations.length === 0 && pending.messages.length === 0) return;
      // limit 1: this request is for the push; the pull below pages from the stored cursor.
      const cursor = await this.store.getCursor(run.serverId);
      const response = await run.client.chatSync({ device_id: run.deviceId, cursor, limit: 1, conversations: pending.conversations, messages: pending.messages, approvals: [], audit: [], settings: [] }, run.signal);
      const ackedConversations = new Set(response.applied.conversations);
      const ackedMessages = new Set(response.applied.messages);
      await this.store.markPushed({
        conversations: pending.conversations.filter((c) => ackedConversations.has(c.id)).map((c) => ({ id: c.id, version: c.version })),
        messages: pending.messages.filter((m) => ackedMessages.has(m.id)).map((m) => ({ id: m.id, deleted: m.deleted })),
      });
      report.pushed.conversations += ackedConversations.size;
      report.pushed.messages += ackedMessages.size;
      report.rejected += response.rejected.length;
      if (response.rejected.length > 0) this.logger?.warn('conversation sync: records refused, left pending', { rejected: response.rejected.slice(0, 20) });
      // Stop when this round cleared nothing new: what is left was refused and waits for the next run.
      if (ackedMessages.size === 0 || pending.messages.length < PUSH_MESSAGES) return;
    }
  }

  private async pull(run: ConversationSyncRun, report: ConversationSyncReport): Promise<void> {
    let cursor = await this.store.getCursor(run.serverId);
    for (;;) {
      run.signal?.throwIfAborted();
      const page = await run.client.chatSync({ device_id: run.deviceId, cursor, conversations: [], messages: [], approvals: [], audit: [], settings: [] }, run.signal);
      const applied = await this.store.applyPulled(page.changes);
      report.pulled.conversations += applied.conversations;
      report.pulled.messages += applied.messages;
      report.pulled.tombstones += applied.tombstones;
      cursor = page.cursor;
      await this.store.setCursor(run.serverId, cursor);
      if (!page.has_more) return;
    }
  }
}
