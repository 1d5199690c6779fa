// "what does the hue bridge run", "what is the ecobee controlling", "which devices hang on the Hue Bridge": what a
// device acts on; "what works the fire", "what powers the boat lift", "which hub does the pendant go through": what acts
// on it. Verbs other than "control"/"manage" said around one device were read as a question about its state, which
// answered "Hue Bridge: online" to what it runs. The verb's place beside the device says the direction
// (lexicon/oversightVerbs.json); a question that is no "what/which" question keeps its reading.
import lexicon from './lexicon/oversightVerbs.json';
import type { Token } from './normalizeText';
import type { SlotValue } from './SlotResolver';

const BEFORE = new Set(lexicon.before);
const AFTER = new Set(lexicon.after);
const ATTACHED = new Set(lexicon.attached);
const THROUGH = new Set(lexicon.through);
const PASSIVE = new Set(lexicon.passive);
const NOUNS_AFTER_IS = new Set(lexicon.nounsAfterIs);
const ASKING = new Set(['what', 'which', 'who']);
/** Words that may stand between the question word and a verb said before the device ("what is controlling"). */
const BEFORE_FILLER = new Set(['what', 'which', 'who', 'is', 'that', 'else', 'exactly', 'actually', 'even', 'thing', 'but', 'so', 'and', 'ok', 'then']);
const PREPOSITIONS = new Set(['on', 'at', 'to', 'into', 'onto', 'in', 'up']);
/** Words said after the verb that add nothing ("what does it run now", "hooked up to"). */
const TAIL = new Set(['now', 'then', 'exactly', 'up', 'to', 'into', 'on', 'at', 'too', 'again']);

export type OversightIntent = 'device_controls' | 'device_controllers';

export function oversightAsked(tokens: readonly Token[], thing: SlotValue): OversightIntent | undefined {
  if (thing.type !== 'entity' || thing.entity.entity_type !== 'device') return undefined;
  const keys = tokens.map((t) => t.key);
  const asking = keys.findIndex((k) => ASKING.has(k));
  if (asking < 0) return undefined;
  const words = new Set(thing.text.toLowerCase().split(/\s+/));
  const start = tokens.findIndex((t) => words.has(t.text.toLowerCase()));
  if (start < 0) return undefined;
  let end = start;
  while (end + 1 < tokens.length && words.has(tokens[end + 1]?.text.toLowerCase() ?? '')) end++;
  // Before the device: "what works the fire", "what's branched on the box", "ano kinokontrol ng inverter".
  for (let v = asking + 1; v < start; v++) {
    const k = keys[v] ?? '';
    const between = keys.slice(v + 1, start);
    if (PASSIVE.has(k) && between.includes('of')) return 'device_controls';
    if (ATTACHED.has(k) && PREPOSITIONS.has(keys[v + 1] ?? '')) return 'device_controls';
    // One word may say what does it ("what remote works those", "which switch controls the fan").
    if (BEFORE.has(k) && keys.slice(asking, v).filter((w) => !BEFORE_FILLER.has(w)).length <= 1 && between.every((w) => ['the', 'a', 'our', 'my', 'that', 'this', 'it', 'up', 'on'].includes(w))) return 'device_controllers';
  }
  // After the device, said last: "what does the hue bridge run", "what's the lamp in the hall hooked to".
  let last = keys.length - 1;
  while (last > end && TAIL.has(keys[last] ?? '')) last--;
  if (last <= end) return undefined;
  const verb = keys[last] ?? '';
  const asked = keys.slice(asking, start);
  // "what does the hub run", "what's the ecobee controlling"; said without the "does" ("what all the hub runs", "what
  // shop energy meter monitor") when the verb is the third person's or the device follows the question word.
  const aux = asked.some((w) => ['doe', 'does', 'do'].includes(w) || (['is', 'are'].includes(w) && !NOUNS_AFTER_IS.has(verb))) || /s$/.test(tokens[last]?.text ?? '') || asked.length === 1;
  if (AFTER.has(verb) && aux) return 'device_controls';
  const afterVerb = keys.slice(last + 1);
  if (ATTACHED.has(verb) && afterVerb.some((w) => PREPOSITIONS.has(w))) return 'device_controllers';
  // "which hub does the pendant go through", "which hub it use": a kind asked before the device, the way after it.
  if (THROUGH.has(verb) && keys[asking] === 'which' && start > asking + 1) return 'device_controllers';
  return undefined;
}
