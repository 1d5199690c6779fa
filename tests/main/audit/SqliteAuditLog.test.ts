import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditMigrations } from '../../../src-main/audit/auditMigrations';
import { SqliteAuditLog } from '../../../src-main/audit/SqliteAuditLog';
import { openDatabase, type SqliteDatabase } from '../../../src-main/store/openDatabase';
import { runMigrations } from '../../../src-main/store/runMigrations';

describe('SqliteAuditLog', () => {
  let dir: string;
  let db: SqliteDatabase;
  let log: SqliteAuditLog;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'goodies-audit-'));
    db = openDatabase(join(dir, 'audit.db'));
    runMigrations(db, auditMigrations);
    log = new SqliteAuditLog(db, () => new Date('2026-06-20T12:00:00.000Z'));
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists newest first (insertion order, even within one millisecond) and filters', () => {
    log.append({ kind: 'proposal', correlationId: 'c1', proposalId: 'p1', actor: 'intent-engine', proposer: 'intent-engine', tool: 'update_entity', arguments: { a: 1 }, message: 'proposed' });
    log.append({ kind: 'decision', correlationId: 'c1', proposalId: 'p1', actor: 'sam', message: 'approved' });
    log.append({ kind: 'execution', correlationId: 'c1', proposalId: 'p1', actor: 'app', result: { new_versions: [] }, message: 'done' });
    log.append({ kind: 'proposal', correlationId: 'c2', proposalId: 'p2', actor: 'gpt-x', proposer: 'gpt-x', message: 'other' });
    expect(log.list().map((e) => e.message)).toEqual(['other', 'done', 'approved', 'proposed']);
    expect(log.list({ proposalId: 'p1', kind: 'decision' }).map((e) => e.actor)).toEqual(['sam']);
    expect(log.list({ limit: 1 })).toHaveLength(1);
    expect(log.list({ kind: 'proposal' })[1]?.arguments).toEqual({ a: 1 });
  });

  it('is append-only: UPDATE and DELETE raise', () => {
    log.append({ kind: 'proposal', correlationId: 'c1', actor: 'x', message: 'm' });
    expect(() => db.exec("UPDATE audit_log SET message = 'changed'")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM audit_log')).toThrow(/append-only/);
    expect(log.list()[0]?.message).toBe('m');
  });

  it('has no UPDATE or DELETE statement on the audit table in its source', () => {
    const folder = join(import.meta.dirname, '../../../src-main/audit');
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts'))) {
      const code = readFileSync(join(folder, file), 'utf8').replace(/BEFORE (UPDATE|DELETE) ON audit_log/g, '').replace(/\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/\b(UPDATE\s+audit_log|DELETE\s+FROM\s+audit_log)\b/i);
    }
  });
});
