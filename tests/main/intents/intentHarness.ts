// A real demo home on disk (SQLite in a temp dir) with the whole deterministic path wired: store, name resolver,
// tools, audit log, approval service, intent engine and responder. No mocks.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Entity } from '../../../src-shared/protocol/entities';
import { VersionClock } from '../../../src-shared/protocol/version';
import { approvalMigrations } from '../../../src-main/approvals/approvalMigrations';
import { ApprovalService } from '../../../src-main/approvals/ApprovalService';
import { auditMigrations } from '../../../src-main/audit/auditMigrations';
import { SqliteAuditLog } from '../../../src-main/audit/SqliteAuditLog';
import type { ResponderAnswer, ResponderContext } from '../../../src-main/chat/Responder';
import { EntityNameResolver } from '../../../src-main/graph/EntityNameResolver';
import { importHomeFile, parseHomeFile } from '../../../src-main/graph/homeFile';
import { openGraphDatabase, SqliteGraphStore } from '../../../src-main/graph/SqliteGraphStore';
import { IntentEngine } from '../../../src-main/intents/IntentEngine';
import { IntentResponder } from '../../../src-main/intents/IntentResponder';
import type { SqliteDatabase } from '../../../src-main/store/openDatabase';
import type { ToolContext } from '../../../src-main/tools/ToolDefinition';
import { createGraphTools, ToolRegistry } from '../../../src-main/tools/ToolRegistry';

export const DEMO_HOME_PATH = join(import.meta.dirname, '../../../resources/demo-home.json');

/** The last answer of a dialog, in the shape tests assert on: its text, what it proposes to change (names, sorted) and
 *  what it cites (names, in order). */
export interface DialogAnswer {
  text: string;
  targets: string[];
  cited: string[];
  answer: ResponderAnswer | undefined;
}

export interface Harness {
  dir: string;
  db: SqliteDatabase;
  store: SqliteGraphStore;
  resolver: EntityNameResolver;
  registry: ToolRegistry;
  audit: SqliteAuditLog;
  approvals: ApprovalService;
  engine: IntentEngine;
  responder: IntentResponder;
  clock: { nowMs: number };
  toolContext: (userId: string, correlationId: string) => ToolContext;
  context: (overrides?: Partial<ResponderContext>) => ResponderContext;
  /** Current entity by exact current name; throws when absent (typos in tests fail loudly). */
  byName: (name: string) => Promise<Entity>;
  ids: (...names: string[]) => Promise<string[]>;
  /** Asks the questions in turn in a conversation of their own and returns the last answer. */
  dialog: (...questions: string[]) => Promise<DialogAnswer>;
  dispose: () => void;
}

export async function openHarness(options: { ttlMs?: number; homeJson?: string } = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'goodies-intents-'));
  const db = openGraphDatabase(join(dir, 'goodies.db'), [...approvalMigrations, ...auditMigrations]);
  const store = new SqliteGraphStore(db);
  await importHomeFile(store, parseHomeFile(options.homeJson ?? readFileSync(DEMO_HOME_PATH, 'utf8')), { pending: false });
  const resolver = new EntityNameResolver(store);
  const registry = new ToolRegistry(createGraphTools());
  const clock = { nowMs: Date.UTC(2026, 5, 20, 12, 0, 0) };
  const now = (): Date => new Date(clock.nowMs);
  const versionClock = new VersionClock(() => clock.nowMs);
  const toolContext = (userId: string, correlationId: string): ToolContext => ({ store, resolver, clock: versionClock, userId, correlationId });
  const audit = new SqliteAuditLog(db, now);
  const approvals = new ApprovalService({ db, store, registry, audit, toolContext, now, ...(options.ttlMs ? { ttlMs: options.ttlMs } : {}) });
  const engine = new IntentEngine({ store, resolver });
  const responder = new IntentResponder({ engine, store, registry, approvals, toolContext });
  let turn = 0;
  const context = (overrides: Partial<ResponderContext> = {}): ResponderContext => ({
    role: 'admin',
    userId: 'sam',
    conversationId: 'conv-1',
    correlationId: `turn-${++turn}`,
    messageId: `message-${turn}`,
    signal: new AbortController().signal,
    onDelta: () => undefined,
    freshness: { synced_at: '2026-06-20T14:02:00.000Z', source: 'local', label: 'as of 14:02 — home server offline' },
    ...overrides,
  });
  const byName = async (name: string): Promise<Entity> => {
    const found = (await store.listEntities()).filter((e) => e.name === name);
    if (found.length !== 1 || !found[0]) throw new Error(`test fixture: ${found.length} entities named "${name}"`);
    return found[0];
  };
  const ids = async (...names: string[]): Promise<string[]> => (await Promise.all(names.map(byName))).map((e) => e.id).sort();
  let dialogs = 0;
  const dialog = async (...questions: string[]): Promise<DialogAnswer> => {
    const conversationId = `dialog-${++dialogs}`;
    let last: ResponderAnswer | undefined;
    for (const q of questions) last = await responder.respond(q, context({ conversationId }));
    return { text: last?.text ?? '', targets: last?.proposal?.targets.map((t) => t.name).sort() ?? [], cited: last?.citations.map((c) => c.name) ?? [], answer: last };
  };
  return {
    dir, db, store, resolver, registry, audit, approvals, engine, responder, clock, toolContext, context, byName, ids, dialog,
    dispose: () => {
      engine.dispose();
      resolver.dispose();
      approvals.dispose();
      store.dispose();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
