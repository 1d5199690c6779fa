// Argument pieces shared by several tools. Descriptions end up in the JSON Schema the LLM sees.
import { z } from 'zod';

/** An id, or the name a person would say ("the kitchen", "TV"); resolved by the tool. */
export function entityRef(what: string): z.ZodString {
  return z.string().trim().min(1).max(255).describe(`The ${what}: its id, or its name as a person would say it`);
}
