/** OpenAI-compatible providers people use, with the base URL to start from and what else they need. */
export interface ProviderPreset {
  id: string;
  label: string;
  baseUrl: string;
  /** A model to start with (the picker lists the provider's own after "Test connection"). */
  model: string;
  needsKey: boolean;
  hint: string;
}

export const PROVIDER_PRESETS: readonly ProviderPreset[] = [
  { id: 'openai', label: 'OpenAI', baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', needsKey: true, hint: 'Needs an API key from platform.openai.com (Settings → API keys).' },
  { id: 'openrouter', label: 'OpenRouter', baseUrl: 'https://openrouter.ai/api/v1', model: 'openai/gpt-4o-mini', needsKey: true, hint: 'Needs an OpenRouter key (openrouter.ai/keys). Models are named vendor/model.' },
  { id: 'ollama', label: 'Ollama', baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.2', needsKey: false, hint: 'Runs on this computer: start Ollama and pull a model first (ollama pull llama3.2). No key.' },
  { id: 'lmstudio', label: 'LM Studio', baseUrl: 'http://127.0.0.1:1234/v1', model: '', needsKey: false, hint: 'Start the local server in LM Studio (Developer → Start server) with a model loaded. No key.' },
  { id: 'llama-server', label: 'llama-server', baseUrl: 'http://127.0.0.1:8080/v1', model: '', needsKey: false, hint: 'llama.cpp’s server: llama-server -m model.gguf --port 8080. No key; the model name is ignored.' },
];

/** The preset whose base URL is the one typed (so the hint shows for a saved setting too). */
export function presetFor(baseUrl: string): ProviderPreset | undefined {
  const normalized = baseUrl.trim().replace(/\/+$/, '').toLowerCase();
  return PROVIDER_PRESETS.find((p) => p.baseUrl.toLowerCase() === normalized);
}
