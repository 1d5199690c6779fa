// "is the alarm on" asked back "Which one: Alarm panel or one of the smoke alarms?", then "disarm it": the pronoun is
// the one offered thing that can take the command (only the panel can be disarmed). Read from what each device can do
// (controlActions.ts), never from its name; when none or several can, the command is not guessed.
// The same holds for what the last answer listed when it was about no one device ("is the alarm set" answered with the
// two alarm panels; "is the back door locked" answered with the one lock of three that is not locked): among a few
// listed devices, "it" is the one that can take the command, or the one whose last reading shows it not done yet.
import type { Entity } from '../../src-shared/protocol/entities';
import { resolvePronoun, type Focus } from './ConversationFocus';
import { actionSpec } from './controlActions';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentEngine } from './IntentEngine';

/** More listed devices than this are a list gone through: "it" is then only the one of them able to take the command. */
const MAX_PENDING_PICK = 4;
/** A longer list than this is no conversation about a few things at all. */
const MAX_LISTED = 12;

/** The command with the pronoun replaced by the one offered device able to do it, or undefined. */
export async function pronounAmongOffered(engine: IntentEngine, text: string, focus: Focus, snapshot: HomeSnapshot): Promise<string | undefined> {
  const candidates = focus.clarify?.candidates ?? [];
  if (candidates.length < 2) return undefined;
  return pronounAmong(engine, text, focus, snapshot, candidates.filter((c) => c.entity_type === 'device'));
}

/** The command with the pronoun replaced by the one listed device meant, when the last answer had no one subject. */
export async function pronounAmongListed(engine: IntentEngine, text: string, focus: Focus, snapshot: HomeSnapshot): Promise<string | undefined> {
  if (focus.clarify || focus.subjects.length > 0) return undefined;
  const listed = focus.listed.filter((e) => e.entity_type === 'device');
  if (listed.length < 2 || listed.length > MAX_LISTED) return undefined;
  return pronounAmong(engine, text, focus, snapshot, listed, listed.length <= MAX_PENDING_PICK);
}

async function pronounAmong(engine: IntentEngine, text: string, focus: Focus, snapshot: HomeSnapshot, pool: readonly Entity[], byReading = true): Promise<string | undefined> {
  const able: { device: Entity; reading: string; pending: boolean }[] = [];
  for (const device of pool) {
    const reading = resolvePronoun(text, { ...focus, subjects: [device] });
    const match = reading ? await engine.match(reading) : undefined;
    const target = match?.slots['target'];
    if (!reading || !match || match.category !== 'control' || target?.type !== 'entity' || target.entity.id !== device.id) continue;
    const spec = actionSpec(match.intent, { match, snapshot });
    if (typeof spec !== 'string' && spec.can(device)) able.push({ device, reading, pending: spec.patch(device) !== undefined });
  }
  if (able.length === 1) return able[0]?.reading;
  // Several could: the one whose last reading shows the command not done yet ("lock it": the one still unlocked).
  const pending = byReading ? able.filter((a) => a.pending) : [];
  return pending.length === 1 ? pending[0]?.reading : undefined;
}
