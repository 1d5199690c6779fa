// Local first token with the app's real prompt: the system text with the tool list, the conversation so far, and the
// per-turn context (freshness + the demo home's search matches) built by buildLlmMessages, over a 5-turn conversation.
// Compared in one run with raw node-llama-cpp given the same history items, and with the previous prompt layout
// (per-turn context inside the system message) through the same provider. Free-text answers (no grammar) so that the
// first token is the first generated token on every side; the tool list is still in the prompt.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GeneralChatWrapper, getLlama, LlamaChat, LlamaLogLevel, type ChatHistoryItem, type Llama, type LlamaContext, type LlamaModel, type Token } from 'node-llama-cpp';
import type { ChatMessage } from '../../src-preload/contract';
import { buildLlmMessages, type LlmContextInput } from '../../src-main/chat/buildLlmMessages';
import { buildLocalChatHistory, toolPreamble } from '../../src-main/llm/localChatHistory';
import type { LlmMessage } from '../../src-main/llm/LlmProvider';
import { LocalLlmProvider } from '../../src-main/llm/LocalLlmProvider';
import { NodePlatform } from '../../src-main/platform/NodePlatform';
import { createMainServices } from '../../src-main/services';
import { FakeOpenAiServer } from '../../tests/fakes/FakeOpenAiServer';
import { createLlmService } from '../../tests/main/llm/llmServiceHarness';
import { TINY_MODEL_PATH } from '../../tests/support/testModel';

export const THREADS = 1;
const CONTEXT_SIZE = 2048;
const MAX_TOKENS = 24;
const QUESTIONS = [
  'what is in the kitchen and is anything on?',
  'tell me about the thermostat schedule',
  'which doors are locked at night?',
  'how do I reset the router in the study?',
  'what does the garage door opener do?',
];

type Layout = (input: LlmContextInput) => LlmMessage[];

/** The layout before issue 13: freshness and entity JSON inside the system message, the bare question last. */
const previousLayout: Layout = (input) => {
  const [system, ...rest] = buildLlmMessages({ ...input, relevant: [] });
  const turnContext = (buildLlmMessages(input).at(-1) as { context: string }).context;
  return [{ role: 'system', content: `${(system as { content: string }).content}\n${turnContext}` }, ...rest.slice(0, -1), { role: 'user', content: input.question }];
};

export interface Turn {
  messages: LlmMessage[];
}

/** The 5 turns of the conversation, each with the demo home's real search matches for its question. */
export async function demoConversation(layout: Layout = buildLlmMessages): Promise<Turn[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'goodies-bench-'));
  const platform = new NodePlatform({ dataDir, onlineCheckIntervalMs: 0, writeNotification: () => {} });
  const services = await createMainServices(platform, { runtime: 'cli', userId: 'bench' });
  try {
    const tools = services.tools.list().filter((t) => t.tier === 1);
    const turns: Turn[] = [];
    const history: ChatMessage[] = [];
    for (const [i, question] of QUESTIONS.entries()) {
      const relevant = await services.store.searchText(question, { limit: 5 });
      const messages = layout({
        question,
        homeName: 'Demo Home',
        context: { role: 'admin', userId: 'bench', freshness: { synced_at: null, source: 'demo', label: `demo home, checked ${i} min ago` } },
        relevant,
        history,
      });
      // The tool list is part of the stable prompt; answers stay free text (see the file comment).
      const [system, ...rest] = messages as [{ role: 'system'; content: string }, ...LlmMessage[]];
      turns.push({ messages: [{ role: 'system', content: `${toolPreamble(tools)}\n\n${system.content}` }, ...rest] });
      history.push(chatMessage('user', question), chatMessage('assistant', `Answer number ${i} about ${question.split(' ').slice(-2).join(' ')}`));
    }
    return turns;
  } finally {
    await services.dispose();
    await platform.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function chatMessage(role: 'user' | 'assistant', text: string): ChatMessage {
  return { id: `${role}-${text}`, conversation_id: 'bench', role, text, created_at: '2026-12-01T00:00:00Z' };
}

/** One measured turn of a side. */
export interface TurnFigures {
  firstTokenMs: number;
  /** Prompt tokens evaluated for this turn (llama.cpp's token meter / the tokens after the reused prefix). */
  newTokens: number;
  promptTokens: number;
}

/** A conversation through LocalLlmProvider (a fresh instance, model loaded up front: turn 1 is an empty sequence). */
export class ProviderSide {
  private constructor(private readonly provider: LocalLlmProvider) {}

  static async start(): Promise<ProviderSide> {
    // No evaluation-time cap on the new message here: this side must get the very prompt the raw side gets.
    const provider = new LocalLlmProvider({ modelPath: TINY_MODEL_PATH, threads: THREADS, gpu: false, contextSize: CONTEXT_SIZE, idleUnloadMs: 0, maxTokens: MAX_TOKENS, newMessageBudgetMs: 0 });
    await provider.warmUp(); // loading the file is not prompt evaluation
    return new ProviderSide(provider);
  }

  async turn(turn: Turn): Promise<TurnFigures> {
    const started = performance.now();
    let first = 0;
    for await (const event of this.provider.chat({ messages: turn.messages, temperature: 0 }, new AbortController().signal)) {
      if (event.type === 'token' && !first) first = performance.now() - started;
    }
    const reuse = this.provider.lastPromptReuse;
    return { firstTokenMs: first, newTokens: reuse?.newTokens ?? 0, promptTokens: reuse?.promptTokens ?? 0 };
  }

  dispose(): Promise<void> {
    return this.provider.dispose();
  }
}

export interface RawTurnFigures extends TurnFigures {
  /** Evaluation time of only the tokens this turn could not reuse, at their positions in the sequence. */
  newTokensEvalMs: number;
}

/** The same history items through raw node-llama-cpp: one LlamaChat on one sequence, as the provider keeps it. */
export class RawSide {
  private constructor(
    private readonly llama: Llama,
    private readonly model: LlamaModel,
    private readonly context: LlamaContext,
    private readonly chat: LlamaChat,
  ) {}

  static async start(): Promise<RawSide> {
    const llama = await getLlama({ gpu: false, build: 'never', logLevel: LlamaLogLevel.error, maxThreads: THREADS });
    const model = await llama.loadModel({ modelPath: TINY_MODEL_PATH });
    const context = await model.createContext({ contextSize: CONTEXT_SIZE, threads: THREADS, sequences: 1 });
    const chat = new LlamaChat({ contextSequence: context.getSequence(), chatWrapper: new GeneralChatWrapper() });
    return new RawSide(llama, model, context, chat);
  }

  async turn(turn: Turn): Promise<RawTurnFigures> {
    const { model, chat } = this;
    const sequence = chat.sequence;
    const { history } = buildLocalChatHistory(turn.messages, [], (text) => model.tokenize(text).length, CONTEXT_SIZE - MAX_TOKENS);
    const before = sequence.contextTokens.slice();
    let generated = 0;
    let first = 0;
    const started = performance.now();
    await chat.generateResponse(history as ChatHistoryItem[], {
      maxTokens: MAX_TOKENS,
      temperature: 0,
      onTextChunk: () => void (first ||= performance.now() - started),
      onToken: (tokens) => void (generated += tokens.length),
    });
    // Replay only this turn's new prompt tokens on top of the reused prefix, timed.
    const after = sequence.contextTokens.slice();
    const promptTokens = after.length - generated;
    let reused = 0;
    while (reused < before.length && reused < promptTokens && before[reused] === after[reused]) reused++;
    const fresh = after.slice(reused, promptTokens) as Token[];
    await sequence.eraseContextTokenRanges([{ start: reused, end: sequence.nextTokenIndex }]);
    const t = performance.now();
    await sequence.evaluateWithoutGeneratingNewTokens(fresh);
    return { firstTokenMs: first, newTokensEvalMs: performance.now() - t, newTokens: fresh.length, promptTokens };
  }

  async dispose(): Promise<void> {
    this.chat.dispose();
    await this.context.dispose();
    await this.model.dispose();
    await this.llama.dispose();
  }
}

export interface LockstepTurn {
  provider: TurnFigures;
  raw: RawTurnFigures;
  previous: TurnFigures;
}

/**
 * One conversation on every side in lockstep: turn i runs on each side back to back (in an order that rotates each
 * turn) before turn i + 1 starts, so a burst of load from other processes on the 2 cores hits the sides of a turn alike.
 */
export async function lockstepConversation(turns: Turn[], previousTurns: Turn[]): Promise<LockstepTurn[]> {
  const [provider, raw, previous] = [await ProviderSide.start(), await RawSide.start(), await ProviderSide.start()];
  const out: LockstepTurn[] = [];
  try {
    for (const [i, turn] of turns.entries()) {
      const runs: Array<() => Promise<unknown>> = [];
      const figures: Partial<LockstepTurn> = {};
      runs.push(async () => void (figures.provider = await provider.turn(turn)));
      runs.push(async () => void (figures.raw = await raw.turn(turn)));
      runs.push(async () => void (figures.previous = await previous.turn(previousTurns[i] as Turn)));
      for (let k = 0; k < runs.length; k++) await (runs[(i + k) % runs.length] as () => Promise<unknown>)();
      out.push(figures as LockstepTurn);
    }
  } finally {
    await provider.dispose();
    await raw.dispose();
    await previous.dispose();
  }
  return out;
}

export interface CircuitOpenTurn {
  /** answer() called → first answer token, hybrid mode, remote circuit OPEN, local model preloaded by LlmService. */
  firstTokenMs: number;
  remoteRequests: number;
  /** Prompt tokens llama.cpp evaluated in the turn (token meter), and the prompt's length. */
  newTokens: number;
  promptTokens: number;
  /** Tokens the idle-time prefill after the previous turn evaluated (0 when the turn did not wait for it). */
  prefilledTokens: number;
}

/**
 * "Circuit open → first answer token" through the app's own path: LlmService in hybrid mode (real SQLite settings),
 * remote at a fake server that fails, breaker opening after one failed turn, the local model preloaded by the service.
 * Each turn's history holds the answers really given (as the chat layer stores and sends them). With `idle`, each turn
 * waits for the prefill started after the previous one (the person reading the answer and typing); without, turns run
 * back to back and each stops the previous prefill at once. Back to back with a 0 budget is the path before the
 * prefill and the time cap (the figure to compare with under the same load). Each round's first turn (no history; in round 0 it opens the circuit) is not counted.
 */
export async function circuitOpenTurns(turns: Turn[], rounds: number, idle: boolean, newMessageBudgetMs?: number): Promise<CircuitOpenTurn[]> {
  const server = await FakeOpenAiServer.start({ defaultChatReply: { kind: 'error', status: 500 } });
  const budget = newMessageBudgetMs === undefined ? {} : { localNewMessageBudgetMs: newMessageBudgetMs };
  const harness = createLlmService({ breaker: { failureThreshold: 1 }, remotePolicy: { maxAttempts: 1 }, localMaxTokens: MAX_TOKENS, ...budget });
  const out: CircuitOpenTurn[] = [];
  try {
    const { llm } = harness;
    await llm.saveSettings({ mode: 'hybrid', remote: { baseUrl: server.baseURL, model: 'm' }, local: { modelPath: TINY_MODEL_PATH, threads: THREADS, contextSize: CONTEXT_SIZE } });
    if (!(await llm.whenLocalReady())) throw new Error('the local model should be preloaded in hybrid mode');
    for (let round = 0; round < rounds; round++) {
      const answers: string[] = [];
      for (const [i, turn] of turns.entries()) {
        const prefilledTokens = idle ? await llm.whenNextTurnPrepared() : 0;
        const sent = server.chatRequests.length;
        const started = performance.now();
        let first = 0;
        const answer = await llm.answer({ messages: withAnswers(turn.messages, answers), temperature: 0 }, { onToken: () => void (first ||= performance.now() - started) });
        if (answer.provider !== 'local') throw new Error(`expected a local answer, got ${answer.provider}`);
        answers.push(answer.text);
        if (round === 0 && i === 0 && llm.getStatus().breaker !== 'open') throw new Error('the circuit should be open');
        // A round's first turn has no history: in round 0 it opens the circuit, later it restarts the same conversation
        // (its question matches the prefilled history of the last round when its context is cut: not a real turn).
        if (i === 0) continue;
        const reuse = llm.localPromptReuse();
        out.push({ firstTokenMs: first, remoteRequests: server.chatRequests.length - sent, newTokens: reuse?.newTokens ?? 0, promptTokens: reuse?.promptTokens ?? 0, prefilledTokens });
      }
    }
  } finally {
    await harness.cleanup();
    await server.stop();
  }
  return out;
}

/** The turn's messages with the earlier assistant messages replaced by the answers really given, in order. */
function withAnswers(messages: LlmMessage[], answers: string[]): LlmMessage[] {
  let k = 0;
  return messages.map((m) => (m.role === 'assistant' && k < answers.length ? { role: 'assistant', content: answers[k++] ?? '' } : m));
}

export { previousLayout };
