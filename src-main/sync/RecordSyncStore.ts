// The seam between ConversationSync and the approvals, audit and settings tables: the per-owner records of the
// conversation extension (docs/protocol-conversations.md). Approvals and settings merge last-writer-wins by version;
// audit entries are append-only (the first write stands, each id once). SqliteRecordSyncStore (src-main/approvals)
// implements it.
import type { ApprovalRecord, AuditRecord, SettingRecord } from '../../src-shared/protocol/conversationSync';

export interface PendingRecords {
  approvals: ApprovalRecord[];
  audit: AuditRecord[];
  /** Household preferences only (a fixed list of keys), never secrets or per-device choices. */
  settings: SettingRecord[];
}

export interface RecordAck {
  /** (id, version) pairs: an approval changed again since the push stays pending. */
  approvals: { id: string; version: string }[];
  audit: string[];
  /** The pushed records themselves: a setting is synced at that version with that value. */
  settings: SettingRecord[];
}

export interface AppliedRecords {
  approvals: number;
  audit: number;
  settings: number;
  /** Pulled records whose body this client cannot store (a newer client's shape): skipped, logged. */
  refused: number;
}

export interface RecordSyncStore {
  /** At most `limit` of each kind, oldest first; a changed approval gets its new version here. */
  pendingRecords(limit: number): Promise<PendingRecords>;
  markRecordsPushed(ack: RecordAck): Promise<void>;
  /** Idempotent; a pending local approval is not overwritten (it is pushed next, with a later version). */
  applyPulledRecords(page: PendingRecords): Promise<AppliedRecords>;
}
