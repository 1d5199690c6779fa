// The conversation step of a sync run, after the entity sync (docs/protocol-conversations.md): push pending
// conversations and messages (client UUIDs, so a re-send after a lost answer is harmless), then approvals, audit
// entries and household settings, clear exactly what the server acked, then pull from the extension's own cursor
// until `has_more` is false. A guest only pulls.
import type { Logger } from '../logging/Logger';
import type { ConversationSyncStore } from './ConversationSyncStore';
import type { InbetweeniesClient } from './InbetweeniesClient';
import type { RecordSyncStore } from './RecordSyncStore';

/** Messages per push request (the server takes up to 5000 records of a kind). */
const PUSH_MESSAGES = 1_000;
/** Approvals and audit entries per push request (of each kind). */
const PUSH_RECORDS = 1_000;

export interface ConversationSyncReport {
  pushed: { conversations: number; messages: number; approvals: number; audit: number; settings: number };
  pulled: { conversations: number; messages: number; tombstones: number; approvals: number; audit: number; settings: number };
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
  constructor(
    private readonly store: ConversationSyncStore,
    private readonly logger?: Logger,
    /** Approvals and audit entries; without it only conversations and messages sync. */
    private readonly records?: RecordSyncStore,
  ) {}

  async run(run: ConversationSyncRun): Promise<ConversationSyncReport> {
    const report: ConversationSyncReport = {
      pushed: { conversations: 0, messages: 0, approvals: 0, audit: 0, settings: 0 },
      pulled: { conversations: 0, messages: 0, tombstones: 0, approvals: 0, audit: 0, settings: 0 },
      rejected: 0,
    };
    if (run.canPush) {
      await this.push(run, report);
      await this.pushRecords(run, report);
    }
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

  private async pushRecords(run: ConversationSyncRun, report: ConversationSyncReport): Promise<void> {
    if (!this.records) return;
    for (;;) {
      run.signal?.throwIfAborted();
      const pending = await this.records.pendingRecords(PUSH_RECORDS);
      if (pending.approvals.length === 0 && pending.audit.length === 0 && pending.settings.length === 0) return;
      const cursor = await this.store.getCursor(run.serverId);
      const response = await run.client.chatSync({ device_id: run.deviceId, cursor, limit: 1, conversations: [], messages: [], approvals: pending.approvals, audit: pending.audit, settings: pending.settings }, run.signal);
      const ackedApprovals = new Set(response.applied.approvals);
      const ackedAudit = new Set(response.applied.audit);
      const ackedSettings = new Set(response.applied.settings);
      await this.records.markRecordsPushed({
        approvals: pending.approvals.filter((a) => ackedApprovals.has(a.id)).map((a) => ({ id: a.id, version: a.version })),
        audit: pending.audit.filter((e) => ackedAudit.has(e.id)).map((e) => e.id),
        settings: pending.settings.filter((s) => ackedSettings.has(s.key)),
      });
      report.pushed.settings += ackedSettings.size;
      report.pushed.approvals += ackedApprovals.size;
      report.pushed.audit += ackedAudit.size;
      report.rejected += response.rejected.length;
      const full = pending.approvals.length >= PUSH_RECORDS || pending.audit.length >= PUSH_RECORDS;
      if (ackedApprovals.size + ackedAudit.size === 0 || !full) return;
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
      if (this.records) {
        const records = await this.records.applyPulledRecords({ approvals: page.changes.approvals, audit: page.changes.audit, settings: page.changes.settings });
        report.pulled.approvals += records.approvals;
        report.pulled.settings += records.settings;
        report.pulled.audit += records.audit;
      }
      cursor = page.cursor;
      await this.store.setCursor(run.serverId, cursor);
      if (!page.has_more) return;
    }
  }
}
