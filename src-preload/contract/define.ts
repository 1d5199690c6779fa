// Building blocks of the IPC contract. A call is declared once: its argument schema (validated in main at the
// boundary) and its result type (a phantom type: results come from our own main process, so they are typed, not parsed).
import type { z } from 'zod';

export interface CallSpec<A extends z.ZodType, R> {
  readonly args: A;
  readonly description: string;
  /** Never set at run time; carries the result type. */
  readonly __result?: R;
}

export interface EventSpec<P> {
  readonly description: string;
  readonly __payload?: P;
}

/** `defineCall<Result>()(argsSchema, 'what it does')`: curried so the result type can be given while the schema is inferred. */
export function defineCall<R>() {
  return <A extends z.ZodType>(args: A, description: string): CallSpec<A, R> => ({ args, description });
}

export function defineEvent<P>(description: string): EventSpec<P> {
  return { description };
}
