// Secrets that leak into text (a provider error echoing "Incorrect API key provided: sk-live…", a URL with ?token=…)
// are masked before the text is shown, stored or logged. Pattern-based on purpose: the text comes from places that do
// not know which secrets exist. Pure code, shared by every process.
const PATTERNS: ReadonlyArray<[RegExp, string]> = [
  // OpenAI-style keys and similar prefixed tokens (sk-, sk-proj-, pk-, rk-, ghp_, xoxb-, AIza…).
  [/\b(?:sk|pk|rk)-[A-Za-z0-9_-]{12,}/g, '[redacted key]'],
  [/\b(?:ghp|gho|ghs|github_pat)_[A-Za-z0-9_]{16,}/g, '[redacted key]'],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}/g, '[redacted key]'],
  [/\bAIza[A-Za-z0-9_-]{20,}/g, '[redacted key]'],
  // JSON Web Tokens.
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, '[redacted token]'],
  // Authorization headers.
  [/\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 [redacted]'],
  // key=value / "key": "value" for names that mean a secret.
  [/((?:api[_-]?key|access[_-]?token|auth[_-]?token|token|secret|password|passwd|authorization)["']?\s*[:=]\s*["']?)[^\s"',;&}]{4,}/gi, '$1[redacted]'],
];

export function redactSecrets(text: string): string {
  let result = text;
  for (const [pattern, replacement] of PATTERNS) result = result.replace(pattern, replacement);
  return result;
}

/** Redacts every string inside a JSON-safe value (stored envelopes, audit arguments). */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redactSecrets(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v)])) as T;
  }
  return value;
}
