// Which devices answer "do we have a rain sensor" / "what can detect motion": the capability read with its kind word.
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf, kindForPhrase, type DeviceKind } from './deviceKinds';
import { devicesOfKind } from './answerSearch';
import type { IntentAnswerInput } from './IntentAnswerInput';

/**
 * A capability phrase ending in a kind word ("rain_sensor", "leak_detector") is also the kind's own capability
 * ("rain" on a sensor); devices of the asked kind with either count. When none of the kind has it, a device of
 * another kind that lists the capability itself (a roof window "with a rain sensor") is still an answer, never a "none".
 */
export async function devicesWithCapability(input: IntentAnswerInput, capability: string, kind: DeviceKind | undefined, place: Entity | undefined): Promise<Entity[]> {
  const parts = capability.split('_');
  const stem = parts.length > 1 && kindForPhrase(parts[parts.length - 1] ?? '') ? parts.slice(0, -1).join('_') : undefined;
  const has = (d: Entity, wanted: readonly (string | undefined)[]): boolean => capabilitiesOf(d).some((c) => wanted.includes(c));
  const ofKind = (await devicesOfKind(input, kind, place)).filter((d) => has(d, [capability, stem]));
  if (ofKind.length > 0 || !kind) return ofKind;
  return (await devicesOfKind(input, undefined, place)).filter((d) => has(d, [capability]));
}
