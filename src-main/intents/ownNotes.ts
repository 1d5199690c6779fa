// A thing's own `notes` field ("sticks when wet, push the button twice" on a gate) is a note about it as much as a
// note entity linked to it. "any notes on the gate" says it, never "There are no notes about Driveway gate" with the
// gate's own notes right there (a confident none).
import type { Entity } from '../../src-shared/protocol/entities';

/** Content fields a home export writes its free notes about a thing in. */
const NOTE_FIELDS = ['notes', 'note', 'comment', 'comments', 'remarks'] as const;

/** The thing's own notes, each as written; empty when it has none. */
export function ownNotes(thing: Entity): string[] {
  const out: string[] = [];
  for (const field of NOTE_FIELDS) {
    const value = thing.content[field];
    if (typeof value === 'string' && value.trim()) out.push(value.trim());
    else if (Array.isArray(value)) for (const v of value) if (typeof v === 'string' && v.trim()) out.push(v.trim());
  }
  return out;
}

/** "Driveway gate's own notes: sticks when wet, …", or undefined when it has none. */
export function ownNotesLine(thing: Entity): string | undefined {
  const own = ownNotes(thing);
  return own.length > 0 ? `${thing.name}'s own notes: ${own.join('; ')}` : undefined;
}
