// The one composition root: builds every service of the core from a Platform. Electron, browser mode and the CLI all
// call this; nothing else constructs services.
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { CallHandlers } from './api/CallHandlers';
import { EventBus } from './api/EventBus';
import { CannotAnswerResponder } from './chat/CannotAnswerResponder';
import { ChatCommands } from './chat/ChatCommands';
import { ChatService } from './chat/ChatService';
import { chatMigrations } from './chat/chatMigrations';
import { conversationHandlers } from './chat/conversationHandlers';
import { ApprovalService } from './approvals/ApprovalService';
import { approvalMigrations } from './approvals/approvalMigrations';
import { SqliteAuditLog } from './audit/SqliteAuditLog';
import { auditMigrations } from './audit/auditMigrations';
import { createModelProposer } from './chat/proposeModelToolCall';
import { IntentEngine } from './intents/IntentEngine';
import { IntentResponder } from './intents/IntentResponder';
import { LlmResponder } from './chat/LlmResponder';
import { LlmService } from './llm/LlmService';
import { SqliteSettingsStore } from './settings/SqliteSettingsStore';
import { settingsMigrations } from './settings/settingsMigrations';
import type { ResponderContext } from './chat/Responder';
import { SqliteConversationStore } from './chat/SqliteConversationStore';
import { EntityNameResolver } from './graph/EntityNameResolver';
import { exportHomeFile, importHomeFile, parseHomeFile } from './graph/homeFile';
import { openGraphDatabase, SqliteGraphStore } from './graph/SqliteGraphStore';
import { HomeBrowserQueries } from './home/HomeBrowserQueries';
import { loadDemoHomeIfEmpty, DEMO_HOME_SOURCE } from './home/loadDemoHome';
import type { Disposable } from './lifecycle/Disposable';
import { DisposableStore, toDisposable } from './lifecycle/Disposable';
import type { Platform } from './platform/Platform';
import { StatusService } from './status/StatusService';
import type { ToolContext } from './tools/ToolDefinition';
import type { SearchEntitiesResult } from './tools/searchEntities';
import { createGraphTools, ToolRegistry } from './tools/ToolRegistry';
import { AppError } from '../src-shared/errors';
import type { EntityType } from '../src-shared/protocol/entities';
import type { SearchResultView } from '../src-preload/contract';
import { VersionClock } from '../src-shared/protocol/version';

export interface MainServicesOptions {
  runtime: 'electron' | 'browser' | 'cli';
  /** Who is using this app instance (new versions are minted with it). Defaults to the OS user name. */
  userId?: string;
  role?: 'admin' | 'guest';
  /** Load the bundled demo home into an empty graph on first start (default true). */
  loadDemoHome?: boolean;
  /** Timing knobs of the model layer (tests and demos shorten the 60 s half-open wait). */
  llm?: { halfOpenAfterMs?: number; healthIntervalMs?: number; localMaxTokens?: number };
}

export interface MainServices extends Disposable {
  readonly handlers: CallHandlers;
  readonly events: EventBus;
  readonly store: SqliteGraphStore;
  readonly tools: ToolRegistry;
  readonly status: StatusService;
  readonly llm: LlmService;
}

export const DATABASE_FILE = 'goodies.db';

export async function createMainServices(platform: Platform, options: MainServicesOptions): Promise<MainServices> {
  const disposables = new DisposableStore();
  try {
    return await build(platform, options, disposables);
  } catch (error) {
    await disposables.dispose();
    throw error;
  }
}

async function build(platform: Platform, options: MainServicesOptions, disposables: DisposableStore): Promise<MainServices> {
  const user = { id: options.userId ?? defaultUserId(), role: options.role ?? ('admin' as const) };
  // Every feature's migrations, in one list (runMigrations refuses a database newer than what it knows).
  const db = openGraphDatabase(join(platform.paths.dataDir, DATABASE_FILE), [...chatMigrations, ...approvalMigrations, ...auditMigrations, ...settingsMigrations]);
  disposables.add(toDisposable(() => db.close()));
  const events = disposables.add(new EventBus());
  const store = disposables.add(new SqliteGraphStore(db));
  const clock = new VersionClock();
  const resolver = disposables.add(new EntityNameResolver(store));
  const tools = new ToolRegistry(createGraphTools());
  const toolContextFor = (userId: string, correlationId: string): ToolContext => ({ store, resolver, clock, userId, correlationId });
  const toolContext = (correlationId: string): ToolContext => toolContextFor(user.id, correlationId);

  if (options.loadDemoHome !== false) await loadDemoHomeIfEmpty(store, platform.paths.resourcesDir);
  disposables.add(store.onDidChange((e) => events.publish('home.didChange', { entityIds: e.entityIds })));

  const llm = disposables.add(
    new LlmService({
      settings: new SqliteSettingsStore(db),
      secrets: platform.secrets,
      modelsDir: join(platform.paths.dataDir, 'models'),
      ...(options.llm?.halfOpenAfterMs ? { breaker: { halfOpenAfterMs: options.llm.halfOpenAfterMs } } : {}),
      ...(options.llm?.healthIntervalMs ? { healthIntervalMs: options.llm.healthIntervalMs } : {}),
      localMaxTokens: options.llm?.localMaxTokens ?? 256,
    }),
  );
  disposables.add(platform.onDidChangeOnline(() => llm.notifyNetworkChanged()));
  const status = disposables.add(new StatusService({ platform, store, events, llm }));
  disposables.add(llm.onDidChangeStatus(() => void status.publish()));
  const home = new HomeBrowserQueries(store);
  const conversations = new SqliteConversationStore(db, clock, user.id);
  const freshness = async (): Promise<ResponderContext['freshness']> => {
    const [source, syncedAt] = await Promise.all([store.getMeta('source'), store.getMeta('synced_at')]);
    const label = source === DEMO_HOME_SOURCE ? 'demo home (no home server connected)' : syncedAt ? `as of ${syncedAt}` : 'local graph (never synced)';
    return { synced_at: syncedAt ?? null, source: source ?? 'empty', label };
  };
  const audit = new SqliteAuditLog(db);
  const approvals = disposables.add(new ApprovalService({ db, store, registry: tools, audit, toolContext: toolContextFor }));
  disposables.add(approvals.onDidChange((proposal) => events.publish('approvals.didChange', proposal)));
  const intents = new IntentResponder({
    engine: disposables.add(new IntentEngine({ store, resolver })),
    store,
    registry: tools,
    approvals,
    toolContext: toolContextFor,
  });
  const chat = new ChatService({
    conversations,
    events,
    user: () => user,
    freshness,
    serviceStatus: async () => status.summary(await status.get()),
    responders: [
      new ChatCommands({
        statusText: () => status.describe(),
        clearConversation: (id) => conversations.clearMessages(id),
        helpText: () => intents.helpText(),
        llm: {
          setMode: (mode) => llm.setMode(mode),
          resetCircuit: () => llm.resetCircuit(),
          setModel: (model) => llm.saveSettings({ remote: { model } }),
          describeModels: () => llm.describeModels(),
        },
      }),
      intents,
      new LlmResponder({
        llm,
        tools,
        store,
        conversations,
        toolContext,
        propose: createModelProposer(approvals, resolver),
        fallback: new CannotAnswerResponder(() => 'No language model could answer, and this is not a home question I understand.'),
      }),
    ],
  });

  const handlers: CallHandlers = {
    'app.getInfo': async () => ({
      version: platform.appVersion,
      runtime: options.runtime === 'electron' ? 'electron' : 'browser',
      dataDir: platform.paths.dataDir,
      user,
    }),
    'status.get': () => status.get(),
    'home.getTree': () => home.getTree(),
    'home.getEntity': ({ id }) => home.getEntityDetail(id),
    'home.search': async ({ query, types, limit }, { correlationId }) => {
      const args = { query, limit: Math.min(limit ?? 20, 50), ...(types ? { entity_types: types } : {}) };
      const { result } = await tools.run('search_entities', args, toolContext(correlationId));
      const found = (result as SearchEntitiesResult).results;
      return found.length > 0 ? found : typoMatches(resolver, query, types);
    },
    'home.exportJson': async () => {
      const file = await exportHomeFile(store);
      return { json: JSON.stringify(file, null, 2), entityCount: file.entities.length, relationshipCount: file.relationships.length };
    },
    'home.importJson': async ({ json }) => {
      if (user.role === 'guest') throw new AppError('forbidden', 'Guests cannot import a home.');
      const result = await importHomeFile(store, parseHomeFile(json), { pending: true });
      await store.setMeta('source', 'imported');
      return result;
    },
    'tools.list': async () => tools.list(),
    'tools.run': async ({ name, args }, { correlationId }) => {
      const prepared = await tools.prepare(name, args, toolContext(correlationId));
      if (!prepared.readOnly) {
        throw new AppError('forbidden', `${name} changes the home; ask for it in chat so it can be shown to you for approval.`);
      }
      const { result } = await tools.runPrepared(prepared, toolContext(correlationId));
      return { result };
    },
    'chat.listConversations': async () => conversations.list(),
    'chat.createConversation': async ({ title }) => conversations.create(title),
    'chat.renameConversation': async ({ id, title }) => conversations.rename(id, title),
    'chat.deleteConversation': async ({ id }) => ({ deleted: conversations.delete(id) }),
    'chat.getMessages': async ({ conversationId }) => conversations.messages(conversationId),
    ...conversationHandlers(db, conversations, user),
    'chat.send': (args, { correlationId }) => chat.send(args, correlationId),
    'chat.stop': async ({ conversationId }) => ({ stopped: chat.stop(conversationId) }),
    'chat.regenerate': (args, { correlationId }) => chat.regenerate(args, correlationId),
    'llm.getSettings': () => llm.getSettingsView(),
    'llm.saveSettings': (patch) => {
      if (user.role === 'guest') throw new AppError('forbidden', 'Guests cannot change the model settings.');
      return llm.saveSettings(patch);
    },
    'llm.testConnection': ({ candidate }) => llm.testConnection(candidate),
    'llm.resetCircuit': async () => llm.resetCircuit(),
    'llm.downloadModel': ({ url, sha256 }) => {
      if (user.role === 'guest') throw new AppError('forbidden', 'Guests cannot download models.');
      return llm.downloadModel(url, sha256, (p) => events.publish('llm.downloadProgress', { url, ...p }));
    },
    'approvals.list': async ({ status }) => approvals.list(status),
    'approvals.decide': ({ proposalId, decision, remember }) =>
      approvals.decide(proposalId, decision, { userId: user.id, role: user.role, ...(remember !== undefined ? { remember } : {}) }),
    'audit.list': async ({ kind, proposalId, limit }) => audit.list({ ...(kind ? { kind } : {}), ...(proposalId ? { proposalId } : {}), ...(limit ? { limit } : {}) }),
  };

  return { handlers, events, store, tools, status, llm, dispose: () => disposables.dispose() };
}

/** Full-text search found nothing: the name resolver's typo tolerance ("kitchn", "thermostst") suggests names. */
async function typoMatches(resolver: EntityNameResolver, query: string, types: readonly EntityType[] | undefined): Promise<SearchResultView[]> {
  const resolution = await resolver.resolve(query, { limit: 10, ...(types ? { types } : {}) });
  const scored = resolution.kind === 'match' ? [{ entity: resolution.entity, score: resolution.score }] : resolution.kind === 'ambiguous' ? resolution.candidates : resolution.suggestions;
  return scored.map(({ entity, score }) => ({
    id: entity.id, entity_type: entity.entity_type, name: entity.name, score, highlights: [], content_preview: `Did you mean ${entity.name}?`,
  }));
}

function defaultUserId(): string {
  try {
    return userInfo().username.replace(/[^\w.@-]/g, '').slice(0, 64) || 'owner';
  } catch {
    return 'owner';
  }
}
