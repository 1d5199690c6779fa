// A device named "<what it is> - <which one>" ("Trail cam - north gate", "Trail cam - dugout", "Heat lamp – coop"):
// the part after a spaced dash says which one or where, so the kind is read from the part before it, and people say the
// two parts the other way round ("the north gate cam", "the dugout trail cam"), which are names of it too.
import type { Entity } from '../../src-shared/protocol/entities';

const DASH = /\s[-–—]\s/;

/** The part before a spaced dash ("Trail cam" of "Trail cam - north gate"), or undefined for a name without one. */
export function partBeforeDash(name: string): string | undefined {
  const [before, after, more] = name.split(DASH);
  return before?.trim() && after?.trim() && more === undefined ? before.trim() : undefined;
}

/** "north gate trail cam" and "north gate cam" for a device "Trail cam - north gate". */
export function dashedNameForms(entity: Entity): string[] {
  const before = entity.entity_type === 'device' ? partBeforeDash(entity.name) : undefined;
  const after = before ? entity.name.split(DASH)[1]?.trim() : undefined;
  if (!before || !after) return [];
  const head = before.split(/\s+/).pop() ?? before;
  return head === before ? [`${after} ${before}`] : [`${after} ${before}`, `${after} ${head}`];
}
