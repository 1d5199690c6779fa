// "and the lights in there on?", "lights in the garage on?": a state word last and a question mark, with no verb before
// it, asks whether they are on; read as "[turn] the lights in the garage on" it proposed switching what was only asked
// about. "on the aircon can?", "turn the lights on?" and "can you put the fan on?" stay commands (a verb or a polite
// opener comes first).
import type { IntentMatch } from './IntentEngine';
import { tokenize } from './normalizeText';

const SWITCHING: Readonly<Record<string, string>> = { turn_on: 'on', turn_off: 'off' };
/** Words that, first, make the sentence a request whatever its end. */
const REQUEST_OPENERS = new Set(['turn', 'switch', 'put', 'set', 'on', 'off', 'can', 'could', 'would', 'will', 'please', 'pls', 'plz', 'kindly', 'go', 'just', 'get', 'leave', 'keep', 'shut', 'power']);

export function questionNotCommand(match: IntentMatch, typed: string): IntentMatch {
  const state = SWITCHING[match.intent];
  if (!state || !/\?\s*$/.test(typed)) return match;
  const words = tokenize(typed).map((t) => t.key).filter((w) => w !== 'and');
  if (words[words.length - 1] !== state || REQUEST_OPENERS.has(words[0] ?? '')) return match;
  const target = match.slots['target'];
  if (target?.type === 'entity') return { ...match, intent: 'state_on', category: 'state', slots: { device: target } };
  if (target?.type === 'group' && target.kind) {
    const slots = { kind: { type: 'kind' as const, text: target.kind.plural, kind: target.kind }, ...(target.place ? { place: { type: 'entity' as const, text: target.place.name, entity: target.place, how: 'exact' as const } } : {}) };
    return { ...match, intent: 'kind_on', category: 'state', slots };
  }
  return match;
}
