// The offline queue as a feature: its contract handlers, the `outbox.didChange` event, queueing questions answered
// locally while the remote model was down, and acting on `reaskWhenOnline` when the remote model comes back.
// The sync engine pushes entity changes and conversation records itself and calls `revalidatePendingActions` after
// a pull; both go through `outbox` (the port) and this feature's function.
import { randomUUID } from 'node:crypto';
import type { CallHandlers } from '../api/CallHandlers';
import type { EventBus } from '../api/EventBus';
import type { ApprovalService } from '../approvals/ApprovalService';
import type { GraphStore } from '../graph/GraphStore';
import { DisposableStore } from '../lifecycle/Disposable';
import type { Event } from '../lifecycle/Emitter';
import type { Logger } from '../logging/Logger';
import type { SqliteSettingsStore } from '../settings/SqliteSettingsStore';
import { changeKeyOf } from '../sync/ParkedChanges';
import type { SyncLocalStore } from '../sync/SyncLocalStore';
import type { ChatMessage } from '../../src-shared/protocol/conversationViews';
import type { StatusSnapshot } from '../../src-preload/contract/views';
import type { OUTBOX_KIND_NAMES, OUTBOX_STATUS_NAMES } from '../../src-preload/contract/outboxCalls';
import { approvalPendingActions } from './approvalPendingActions';
import { entityIdsOf, toOutboxItemView } from './describeOutboxItem';
import { listOfflineAnswers, offlineAnswerId, offlineAnswerItem, onRemoteModelBack, reaskOfflineAnswers, type ReaskChat } from './offlineAnswers';
import type { OUTBOX_KINDS, OutboxItem, OutboxStatus } from './Outbox';
import type { MessagePayload } from './outboxPayloads';
import { readOutboxSettings, saveOutboxSettings } from './outboxSettings';
import { revalidatePendingActions, type PendingActionOutcome } from './pendingActions';
import type { SqliteOutbox } from './SqliteOutbox';

export type OutboxCallName =
  | 'outbox.list' | 'outbox.counts' | 'outbox.retry' | 'outbox.discard' | 'outbox.offlineAnswers' | 'outbox.reask' | 'outbox.getSettings' | 'outbox.saveSettings';

export interface OutboxDeps {
  outbox: SqliteOutbox;
  graph: Pick<GraphStore, 'getEntities'>;
  approvals: ApprovalService;
  settings: SqliteSettingsStore;
  events: EventBus;
  chat: ReaskChat;
  /** Finds the question a reply answers. */
  message(conversationId: string, messageId: string): ChatMessage;
  llm: { getStatus(): StatusSnapshot['llm']; onDidChangeStatus: Event<StatusSnapshot['llm']> };
  /** Discarding an entity change also drops its local edit (the graph store). */
  localEdits: Pick<SyncLocalStore, 'discardLocalEdit'>;
  logger: Logger;
}

export interface OutboxFeature {
  handlers: Pick<CallHandlers, OutboxCallName>;
  /** For the sync engine, after a pull: re-checks actions approved offline against the fresh graph. */
  revalidatePendingActions(): Promise<PendingActionOutcome[]>;
  dispose(): Promise<void>;
}

const ACTIVE: OutboxStatus[] = ['queued', 'parked', 'expired'];

// The contract's lists must name exactly the port's kinds (compile-time check; the contract cannot import src-main).
const kindsMatch: [(typeof OUTBOX_KIND_NAMES)[number]] extends [(typeof OUTBOX_KINDS)[number]] ? ([(typeof OUTBOX_KINDS)[number]] extends [(typeof OUTBOX_KIND_NAMES)[number]] ? true : false) : false = true;
const statusesMatch: [(typeof OUTBOX_STATUS_NAMES)[number]] extends [OutboxStatus] ? ([OutboxStatus] extends [(typeof OUTBOX_STATUS_NAMES)[number]] ? true : false) : false = true;
void kindsMatch;
void statusesMatch;

export function registerOutbox(deps: OutboxDeps): OutboxFeature {
  const { outbox, events, logger } = deps;
  const disposables = new DisposableStore();
  const log = logger.child({ component: 'outbox' });

  disposables.add(outbox.onDidChange(() => void outbox.counts().then((c) => events.publish('outbox.didChange', c), () => undefined)));

  // A reply given locally because the remote model failed is queued for a possible re-ask.
  disposables.add(events.onDidPublish(({ name, payload }) => {
    if (name !== 'chat.didAppendMessage') return;
    const reply = payload as ChatMessage;
    if (reply.role !== 'assistant' || !reply.envelope || !reply.parent_id) return;
    if (reply.envelope.mode === 'remote') {
      // Asked again remotely by any route (the reply's "Ask the remote model again", Regenerate): nothing left to re-ask.
      const questionId = reply.parent_id;
      void outbox.get(offlineAnswerId(questionId)).then((item) => (item?.status === 'queued' ? outbox.markDone([item.id]) : undefined)).catch(() => undefined);
      return;
    }
    if (!reply.envelope.fallback_reason) return;
    try {
      const question = deps.message(reply.conversation_id, reply.parent_id);
      const item = offlineAnswerItem(reply, question, deps.llm.getStatus());
      if (item && readOutboxSettings(deps.settings).reaskWhenOnline !== 'never') outbox.enqueueNow([item]);
    } catch (error) {
      log.warn('could not queue a question answered offline', { conversation_id: reply.conversation_id, err: error });
    }
  }));

  // The remote model is back (reachable after being offline or degraded): act on `reaskWhenOnline`.
  let remote = deps.llm.getStatus().remote;
  disposables.add(deps.llm.onDidChangeStatus((status) => {
    const was = remote;
    remote = status.remote;
    if (status.remote !== 'healthy' || was === 'healthy') return;
    const correlationId = randomUUID();
    void onRemoteModelBack(outbox, deps.chat, readOutboxSettings(deps.settings).reaskWhenOnline, correlationId).then(
      (r) => (r.reasked.length || r.dropped ? log.info('remote model back: offline answers handled', { correlation_id: correlationId, reasked: r.reasked.length, dropped: r.dropped }) : undefined),
      (error: unknown) => log.warn('re-asking offline answers failed', { correlation_id: correlationId, err: error }),
    );
  }));

  const views = async (items: OutboxItem[]) => {
    const names = new Map<string, string>();
    const ids = [...new Set(items.flatMap(entityIdsOf))];
    if (ids.length > 0) for (const [id, e] of await deps.graph.getEntities(ids)) names.set(id, e.name);
    return items.map((i) => toOutboxItemView(i, names));
  };
  const viewOf = async (id: string) => {
    const item = await outbox.get(id);
    const [view] = item ? await views([item]) : [];
    if (!view) throw new Error(`outbox item ${id} vanished`);
    return view;
  };

  const handlers: OutboxFeature['handlers'] = {
    'outbox.list': async ({ status, kind, limit }) => {
      const items = await outbox.list({ status: status ?? ACTIVE, ...(kind ? { kind } : {}) });
      return views(limit ? items.slice(0, limit) : items);
    },
    'outbox.counts': () => outbox.counts(),
    'outbox.retry': async ({ id }) => {
      await outbox.retry(id);
      return viewOf(id);
    },
    'outbox.discard': async ({ id }) => {
      // An entity change given up is also taken back locally: its local edit goes and reads show the server head again.
      // (Edges are not versioned locally, so a discarded edge edit stays as it is.)
      const item = await outbox.get(id);
      const change = item && (item.status === 'queued' || item.status === 'parked' || item.status === 'expired') ? changeKeyOf(item) : undefined;
      if (change?.target === 'entity') await deps.localEdits.discardLocalEdit(change.id, change.version);
      await outbox.discard(id);
      return viewOf(id);
    },
    'outbox.offlineAnswers': async () => ({
      reaskWhenOnline: readOutboxSettings(deps.settings).reaskWhenOnline,
      answers: (await listOfflineAnswers(outbox)).map((i) => ({ id: i.id, ...toAnswer(i.payload as MessagePayload) })),
    }),
    'outbox.reask': async ({ ids }, { correlationId }) => ({
      outcomes: (await reaskOfflineAnswers(outbox, deps.chat, { correlationId, ...(ids ? { ids } : {}) })).map((o) => ({ id: o.itemId, outcome: o.outcome, reply_id: o.replyId, error: o.error })),
    }),
    'outbox.getSettings': async () => readOutboxSettings(deps.settings),
    'outbox.saveSettings': async (patch) => saveOutboxSettings(deps.settings, patch.reaskWhenOnline ? { reaskWhenOnline: patch.reaskWhenOnline } : {}),
  };

  return {
    handlers,
    revalidatePendingActions: () => revalidatePendingActions(outbox, deps.graph, approvalPendingActions(deps.approvals)),
    dispose: () => disposables.dispose(),
  };
}

function toAnswer(p: MessagePayload) {
  return { conversation_id: p.conversation_id, question_id: p.question_id, reply_id: p.reply_id, text: p.text, fallback_reason: p.fallback_reason, asked_at: p.asked_at };
}
