// The stored language-model settings (the API key is not here: it lives in the platform's SecretStore).
import { availableParallelism } from 'node:os';
import { z } from 'zod';

/** Small machines: leave one core for the UI and the database; llama.cpp's own default oversubscribes. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(8, availableParallelism() - 1));
}

export const llmSettingsSchema = z.object({
  mode: z.enum(['remote', 'local', 'hybrid']),
  remote: z.object({ baseUrl: z.string().nullable(), model: z.string().nullable() }),
  local: z.object({
    modelPath: z.string().nullable(),
    threads: z.number().int().min(1).max(64),
    contextSize: z.number().int().min(256).max(32_768),
    allowWriteTools: z.boolean(),
  }),
});
export type LlmSettings = z.infer<typeof llmSettingsSchema>;

export function defaultLlmSettings(): LlmSettings {
  return {
    mode: 'hybrid',
    remote: { baseUrl: null, model: null },
    local: { modelPath: null, threads: defaultThreads(), contextSize: 2048, allowWriteTools: false },
  };
}

export const LLM_SETTINGS_KEY = 'llm';
