// RecordSyncStore over SQLite: action proposals (sync_version / sync_pending, approval migration 220, whose trigger
// marks every local change), audit entries (audit_synced, audit migration 215) and household settings (what the
// server has of each key, in graph_meta: a key is pending while its stored value differs from the synced one). A record's body is its row minus
// the local-only columns, read by column name so a column added later travels without changes here; a pulled body
// is stored only in the columns this client has.
import { z } from 'zod';
import type { ApprovalRecord, AuditRecord, SettingRecord } from '../../src-shared/protocol/conversationSync';
import { compareVersions } from '../../src-shared/protocol/version';
import { Emitter, type Event } from '../lifecycle/Emitter';
import type { Logger } from '../logging/Logger';
import type { SqliteSettingsStore } from '../settings/SqliteSettingsStore';
import type { SqliteDatabase } from '../store/openDatabase';
import { transaction } from '../store/transaction';
import type { AppliedRecords, PendingRecords, RecordAck, RecordSyncStore } from '../sync/RecordSyncStore';

type Row = Record<string, string | number | null>;

const LOCAL_ONLY = new Set(['seq', 'sync_version', 'sync_pending']);
/**
 * Settings that belong to the household, not to one device: the personas and what to do with questions answered
 * offline. Never the session, the model provider (its key lives beside it), voice or desktop choices.
 */
export const SYNCED_SETTING_KEYS: readonly string[] = ['assistant.personas', 'outbox'];
const SETTING_SYNC_PREFIX = 'setting_sync:';
const bodySchema = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));

export class SqliteRecordSyncStore implements RecordSyncStore {
  private readonly onDidPullApprovalsEmitter = new Emitter<string[]>();
  /** Ids of proposals a pull changed, after the commit (open cards refresh as they would after a local decision). */
  readonly onDidPullApprovals: Event<string[]> = this.onDidPullApprovalsEmitter.event;

  constructor(
    private readonly db: SqliteDatabase,
    /** Mints the version a locally changed approval is pushed at. */
    private readonly mintVersion: () => string,
    /** The synced keys' values live in the app's settings, read and written as the settings store does. */
    private readonly settings: SqliteSettingsStore,
    private readonly logger?: Logger,
  ) {}

  async pendingRecords(limit: number): Promise<PendingRecords> {
    return transaction(this.db, () => {
      const proposals = this.db.prepare('SELECT * FROM action_proposals WHERE sync_pending = 1 ORDER BY seq LIMIT ?').all(limit) as Row[];
      const setVersion = this.db.prepare('UPDATE action_proposals SET sync_version = ? WHERE seq = ?');
      const approvals: ApprovalRecord[] = proposals.map((row) => {
        // Minted once per local change: a re-send after a lost answer carries the same version.
        let version = row.sync_version as string | null;
        if (version === null) {
          version = this.mintVersion();
          setVersion.run(version, row.seq);
        }
        return { id: String(row.id), version, body: bodyOf(row) };
      });
      const entries = this.db
        .prepare('SELECT a.* FROM audit_log a WHERE NOT EXISTS (SELECT 1 FROM audit_synced s WHERE s.id = a.id) ORDER BY a.seq LIMIT ?')
        .all(limit) as Row[];
      const audit: AuditRecord[] = entries.map((row) => ({ id: String(row.id), body: bodyOf(row) }));
      // A fresh version per push of a changed value: a lost answer re-sends at a later version, which LWW accepts.
      const settings: SettingRecord[] = SYNCED_SETTING_KEYS.flatMap((key) => {
        const value = this.settings.readText(key);
        return value !== undefined && value !== this.syncedSetting(key)?.value ? [{ key, value: JSON.parse(value) as unknown, version: this.mintVersion() }] : [];
      });
      return { approvals, audit, settings };
    });
  }

  async markRecordsPushed(ack: RecordAck): Promise<void> {
    transaction(this.db, () => {
      const approval = this.db.prepare('UPDATE action_proposals SET sync_pending = 0 WHERE id = ? AND sync_version = ?');
      for (const a of ack.approvals) approval.run(a.id, a.version);
      const audit = this.db.prepare('INSERT OR IGNORE INTO audit_synced (id) VALUES (?)');
      for (const id of ack.audit) audit.run(id);
      for (const s of ack.settings) this.setSyncedSetting(s.key, { version: s.version, value: JSON.stringify(s.value) });
    });
  }

  async applyPulledRecords(page: PendingRecords): Promise<AppliedRecords> {
    const result: AppliedRecords = { approvals: 0, audit: 0, settings: 0, refused: 0 };
    const changed: string[] = [];
    const refuse = (kind: string, id: string, error: unknown): void => {
      result.refused++;
      this.logger?.warn('conversation sync: a pulled record could not be stored', { kind, id, err: error });
    };
    transaction(this.db, () => {
      const proposalColumns = this.columns('action_proposals');
      const auditColumns = this.columns('audit_log');
      for (const a of page.approvals) {
        try {
          if (this.applyApproval(a, proposalColumns)) {
            result.approvals++;
            changed.push(a.id);
          }
        } catch (error) {
          refuse('approval', a.id, error);
        }
      }
      for (const e of page.audit) {
        try {
          if (this.applyAudit(e, auditColumns)) result.audit++;
        } catch (error) {
          refuse('audit', e.id, error);
        }
      }
      for (const s of page.settings) if (this.applySetting(s)) result.settings++;
    });
    if (changed.length > 0) this.onDidPullApprovalsEmitter.fire(changed);
    return result;
  }

  dispose(): void {
    this.onDidPullApprovalsEmitter.dispose();
  }

  /** Last writer wins by version; a local change not yet pushed stays (it goes out next with a later version). */
  private applyApproval(record: ApprovalRecord, columns: string[]): boolean {
    const stored = this.db.prepare('SELECT sync_version, sync_pending FROM action_proposals WHERE id = ?').get(record.id) as { sync_version: string | null; sync_pending: number } | undefined;
    if (stored && (stored.sync_pending === 1 || (stored.sync_version !== null && compareVersions(record.version, stored.sync_version) <= 0))) return false;
    const values = this.valuesFor(record.id, record.body, columns);
    const names = [...values.keys()];
    transaction(this.db, () => {
      this.db
        .prepare(
          `INSERT INTO action_proposals (${names.join(', ')}, sync_version, sync_pending) VALUES (${names.map(() => '?').join(', ')}, ?, 0)
           ON CONFLICT (id) DO UPDATE SET ${names.map((n) => `${n} = excluded.${n}`).join(', ')}, sync_version = excluded.sync_version, sync_pending = 0`,
        )
        .run(...values.values(), record.version);
    });
    return true;
  }

  /** Append-only: a known id is left as it is; a new one is stored and counts as already on the server. */
  private applyAudit(record: AuditRecord, columns: string[]): boolean {
    const values = this.valuesFor(record.id, record.body, columns);
    const names = [...values.keys()];
    return transaction(this.db, () => {
      // Not INSERT OR IGNORE: that would also swallow a CHECK or NOT NULL failure, and a body this client cannot store
      // must be refused (and stay unmarked), not silently dropped.
      const known = this.db.prepare('SELECT 1 FROM audit_log WHERE id = ?').get(record.id) !== undefined;
      if (!known) this.db.prepare(`INSERT INTO audit_log (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...values.values());
      this.db.prepare('INSERT OR IGNORE INTO audit_synced (id) VALUES (?)').run(record.id);
      return !known;
    });
  }

  /**
   * Last writer wins by version; a key changed here since its last sync keeps the local value (pushed next, later).
   * The value is stored as sent: each setting's reader validates it and falls back to its default.
   */
  private applySetting(record: SettingRecord): boolean {
    if (!SYNCED_SETTING_KEYS.includes(record.key)) return false;
    const synced = this.syncedSetting(record.key);
    if (synced && compareVersions(record.version, synced.version) <= 0) return false;
    const local = this.settings.readText(record.key);
    if (local !== undefined && local !== synced?.value) return false;
    const value = this.settings.write(record.key, record.value ?? null);
    this.setSyncedSetting(record.key, { version: record.version, value });
    return true;
  }

  private syncedSetting(key: string): { version: string; value: string } | undefined {
    const row = this.db.prepare('SELECT value FROM graph_meta WHERE key = ?').get(SETTING_SYNC_PREFIX + key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as { version: string; value: string }) : undefined;
  }

  private setSyncedSetting(key: string, synced: { version: string; value: string }): void {
    this.db
      .prepare('INSERT INTO graph_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(SETTING_SYNC_PREFIX + key, JSON.stringify(synced));
  }

  /** The body's values for the columns this client has; the record id always wins over a body's own `id`. */
  private valuesFor(id: string, body: Record<string, unknown>, columns: string[]): Map<string, string | number | null> {
    const parsed = bodySchema.parse(body);
    const values = new Map<string, string | number | null>();
    for (const column of columns) if (column in parsed) values.set(column, parsed[column] ?? null);
    values.set('id', id);
    return values;
  }

  private columns(table: 'action_proposals' | 'audit_log'): string[] {
    return (this.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name).filter((n) => !LOCAL_ONLY.has(n));
  }
}

function bodyOf(row: Row): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !LOCAL_ONLY.has(key)));
}
