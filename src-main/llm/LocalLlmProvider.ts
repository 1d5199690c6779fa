// A GGUF model run in-process by node-llama-cpp. The library is ESM-only and loads a native addon, so it is imported
// lazily on first use; the model is loaded on first chat and unloaded after an idle period to give the RAM back.
// When tools are offered, sampling is constrained by a JSON-schema grammar: the output is always either
// {"answer": "..."} or a call of one offered tool, which is then validated with zod.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Llama, LlamaChat, LlamaContext, LlamaGrammar, LlamaModel } from 'node-llama-cpp';
import type { Disposable } from '../lifecycle/Disposable';
import { JsonAnswerStreamer } from './JsonAnswerStreamer';
import { EvaluationSpeed } from './EvaluationSpeed';
import { LlmError } from './LlmError';
import { buildLocalChatHistory } from './localChatHistory';
import type { LlmProvider, LlmRequest, LlmStreamEvent } from './LlmProvider';
import { buildReplyGrammarSchema, parseLocalReply, type ReplyFormatLimits } from './localReplyFormat';
import { ModelUseSlot } from './ModelUseSlot';
import { PushIterable } from './PushIterable';
import { measureReuse, type PromptReuse } from './PromptReuse';

export interface LocalLlmProviderOptions {
  modelPath: string;
  /**
   * CPU threads for evaluation. Always set it: llama.cpp's default on a small shared machine oversubscribes the
   * cores and a tiny model became ~500x slower in our measurements.
   */
  threads: number;
  /** Context window in tokens (default 2048, never more than the model was trained on). */
  contextSize?: number;
  /** Unload the model after this long without a chat (default 5 min; 0 keeps it loaded). */
  idleUnloadMs?: number;
  /** Default cap on generated tokens per call (default 512). */
  maxTokens?: number;
  /** Offer tier 2/3 (write) tools to the local model too; off by default. */
  allowWriteTools?: boolean;
  /** 'auto' picks Metal/CUDA/Vulkan when present; tests use false (CPU). Default 'auto'. */
  gpu?: false | 'auto';
  replyLimits?: ReplyFormatLimits;
  /**
   * Time budget for evaluating a turn's new message (its context and question) on a warm sequence, default 200 ms; 0
   * turns it off. With the measured evaluation speed (EvaluationSpeed) it caps a failover turn's message at
   * budget / ms-per-token tokens, never below a floor: on a slow CPU the first token stays fast, on a fast one nothing
   * is cut.
   */
  newMessageBudgetMs?: number;
}

const DEFAULT_NEW_MESSAGE_BUDGET_MS = 200;

interface Loaded {
  model: LlamaModel;
  context: LlamaContext;
  /** One chat on the context's one sequence, kept between turns so llama.cpp reuses the unchanged prompt prefix. */
  chat: LlamaChat;
  /** Grammars by tool set: the same tools every turn, so the same grammar. */
  grammars: Map<string, LlamaGrammar>;
  /** Token counts by text: the system text and the history repeat every turn, and are counted twice per turn. */
  tokenCounts: Map<string, number>;
}

export class LocalLlmProvider implements LlmProvider, Disposable {
  readonly id = 'local' as const;
  private llama: Llama | null = null;
  private loaded: Promise<Loaded> | null = null;
  /** One user of the context sequence at a time; unloads the model after the idle period. */
  private readonly slot = new ModelUseSlot(
    () => (this.disposed || this.keepLoaded ? 0 : (this.options.idleUnloadMs ?? 5 * 60_000)),
    () => void this.unload(),
  );
  private disposed = false;
  private keepLoaded = false;
  private promptReuse: PromptReuse | null = null;
  private lastLoad: { ms: number; at: string } | null = null;
  /** Stops for the generations running now: dispose() pulls them before it frees the model they run on. */
  private readonly running = new Set<AbortController>();
  /** The idle-time prefill running or waiting for the model; a turn stops it. */
  private prefillStop: AbortController | null = null;
  /** Measured prompt-evaluation cost at the recent positions of the sequence. */
  private readonly speed = new EvaluationSpeed();

  constructor(private readonly options: LocalLlmProviderOptions) {}

  get model(): string {
    return path.basename(this.options.modelPath).replace(/\.gguf$/i, '');
  }

  /** Whether the model is in memory right now (for status and tests of idle unload). */
  get isLoaded(): boolean {
    return this.loaded !== null;
  }

  /** How long the last load took and when it finished (the telemetry panel's "model load"), or null before one. */
  get lastLoadTiming(): { ms: number; at: string } | null {
    return this.lastLoad;
  }

  /** Prompt reuse of the last completed generation, or null before the first. */
  get lastPromptReuse(): PromptReuse | null {
    return this.promptReuse;
  }

  /** Loads the model now rather than on the first question (e.g. when the user switches to local mode). */
  async warmUp(): Promise<void> {
    const release = await this.slot.enter();
    try {
      await this.load();
    } finally {
      release();
    }
  }

  /**
   * Keeps the model in memory (no idle unload) while set: in hybrid mode it has to answer the moment the remote fails,
   * and reloading a GGUF takes seconds. Clearing it starts the idle countdown again.
   */
  setKeepLoaded(keep: boolean): void {
    this.keepLoaded = keep;
    if (keep) this.slot.cancelIdle();
    else if (this.loaded) this.slot.startIdle();
  }

  async *chat(request: LlmRequest, signal: AbortSignal): AsyncIterable<LlmStreamEvent> {
    if (signal.aborted) throw new LlmError('aborted', 'The request was stopped.');
    this.prefillStop?.abort(); // a turn never waits for a prefill beyond the chunk it is evaluating
    const release = await this.slot.enter();
    try {
      if (signal.aborted) throw new LlmError('aborted', 'The request was stopped.');
      const loaded = await this.load();
      yield* this.generate(loaded, request, signal);
    } finally {
      release();
    }
  }

  /**
   * Evaluates the conversation so far into the context sequence while the person reads and types: `request` is the
   * next turn's messages without its question (system text, history, ending with the last answer), with the same
   * tools and maxTokens, so it renders to the prefix that turn will render and the turn evaluates only its new
   * message. Runs in chunks of about PREFILL_CHUNK_MS and ends between two chunks as soon as a turn wants the model
   * (or `signal` aborts). Never loads the model. Resolves to the tokens it evaluated (llama.cpp's token meter).
   */
  async prefill(request: LlmRequest, signal?: AbortSignal): Promise<number> {
    if (this.disposed || !this.loaded) return 0;
    const stop = new AbortController();
    this.prefillStop?.abort();
    this.prefillStop = stop;
    const forwardAbort = (): void => stop.abort();
    signal?.addEventListener('abort', forwardAbort, { once: true });
    const release = await this.slot.enter();
    this.running.add(stop);
    try {
      if (stop.signal.aborted || this.disposed || !this.loaded) return 0;
      const loaded = await this.loaded;
      const { tools, maxTokens } = this.turnShape(request);
      const budget = loaded.context.contextSize - maxTokens;
      const { history } = buildLocalChatHistory(request.messages, tools, (text) => countTokens(loaded, text), budget);
      const tokens = loaded.chat.chatWrapper.generateContextState({ chatHistory: history }).contextText.tokenize(loaded.model.tokenizer);
      if (tokens.length >= budget) return 0; // the turn itself would shift the context: nothing to prepare
      const sequence = loaded.chat.sequence;
      const meterBefore = sequence.tokenMeter.getState();
      let at = sequence.compareContextTokens(tokens).firstDifferentIndex;
      if (at < sequence.nextTokenIndex) await sequence.eraseContextTokenRanges([{ start: at, end: sequence.nextTokenIndex }]);
      while (at < tokens.length && !stop.signal.aborted) {
        const chunk = tokens.slice(at, at + this.speed.prefillChunkTokens());
        const started = performance.now();
        await sequence.evaluateWithoutGeneratingNewTokens(chunk);
        this.speed.note(chunk.length, performance.now() - started);
        at += chunk.length;
      }
      return sequence.tokenMeter.diff(meterBefore).usedInputTokens;
    } catch {
      return 0; // a prefill is an optimisation: the turn evaluates whatever is missing
    } finally {
      signal?.removeEventListener('abort', forwardAbort);
      this.running.delete(stop);
      if (this.prefillStop === stop) this.prefillStop = null;
      release();
    }
  }

  /**
   * Stops the running generation (its stream ends with kind `aborted`), waits until it and every queued call have
   * left the model, then frees it. Freeing first is what made a turn die with llama.cpp's "Object is disposed".
   */
  async dispose(): Promise<void> {
    this.disposed = true;
    this.slot.cancelIdle();
    for (const stop of this.running) stop.abort();
    await this.slot.drained();
    await this.unload();
    await this.llama?.dispose();
    this.llama = null;
  }

  /** The tools the local model is offered and the reply cap: a prefill must render the prompt the turn will render. */
  private turnShape(request: LlmRequest): { tools: NonNullable<LlmRequest['tools']>; maxTokens: number } {
    return {
      tools: (request.tools ?? []).filter((t) => t.tier === 1 || this.options.allowWriteTools === true),
      maxTokens: request.maxTokens ?? this.options.maxTokens ?? 512,
    };
  }

  /** The cap on a failover turn's new message from the evaluation-time budget; none before a measurement or otherwise. */
  private newMessageTokenCap(request: LlmRequest): number {
    if (request.latencyCritical !== true) return Number.POSITIVE_INFINITY;
    return this.speed.tokensWithin(this.options.newMessageBudgetMs ?? DEFAULT_NEW_MESSAGE_BUDGET_MS);
  }

  private async *generate(loaded: Loaded, request: LlmRequest, signal: AbortSignal): AsyncGenerator<LlmStreamEvent> {
    const { tools, maxTokens } = this.turnShape(request);
    // Small models spend about one token per character; an answer longer than the token budget could never close
    // its JSON, so the grammar caps it below maxTokens.
    const limits = { ...this.options.replyLimits, maxAnswerLength: Math.min(this.options.replyLimits?.maxAnswerLength ?? 2000, Math.max(16, maxTokens - 32)) };
    const grammar = tools.length ? await this.grammarFor(loaded, tools, limits) : undefined;
    const { history, systemText } = buildLocalChatHistory(request.messages, tools, (text) => countTokens(loaded, text), loaded.context.contextSize - maxTokens, this.newMessageTokenCap(request));
    const sequence = loaded.chat.sequence;
    const meterBefore = sequence.tokenMeter.getState();
    const generationStarted = performance.now();
    let evaluatedBeforeFirstToken: number | null = null;
    let generatedTokens = 0;
    // Our own controller, so that a consumer leaving early also stops the generation before the lock is released.
    const stop = new AbortController();
    const forwardAbort = (): void => stop.abort();
    if (signal.aborted || this.disposed) stop.abort();
    else signal.addEventListener('abort', forwardAbort, { once: true });
    this.running.add(stop);
    const events = new PushIterable<LlmStreamEvent>();
    const streamer = grammar ? new JsonAnswerStreamer() : null;
    let streamed = '';
    const onTextChunk = (chunk: string): void => {
      const text = streamer ? streamer.push(chunk) : chunk;
      if (!text) return;
      streamed += text;
      events.push({ type: 'token', text });
    };
    const generation = loaded.chat
      .generateResponse(history, {
        maxTokens,
        ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
        ...(grammar ? { grammar } : {}),
        signal: stop.signal,
        stopOnAbortSignal: true,
        onTextChunk,
        onToken: (tokens) => {
          if (evaluatedBeforeFirstToken === null) {
            const used = sequence.tokenMeter.diff(meterBefore);
            evaluatedBeforeFirstToken = used.usedInputTokens;
            this.speed.note(used.usedInputTokens, performance.now() - generationStarted);
          }
          generatedTokens += tokens.length;
        },
      })
      .then(
        (response) => {
          events.end();
          return response;
        },
        (error: unknown) => {
          events.fail(stop.signal.aborted ? new LlmError('aborted', 'The request was stopped.') : new LlmError('unavailable', `The local model failed: ${message(error)}`, { cause: error }));
          return null;
        },
      );
    let response;
    try {
      yield* events;
      response = await generation;
    } finally {
      signal.removeEventListener('abort', forwardAbort);
      if (!response) {
        stop.abort();
        await generation;
      }
      this.running.delete(stop);
    }
    if (!response) return; // the failure was already thrown through `events`
    if (evaluatedBeforeFirstToken !== null) this.promptReuse = measureReuse(sequence.nextTokenIndex, generatedTokens, evaluatedBeforeFirstToken, countTokens(loaded, systemText));
    if (stop.signal.aborted || response.metadata.stopReason === 'abort') throw new LlmError('aborted', 'The request was stopped.');
    const truncated = response.metadata.stopReason === 'maxTokens';
    if (!grammar) {
      yield { type: 'done', finishReason: truncated ? 'length' : 'stop' };
      return;
    }
    let reply;
    try {
      reply = parseLocalReply(response.response, tools.map((t) => t.name));
    } catch (error) {
      // Cut off by the token limit in the middle of an answer: what was shown is the answer, like a remote 'length'.
      if (truncated && streamer?.isAnswer) {
        yield { type: 'done', finishReason: 'length' };
        return;
      }
      throw new LlmError('malformed', `The local model's output did not fit the reply format: ${message(error)}.`, { cause: error });
    }
    if (reply.kind === 'answer') {
      // The streamer decodes incrementally; make sure nothing at the tail was held back.
      if (reply.text.startsWith(streamed) && reply.text.length > streamed.length) yield { type: 'token', text: reply.text.slice(streamed.length) };
      yield { type: 'done', finishReason: 'stop' };
      return;
    }
    yield { type: 'tool_call', id: `local_${Date.now().toString(36)}`, name: reply.name, arguments: reply.arguments };
    yield { type: 'done', finishReason: 'tool_calls' };
  }

  private async grammarFor(loaded: Loaded, tools: LlmRequest['tools'] & object, limits: ReplyFormatLimits): Promise<LlamaGrammar> {
    const key = JSON.stringify([tools.map((t) => [t.name, t.parameters]), limits]);
    let grammar = loaded.grammars.get(key);
    if (!grammar) {
      grammar = await (this.llama as Llama).createGrammarForJsonSchema(buildReplyGrammarSchema(tools, limits) as never);
      if (loaded.grammars.size > 8) loaded.grammars.clear();
      loaded.grammars.set(key, grammar);
    }
    return grammar;
  }

  private async load(): Promise<Loaded> {
    if (this.disposed) throw new LlmError('unavailable', 'The local model was shut down.');
    this.loaded ??= this.loadFresh().catch((error: unknown) => {
      this.loaded = null;
      throw error;
    });
    return this.loaded;
  }

  private async loadFresh(): Promise<Loaded> {
    const { modelPath } = this.options;
    if (!existsSync(modelPath)) throw new LlmError('unavailable', `The local model file is missing: ${modelPath}`);
    const started = performance.now();
    try {
      const lib = await import('node-llama-cpp');
      this.llama ??= await lib.getLlama({
        gpu: this.options.gpu ?? 'auto',
        build: 'never',
        logLevel: lib.LlamaLogLevel.error,
        maxThreads: this.options.threads,
      });
      const model = await this.llama.loadModel({ modelPath });
      const contextSize = Math.min(this.options.contextSize ?? 2048, model.trainContextSize);
      const context = await model.createContext({ contextSize, threads: this.options.threads, sequences: 1 });
      // A GGUF without a chat template gets the plain "### User / ### Assistant" wrapper rather than a guessed one.
      const hasTemplate = typeof model.fileInfo.metadata.tokenizer?.chat_template === 'string';
      const chat = new lib.LlamaChat({
        contextSequence: context.getSequence(),
        chatWrapper: hasTemplate ? 'auto' : new lib.GeneralChatWrapper(),
      });
      this.lastLoad = { ms: Math.round(performance.now() - started), at: new Date().toISOString() };
      return { model, context, chat, grammars: new Map(), tokenCounts: new Map() };
    } catch (error) {
      throw new LlmError('unavailable', `The local model could not be loaded: ${message(error)}`, { cause: error });
    }
  }

  private async unload(): Promise<void> {
    const loaded = this.loaded;
    this.loaded = null;
    if (!loaded) return;
    try {
      const { chat, context, model } = await loaded;
      chat.dispose();
      await context.dispose();
      await model.dispose();
    } catch {
      // A model that failed to load has nothing to release.
    }
  }
}

const TOKEN_COUNT_CACHE_SIZE = 256;

function countTokens(loaded: Loaded, text: string): number {
  let count = loaded.tokenCounts.get(text);
  if (count === undefined) {
    count = loaded.model.tokenize(text).length;
    if (loaded.tokenCounts.size >= TOKEN_COUNT_CACHE_SIZE) loaded.tokenCounts.clear();
    loaded.tokenCounts.set(text, count);
  }
  return count;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
