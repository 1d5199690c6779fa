// How a description is said when it is why a device counts as a kind, and how much of one is read for kinds.
// A device exported without a `description` often says what it is in its `notes` ("gas combi boiler, everyone calls
// it the კოლონკა"): the notes stand in for the description then (round 37), never beside one.
import type { Entity } from '../../src-shared/protocol/entities';

/**
 * The text that says what a device is: its `description`, else the first part of its `notes` (before a comma: "wood
 * stove, babua lights it every morning" says what it is first and then a story, whose verbs are no kinds).
 */
export function describingText(entity: Entity): unknown {
  const description = entity.content['description'];
  if (description !== undefined) return description;
  const notes = entity.content['notes'];
  return typeof notes === 'string' ? notes.split(/[,;:()]/)[0]?.trim() : undefined;
}

/** Longest description read for kinds: past the first sentence a text tells a story, not what the device is. */
export const DESCRIPTION_HEAD_CHARS = 80;

/** "built-in dishwasher" → "a built-in dishwasher", said when a description is why a device counts as a kind. */
export function describedAs(description: string): string {
  const head = (description.split(/[.!?](?:\s|$)|\n/)[0] ?? '').trim().slice(0, DESCRIPTION_HEAD_CHARS);
  if (/^(a|an|the)\s/i.test(head)) return head;
  // "underfloor heating" is a mass noun: no article.
  if (/ing$/i.test(head)) return head;
  return `${/^([aeiou]|8|11\b|18\b)/i.test(head) ? 'an' : 'a'} ${head}`;
}
