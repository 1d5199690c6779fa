// A device described as "fan heater / air purifier" is a fan too when it also declares a fan's capability (fan
// speed): the kind word before the head noun of its description names a second kind, and the device's own
// capabilities confirm it. Without that confirmation the word only says which heater it is ("towel rail heater").
import type { Entity } from '../../src-shared/protocol/entities';
import type { DeviceKind } from './deviceKinds';
import { phraseKey } from './deviceKinds';

/** The kinds named by a description word right before another kind word, confirmed by a capability of that kind. */
export function compoundModifierKinds(entity: Entity, caps: readonly string[], kindOf: (key: string) => DeviceKind | undefined): DeviceKind[] {
  const description = entity.content['description'];
  if (typeof description !== 'string' || caps.length === 0) return [];
  const out: DeviceKind[] = [];
  for (const part of description.split(/[/,;:()|&+]| - /)) {
    const words = phraseKey(part).split(' ');
    for (let i = 0; i + 1 < words.length; i++) {
      const modifier = kindOf(words[i] ?? '');
      const head = kindOf(words[i + 1] ?? '');
      if (!modifier || !head || modifier.id === head.id || modifier.aspect) continue;
      if (modifier.capabilities.some((c) => caps.includes(c)) && !out.includes(modifier)) out.push(modifier);
    }
  }
  return out;
}
