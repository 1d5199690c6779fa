// The words a user reads when a turn did not go to the preferred model ("answered locally: remote unreachable").
import type { LlmError } from './LlmError';
import type { LlmProviderId } from './LlmProvider';

const PHRASES: Record<LlmError['kind'], string> = {
  network: 'unreachable',
  timeout: 'timed out',
  server: 'server error',
  rate_limited: 'rate limited',
  client: 'rejected the request',
  malformed: 'sent malformed output',
  aborted: 'stopped',
  circuit_open: 'paused after repeated failures',
  unavailable: 'unavailable',
};

export function describeLlmFailure(provider: LlmProviderId, error: LlmError): string {
  const stage = error.afterFirstToken ? ' mid-answer' : '';
  return `${provider} model ${PHRASES[error.kind]}${stage}: ${error.message}`;
}
