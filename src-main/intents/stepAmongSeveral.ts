// "turn the tv down" with two TVs: a step up or down with no number is taken from the device's last level, so only a
// TV whose volume was read "can" take it. That is no reason to pick it: the other TV takes a step just as well once its
// level is known. Among several candidates that each have a volume or a level to step, the question goes back (which
// one?), never a proposal for the one whose reading happens to be there (and never a step from a guessed level).
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf } from './deviceKinds';
import { said } from './IntentAnswerInput';
import type { IntentMatch } from './IntentEngine';

/** Capabilities that make a device's level one a step up or down moves. */
const STEPPED: ReadonlySet<string> = new Set(['volume', 'dimming', 'brightness']);

/** True when a relative step (up/down, no number) is asked of several candidates that each have a level to step. */
export function stepAmongSeveral(match: IntentMatch, candidates: readonly Entity[], hasNumber: boolean): boolean {
  if (match.intent !== 'set_level' || hasNumber) return false;
  const up = said(match, 'up', 'louder', 'raise', 'brighter');
  if (up === said(match, 'down', 'quieter', 'lower', 'dimmer')) return false;
  return candidates.filter((c) => capabilitiesOf(c).some((k) => STEPPED.has(k))).length > 1;
}
