// The provider voice: "Read aloud" with the remote provider's OpenAI-compatible /audio/speech, against the fake OpenAI
// server on loopback (real HTTP, the real openai SDK). Plain text goes out with the chosen voice and model; the audio
// bytes come back unchanged; without a provider the call says the system voice reads instead.
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../src-main/api/CallHandlers';
import type { CallArgs, CallName, CallResult } from '../../../src-preload/contract';
import { FAKE_SPEECH_AUDIO } from '../../fakes/FakeOpenAiServer';
import { useFakeOpenAiServer } from '../../fakes/useFakeOpenAiServer';
import { createTestServices, type TestServices } from '../../support/createTestServices';

let t: TestServices | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

async function call<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> {
  if (!t) throw new Error('no services');
  const result = await dispatchCall(t.services.handlers, name, args, 'test');
  if (!result.ok) throw new Error(`${result.error.type}: ${result.error.message}`);
  return result.value as CallResult<K>;
}

describe('provider voice (/audio/speech)', () => {
  it('sends the plain text with the chosen voice and model, with the API key, and returns the audio bytes', async () => {
    t = await createTestServices({ loadDemoHome: false });
    const server = await useFakeOpenAiServer({ models: ['house-model'] });
    expect((await call('voice.getSettings', {})).providerAvailable).toBe(false);
    await call('llm.saveSettings', { mode: 'remote', remote: { baseUrl: server.baseURL, model: 'house-model', apiKey: 'sk-voice' } });
    const saved = await call('voice.saveSettings', { source: 'provider', providerVoice: 'nova' });
    expect(saved).toEqual({ source: 'provider', providerVoice: 'nova', providerModel: 'tts-1', providerAvailable: true });

    const spoken = await call('voice.synthesize', { text: 'Reminder set for Fri 30 Oct, 09:00: call mom.' });
    expect(spoken.mimeType).toBe('audio/mpeg');
    expect(Uint8Array.from(Buffer.from(spoken.audioBase64, 'base64'))).toEqual(FAKE_SPEECH_AUDIO);
    expect(server.speechRequests).toHaveLength(1);
    expect(server.speechRequests[0]?.body).toMatchObject({ model: 'tts-1', voice: 'nova', input: 'Reminder set for Fri 30 Oct, 09:00: call mom.', response_format: 'mp3' });
    expect(server.speechRequests[0]?.headers.authorization).toBe('Bearer sk-voice');
  });

  it('a provider error is an AppError the renderer can fall back on; no provider configured: unavailable', async () => {
    t = await createTestServices({ loadDemoHome: false });
    const none = await dispatchCall(t.services.handlers, 'voice.synthesize', { text: 'hello' }, 'test');
    expect(none.ok ? null : [none.error.type, none.error.message]).toEqual(['unavailable', expect.stringMatching(/system voice reads instead/)]);

    const server = await useFakeOpenAiServer();
    server.scriptSpeech({ kind: 'error', status: 404, message: 'no such voice' });
    await call('llm.saveSettings', { remote: { baseUrl: server.baseURL, model: 'm' } });
    const failed = await dispatchCall(t.services.handlers, 'voice.synthesize', { text: 'hello' }, 'test');
    expect(failed.ok ? null : [failed.error.type, failed.error.retryable]).toEqual(['unavailable', true]);
    expect(failed.ok ? '' : failed.error.message).toMatch(/HTTP 404/);
  });

  it('settings are validated: unknown sources and odd voice names are refused', async () => {
    t = await createTestServices({ loadDemoHome: false });
    const bad = await dispatchCall(t.services.handlers, 'voice.saveSettings', { source: 'robot' }, 'test');
    expect(bad.ok ? null : bad.error.type).toBe('validation');
    const odd = await dispatchCall(t.services.handlers, 'voice.saveSettings', { providerVoice: '../../etc' }, 'test');
    expect(odd.ok ? null : odd.error.type).toBe('validation');
  });
});
