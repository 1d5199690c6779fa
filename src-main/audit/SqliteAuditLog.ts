// The audit log over the app's SQLite file (schema: ./auditMigrations.ts). Entries are written once and never changed;
// reads come back newest first by insertion order (`seq`), so entries written within the same millisecond keep
// the order in which things happened.
import { randomUUID } from 'node:crypto';
import type { AuditEntryView, AuditKind } from '../../src-preload/contract/views';
import type { SqliteDatabase } from '../store/openDatabase';
import { prepareCached } from '../store/prepareCached';
import { redactDeep, redactSecrets } from '../../src-shared/redactSecrets';

export interface AuditRecord {
  kind: AuditKind;
  correlationId: string;
  proposalId?: string | null;
  /** The user id for decisions, the proposer for proposals, `app` for executions and failures. */
  actor: string;
  proposer?: string | null;
  tool?: string | null;
  arguments?: unknown;
  result?: unknown;
  message: string;
}

export interface AuditQuery {
  kind?: AuditKind;
  proposalId?: string;
  correlationId?: string;
  /** 1..500, default 100. */
  limit?: number;
}

/** An entry as stored: the view's fields, with arguments and result as their JSON text. */
interface AuditRow extends Omit<AuditEntryView, 'arguments' | 'result'> {
  arguments: string;
  result: string;
}

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 500;
/** Arguments and results are evidence, not storage: a runaway payload is cut rather than bloating the file. */
const MAX_JSON_CHARS = 64_000;

/** Compiled once per connection (prepareCached.ts): every proposal and decision appends an entry. */
const INSERT_ENTRY = `INSERT INTO audit_log (id, at, kind, correlation_id, proposal_id, actor, proposer, tool, arguments, result, message)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

export class SqliteAuditLog {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {}

  append(record: AuditRecord): AuditEntryView {
    const entry: AuditEntryView = {
      id: randomUUID(),
      at: this.now().toISOString(),
      kind: record.kind,
      correlation_id: record.correlationId,
      proposal_id: record.proposalId ?? null,
      actor: record.actor,
      proposer: record.proposer ?? null,
      tool: record.tool ?? null,
      // The log is evidence kept for ever: secrets in what it quotes are masked on the way in.
      arguments: redactDeep(record.arguments ?? null),
      result: redactDeep(record.result ?? null),
      message: redactSecrets(record.message),
    };
    prepareCached(this.db, INSERT_ENTRY).run(
      entry.id,
      entry.at,
      entry.kind,
      entry.correlation_id,
      entry.proposal_id,
      entry.actor,
      entry.proposer,
      entry.tool,
      toJson(entry.arguments),
      toJson(entry.result),
      entry.message,
    );
    return entry;
  }

  /** Newest first. */
  list(query: AuditQuery = {}): AuditEntryView[] {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (query.kind) {
      where.push('kind = ?');
      params.push(query.kind);
    }
    if (query.proposalId) {
      where.push('proposal_id = ?');
      params.push(query.proposalId);
    }
    if (query.correlationId) {
      where.push('correlation_id = ?');
      params.push(query.correlationId);
    }
    const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(query.limit ?? DEFAULT_LIMIT)));
    params.push(limit);
    const rows = this.db
      .prepare(
        `SELECT id, at, kind, correlation_id, proposal_id, actor, proposer, tool, arguments, result, message
         FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`,
      )
      .all(...params) as unknown as AuditRow[];
    return rows.map((row) => ({
      id: row.id,
      at: row.at,
      kind: row.kind,
      correlation_id: row.correlation_id,
      proposal_id: row.proposal_id,
      actor: row.actor,
      proposer: row.proposer,
      tool: row.tool,
      arguments: JSON.parse(row.arguments) as unknown,
      result: JSON.parse(row.result) as unknown,
      message: row.message,
    }));
  }
}

function toJson(value: unknown): string {
  const json = JSON.stringify(value ?? null) ?? 'null';
  if (json.length <= MAX_JSON_CHARS) return json;
  return JSON.stringify({ truncated: true, preview: json.slice(0, MAX_JSON_CHARS) });
}
