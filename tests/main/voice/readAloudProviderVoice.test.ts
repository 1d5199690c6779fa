// The provider voice end to end without a browser: "Read aloud" → ReadAloud (Markdown → plain text) → the window's
// ProviderSpeechPort → the real voice.synthesize call → the fake OpenAI server's /audio/speech on loopback → the audio
// bytes reach the sink that plays them. Stop cancels a request on its way (never played) and audio playing. A failing
// provider falls back to the system voice. (Here, not in tests/renderer: it runs the real main services too.)
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../src-main/api/CallHandlers';
import type { SpeechAudioView } from '../../../src-preload/contract';
import { ReadAloud } from '../../../src-renderer/features/voice/ReadAloud';
import { ChoosableSpeechPort, ProviderSpeechPort, type AudioSink } from '../../../src-renderer/features/voice/ProviderSpeechPort';
import type { SpeechOptions, SpeechPort } from '../../../src-renderer/features/voice/SpeechPort';
import { FAKE_SPEECH_AUDIO } from '../../fakes/FakeOpenAiServer';
import { useFakeOpenAiServer } from '../../fakes/useFakeOpenAiServer';
import { createTestServices, type TestServices } from '../../support/createTestServices';

class RecordingSink implements AudioSink {
  readonly events: Array<{ op: 'play'; bytes: Uint8Array; mimeType: string; rate: number } | { op: 'stop' }> = [];
  play(bytes: Uint8Array, mimeType: string, rate: number): void {
    this.events.push({ op: 'play', bytes, mimeType, rate });
  }
  stop(): void {
    this.events.push({ op: 'stop' });
  }
  get played() {
    return this.events.filter((e) => e.op === 'play');
  }
}

class RecordingSystemVoice implements SpeechPort {
  readonly available = true;
  readonly spoken: Array<{ text: string; options: SpeechOptions }> = [];
  speak(text: string, options: SpeechOptions): void {
    this.spoken.push({ text, options });
  }
  cancel(): void {}
  voices(): string[] {
    return [];
  }
}

let t: TestServices | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

async function servicesWithProviderVoice() {
  t = await createTestServices({ loadDemoHome: false });
  const services = t.services;
  const server = await useFakeOpenAiServer({ models: ['m'] });
  await dispatchCall(services.handlers, 'llm.saveSettings', { mode: 'remote', remote: { baseUrl: server.baseURL, model: 'm' } }, 'test');
  await dispatchCall(services.handlers, 'voice.saveSettings', { source: 'provider' }, 'test');
  const requests: string[] = [];
  const synthesize = async (text: string): Promise<SpeechAudioView> => {
    requests.push(text);
    const result = await dispatchCall(services.handlers, 'voice.synthesize', { text }, 'test');
    if (!result.ok) throw new Error(result.error.message);
    return result.value as SpeechAudioView;
  };
  return { server, synthesize, requests };
}

describe('provider voice in the window', () => {
  it('reads the plain text of a Markdown reply with the provider\'s audio, and Stop stops it', async () => {
    const { server, synthesize } = await servicesWithProviderVoice();
    const sink = new RecordingSink();
    const system = new RecordingSystemVoice();
    const port = new ChoosableSpeechPort(system, new ProviderSpeechPort(synthesize, sink, system));
    port.setSource('provider', true);
    const reader = new ReadAloud(port, { rate: 1.25 });

    reader.read('**Reminder set** for Fri 30 Oct, 09:00: “call mom”. [Details](https://example.com)');
    await expect.poll(() => sink.played.length).toBe(1);
    expect(server.speechRequests[0]?.body).toMatchObject({ input: 'Reminder set for Fri 30 Oct, 09:00: “call mom”. Details' });
    expect(sink.played[0]).toEqual({ op: 'play', bytes: FAKE_SPEECH_AUDIO, mimeType: 'audio/mpeg', rate: 1.25 });
    expect(system.spoken).toEqual([]);

    reader.stop();
    expect(sink.events.at(-1)).toEqual({ op: 'stop' });
  });

  it('Stop while the audio is on its way: it is never played', async () => {
    const { server, synthesize } = await servicesWithProviderVoice();
    const sink = new RecordingSink();
    let answered = false;
    const port = new ProviderSpeechPort(async (text) => {
      const audio = await synthesize(text);
      answered = true;
      return audio;
    }, sink, new RecordingSystemVoice());
    port.speak('a long answer', { rate: 1 });
    port.cancel();
    await expect.poll(() => answered).toBe(true);
    await expect.poll(() => server.speechRequests.length).toBe(1);
    expect(sink.played).toEqual([]);
  });

  it('a failing provider falls back to the system voice; the system setting never calls the provider', async () => {
    const { server, synthesize, requests } = await servicesWithProviderVoice();
    server.scriptSpeech({ kind: 'error', status: 500 });
    const sink = new RecordingSink();
    const system = new RecordingSystemVoice();
    const port = new ChoosableSpeechPort(system, new ProviderSpeechPort(synthesize, sink, system));
    port.setSource('provider', true);
    port.speak('hello there', { rate: 1 });
    await expect.poll(() => system.spoken.map((s) => s.text)).toEqual(['hello there']);
    expect(sink.played).toEqual([]);

    port.setSource('system', true);
    port.speak('offline words', { rate: 1 });
    expect(system.spoken.map((s) => s.text)).toEqual(['hello there', 'offline words']);
    port.setSource('provider', false); // no remote provider configured: the system voice reads
    port.speak('still offline', { rate: 1 });
    expect(system.spoken.map((s) => s.text)).toEqual(['hello there', 'offline words', 'still offline']);
    expect(requests).toEqual(['hello there']);
  });
});
