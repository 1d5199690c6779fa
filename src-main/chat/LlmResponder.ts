// The model step of the answer path: assembles context, lets the router pick remote or local (failing over within the
// turn), runs read-only tools, turns write tool calls into proposals for the approval gate, and, when no model can
// answer, hands the turn to the deterministic fallback with the reason.
import type { ActionProposalView, Citation, ToolCallRecord } from '../../src-preload/contract';
import type { GraphStore } from '../graph/GraphStore';
import type { LlmMessage } from '../llm/LlmProvider';
import type { LlmAnswer } from '../llm/LlmRouter';
import type { LlmService } from '../llm/LlmService';
import type { ToolContext } from '../tools/ToolDefinition';
import type { ToolRegistry } from '../tools/ToolRegistry';
import { buildLlmMessages } from './buildLlmMessages';
import type { Responder, ResponderAnswer, ResponderContext } from './Responder';
import type { SqliteConversationStore } from './SqliteConversationStore';
import type { SqliteConversationSummaries } from './SqliteConversationSummaries';

/** Turns a model's write tool call into a proposal the user must approve (the approval gate). */
export type ProposeToolCall = (
  call: { name: string; arguments: Record<string, unknown> },
  context: ResponderContext & { proposer: string },
) => Promise<ActionProposalView>;

export interface LlmResponderDeps {
  llm: LlmService;
  tools: ToolRegistry;
  store: GraphStore;
  conversations: SqliteConversationStore;
  toolContext: (correlationId: string) => ToolContext;
  /** Answers when no model can (deterministic engines, then the honest "can't"). */
  fallback: Responder;
  propose?: ProposeToolCall;
  /** The active persona's instructions (answer style), added to the system prompt of every model turn. */
  persona?: () => string;
  /** The rolling summary of turns older than the history window; without it, those turns are simply dropped. */
  summaries?: SqliteConversationSummaries;
}

/** History the model sees, in tokens (≈ 4 characters each); the store selects at most this much. */
const HISTORY_TOKEN_BUDGET = 1500;
const HISTORY_BUDGET_CHARS = HISTORY_TOKEN_BUDGET * 4;

export class LlmResponder implements Responder {
  constructor(private readonly deps: LlmResponderDeps) {}

  /** A quick-ask or CLI turn may run without a stored conversation row: then there are no own settings. */
  private conversationSettings(conversationId: string): { system_prompt?: string; model?: string } {
    try {
      return this.deps.conversations.get(conversationId);
    } catch {
      return {};
    }
  }

  async respond(text: string, context: ResponderContext): Promise<ResponderAnswer | undefined> {
    const { llm, store, tools } = this.deps;
    const [relevant, homes, history] = await Promise.all([
      store.searchText(text, { limit: 5 }).catch(() => []),
      store.listEntities({ types: ['home'], limit: 1 }),
      // The active branch before this question, selected in SQL within the history budget.
      Promise.resolve(this.deps.conversations.historyForModel(context.conversationId, HISTORY_BUDGET_CHARS)),
    ]);
    // The turns before the window, as a summary kept up to date incrementally (only newly dropped turns are read).
    const summary = history[0] ? (this.deps.summaries?.update(context.conversationId, history[0]) ?? null) : null;
    const offered = tools.list().filter((t) => (context.role === 'guest' ? t.tier === 1 : true));
    // The conversation's own persona and model, when it has them, win over the household's.
    const own = this.conversationSettings(context.conversationId);
    const answer = await llm.answer(
      {
        messages: withPersona(buildLlmMessages({ question: text, homeName: homes[0]?.name ?? null, context, relevant, history, historyTokenBudget: HISTORY_TOKEN_BUDGET, summary }), own.system_prompt ?? this.deps.persona?.()),
        tools: offered,
        ...(own.model ? { remoteModel: own.model } : {}),
      },
      {
        signal: context.signal,
        onToken: context.onDelta,
        executeTool: async (name, args) => {
          try {
            const prepared = await tools.prepare(name, args, this.deps.toolContext(context.correlationId));
            // Tier 1 writes (the asking person's own todos and reminders) run like reads; anything else is proposed.
            if (!prepared.readOnly && prepared.tier > 1) return { ok: false, error: `${name} changes the home; it becomes a proposal for the user to approve.` };
            const { result } = await tools.runPrepared(prepared, this.deps.toolContext(context.correlationId));
            return { ok: true, result };
          } catch (error) {
            return { ok: false, error: error instanceof Error ? error.message : String(error) };
          }
        },
        ...(context.forceMode ? { mode: context.forceMode } : {}),
        ...(context.log ? { log: context.log } : {}),
      },
    );

    if (answer.provider === 'none' && !answer.stopped) {
      const fallback = await this.deps.fallback.respond(text, context);
      if (!fallback) return undefined;
      return { ...fallback, fallback_reason: answer.fallback_reason, notice: answer.fallback_reason ? `Answered without a language model: ${answer.fallback_reason}.` : fallback.notice ?? null };
    }
    // A proposal that cannot be made (unknown name, invalid arguments) must not cost the streamed answer: the turn ends
    // with the text the model wrote and a note saying why there is no card.
    let proposal: ActionProposalView | null = null;
    let proposalProblem: string | null = null;
    try {
      proposal = await this.proposal(answer, context);
    } catch (error) {
      proposalProblem = `The model's proposed change could not be prepared: ${error instanceof Error ? error.message : String(error)}`;
    }
    return {
      text: answer.text || (proposal ? proposal.description : answer.stopped ? '' : '(no answer)'),
      citations: await this.citations(answer, relevant.map((h) => h.entity)),
      tool_calls: answer.tool_calls,
      proposal,
      provider: answer.provider === 'remote' ? 'remote' : 'local',
      model: answer.model,
      mode: answer.provider === 'remote' ? 'remote' : 'local',
      fallback_reason: answer.fallback_reason,
      first_token_ms: answer.first_token_ms,
      interrupted: answer.interrupted,
      notice: proposalProblem ?? noticeFor(answer),
    };
  }

  private async proposal(answer: LlmAnswer, context: ResponderContext): Promise<ActionProposalView | null> {
    const first = answer.proposals[0];
    if (!first || context.role === 'guest' || !this.deps.propose) return null;
    return this.deps.propose({ name: first.name, arguments: first.arguments }, { ...context, proposer: answer.model ?? answer.provider });
  }

  /** Entities the answer rests on: those the tools returned, and relevant ones the answer names. */
  private async citations(answer: LlmAnswer, relevant: ReadonlyArray<{ id: string; name: string }>): Promise<Citation[]> {
    const ids = new Set<string>();
    for (const call of answer.tool_calls) collectIds(call, ids);
    const lower = answer.text.toLowerCase();
    for (const e of relevant) if (lower.includes(e.name.toLowerCase())) ids.add(e.id);
    const entities = await this.deps.store.getEntities([...ids].slice(0, 200));
    return [...entities.values()].slice(0, 20).map((e) => ({ entity_id: e.id, version: e.version, name: e.name, entity_type: e.entity_type }));
  }
}

function withPersona(messages: LlmMessage[], persona: string | undefined): LlmMessage[] {
  const [first, ...rest] = messages;
  if (!persona || first?.role !== 'system') return messages;
  return [{ role: 'system', content: `${first.content}\nPersona and answer style: ${persona}` }, ...rest];
}

function collectIds(record: ToolCallRecord, ids: Set<string>): void {
  for (const value of Object.values(record.arguments)) if (typeof value === 'string') ids.add(value);
}

function noticeFor(answer: LlmAnswer): string | null {
  if (answer.stopped) return 'Stopped. The partial answer is kept.';
  if (answer.interrupted) return `The reply was interrupted (${answer.fallback_reason ?? 'connection lost'}). You can continue locally or retry.`;
  if (answer.provider === 'local' && answer.fallback_reason) return `Answered locally: ${answer.fallback_reason}.`;
  return answer.notice;
}
