import type { AppErrorShape } from '../../src-shared/errors';

/** A failed call as the stores see it: the boundary's error shape, thrown so `await` reads naturally. */
export class BridgeError extends Error {
  override readonly name = 'BridgeError';
  constructor(readonly shape: AppErrorShape) {
    super(shape.message);
  }

  get retryable(): boolean {
    return this.shape.retryable;
  }
}

/** Any thrown value as an error shape, so UI code renders one kind of error. */
export function toErrorShape(error: unknown): AppErrorShape {
  if (error instanceof BridgeError) return error.shape;
  const message = error instanceof Error && error.message ? error.message : 'Something went wrong.';
  return { type: 'internal', message, retryable: false, correlation_id: '' };
}
