// Local first token with the app's real prompt: the system text with the tool list, the conversation so far, and the
// per-turn context (freshness + the demo home's search matches) built by buildLlmMessages, over a 5-turn conversation.
// Compared in one run with raw node-llama-cpp given the same history items, and with the previous prompt layout
// (per-turn context inside the system message) through the same provider. Free-text answers (no grammar) so that the
// first token is the first generated token on every side; the tool list is still in the prompt.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GeneralChatWrapper, getLlama, LlamaChat, LlamaLogLevel, type ChatHistoryItem, type Token } from 'node-llama-cpp';
import type { ChatMessage } from '../../src-preload/contract';
import { buildLlmMessages, type LlmContextInput } from '../../src-main/chat/buildLlmMessages';
import { CircuitBreaker } from '../../src-main/llm/CircuitBreaker';
import { buildLocalChatHistory, toolPreamble } from '../../src-main/llm/localChatHistory';
import { LlmError } from '../../src-main/llm/LlmError';
import type { LlmMessage } from '../../src-main/llm/LlmProvider';
import { LlmRouter } from '../../src-main/llm/LlmRouter';
import { LocalLlmProvider } from '../../src-main/llm/LocalLlmProvider';
import { RemoteLlmProvider } from '../../src-main/llm/RemoteLlmProvider';
import { NodePlatform } from '../../src-main/platform/NodePlatform';
import { createMainServices } from '../../src-main/services';
import { TINY_MODEL_PATH } from '../../tests/support/testModel';

const THREADS = 1;
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
  const current = buildLlmMessages(input).at(-1) as { content: string };
  const turnContext = current.content.slice(0, current.content.lastIndexOf('\n\nQuestion: '));
  return [{ role: 'system', content: `${(system as { content: string }).content}\n${turnContext}` }, ...rest.slice(0, -1), { role: 'user', content: input.question }];
};

export interface Turn {
  messages: LlmMessage[];
}

/** The 7 turns of the conversation, each with the demo home's real search matches for its question. */
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

export interface ProviderRun {
  firstTokenMs: number[];
  newTokens: number[];
  promptTokens: number[];
}

/** The turns through LocalLlmProvider (a fresh instance: turn 1 includes loading the model). */
export async function providerConversation(turns: Turn[]): Promise<ProviderRun> {
  const provider = new LocalLlmProvider({ modelPath: TINY_MODEL_PATH, threads: THREADS, gpu: false, contextSize: CONTEXT_SIZE, idleUnloadMs: 0, maxTokens: MAX_TOKENS });
  const run: ProviderRun = { firstTokenMs: [], newTokens: [], promptTokens: [] };
  try {
    await provider.warmUp(); // loading the file is not prompt evaluation: turn 1 is "cold" = empty sequence
    for (const turn of turns) {
      const started = performance.now();
      let first = 0;
      for await (const event of provider.chat({ messages: turn.messages, temperature: 0 }, new AbortController().signal)) {
        if (event.type === 'token' && !first) first = performance.now() - started;
      }
      run.firstTokenMs.push(first);
      run.newTokens.push(provider.lastPromptReuse?.newTokens ?? 0);
      run.promptTokens.push(provider.lastPromptReuse?.promptTokens ?? 0);
    }
  } finally {
    await provider.dispose();
  }
  return run;
}

export interface RawRun {
  firstTokenMs: number[];
  /** Evaluation time of only the tokens each turn could not reuse, at their positions in the sequence. */
  newTokensEvalMs: number[];
  newTokens: number[];
}

/** The same history items through raw node-llama-cpp: one LlamaChat on one sequence, as the provider keeps it. */
export async function rawConversation(turns: Turn[]): Promise<RawRun> {
  const llama = await getLlama({ gpu: false, build: 'never', logLevel: LlamaLogLevel.error, maxThreads: THREADS });
  const model = await llama.loadModel({ modelPath: TINY_MODEL_PATH });
  const context = await model.createContext({ contextSize: CONTEXT_SIZE, threads: THREADS, sequences: 1 });
  const sequence = context.getSequence();
  const chat = new LlamaChat({ contextSequence: sequence, chatWrapper: new GeneralChatWrapper() });
  const run: RawRun = { firstTokenMs: [], newTokensEvalMs: [], newTokens: [] };
  try {
    for (const turn of turns) {
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
      run.firstTokenMs.push(first);
      // Replay only this turn's new prompt tokens on top of the reused prefix, timed.
      const after = sequence.contextTokens.slice();
      const promptTokens = after.length - generated;
      let reused = 0;
      while (reused < before.length && reused < promptTokens && before[reused] === after[reused]) reused++;
      const fresh = after.slice(reused, promptTokens) as Token[];
      await sequence.eraseContextTokenRanges([{ start: reused, end: sequence.nextTokenIndex }]);
      const t = performance.now();
      await sequence.evaluateWithoutGeneratingNewTokens(fresh);
      run.newTokensEvalMs.push(performance.now() - t);
      run.newTokens.push(fresh.length);
    }
  } finally {
    chat.dispose();
    await context.dispose();
    await model.dispose();
    await llama.dispose();
  }
  return run;
}

/** Hybrid mode with the remote circuit OPEN: time from answer() to the first local token, warm model. */
export async function circuitOpenToFirstToken(turns: Turn[], rounds: number): Promise<number[]> {
  const breaker = new CircuitBreaker({ failureThreshold: 1 });
  await breaker.execute(() => Promise.reject(new LlmError('network', 'connect ECONNREFUSED'))).catch(() => undefined);
  const local = new LocalLlmProvider({ modelPath: TINY_MODEL_PATH, threads: THREADS, gpu: false, contextSize: CONTEXT_SIZE, idleUnloadMs: 0, maxTokens: MAX_TOKENS });
  const remote = new RemoteLlmProvider({ baseURL: 'http://127.0.0.1:9/v1', model: 'gone', secrets: { isEncrypted: false, get: async () => 'sk', set: async () => undefined, delete: async () => undefined } });
  const router = new LlmRouter({ remote, local, mode: 'hybrid', remoteBreaker: breaker });
  if (breaker.stateName !== 'open') throw new Error('the circuit should be open');
  const times: number[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      for (const [i, turn] of turns.entries()) {
        const started = performance.now();
        let first = 0;
        const answer = await router.answer({ messages: turn.messages, temperature: 0 }, { onToken: () => void (first ||= performance.now() - started) });
        if (answer.provider !== 'local') throw new Error(`expected a local answer, got ${answer.provider}`);
        if (round > 0 || i > 0) times.push(first); // warm: the model is loaded and the sequence holds the stable prefix
      }
    }
  } finally {
    router.dispose();
    await local.dispose();
  }
  return times;
}

export { previousLayout };
