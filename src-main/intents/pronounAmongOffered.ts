// "is the alarm on" asked back "Which one: Alarm panel or one of the smoke alarms?", then "disarm it": the pronoun is
// the one offered thing that can take the command (only the panel can be disarmed). Read from what each device can do
// (controlActions.ts), never from its name; when none or several can, the command is not guessed.
import type { Entity } from '../../src-shared/protocol/entities';
import { resolvePronoun, type Focus } from './ConversationFocus';
import { actionSpec } from './controlActions';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentEngine } from './IntentEngine';

/** The command with the pronoun replaced by the one offered device able to do it, or undefined. */
export async function pronounAmongOffered(engine: IntentEngine, text: string, focus: Focus, snapshot: HomeSnapshot): Promise<string | undefined> {
  const offered = focus.clarify?.candidates.filter((c) => c.entity_type === 'device') ?? [];
  if (offered.length < 2) return undefined;
  const able: { device: Entity; reading: string }[] = [];
  for (const device of offered) {
    const reading = resolvePronoun(text, { ...focus, subjects: [device] });
    const match = reading ? await engine.match(reading) : undefined;
    const target = match?.slots['target'];
    if (!reading || !match || match.category !== 'control' || target?.type !== 'entity' || target.entity.id !== device.id) continue;
    const spec = actionSpec(match.intent, { match, snapshot });
    if (typeof spec !== 'string' && spec.can(device)) able.push({ device, reading });
  }
  return able.length === 1 ? able[0]?.reading : undefined;
}
