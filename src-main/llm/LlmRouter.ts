// Chooses the model for a turn and runs the tool loop. Modes: remote | local | hybrid (default). In hybrid the remote
// model is used while its circuit allows; a failure before the first token continues the SAME turn on the local
// model; a failure after tokens returns what was shown, marked interrupted, so the UI can offer "continue locally"
// or "retry". Tool calls: tier 1 (read-only) go to `executeTool`; anything else is returned as a proposal and never
// executed here. Tool results reach the model as JSON data in a tool message.
import type { LlmMode, ServiceState, ToolCallRecord, ToolDescription } from '../../src-preload/contract/views';
import type { Disposable } from '../lifecycle/Disposable';
import { Emitter, type Event } from '../lifecycle/Emitter';
import { CircuitBreaker, type BreakerStateName, type CircuitBreakerOptions } from './CircuitBreaker';
import { describeLlmFailure } from './describeLlmFailure';
import { type LlmError, toLlmError } from './LlmError';
import type { LlmMessage, LlmProvider, LlmProviderId, LlmRequest } from './LlmProvider';
import { ResilientChat, type ResilientChatOptions } from './ResilientChat';

export type ToolOutcome = { ok: true; result: unknown } | { ok: false; error: string };

export interface LlmToolProposal {
  id: string;
  name: string;
  arguments: Record<string, unknown>;
  tier: 1 | 2 | 3;
}

export interface AnswerOptions {
  signal?: AbortSignal;
  onToken?: (text: string) => void;
  onToolCall?: (call: ToolCallRecord) => void;
  /** Runs a read-only tool. Without it, tool calls get an error result the model can read. */
  executeTool?: (name: string, args: Record<string, unknown>) => Promise<ToolOutcome>;
  /** Model calls per turn, tool rounds included (default the router's maxSteps). */
  maxSteps?: number;
  /** Overrides the mode for this turn only ("continue locally" after an interrupted remote reply). */
  mode?: LlmMode;
  /** The turn's logger (bound to its correlation id by the caller). */
  log?: AnswerLog;
}

export interface AnswerLog {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
}

export interface LlmAnswer {
  text: string;
  provider: LlmProviderId | 'none';
  model: string | null;
  /** Why the preferred model did not (fully) answer; null when it did. */
  fallback_reason: string | null;
  /** The text is partial: the provider failed mid-answer or the user stopped it. */
  interrupted: boolean;
  /** The user's signal stopped the turn. */
  stopped: boolean;
  first_token_ms: number | null;
  tool_calls: ToolCallRecord[];
  /** Write tools the model asked for: for the approval gate, never executed by the router. */
  proposals: LlmToolProposal[];
  /** The last failure seen in this turn, for logs and the settings screen ("401: bad key"). */
  failure: { provider: LlmProviderId; kind: LlmError['kind']; message: string; status?: number } | null;
  notice: string | null;
}

export interface LlmRouterStatus {
  mode: LlmMode;
  remote: ServiceState;
  local: ServiceState;
  breaker: BreakerStateName;
  /** While the remote circuit is OPEN: when it lets the next probe through (epoch ms). */
  nextProbeAt: number | null;
  model: string | null;
}

type PolicyOptions = Omit<ResilientChatOptions, 'breaker'> & { breaker?: CircuitBreakerOptions };

export interface LlmRouterOptions {
  remote?: LlmProvider | null;
  local?: LlmProvider | null;
  mode?: LlmMode;
  remotePolicy?: PolicyOptions;
  /**
   * The remote circuit, owned by whoever outlives this router (LlmService keeps it per base URL, so saving settings
   * does not silently close an open circuit). Without it the router makes its own from remotePolicy.breaker.
   */
  remoteBreaker?: CircuitBreaker;
  /** Local defaults: one try, no first-byte timeout (loading a model takes seconds). */
  localPolicy?: PolicyOptions;
  maxSteps?: number;
  /** Longest tool result passed back to the model, in characters (default 8000). */
  maxToolResultChars?: number;
  /** Live remote health from a HealthMonitor; without it the router's own last outcome is used. */
  remoteHealth?: () => ServiceState;
  now?: () => number;
}

interface Candidate {
  id: LlmProviderId;
  provider: LlmProvider;
  chat: ResilientChat;
}

export class LlmRouter {
  private mode: LlmMode;
  private readonly remote: Candidate | null;
  private readonly local: Candidate | null;
  private readonly now: () => number;
  private lastOutcome: Record<LlmProviderId, 'ok' | 'failed' | 'unknown'> = { remote: 'unknown', local: 'unknown' };
  private readonly statusEmitter = new Emitter<LlmRouterStatus>();
  private readonly breakerSubscription: Disposable | null;

  readonly onDidChangeStatus: Event<LlmRouterStatus> = this.statusEmitter.event;

  constructor(private readonly options: LlmRouterOptions) {
    this.mode = options.mode ?? 'hybrid';
    this.now = options.now ?? (() => performance.now());
    this.remote = options.remote ? { id: 'remote', provider: options.remote, chat: makeChat(options.remotePolicy, {}, options.remoteBreaker) } : null;
    this.local = options.local
      ? { id: 'local', provider: options.local, chat: makeChat(options.localPolicy, { maxAttempts: 1, firstByteTimeoutMs: null }) }
      : null;
    this.breakerSubscription = this.remote?.chat.breaker.onDidChangeState(() => this.statusEmitter.fire(this.getStatus())) ?? null;
  }

  /** Stops listening to the (possibly shared) breaker; the providers belong to the caller. */
  dispose(): void {
    void this.breakerSubscription?.dispose();
    this.statusEmitter.dispose();
  }

  /** The remote circuit breaker (for the health monitor and for tests). */
  get remoteBreaker(): CircuitBreaker | null {
    return this.remote?.chat.breaker ?? null;
  }

  setMode(mode: LlmMode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    this.statusEmitter.fire(this.getStatus());
  }

  resetCircuit(): void {
    this.remote?.chat.breaker.reset();
    this.local?.chat.breaker.reset();
  }

  getStatus(): LlmRouterStatus {
    const breaker = this.remote?.chat.breaker.stateName ?? 'closed';
    const first = this.candidates()[0];
    return {
      mode: this.mode,
      remote: this.remoteState(breaker),
      local: !this.local ? 'not_configured' : this.lastOutcome.local === 'failed' ? 'degraded' : 'healthy',
      breaker,
      nextProbeAt: this.remote?.chat.breaker.nextProbeAt ?? null,
      model: first?.provider.model ?? null,
    };
  }

  async answer(request: LlmRequest, options: AnswerOptions = {}): Promise<LlmAnswer> {
    const signal = options.signal ?? NEVER_ABORTED;
    const started = this.now();
    const maxSteps = Math.max(1, options.maxSteps ?? this.options.maxSteps ?? 4);
    const candidates = this.candidates(options.mode);
    // Copied only when a tool round adds to it: most turns are one model call.
    let messages: LlmMessage[] = request.messages;
    const result: LlmAnswer = {
      text: '',
      provider: 'none',
      model: null,
      fallback_reason: null,
      interrupted: false,
      stopped: false,
      first_token_ms: null,
      tool_calls: [],
      proposals: [],
      failure: null,
      notice: null,
    };
    if (candidates.length === 0) {
      result.fallback_reason = `no ${this.mode === 'hybrid' ? '' : `${this.mode} `}model is configured`;
      return result;
    }
    const onToken = (text: string): void => {
      // The turn's result is frozen at Stop: a token still in flight must not change what was returned or shown.
      if (signal.aborted) return;
      if (result.first_token_ms === null) result.first_token_ms = Math.round(this.now() - started);
      result.text += text;
      options.onToken?.(text);
    };
    let current = 0;
    for (let step = 0; step < maxSteps; step++) {
      const lastStep = step === maxSteps - 1;
      // On the last step no tools are offered, so the model has to answer with what it has.
      const stepRequest: LlmRequest = { ...request, messages, ...(lastStep || !request.tools?.length ? { tools: [] } : {}) };
      const textBefore = result.text.length;
      let outcome: Awaited<ReturnType<ResilientChat['run']>> | null = null;
      while (!outcome) {
        const candidate = candidates[current];
        if (!candidate) {
          result.provider = 'none';
          result.model = null;
          return result;
        }
        try {
          // After a failed model the person has waited already: the next one answers with its latency cap.
          const attempt = current > 0 ? { ...stepRequest, latencyCritical: true } : stepRequest;
          outcome = await candidate.chat.run(candidate.provider, attempt, signal, onToken);
          result.provider = candidate.id;
          result.model = modelOf(candidate, request);
          this.recordOutcome(candidate.id, 'ok');
        } catch (error) {
          const failure = toLlmError(error);
          if (failure.kind === 'aborted' || signal.aborted) {
            result.provider = candidate.id;
            result.model = modelOf(candidate, request);
            result.stopped = true;
            result.interrupted = true;
            return result;
          }
          if (failure.kind !== 'client' && failure.kind !== 'malformed') this.recordOutcome(candidate.id, 'failed');
          result.failure = { provider: candidate.id, kind: failure.kind, message: failure.message, ...(failure.status === undefined ? {} : { status: failure.status }) };
          result.fallback_reason = describeLlmFailure(candidate.id, failure);
          if (failure.afterFirstToken || result.text.length > textBefore) {
            // Tokens are on screen: never continue silently on another model.
            result.provider = candidate.id;
            result.model = modelOf(candidate, request);
            result.interrupted = true;
            options.log?.warn('model interrupted mid-answer', { provider: candidate.id, kind: failure.kind, reason: result.fallback_reason });
            return result;
          }
          current++;
          const next = candidates[current];
          options.log?.warn(next ? 'model failed over' : 'no model answered', {
            from: candidate.id,
            ...(next ? { to: next.id } : {}),
            kind: failure.kind,
            reason: result.fallback_reason,
          });
        }
      }
      if (outcome.toolCalls.length === 0) return result;
      if (lastStep) {
        result.notice = `stopped after ${maxSteps} model steps`;
        return result;
      }
      if (messages === request.messages) messages = [...messages];
      messages.push({ role: 'assistant', content: result.text.slice(textBefore) || null, tool_calls: outcome.toolCalls });
      for (const call of outcome.toolCalls) {
        const tool = request.tools?.find((t) => t.name === call.name);
        if (tool && tool.tier !== 1) {
          result.proposals.push({ id: call.id, name: call.name, arguments: call.arguments, tier: tool.tier });
          continue;
        }
        const toolStarted = this.now();
        const toolOutcome = await this.runTool(tool, call.name, call.arguments, options);
        const duration_ms = Math.round((this.now() - toolStarted) * 100) / 100;
        const record: ToolCallRecord = { name: call.name, arguments: call.arguments, tier: 1, ok: toolOutcome.ok, summary: summarize(toolOutcome), duration_ms };
        result.tool_calls.push(record);
        options.onToolCall?.(record);
        const content = truncate(JSON.stringify(toolOutcome.ok ? { ok: true, result: toolOutcome.result } : { ok: false, error: toolOutcome.error }), this.options.maxToolResultChars ?? 8000);
        messages.push({ role: 'tool', tool_call_id: call.id, name: call.name, content });
      }
      if (result.proposals.length > 0) return result; // the approval gate decides; the turn ends here
      if (signal.aborted) {
        result.stopped = true;
        result.interrupted = true;
        return result;
      }
    }
    return result;
  }

  private async runTool(tool: ToolDescription | undefined, name: string, args: Record<string, unknown>, options: AnswerOptions): Promise<ToolOutcome> {
    if (!tool) return { ok: false, error: `unknown tool "${name}"` };
    if (!options.executeTool) return { ok: false, error: 'tools are not available in this turn' };
    try {
      return await options.executeTool(name, args);
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  private candidates(mode: LlmMode = this.mode): Candidate[] {
    switch (mode) {
      case 'remote':
        return this.remote ? [this.remote] : [];
      case 'local':
        return this.local ? [this.local] : [];
      case 'hybrid':
        return [this.remote, this.local].filter((c): c is Candidate => c !== null);
    }
  }

  private remoteState(breaker: BreakerStateName): ServiceState {
    if (!this.remote) return 'not_configured';
    if (breaker === 'open') return 'offline';
    if (breaker === 'half_open') return 'degraded';
    if (this.options.remoteHealth) return this.options.remoteHealth();
    return this.lastOutcome.remote === 'failed' ? 'degraded' : 'healthy';
  }

  private recordOutcome(id: LlmProviderId, outcome: 'ok' | 'failed'): void {
    this.lastOutcome[id] = outcome;
  }
}

/** For turns without Stop; creating an AbortController per call showed up in the first-token overhead (bench/llm). */
const NEVER_ABORTED: AbortSignal = new AbortController().signal;

function makeChat(policy: PolicyOptions | undefined, defaults: Omit<ResilientChatOptions, 'breaker'>, shared?: CircuitBreaker): ResilientChat {
  const { breaker, ...rest } = policy ?? {};
  return new ResilientChat({ ...defaults, ...rest, breaker: shared ?? new CircuitBreaker(breaker) });
}

function summarize(outcome: ToolOutcome): string {
  if (!outcome.ok) return `failed: ${outcome.error}`;
  const json = JSON.stringify(outcome.result) ?? 'null';
  return truncate(json, 160);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The model a candidate runs for this request: a conversation's own remote model, else the provider's. */
function modelOf(candidate: { id: string; provider: { model: string | null } }, request: LlmRequest): string | null {
  return candidate.id === 'remote' && request.remoteModel ? request.remoteModel : candidate.provider.model;
}
