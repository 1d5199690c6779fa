import type { Entity } from '../../src-shared/protocol/entities';
import type { ResponderContext } from '../chat/Responder';
import type { GraphStore } from '../graph/GraphStore';
import type { AnswerBuilder } from './AnswerBuilder';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';
import type { SlotValue } from './SlotResolver';
import { openingOwnReadings } from './openingOwnReadings';

/** Everything an intent's answer function may use. */
export interface IntentAnswerInput {
  match: IntentMatch;
  context: ResponderContext;
  answer: AnswerBuilder;
  snapshot: HomeSnapshot;
  store: GraphStore;
  /** A follow-up about "them": answers are limited to these (what the previous answer listed). */
  scope?: Entity[];
  /** The subject was said with a pronoun ("turn it on"): it is what the last answer was about, not named anew. */
  byPronoun?: boolean;
}

/** The devices an answer may consider: the follow-up's scope when there is one. */
export function inScope(input: IntentAnswerInput, devices: readonly Entity[]): Entity[] {
  if (!input.scope) return [...devices];
  const ids = new Set(input.scope.map((e) => e.id));
  return devices.filter((d) => ids.has(d.id));
}

export function entitySlot(match: IntentMatch, name: string): Entity | undefined {
  const slot: SlotValue | undefined = match.slots[name];
  return slot?.type === 'entity' ? slot.entity : undefined;
}

export function said(match: IntentMatch, ...keys: string[]): boolean {
  return keys.some((k) => match.words.includes(k));
}

/** Device state as an object (`content.state`; a door's or window's own reading fields), or an empty one. */
export function stateOf(entity: Entity): Record<string, unknown> {
  const state = entity.content['state'];
  if (state !== null && typeof state === 'object' && !Array.isArray(state)) return state as Record<string, unknown>;
  return openingOwnReadings(entity) ?? {};
}
