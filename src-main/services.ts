// The one composition root: builds every service of the core from a Platform. Electron, browser mode and the CLI all
// call this; nothing else constructs services.
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { CallHandlers } from './api/CallHandlers';
import { CALLER_ROLE } from './api/callPolicy';
import { ChunkedUploads } from './api/ChunkedUploads';
import { HomeImportService } from './approvals/HomeImportService';
import { MAX_IMPORT_BYTES } from '../src-preload/contract';
import { AppSession } from './auth/AppSession';
import { PrivateNoteGuard } from './chat/PrivateNoteGuard';
import { PrivacyFilteredGraphStore } from './graph/PrivacyFilteredGraphStore';
import { EventBus } from './api/EventBus';
import { CannotAnswerResponder } from './chat/CannotAnswerResponder';
import { ChatCommands } from './chat/ChatCommands';
import { ChatService } from './chat/ChatService';
import { chatMigrations } from './chat/chatMigrations';
import { conversationHandlers } from './chat/conversationHandlers';
import { ApprovalService } from './approvals/ApprovalService';
import { approvalMigrations } from './approvals/approvalMigrations';
import { approvalHandlers } from './approvals/approvalHandlers';
import { SqliteAuditLog } from './audit/SqliteAuditLog';
import { auditMigrations } from './audit/auditMigrations';
import { SqliteRecordSyncStore } from './approvals/SqliteRecordSyncStore';
import { createAssistantTools } from './assistant/createAssistantTools';
import { registerAssistant } from './assistant/registerAssistant';
import { registerVoice } from './voice/registerVoice';
import { createModelProposer } from './chat/proposeModelToolCall';
import { IntentEngine } from './intents/IntentEngine';
import { IntentResponder } from './intents/IntentResponder';
import { LlmResponder } from './chat/LlmResponder';
import { LlmService } from './llm/LlmService';
import { SqliteSettingsStore } from './settings/SqliteSettingsStore';
import { settingsMigrations } from './settings/settingsMigrations';
import { outboxMigrations } from './outbox/outboxMigrations';
import { SqliteOutbox } from './outbox/SqliteOutbox';
import { registerSync } from './sync/registerSync';
import { pruneSyncHistory } from './sync/pruneSyncHistory';
import { syncDiagnostics } from './sync/syncDiagnostics';
import { formatSyncReport, formatSyncStatus } from './sync/formatSync';
import { toReportView } from './sync/SyncService';
import { registerOutbox, type OutboxFeature } from './outbox/registerOutbox';
import type { ResponderContext } from './chat/Responder';
import { SqliteConversationStore } from './chat/SqliteConversationStore';
import { SqliteConversationSummaries } from './chat/SqliteConversationSummaries';
import { SqliteConversationSyncStore } from './chat/SqliteConversationSyncStore';
import { ConversationSync } from './sync/ConversationSync';
import { turnLogToLogger } from './chat/TurnLogger';
import { EntityNameResolver } from './graph/EntityNameResolver';
import { openGraphDatabase, SqliteGraphStore } from './graph/SqliteGraphStore';
import { HomeBrowserQueries } from './home/HomeBrowserQueries';
import { homeHandlers } from './home/homeHandlers';
import { loadDemoHomeIfEmpty, DEMO_HOME_SOURCE } from './home/loadDemoHome';
import { DisposableStore, toDisposable } from './lifecycle/Disposable';
import type { Platform } from './platform/Platform';
import { createFileLogger } from './logging/PinoFileLogger';
import { HeadlessShell } from './desktop/DesktopShell';
import { registerTelemetry } from './telemetry/registerTelemetry';
import { llmHandlers } from './llm/llmHandlers';
import { REMOTE_API_KEY_SECRET } from './llm/RemoteLlmProvider';
import { registerDesktop } from './desktop/registerDesktop';
import { StatusService } from './status/StatusService';
import type { ToolContext } from './tools/ToolDefinition';
import { createGraphTools, ToolRegistry } from './tools/ToolRegistry';
import { toolHandlers } from './tools/toolHandlers';
import { VersionClock } from '../src-shared/protocol/version';

// What the root takes and gives lives in MainServices.ts; importers keep reading it from here.
import { DATABASE_FILE, type MainServices, type MainServicesOptions } from './MainServices';
export { DATABASE_FILE, type MainServices, type MainServicesOptions };

export async function createMainServices(platform: Platform, options: MainServicesOptions): Promise<MainServices> {
  const disposables = new DisposableStore();
  try {
    return await build(platform, options, disposables);
  } catch (error) {
    // The start-up error is the one to report; a failure while releasing what was built is secondary.
    await disposables.dispose().catch(() => undefined);
    throw error;
  }
}

async function build(platform: Platform, options: MainServicesOptions, disposables: DisposableStore): Promise<MainServices> {
  // Registered first, so it is closed last and can record what failed while the rest shut down.
  const logger = options.logger ?? disposables.add(await createFileLogger({ logsDir: platform.paths.logsDir, runtime: options.runtime }));
  // Every feature's migrations, in one list (runMigrations refuses a database newer than what it knows).
  const db = openGraphDatabase(join(platform.paths.dataDir, DATABASE_FILE), [...chatMigrations, ...approvalMigrations, ...auditMigrations, ...settingsMigrations, ...outboxMigrations]);
  disposables.add(toDisposable(() => db.close()));
  const settings = new SqliteSettingsStore(db);
  // The durable offline queue (queue writes commit with synchronous=FULL): the sync engine pushes from it.
  const outbox = disposables.add(new SqliteOutbox(db));
  const session = disposables.add(new AppSession({ id: options.userId ?? defaultUserId(), role: options.role ?? 'admin' }, settings));

  const events = disposables.add(new EventBus());
  const clock = new VersionClock();
  const store = disposables.add(new SqliteGraphStore(db, { clock }));
  // Every read path sees the graph through the session's eyes: a guest never sees private notes (ARCHITECTURE.md "Roles").
  const graph = disposables.add(new PrivacyFilteredGraphStore(store, () => session.user.role === 'guest'));
  disposables.add(session.onDidChange(() => graph.notifyVisibilityChanged()));
  const resolver = disposables.add(new EntityNameResolver(graph));
  const assistantNow = options.assistant?.now ?? Date.now;
  const tools = new ToolRegistry([...createGraphTools(), ...createAssistantTools({ now: assistantNow })]);
  const toolContextFor = (userId: string, correlationId: string): ToolContext => ({ store: graph, resolver, clock, userId, correlationId });
  const toolContext = (correlationId: string): ToolContext => toolContextFor(session.user.id, correlationId);

  if (options.loadDemoHome !== false) await loadDemoHomeIfEmpty(store, platform.paths.resourcesDir);
  disposables.add(store.onDidChange((e) => events.publish('home.didChange', { entityIds: e.entityIds, relationshipIds: e.relationshipIds })));

  const llm = disposables.add(
    new LlmService({
      settings,
      secrets: platform.secrets,
      modelsDir: join(platform.paths.dataDir, 'models'),
      ...(options.llm?.halfOpenAfterMs ? { breaker: { halfOpenAfterMs: options.llm.halfOpenAfterMs } } : {}),
      ...(options.llm?.healthIntervalMs ? { healthIntervalMs: options.llm.healthIntervalMs } : {}),
      localMaxTokens: options.llm?.localMaxTokens ?? 256,
      preloadLocal: options.runtime !== 'cli',
    }),
  );
  disposables.add(platform.onDidChangeOnline(() => llm.notifyNetworkChanged()));
  const statusRef: { current?: StatusService } = {};
  const outboxRef: { current?: OutboxFeature } = {};
  // Conversation sync's side of the chat store: a pulled message reaches the UI as a newly stored one would.
  const conversationSyncStore = disposables.add(new SqliteConversationSyncStore(db));
  disposables.add(conversationSyncStore.onDidPullMessage((message) => events.publish('chat.didAppendMessage', { ...message, correlation_id: 'sync' })));
  // Approvals and audit entries travel with conversation sync; a locally changed approval is pushed at a fresh version.
  const recordSyncStore = disposables.add(new SqliteRecordSyncStore(db, () => clock.next(session.user.id), settings, logger.child({ component: 'record-sync' })));
  // Home-server sync: background runs in the app and browser mode; the CLI syncs when asked and leaves.
  // Retention: change_log rows every server has passed and finished queue items older than the window.
  const pruneHistory = async (): Promise<void> => {
    const removed = await pruneSyncHistory(store, outbox);
    if (removed.changeLog + removed.outbox > 0) logger.info('pruned sync history', { ...removed });
  };
  const sync = disposables.add(registerSync({
    conversations: new ConversationSync(conversationSyncStore, logger.child({ component: 'conversation-sync' }), recordSyncStore),
    store, outbox, secrets: platform.secrets, logger: logger.child({ component: 'sync' }), events,
    isOnline: () => platform.isOnline(), onDidChangeOnline: platform.onDidChangeOnline, onDidWriteLocally: (listener) => outbox.onDidChange(() => listener()),
    background: options.runtime !== 'cli',
    onDidComputeStatus: () => void statusRef.current?.publish(),
    onDidSync: async (report) => {
      await store.setMeta('synced_at', report.finishedAt);
      await store.setMeta('source', report.serverUrl);
      // Actions approved offline are re-checked against the fresh graph (changed target: a fresh approval; expired: never run).
      await outboxRef.current?.revalidatePendingActions();
      await pruneHistory();
    },
  }));
  // A message stored here (not one sync pulled) schedules a debounced sync, as a local graph write does.
  disposables.add(events.onDidPublish((e) => {
    if (e.name === 'chat.didAppendMessage' && (e.payload as { correlation_id?: string }).correlation_id !== 'sync') sync.service.notifyLocalWrite();
  }));
  const status = disposables.add(new StatusService({ platform, store, events, llm, homeServer: { getStatus: () => sync.service.homeServerStatus() } }));
  statusRef.current = status;
  disposables.add(llm.onDidChangeStatus(() => void status.publish()));
  const telemetry = registerTelemetry({
    status: () => status.get(),
    modelLoad: () => llm.describeModelLoad(),
    // The home server's bearer token is cut out of the report too (the sync figures never carry it; an error might).
    secrets: async () => [await platform.secrets.get(REMOTE_API_KEY_SECRET), (await sync.service.session.credentials())?.accessToken].filter((s): s is string => Boolean(s)),
    appVersion: platform.appVersion,
    runtime: options.runtime ?? 'node',
    syncFigures: async () => syncDiagnostics(await sync.service.status()),
  });
  const home = new HomeBrowserQueries(graph);
  const conversations = new SqliteConversationStore(db, clock, () => session.user);
  const freshness = async (): Promise<ResponderContext['freshness']> => {
    const [source, syncedAt] = await Promise.all([store.getMeta('source'), store.getMeta('synced_at')]);
    const label = source === DEMO_HOME_SOURCE ? 'demo home (no home server connected)' : syncedAt ? `as of ${syncedAt}` : 'local graph (never synced)';
    return { synced_at: syncedAt ?? null, source: source ?? 'empty', label };
  };
  const audit = new SqliteAuditLog(db);
  const imports = new HomeImportService(db, store, audit, DEMO_HOME_SOURCE);
  const uploads = new ChunkedUploads(MAX_IMPORT_BYTES);
  const desktop = disposables.add(registerDesktop({ platform, shell: options.shell ?? new HeadlessShell(), events, conversations, settings, logger }));
  const approvals = disposables.add(new ApprovalService({ db, store, registry: tools, audit, toolContext: toolContextFor }));
  disposables.add(approvals.onDidChange((proposal) => events.publish('approvals.didChange', proposal)));
  disposables.add(recordSyncStore.onDidPullApprovals((ids) => {
    for (const id of ids) events.publish('approvals.didChange', approvals.get(id));
  }));
  approvals.recoverInterrupted();
  const assistant = disposables.add(await registerAssistant({
    store, registry: tools, approvals, settings, events, toolContext: toolContextFor,
    // The session's user at the time of each call (a guest session may start or end while the app runs).
    user: { get id() { return session.user.id; }, get role() { return session.user.role; } },
    notify: (n) => platform.notify(n),
    onNotificationAction: platform.onDidChooseNotificationAction,
    now: assistantNow,
    scheduleReminders: options.assistant?.scheduleReminders ?? options.runtime !== 'cli',
    ...(options.assistant?.timers ? { timers: options.assistant.timers } : {}),
  }));
  const voice = registerVoice({ settings, secrets: platform.secrets, remoteBaseUrl: () => llm.remoteBaseUrl() });
  const intents = new IntentResponder({
    engine: disposables.add(new IntentEngine({ store: graph, resolver })),
    store: graph,
    registry: tools,
    approvals,
    toolContext: toolContextFor,
    declineOnFault: true,
    // The conversation's earlier turns: follow-ups keep their focus across restarts and `goodies ask --conversation`.
    history: (conversationId) => {
      try {
        return conversations.messages(conversationId).map((m) => ({ role: m.role, text: m.text, ...(m.envelope ? { citations: m.envelope.citations, provider: m.envelope.provider } : {}) }));
      } catch {
        return [];
      }
    },
  });
  const chat = new ChatService({
    conversations,
    events,
    // A turn's lines go to the app's log file unless a test collects them itself.
    turnLog: options.turnLog ?? turnLogToLogger(logger.child({ component: 'chat' })),
    user: () => session.user,
    observer: telemetry.recorder,
    freshness,
    serviceStatus: async () => status.summary(await status.get()),
    responders: [
      new PrivateNoteGuard(store),
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
        sync: {
          run: async (full) => formatSyncReport(toReportView(await sync.service.syncNow(full ? { full: true } : {}))),
          describe: async () => formatSyncStatus(await sync.service.status()),
        },
      }),
      assistant.responder,
      intents,
      new LlmResponder({
        llm,
        tools,
        store: graph,
        conversations,
        summaries: new SqliteConversationSummaries(db),
        toolContext,
        propose: createModelProposer(approvals, resolver),
        persona: () => assistant.systemPrompt(),
        fallback: new CannotAnswerResponder(() => 'No language model could answer, and this is not a home question I understand.'),
      }),
    ],
  });

  const outboxFeature = outboxRef.current = disposables.add(registerOutbox({
    outbox, graph: store, approvals, settings, events, chat, llm, logger, localEdits: store,
    message: (conversationId, messageId) => conversations.message(conversationId, messageId),
  }));

  const handlers: CallHandlers = {
    [CALLER_ROLE]: () => session.user.role,
    'app.getInfo': async () => ({
      version: platform.appVersion,
      runtime: options.runtime === 'electron' ? 'electron' : 'browser',
      dataDir: platform.paths.dataDir,
      user: session.user,
    }),
    'status.get': () => status.get(),
    ...homeHandlers({ home, graph, resolver, tools, toolContext, imports, uploads, userId: () => session.user.id }),
    ...toolHandlers(tools, toolContext),
    'chat.listConversations': async () => conversations.list(),
    'chat.createConversation': async ({ title }) => conversations.create(title),
    'chat.renameConversation': async ({ id, title }) => conversations.rename(id, title),
    'chat.deleteConversation': async ({ id }) => ({ deleted: conversations.delete(id) }),
    'chat.getMessages': async ({ conversationId }) => approvals.withCurrentProposals(conversations.messages(conversationId)),
    ...conversationHandlers(db, conversations, { get role() { return session.user.role; } }, (messages) => approvals.withCurrentProposals(messages)),
    'chat.send': (args, { correlationId }) => chat.send(args, correlationId),
    'chat.stop': async ({ conversationId }) => ({ stopped: await chat.stop(conversationId) }),
    'chat.regenerate': (args, { correlationId }) => chat.regenerate(args, correlationId),
    ...llmHandlers(llm, events, options.llm?.modelCataloguePath ?? join(platform.paths.resourcesDir, 'model-catalogue.json')),
    ...approvalHandlers(approvals, { get id() { return session.user.id; }, get role() { return session.user.role; } }),
    'session.startGuest': async ({ pin }) => session.startGuest(pin),
    'session.endGuest': async ({ pin }) => session.endGuest(pin),
    'audit.list': async ({ kind, proposalId, limit }) => audit.list({ ...(kind ? { kind } : {}), ...(proposalId ? { proposalId } : {}), ...(limit ? { limit } : {}) }),
    ...desktop.handlers,
    ...assistant.handlers,
    ...sync.handlers,
    ...outboxFeature.handlers,
    ...voice.handlers,
    ...telemetry.handlers,
  };

  if (options.runtime !== 'cli') {
    void sync.service.start();
    void pruneHistory().catch((error: unknown) => logger.warn('pruning sync history failed', { error: String(error) }));
  }
  return { handlers, events, store, tools, status, llm, logger, desktop, assistant, outbox, outboxFeature, sync, conversations, approvals, audit, dispose: () => disposables.dispose() };
}

function defaultUserId(): string {
  try {
    return userInfo().username.replace(/[^\w.@-]/g, '').slice(0, 64) || 'owner';
  } catch {
    return 'owner';
  }
}
