import { UsageError } from './CliIo';

/** `--args` must be a JSON object; anything else is a usage error with the parser's reason. */
export function parseToolArgs(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--args is not valid JSON (${(error as Error).message}). Example: --args '{"query":"thermostat"}'`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(`--args must be a JSON object, like '{"query":"thermostat"}'; got ${Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'null' : `a ${typeof value}`}.`);
  }
  return value as Record<string, unknown>;
}
