// "what happens when someone rings the door" … "does it pause the sonos", "which sensors trigger it?": once an answer
// was about one automation, "it" in a question only an automation answers (what triggers it, or one of its own
// actions said as a verb) is that automation, never the device the first question named (the doorbell, a leak sensor),
// which would be answered with "no automations affect …" or its state: a confident none about the wrong thing.
import type { Entity } from '../../src-shared/protocol/entities';
import type { Focus } from './ConversationFocus';
import { tokenize } from './normalizeText';

/** What starts an automation, asked of it: "what triggers it", "which sensors set it off", "wetin trigger am". */
const TRIGGER_WORDS: ReadonlySet<string> = new Set(['trigger', 'triggers', 'triggered', 'triggering']);
const SETS_OFF = /\bsets?\s+(?:it|that|this)\s+off\b/i;
/** Verbs that never name an action: "does it work", "is it on", "what does it do" are not about an action's verb. */
/** A question, never a command: "turn it off" after an automation that turns things off is still a command. */
const ASKED = /^(?:and\s+|so\s+|but\s+)?(?:does|do|did|will|would|can|could|is|what|whats|what's|which|who|when|wetin)\b/i;
const NOT_ACTIONS: ReadonlySet<string> = new Set(['is', 'are', 'do', 'does', 'work', 'run', 'on', 'off', 'have', 'be', 'the', 'a']);

/** The one automation the last answer was about (its subject, or the one automation it cited). */
function automationInFocus(focus: Focus): Entity | undefined {
  const runs = [...new Set([...focus.subjects, ...focus.listed])].filter((e) => e.entity_type === 'automation');
  return runs.length === 1 ? runs[0] : undefined;
}

/** The first word of each of an automation's actions ("pause", "close", "announce"). */
function actionVerbs(automation: Entity): Set<string> {
  const actions = automation.content['actions'];
  const verbs = new Set<string>();
  if (!Array.isArray(actions)) return verbs;
  for (const a of actions) {
    const said = a && typeof a === 'object' ? (a as Record<string, unknown>)['action'] : undefined;
    const first = typeof said === 'string' ? tokenize(said)[0]?.key : undefined;
    if (first && !NOT_ACTIONS.has(first)) verbs.add(first);
  }
  return verbs;
}

/**
 * The question asked of the automation in focus ("what triggers Wasseralarm", "what does Doorbell announce do"), or
 * undefined. Called only for a turn with a pronoun; returns after one word check when no trigger or action word is there.
 */
export function askedOfAutomation(text: string, focus: Focus): string | undefined {
  if (!ASKED.test(text.trim())) return undefined;
  const keys = tokenize(text).map((t) => t.key);
  const triggers = keys.some((k) => TRIGGER_WORDS.has(k)) || SETS_OFF.test(text);
  const automation = automationInFocus(focus);
  if (!automation) return undefined;
  if (triggers) return `what triggers ${automation.name}`;
  const verbs = actionVerbs(automation);
  return keys.some((k) => verbs.has(k)) ? `what does ${automation.name} do` : undefined;
}
