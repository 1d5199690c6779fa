// What a template slot's words mean in this home (SlotValue) with how sure the reading is (ScoredSlot), and the small
// helpers every slot reader shares. Split out of SlotResolver.ts so the many readers that only need the types import
// them from here (SlotResolver.ts re-exports them for its older callers).
import type { Entity } from '../../src-shared/protocol/entities';
import type { NameMatchHow } from '../graph/EntityNameResolver';
import type { DeviceKind } from './deviceKinds';
import type { Token } from './normalizeText';

export type SlotValue =
  /** `why`: said with the answer when the device was taken as the only one that fits ("the only lock in …"). */
  | { type: 'entity'; text: string; entity: Entity; how: NameMatchHow | 'alias'; why?: string }
  | { type: 'kind'; text: string; kind: DeviceKind }
  | { type: 'manufacturer'; text: string; value: string }
  | { type: 'capability'; text: string; value: string }
  | { type: 'number'; text: string; value: number }
  | { type: 'text'; text: string }
  /** A control target: one kind in a place, every device of a kind, or a whole place (kind undefined); `offered`: all taken of those offered. */
  | { type: 'group'; text: string; kind: DeviceKind | undefined; place: Entity | undefined; devices?: Entity[]; offered?: boolean }
  /** `note`: said before the question back; `withPlaces`: each option is said with its room. */
  | { type: 'ambiguous'; text: string; expected: string; candidates: Entity[]; note?: string; withPlaces?: boolean; kindWordAlone?: boolean; floor?: boolean }
  | { type: 'missing'; text: string; expected: string; suggestions: Entity[]; note?: string };

export interface ScoredSlot {
  value: SlotValue;
  /** 0..1; 0 means the words cannot fill this slot at all (the parse is dropped). */
  score: number;
}

export const GROUP_PREFIX = new Set(['all', 'every', 'the', 'my', 'our', 'of', 'any', 'his', 'her', 'their', 'your']);

export function reject(text: string): ScoredSlot {
  return { value: { type: 'text', text }, score: 0 };
}

export function stripPrefix(tokens: readonly Token[]): Token[] {
  let start = 0;
  while (start < tokens.length - 1 && GROUP_PREFIX.has(tokens[start]?.key ?? '')) start++;
  return tokens.slice(start);
}
