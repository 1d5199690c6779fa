// The seam between ConversationSync and the approvals and audit tables: the per-owner records of the conversation
// extension (docs/protocol-conversations.md). Approvals merge last-writer-wins by version; audit entries are
// append-only (the first write stands, each id once). SqliteRecordSyncStore (src-main/approvals) implements it.
import type { ApprovalRecord, AuditRecord } from '../../src-shared/protocol/conversationSync';

export interface PendingRecords {
  approvals: ApprovalRecord[];
  audit: AuditRecord[];
}

export interface RecordAck {
  /** (id, version) pairs: an approval changed again since the push stays pending. */
  approvals: { id: string; version: string }[];
  audit: string[];
}

export interface AppliedRecords {
  approvals: number;
  audit: number;
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
