import type { CallArgs, CallName, CallResult, GoodiesApi } from '../../src-preload/contract';
import type { Result } from '../../src-shared/errors';
import { BridgeError } from './BridgeError';

/** What the stores use: resolves with the value, throws a BridgeError carrying the boundary's error shape. */
export type Call = <K extends CallName>(name: K, args: CallArgs<K>) => Promise<CallResult<K>>;

export function createCall(api: GoodiesApi): Call {
  return async <K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> => {
    // Indexing a mapped type with a generic key loses the per-key function type; the contract guarantees it.
    const fn = api.calls[name] as unknown as (a: CallArgs<K>) => Promise<Result<CallResult<K>>>;
    const result = await fn(args);
    if (result.ok) return result.value;
    throw new BridgeError(result.error);
  };
}
