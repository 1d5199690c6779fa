// The renderer's composition root: one bridge in, one store per feature out, events wired to the stores.
import type { GoodiesApi } from '../../src-preload/contract';
import { createCall } from '../bridge/createCall';
import type { Call } from '../bridge/createCall';
import { createTelemetryStore, type TelemetryStore } from '../features/telemetry/telemetryStore';
import { createKeyBindingsStore, type KeyBindingsStore } from '../features/actions/keyBindingsStore';
import { createApprovalsStore } from '../features/approvals/approvalsStore';
import type { ApprovalsStore } from '../features/approvals/approvalsStore';
import { createAuditStore } from '../features/audit/auditStore';
import type { AuditStore } from '../features/audit/auditStore';
import { createChatStore } from '../features/chat/chatStore';
import type { ChatStore } from '../features/chat/chatStore';
import { createDraftStore } from '../features/chat/draftStore';
import { createStreamStore } from '../features/chat/streamStore';
import type { StreamStore } from '../features/chat/streamStore';
import type { DraftStore } from '../features/chat/draftStore';
import { createTopicsStore, type TopicsStore } from '../features/chat/topicsStore';
import { createConversationsStore } from '../features/conversations/conversationsStore';
import type { ConversationsStore } from '../features/conversations/conversationsStore';
import { createHomeStore } from '../features/home/homeStore';
import type { HomeStore } from '../features/home/homeStore';
import { createLlmSettingsStore } from '../features/settings/llmSettingsStore';
import type { LlmSettingsStore } from '../features/settings/llmSettingsStore';
import { createPersonasStore, type PersonasStore } from '../features/personas/personasStore';
import { createStatusStore } from '../features/status/statusStore';
import type { StatusStore } from '../features/status/statusStore';
import { createSyncStore, type SyncStore } from '../features/sync/syncStore';
import { createTodosStore, type TodosStore } from '../features/todos/todosStore';
import { navigateToMainRoute } from '../features/quick/quickAskRoutes';
import { showWebNotification } from '../features/todos/webNotifications';
import { BrowserSpeechPort } from '../features/voice/BrowserSpeechPort';
import { HtmlAudioSink } from '../features/voice/HtmlAudioSink';
import { ChoosableSpeechPort, ProviderSpeechPort } from '../features/voice/ProviderSpeechPort';
import { createVoiceStore, type VoiceStore } from '../features/voice/voiceStore';
import { ReadAloud } from '../features/voice/ReadAloud';

export interface AppStores {
  api: GoodiesApi;
  call: Call;
  conversations: ConversationsStore;
  chat: ChatStore;
  /** Streamed reply text, flushed once per frame, apart from the message list. */
  streams: StreamStore;
  /** The open conversation's topic chips (the entities its replies cited). */
  topics: TopicsStore;
  home: HomeStore;
  status: StatusStore;
  drafts: DraftStore;
  approvals: ApprovalsStore;
  audit: AuditStore;
  llmSettings: LlmSettingsStore;
  todos: TodosStore;
  personas: PersonasStore;
  /** Home-server sync state, conflicts and Settings → Home server actions. */
  sync: SyncStore;
  /** Rebound keyboard shortcuts (this window's IndexedDB). */
  keyBindings: KeyBindingsStore;
  telemetry: TelemetryStore;
  /** One reader per window: a new reply read aloud stops the previous one. */
  readAloud: ReadAloud;
  voice: VoiceStore;
  /** The system voice or the provider's, as the voice setting says (connectAppStores keeps it in step). */
  speechPort: ChoosableSpeechPort;
}

export function createAppStores(api: GoodiesApi): AppStores {
  const call = createCall(api);
  const conversations = createConversationsStore(call);
  const streams = createStreamStore();
  const chat = createChatStore({
    call,
    streams,
    createConversation: async () => (await conversations.getState().create())?.id ?? null,
    selectConversation: (id) => conversations.getState().select(id),
    onConversationUpdated: (c) => conversations.getState().upsert(c),
  });
  const systemVoice = new BrowserSpeechPort();
  const speechPort = new ChoosableSpeechPort(
    systemVoice,
    new ProviderSpeechPort((text) => call('voice.synthesize', { text }), new HtmlAudioSink(), systemVoice),
  );
  return {
    api,
    call,
    conversations,
    chat,
    streams,
    topics: createTopicsStore(call),
    home: createHomeStore(call),
    status: createStatusStore(call),
    drafts: createDraftStore(),
    approvals: createApprovalsStore(call),
    audit: createAuditStore(call),
    llmSettings: createLlmSettingsStore(call),
    todos: createTodosStore(call),
    personas: createPersonasStore(call),
    readAloud: new ReadAloud(speechPort),
    voice: createVoiceStore(call),
    speechPort,
    sync: createSyncStore(call),
    keyBindings: createKeyBindingsStore(),
    telemetry: createTelemetryStore(call),
  };
}

/** Subscribes the stores to pushed events and to each other; returns the function that undoes it all. */
export function connectAppStores(stores: AppStores): () => void {
  const { api, conversations, chat, topics, home, status, approvals, llmSettings, todos, voice, speechPort, sync } = stores;
  void voice.getState().load();
  const disposers = [
    // A remote provider set up (or removed) in Settings decides whether the provider voice can read.
    llmSettings.subscribe((state, prev) => {
      if (state.settings !== prev.settings) void voice.getState().load();
    }),
    voice.subscribe((state, prev) => {
      if (state.settings && state.settings !== prev.settings) speechPort.setSource(state.settings.source, state.settings.providerAvailable);
    }),
    api.events['status.didChange']((s) => status.getState().onSnapshot(s)),
    api.events['home.didChange']((p) => home.getState().onHomeChanged(p.entityIds, p.relationshipIds)),
    api.events['chat.didStreamDelta']((d) => chat.getState().onDelta(d)),
    api.events['chat.didAppendMessage']((m) => {
      chat.getState().onMessage(m);
      topics.getState().onMessage(m);
      // The list learns of the message locally; only a conversation it does not know yet costs a reload.
      const known = conversations.getState().items.find((c) => c.id === m.conversation_id);
      if (!known) void conversations.getState().load();
      else conversations.getState().upsert({ ...known, message_count: known.message_count + 1, updated_at: known.updated_at < m.created_at ? m.created_at : known.updated_at });
    }),
    api.events['approvals.didChange']((p) => {
      approvals.getState().onProposal(p);
      chat.getState().onProposal(p);
    }),
    api.events['llm.downloadProgress']((p) => llmSettings.getState().onDownloadProgress(p)),
    api.events['sync.didChange']((s) => sync.getState().onStatus(s)),
    api.events['assistant.reminderDue']((due) => {
      todos.getState().onReminderDue(due);
      // Electron's main process already showed an OS notification; browser mode shows a Web Notification if allowed.
      if (api.runtime === 'browser') void showWebNotification(due, () => navigateToMainRoute({ kind: 'todos' }));
      void todos.getState().load();
    }),
    // Snoozed or done anywhere (this window, another one, the OS notification's buttons): its toast goes.
    api.events['assistant.reminderSettled'](({ id }) => todos.getState().dismissDue(id)),
    api.events['home.didChange'](() => {
      if (todos.getState().overview) void todos.getState().load();
    }),
    conversations.subscribe((state, prev) => {
      if (state.selectedId !== prev.selectedId) void chat.getState().open(state.selectedId);
    }),
    chat.subscribe((state, prev) => {
      if (state.conversationId !== prev.conversationId) void topics.getState().load(state.conversationId);
    }),
    status.getState().startPolling(30_000),
  ];
  void sync.getState().refresh();
  void conversations.getState().load().then(() => {
    if (chat.getState().conversationId === null && chat.getState().pending === null) conversations.getState().selectLatestUnlessChosen();
  });
  void home.getState().loadTree();
  void approvals.getState().loadAll();

  // Reminders that came due while the app was closed: shown as toasts on start, not only inside the panel.
  void todos.getState().load().then(() => {
    for (const missed of todos.getState().overview?.missed ?? []) todos.getState().onReminderDue(missed);
  });
  // A delete waiting for its undo window still happens when the window closes.
  const flushDelete = () => void conversations.getState().flushDelete();
  window.addEventListener('pagehide', flushDelete);
  return () => {
    window.removeEventListener('pagehide', flushDelete);
    for (const dispose of disposers) dispose();
  };
}
