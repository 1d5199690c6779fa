// The remote provider's speech: POST {baseURL}/audio/speech through the openai SDK (OpenAI, and the compatible servers
// that implement it: LocalAI, openedai-speech, Kokoro-FastAPI …). Plain text in, audio bytes out. Bounded: one
// request at a time per call, a size cap on what comes back, a timeout, and errors as AppErrors.
import OpenAI from 'openai';
import { AppError } from '../../src-shared/errors';
import type { SecretStore } from '../platform/Platform';
import { REMOTE_API_KEY_SECRET } from '../llm/RemoteLlmProvider';

/** Some ten minutes of speech at 128 kbit/s: more is not a reply being read. */
const MAX_AUDIO_BYTES = 10 * 1024 * 1024;
const NO_KEY_PLACEHOLDER = 'no-key-configured';

export interface ProviderSpeechOptions {
  secrets: SecretStore;
  /** The remote provider's base URL (the LLM settings'), or null when none is configured. */
  baseUrl: () => string | null;
  timeoutMs?: number;
}

export interface SpeechRequest {
  text: string;
  voice: string;
  model: string;
}

export class ProviderSpeech {
  constructor(private readonly options: ProviderSpeechOptions) {}

  get available(): boolean {
    return Boolean(this.options.baseUrl());
  }

  async synthesize(request: SpeechRequest, signal?: AbortSignal): Promise<{ audio: Uint8Array; mimeType: string }> {
    const baseURL = this.options.baseUrl();
    if (!baseURL) throw new AppError('unavailable', 'No remote model provider is configured, so there is no provider voice: the system voice reads instead.');
    const apiKey = (await this.options.secrets.get(REMOTE_API_KEY_SECRET)) ?? NO_KEY_PLACEHOLDER;
    const client = new OpenAI({ baseURL, apiKey, maxRetries: 0, timeout: this.options.timeoutMs ?? 60_000 });
    let response: Response;
    try {
      response = await client.audio.speech.create({ model: request.model, voice: request.voice, input: request.text, response_format: 'mp3' }, signal ? { signal } : {});
    } catch (error) {
      const status = error instanceof OpenAI.APIError ? error.status : undefined;
      const message = error instanceof Error ? error.message : String(error);
      throw new AppError('unavailable', `The provider's voice did not answer${status ? ` (HTTP ${status})` : ''}: ${message.slice(0, 200)}`, { retryable: true });
    }
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > MAX_AUDIO_BYTES) throw new AppError('too_large', 'The provider sent more audio than a reply needs.');
    const audio = new Uint8Array(await response.arrayBuffer());
    if (audio.byteLength > MAX_AUDIO_BYTES) throw new AppError('too_large', 'The provider sent more audio than a reply needs.');
    if (audio.byteLength === 0) throw new AppError('unavailable', 'The provider\'s voice sent no audio.', { retryable: true });
    const mimeType = (response.headers.get('content-type') ?? 'audio/mpeg').split(';')[0]?.trim() || 'audio/mpeg';
    return { audio, mimeType: mimeType.startsWith('audio/') ? mimeType : 'audio/mpeg' };
  }
}
