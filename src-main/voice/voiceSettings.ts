// Which voice reads replies aloud, stored in the app's settings (validated on the way in and out).
import { z } from 'zod';

export const VOICE_SETTINGS_KEY = 'voice';

export const voiceSettingsSchema = z.object({
  source: z.enum(['system', 'provider']).default('system'),
  providerVoice: z.string().min(1).max(60).default('alloy'),
  providerModel: z.string().min(1).max(60).default('tts-1'),
});
export type VoiceSettings = z.output<typeof voiceSettingsSchema>;
