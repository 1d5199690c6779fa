// Test harness: the demo home loaded into a real SqliteGraphStore in a temp dir, and a ToolContext over it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entity } from '../../../src-shared/protocol/entities';
import { VersionClock } from '../../../src-shared/protocol/version';
import { EntityNameResolver } from '../../../src-main/graph/EntityNameResolver';
import { importHomeFile, parseHomeFile } from '../../../src-main/graph/homeFile';
import { openGraphDatabase, SqliteGraphStore } from '../../../src-main/graph/SqliteGraphStore';
import type { ToolContext } from '../../../src-main/tools/ToolDefinition';
import { createGraphTools, ToolRegistry } from '../../../src-main/tools/ToolRegistry';
import { AppError } from '../../../src-shared/errors';

const DEMO_HOME = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../resources/demo-home.json');

export interface ToolTestHome {
  store: SqliteGraphStore;
  ctx: ToolContext;
  registry: ToolRegistry;
  /** Runs a tool through the registry (validation and tier included) and returns its result. */
  run<R = unknown>(tool: string, args: unknown): Promise<R>;
  /** What the tool call threw (fails the test if it did not throw an AppError). */
  error(tool: string, args: unknown): Promise<AppError>;
  /** The id of the one current entity with this exact name (fails the test if there is not exactly one). */
  idOf(name: string, type?: Entity['entity_type']): Promise<string>;
  close(): void;
}

export async function openToolTestHome(options: { userId?: string; nowMs?: () => number } = {}): Promise<ToolTestHome> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'goodies-tools-'));
  const db = openGraphDatabase(path.join(dir, 'graph.db'));
  const store = new SqliteGraphStore(db);
  await importHomeFile(store, parseHomeFile(fs.readFileSync(DEMO_HOME, 'utf8')), { pending: false });
  const resolver = new EntityNameResolver(store);
  const ctx: ToolContext = {
    store,
    resolver,
    clock: new VersionClock(options.nowMs),
    userId: options.userId ?? 'alice',
    correlationId: 'test-correlation',
  };
  const registry = new ToolRegistry(createGraphTools());
  return {
    store,
    ctx,
    registry,
    async run(tool, args) {
      return (await registry.run(tool, args, ctx)).result as never;
    },
    async error(tool, args) {
      try {
        await registry.run(tool, args, ctx);
      } catch (error) {
        if (error instanceof AppError) return error;
        throw error;
      }
      throw new Error(`${tool} did not fail`);
    },
    async idOf(name, type) {
      const matches = (await store.listEntities(type ? { types: [type] } : {})).filter((e) => e.name === name);
      if (matches.length !== 1) throw new Error(`expected one entity named "${name}", found ${matches.length}`);
      return matches[0]!.id;
    },
    close() {
      resolver.dispose();
      store.dispose();
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
