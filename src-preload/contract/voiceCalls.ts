// Reading replies aloud with the remote provider's voice (OpenAI-compatible /audio/speech), and which voice to use.
import { z } from 'zod';
import { defineCall } from './define';

const none = z.object({}).strict();

export interface VoiceSettingsView {
  /** `system`: the platform's speech synthesis (offline); `provider`: the remote model provider's /audio/speech. */
  source: 'system' | 'provider';
  /** The provider's voice name (e.g. "alloy") and speech model (e.g. "tts-1"). */
  providerVoice: string;
  providerModel: string;
  /** Whether a remote provider is configured at all (the provider voice needs one; otherwise the system voice reads). */
  providerAvailable: boolean;
}

export interface SpeechAudioView {
  /** The audio, base64 (JSON-safe over IPC and the WebSocket). */
  audioBase64: string;
  mimeType: string;
}

const word = z.string().trim().min(1).max(60).regex(/^[\w.:-]+$/, 'letters, digits, dots, dashes and underscores only');

export const voiceCalls = {
  'voice.getSettings': defineCall<VoiceSettingsView>()(none, 'Which voice reads replies aloud: the system\'s or the remote provider\'s.'),
  'voice.saveSettings': defineCall<VoiceSettingsView>()(
    z.object({ source: z.enum(['system', 'provider']).optional(), providerVoice: word.optional(), providerModel: word.optional() }).strict(),
    'Choose the voice; only the fields given change.',
  ),
  'voice.synthesize': defineCall<SpeechAudioView>()(
    z.object({ text: z.string().trim().min(1).max(4096) }).strict(),
    'The remote provider\'s speech for a plain text (its /audio/speech), as audio bytes.',
  ),
} as const;
