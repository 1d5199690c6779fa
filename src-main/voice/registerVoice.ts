// Voice as one feature module: the voice setting (system | provider) and the provider's speech for "Read aloud".
// The renderer plays the audio and stops it; where no provider is configured the system voice reads.
import type { CallHandlers } from '../api/CallHandlers';
import type { SqliteSettingsStore } from '../settings/SqliteSettingsStore';
import type { VoiceSettingsView } from '../../src-preload/contract/voiceCalls';
import { ProviderSpeech } from './ProviderSpeech';
import { VOICE_SETTINGS_KEY, voiceSettingsSchema, type VoiceSettings } from './voiceSettings';
import type { SecretStore } from '../platform/Platform';

export type VoiceHandlers = Pick<CallHandlers, 'voice.getSettings' | 'voice.saveSettings' | 'voice.synthesize'>;

export interface VoiceDeps {
  settings: SqliteSettingsStore;
  secrets: SecretStore;
  /** The remote provider's base URL from the LLM settings, read at each use. */
  remoteBaseUrl: () => string | null;
}

export function registerVoice(deps: VoiceDeps): { handlers: VoiceHandlers } {
  const speech = new ProviderSpeech({ secrets: deps.secrets, baseUrl: deps.remoteBaseUrl });
  const read = (): VoiceSettings => deps.settings.read(VOICE_SETTINGS_KEY, voiceSettingsSchema, voiceSettingsSchema.parse({}));
  const view = (): VoiceSettingsView => ({ ...read(), providerAvailable: speech.available });
  return {
    handlers: {
      'voice.getSettings': async () => view(),
      'voice.saveSettings': async (patch) => {
        const next = voiceSettingsSchema.parse({ ...read(), ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) });
        deps.settings.write(VOICE_SETTINGS_KEY, next);
        return view();
      },
      'voice.synthesize': async ({ text }) => {
        const s = read();
        const { audio, mimeType } = await speech.synthesize({ text, voice: s.providerVoice, model: s.providerModel });
        return { audioBase64: Buffer.from(audio).toString('base64'), mimeType };
      },
    },
  };
}
