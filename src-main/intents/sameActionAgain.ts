// "open for me, I take shower" (the water heater was switched on) then "and the exhaust fan too": an elliptical
// follow-up right after a proposed action is that action again on the thing the fragment names, said whole with the
// action's own verb ("turn on the exhaust fan"). The last question's words are no guide here: the command said "open"
// where the proposal switched, and "open … the exhaust fan" reads as nothing a fan can do. Only actions that need no
// value (a level or setpoint is carried by the last question's words, `substitutions`); only when a proposal was made,
// so a question about state ("is it on?") never becomes an action; the fragment must still name its thing cleanly
// (the engine asks which when it does not).
import type { Focus } from './ConversationFocus';

/** The action a proposal carried, said the way the engine's own templates say it. */
const VERB: Readonly<Record<string, string>> = {
  turn_on: 'turn on', turn_off: 'turn off', open: 'open', close: 'close', lock: 'lock', unlock: 'unlock', arm: 'arm', disarm: 'disarm',
};

/** "there" at the end of the fragment ("the aircon there too", "the lamp in there too"): the place of what was acted on. */
const THERE_AT_END = /\s+(?:out\s+|up\s+|down\s+|over\s+|in\s+)?there$/i;

/**
 * The same action said whole for the fragment, or undefined when the last turn proposed no such action or the fragment
 * is a question or a command of its own.
 */
export function sameActionAgain(fragment: string, focus: Focus, placeName: string | undefined): string | undefined {
  const verb = focus.acted ? VERB[focus.acted] : undefined;
  if (!verb || !/\p{L}/u.test(fragment)) return undefined;
  const thing = fragment.replace(/[?!.\s]+$/, '');
  if (THERE_AT_END.test(thing)) return placeName ? `${verb} ${withArticle(thing.replace(THERE_AT_END, ''))} in ${placeName}` : undefined;
  return `${verb} ${withArticle(thing)}`;
}

function withArticle(thing: string): string {
  return /^(the|a|an|my|our|his|her|their|its)\s/i.test(thing) || /['’]s?\b/.test(thing) ? thing : `the ${thing}`;
}
