// The one reply shape a local model may produce when tools are offered: {"answer": "..."} or
// {"tool": <offered name>, "arguments": {...}}. The grammar makes anything else impossible to sample; zod re-checks
// the parsed value because the grammar's JSON Schema subset is looser than the tools' own schemas.
import { z } from 'zod';
import type { ToolDescription } from '../../src-preload/contract/views';

/** The subset of JSON Schema that node-llama-cpp's createGrammarForJsonSchema understands. */
export type GrammarSchema =
  | { type: GrammarScalar | GrammarScalar[] }
  | { type: 'string'; maxLength?: number }
  | { const: string | number | boolean | null }
  | { enum: Array<string | number | boolean | null> }
  | { oneOf: GrammarSchema[] }
  | { type: 'array'; items: GrammarSchema; maxItems?: number }
  | { type: 'object'; properties: Record<string, GrammarSchema>; additionalProperties?: boolean | GrammarSchema };
type GrammarScalar = 'string' | 'number' | 'integer' | 'boolean' | 'null';

export interface ReplyFormatLimits {
  /** Longest free string the model may write (keeps a looping small model from never closing the JSON). */
  maxStringLength?: number;
  maxAnswerLength?: number;
  maxArrayItems?: number;
}

export type LocalReply = { kind: 'answer'; text: string } | { kind: 'tool'; name: string; arguments: Record<string, unknown> };

export function buildReplyGrammarSchema(tools: ToolDescription[], limits: ReplyFormatLimits = {}): GrammarSchema {
  const answer: GrammarSchema = {
    type: 'object',
    properties: { answer: { type: 'string', maxLength: limits.maxAnswerLength ?? 2000 } },
  };
  const calls: GrammarSchema[] = tools.map((tool) => ({
    type: 'object',
    properties: { tool: { const: tool.name }, arguments: toGrammarSchema(tool.parameters, limits, 0, true) },
  }));
  return { oneOf: [answer, ...calls] };
}

/** Parses and validates the grammar-constrained text; throws a readable Error when it does not fit. */
export function parseLocalReply(text: string, toolNames: string[]): LocalReply {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`the local model's reply is not complete JSON (${text.length} chars; it may have hit the token limit)`);
  }
  const answer = z.object({ answer: z.string() }).strict().safeParse(value);
  if (answer.success) return { kind: 'answer', text: answer.data.answer };
  if (toolNames.length > 0) {
    const call = z
      .object({ tool: z.enum(toolNames as [string, ...string[]]), arguments: z.record(z.string(), z.unknown()) })
      .strict()
      .safeParse(value);
    if (call.success) return { kind: 'tool', name: call.data.tool, arguments: dropNulls(call.data.arguments) };
  }
  throw new Error('the local model replied with JSON that is neither an answer nor a call of an offered tool');
}

function toGrammarSchema(schema: unknown, limits: ReplyFormatLimits, depth: number, topLevel = false): GrammarSchema {
  const loose: GrammarSchema = { type: ['string', 'number', 'boolean', 'null'] };
  if (depth > 6 || schema === null || typeof schema !== 'object') return loose;
  const s = schema as Record<string, unknown>;
  if ('const' in s && isPrimitive(s.const)) return { const: s.const };
  if (Array.isArray(s.enum) && s.enum.length > 0 && s.enum.every(isPrimitive)) return { enum: s.enum };
  const variants = (Array.isArray(s.anyOf) ? s.anyOf : Array.isArray(s.oneOf) ? s.oneOf : null) as unknown[] | null;
  if (variants && variants.length > 0) return { oneOf: variants.map((v) => toGrammarSchema(v, limits, depth + 1)) };
  const type = s.type;
  if (Array.isArray(type) && type.every((t) => typeof t === 'string' && SCALARS.has(t))) return { type: type as GrammarScalar[] };
  switch (type) {
    case 'string': {
      const cap = limits.maxStringLength ?? 200;
      return { type: 'string', maxLength: typeof s.maxLength === 'number' ? Math.min(s.maxLength, cap) : cap };
    }
    case 'number':
    case 'integer':
    case 'boolean':
    case 'null':
      return { type };
    case 'array': {
      const cap = limits.maxArrayItems ?? 8;
      return { type: 'array', items: toGrammarSchema(s.items, limits, depth + 1), maxItems: typeof s.maxItems === 'number' ? Math.min(s.maxItems, cap) : cap };
    }
    case 'object':
    case undefined: {
      const props = (s.properties ?? {}) as Record<string, unknown>;
      if (type === undefined && Object.keys(props).length === 0 && !topLevel) return loose;
      const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
      const properties: Record<string, GrammarSchema> = {};
      for (const [key, value] of Object.entries(props)) {
        const converted = toGrammarSchema(value, limits, depth + 1);
        // The grammar makes every listed property mandatory; optional ones may be null and are dropped after parsing.
        properties[key] = required.has(key) ? converted : { oneOf: [converted, { type: 'null' }] };
      }
      return { type: 'object', properties };
    }
    default:
      return loose;
  }
}

const SCALARS = new Set(['string', 'number', 'integer', 'boolean', 'null']);

function isPrimitive(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function dropNulls(args: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(args).filter(([, v]) => v !== null));
}
