// Handlers for transport tests: every declared call fails with `unavailable` except the ones a test provides.
// Built from CALL_NAMES so a new call in the contract does not break the transport tests.
import type { CallHandlers } from '../../../src-main/api/CallHandlers';
import { CALLER_ROLE } from '../../../src-main/api/callPolicy';
import { CALL_NAMES } from '../../../src-preload/contract';
import { AppError } from '../../../src-shared/errors';

export function stubHandlers(overrides: Partial<CallHandlers>): CallHandlers {
  const unavailable = async (): Promise<never> => {
    throw new AppError('unavailable', 'not in this test');
  };
  const handlers = Object.fromEntries(CALL_NAMES.map((name) => [name, unavailable]));
  return { ...handlers, ...overrides, [CALLER_ROLE]: () => 'admin' as const } as CallHandlers;
}
