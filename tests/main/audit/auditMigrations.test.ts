// The audit migrations upgrade a database written by an older version: a log made at version 210 (before imports and
// rule changes were audited) keeps every entry, accepts the new kinds and stays append-only, with the same tables,
// indexes and triggers as a database made new.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditMigrations } from '../../../src-main/audit/auditMigrations';
import { SqliteAuditLog } from '../../../src-main/audit/SqliteAuditLog';
import { openDatabase, type SqliteDatabase } from '../../../src-main/store/openDatabase';
import { runMigrations } from '../../../src-main/store/runMigrations';

const at = () => new Date('2026-06-20T12:00:00.000Z');

/** The audit tables, indexes and triggers as SQLite keeps them (their SQL text, whitespace folded). */
function auditSchema(db: SqliteDatabase): { type: string; name: string; sql: string }[] {
  return (db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name LIKE 'audit%' ORDER BY type, name").all() as { type: string; name: string; sql: string }[])
    .map((r) => ({ type: r.type, name: r.name, sql: r.sql.replace(/\s+/g, ' ').trim() }));
}

describe('audit migrations', () => {
  let dir: string;
  const open: SqliteDatabase[] = [];
  const openDb = (name: string): SqliteDatabase => {
    const db = openDatabase(join(dir, name));
    open.push(db);
    return db;
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'goodies-audit-migrations-'));
  });
  afterEach(() => {
    for (const db of open.splice(0)) if (db.isOpen) db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('upgrade a version-210 log: entries kept, new kinds accepted, still append-only, same schema as a new one', () => {
    const old = openDb('old.db');
    runMigrations(old, auditMigrations.filter((m) => m.version <= 210));
    expect(() => old.exec("INSERT INTO audit_log (id, at, kind, correlation_id, actor, arguments, result, message) VALUES ('x', 'now', 'import', 'c', 'a', 'null', 'null', 'm')")).toThrow();
    const before = new SqliteAuditLog(old, at);
    before.append({ kind: 'proposal', correlationId: 'c1', proposalId: 'p1', actor: 'intent-engine', proposer: 'intent-engine', tool: 'update_entity', arguments: { a: 1 }, message: 'proposed' });
    before.append({ kind: 'decision', correlationId: 'c1', proposalId: 'p1', actor: 'sam', message: 'approved' });

    const report = runMigrations(old, auditMigrations);
    expect(report.applied).toEqual(auditMigrations.filter((m) => m.version > 210).map((m) => m.version));
    const after = new SqliteAuditLog(old, at);
    expect(after.list().map((e) => [e.kind, e.message, e.arguments])).toEqual([['decision', 'approved', null], ['proposal', 'proposed', { a: 1 }]]);
    after.append({ kind: 'import', correlationId: 'c2', actor: 'sam', message: 'imported' });
    after.append({ kind: 'rule', correlationId: 'c3', actor: 'sam', message: 'remembered' });
    expect(after.list().map((e) => e.message)).toEqual(['remembered', 'imported', 'approved', 'proposed']);
    expect(() => old.exec("UPDATE audit_log SET message = 'changed'")).toThrow(/append-only/);
    expect(() => old.exec('DELETE FROM audit_log')).toThrow(/append-only/);

    const fresh = openDb('new.db');
    runMigrations(fresh, auditMigrations);
    expect(auditSchema(old)).toEqual(auditSchema(fresh));
    expect(auditSchema(fresh).map((r) => `${r.type} ${r.name}`)).toEqual([
      'index audit_log_kind', 'index audit_log_proposal', 'table audit_log', 'table audit_synced',
      'trigger audit_log_no_delete', 'trigger audit_log_no_update',
    ]);
  });
});
