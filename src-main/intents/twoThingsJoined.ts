// "turn off the tv and the sonos", "the tv and the lamp": words joined by "and" (or "plus", "or") where each side ends
// in a kind word of its own name two things, never one device described by both. Read as one description, the kind
// said last picked its members and the other words ("tv", "and") were looked for in their names and descriptions;
// a speaker whose description says "plays KSKA and reads him the weather" took the switch meant for the TV and the
// Sonos (a wrong proposal). "mom and dad's blinds" keeps its one kind word and is still one description.
import { kindForPhrase } from './deviceKinds';

const JOINS = new Set(['and', 'plus', 'or', '&']);
const MAX_KIND_WORDS = 3;

function endsInKind(keys: readonly string[]): boolean {
  for (let len = Math.min(MAX_KIND_WORDS, keys.length); len >= 1; len--) {
    if (kindForPhrase(keys.slice(keys.length - len).join(' '))) return true;
  }
  return false;
}

/** Do the words join two phrases that each end in a kind word ("tv and the sonos")? */
export function joinsTwoKinds(keys: readonly string[]): boolean {
  return keys.some((k, i) => JOINS.has(k) && i > 0 && i < keys.length - 1 && endsInKind(keys.slice(0, i)) && endsInKind(keys.slice(i + 1)));
}
