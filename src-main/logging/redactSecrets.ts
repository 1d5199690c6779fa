// Secrets never reach a log file: values under secret-looking keys are replaced, and strings are scrubbed of bearer
// tokens, API keys and credentials in URLs (an error message from an HTTP client often quotes them).

const SECRET_KEY = /(^|_|-|\.)?(api[_-]?key|apikey|token|secret|password|passwd|authorization|cookie|private[_-]?key)$/i;
export const REDACTED = '[redacted]';

const SECRET_PATTERNS: Array<[RegExp, string]> = [
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{6,}/gi, `$1 ${REDACTED}`],
  [/\bsk-[A-Za-z0-9_-]{8,}/g, REDACTED],
  [/\b(https?:\/\/)[^/\s:@]+:[^/\s@]+@/gi, `$1${REDACTED}@`],
  [/([?&](?:token|api[_-]?key|key|access_token)=)[^&\s#]+/gi, `$1${REDACTED}`],
  [/(#token=)[\w-]+/g, `$1${REDACTED}`],
];

export function redactText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** A JSON-safe copy of `value` with secrets removed; Errors become `{ type, message, stack, cause }`. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[too deep]';
  if (typeof value === 'string') return redactText(value);
  if (value instanceof Error) return serializeError(value, depth);
  if (Array.isArray(value)) return value.slice(0, 100).map((v) => redactValue(v, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = SECRET_KEY.test(key) && v != null && v !== '' ? REDACTED : redactValue(v, depth + 1);
    return out;
  }
  return value;
}

function serializeError(error: Error, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = { type: error.name, message: redactText(error.message) };
  if (error.stack) out.stack = redactText(error.stack);
  const code = (error as { code?: unknown }).code;
  if (code !== undefined) out.code = code;
  if (error instanceof AggregateError) out.errors = error.errors.slice(0, 20).map((e: unknown) => redactValue(e, depth + 1));
  if (error.cause !== undefined) out.cause = redactValue(error.cause, depth + 1);
  return out;
}
