// An OpenAI-compatible chat completions endpoint through the official SDK. The SDK's own retries are off: retries,
// timeouts and the breaker live in ResilientChat so that a stream that already showed tokens is never replayed.
import OpenAI from 'openai';
import type { ChatCompletionChunk, ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources/chat/completions';
import type { SecretStore } from '../platform/Platform';
import { LlmError } from './LlmError';
import { userMessageText, type LlmFinishReason, type LlmMessage, type LlmProvider, type LlmRequest, type LlmStreamEvent, type LlmToolCall } from './LlmProvider';
import { mapOpenAiError } from './mapOpenAiError';

export const REMOTE_API_KEY_SECRET = 'llm.remote.apiKey';

export interface RemoteLlmProviderOptions {
  baseURL: string;
  model: string;
  secrets: SecretStore;
  /** Secret name of the API key; servers that need no key (llama-server, Ollama) work without one. */
  apiKeySecret?: string;
  /** Whole-request ceiling given to the SDK; the first-byte timeout is ResilientChat's job. */
  requestTimeoutMs?: number;
}

export interface ConnectionTestResult {
  ok: boolean;
  latencyMs: number;
  models?: string[];
  error?: { kind: LlmError['kind']; message: string; status?: number };
}

// Many OpenAI-compatible local servers ignore auth, but the SDK refuses to start without some key.
const NO_KEY_PLACEHOLDER = 'no-key-configured';

export class RemoteLlmProvider implements LlmProvider {
  readonly id = 'remote' as const;
  /**
   * One client per provider, built on first use: the key is read from the SecretStore once, not on every turn (an
   * OS-keychain or safeStorage read per turn showed up in the first-token overhead). A new key means new settings,
   * and LlmService builds a new provider for them.
   */
  private client: Promise<OpenAI> | null = null;

  constructor(private readonly options: RemoteLlmProviderOptions) {}

  get model(): string {
    return this.options.model;
  }

  get baseURL(): string {
    return this.options.baseURL;
  }

  async *chat(request: LlmRequest, signal: AbortSignal): AsyncIterable<LlmStreamEvent> {
    const client = await this.getClient();
    const pending = new Map<number, { id: string; name: string; args: string }>();
    let finishReason: LlmFinishReason | null = null;
    let usage: { promptTokens: number; completionTokens: number } | undefined;
    try {
      const tools = request.tools?.length ? request.tools.map(toOpenAiTool) : undefined;
      const stream = await client.chat.completions.create(
        {
          model: request.remoteModel ?? this.options.model,
          messages: request.messages.map(toOpenAiMessage),
          stream: true,
          ...(tools ? { tools } : {}),
          ...(request.maxTokens === undefined ? {} : { max_tokens: request.maxTokens }),
          ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
        },
        { signal },
      );
      for await (const chunk of stream) {
        if (chunk.usage) usage = { promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens };
        const choice: ChatCompletionChunk.Choice | undefined = chunk.choices[0];
        if (!choice) continue;
        const text = choice.delta?.content;
        if (text) yield { type: 'token', text };
        for (const delta of choice.delta?.tool_calls ?? []) {
          // Tool calls arrive in pieces keyed by index: the id and name once, the arguments JSON in fragments.
          const entry = pending.get(delta.index) ?? { id: '', name: '', args: '' };
          if (delta.id) entry.id = delta.id;
          if (delta.function?.name) entry.name += delta.function.name;
          if (delta.function?.arguments) entry.args += delta.function.arguments;
          pending.set(delta.index, entry);
        }
        if (choice.finish_reason) finishReason = toFinishReason(choice.finish_reason);
      }
    } catch (error) {
      throw mapOpenAiError(error, signal);
    }
    if (signal.aborted) throw new LlmError('aborted', 'The request was stopped.');
    const calls = [...pending.entries()].sort(([a], [b]) => a - b).map(([index, call]) => parseToolCall(index, call));
    for (const call of calls) yield { type: 'tool_call', ...call };
    yield { type: 'done', finishReason: finishReason ?? (calls.length ? 'tool_calls' : 'stop'), ...(usage ? { usage } : {}) };
  }

  async listModels(signal?: AbortSignal): Promise<string[]> {
    const client = await this.getClient();
    const ownSignal = signal ?? new AbortController().signal;
    try {
      const ids: string[] = [];
      for await (const model of client.models.list({ signal: ownSignal })) ids.push(model.id);
      return ids;
    } catch (error) {
      throw mapOpenAiError(error, ownSignal);
    }
  }

  /** For the settings screen: one models call, timed, with a readable error instead of a throw. */
  async testConnection(signal?: AbortSignal): Promise<ConnectionTestResult> {
    const started = performance.now();
    try {
      const models = await this.listModels(signal);
      return { ok: true, latencyMs: Math.round(performance.now() - started), models };
    } catch (error) {
      const llmError = error instanceof LlmError ? error : mapOpenAiError(error, signal ?? new AbortController().signal);
      return {
        ok: false,
        latencyMs: Math.round(performance.now() - started),
        error: { kind: llmError.kind, message: llmError.message, ...(llmError.status === undefined ? {} : { status: llmError.status }) },
      };
    }
  }

  private getClient(): Promise<OpenAI> {
    this.client ??= this.createClient().catch((error: unknown) => {
      this.client = null; // a failed secret read is retried by the next call
      throw error;
    });
    return this.client;
  }

  private async createClient(): Promise<OpenAI> {
    const key = (await this.options.secrets.get(this.options.apiKeySecret ?? REMOTE_API_KEY_SECRET)) ?? NO_KEY_PLACEHOLDER;
    return new OpenAI({
      baseURL: this.options.baseURL,
      apiKey: key,
      maxRetries: 0,
      timeout: this.options.requestTimeoutMs ?? 120_000,
    });
  }
}

function parseToolCall(index: number, call: { id: string; name: string; args: string }): LlmToolCall {
  if (!call.name) throw new LlmError('malformed', `The remote model sent tool call #${index} without a name.`);
  let parsed: unknown;
  try {
    parsed = call.args.trim() === '' ? {} : JSON.parse(call.args);
  } catch (error) {
    throw new LlmError('malformed', `The remote model sent invalid JSON arguments for tool "${call.name}".`, { cause: error });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new LlmError('malformed', `The remote model sent arguments for tool "${call.name}" that are not a JSON object.`);
  }
  return { id: call.id || `call_${index}`, name: call.name, arguments: parsed as Record<string, unknown> };
}

function toFinishReason(reason: string): LlmFinishReason {
  if (reason === 'stop' || reason === 'length' || reason === 'tool_calls') return reason;
  if (reason === 'function_call') return 'tool_calls';
  return 'other';
}

function toOpenAiTool(tool: { name: string; description: string; parameters: Record<string, unknown> }): ChatCompletionTool {
  return { type: 'function', function: { name: tool.name, description: tool.description, parameters: tool.parameters } };
}

function toOpenAiMessage(message: LlmMessage): ChatCompletionMessageParam {
  switch (message.role) {
    case 'system':
      return { role: 'system', content: message.content };
    case 'user':
      return { role: 'user', content: userMessageText(message) };
    case 'assistant':
      return {
        role: 'assistant',
        content: message.content,
        ...(message.tool_calls?.length
          ? {
              tool_calls: message.tool_calls.map((call) => ({
                id: call.id,
                type: 'function' as const,
                function: { name: call.name, arguments: JSON.stringify(call.arguments) },
              })),
            }
          : {}),
      };
    case 'tool':
      return { role: 'tool', tool_call_id: message.tool_call_id, content: message.content };
  }
}
