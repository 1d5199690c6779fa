// "what controls it ah" right after the sprinkler's schedule was answered: a schedule is controlled by nothing, so "it"
// is the device the schedule runs, and the question asks what controls that device (its hub, its app). The device is
// the one the graph's run edges give, or, when the export wrote no edge, the one the schedule's own `devices` names.
import type { Entity } from '../../src-shared/protocol/entities';
import { resolvePronoun, type Focus } from './ConversationFocus';
import { deviceRunBySubject } from './documentFollowUp';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentEngine } from './IntentEngine';
import { phraseKey } from './deviceKinds';

/** Questions a schedule cannot answer for itself but the device it runs can. */
const ASKED_OF_DEVICE: ReadonlySet<string> = new Set(['device_controllers', 'app_for_device']);
const RUNNER_TYPES: ReadonlySet<string> = new Set(['schedule', 'automation']);

/** The pronoun question asked of the device the schedule in focus runs, when it asks what controls it. */
export async function controllerOfScheduled(engine: IntentEngine, text: string, focus: Focus, snapshot: HomeSnapshot): Promise<string | undefined> {
  const subject = focus.subjects[0];
  if (!subject || !RUNNER_TYPES.has(subject.entity_type)) return undefined;
  const device = deviceRunBySubject(focus, snapshot) ?? deviceNamedIn(subject, snapshot);
  const asked = device ? resolvePronoun(text, { ...focus, subjects: [device] }) : undefined;
  const match = asked ? await engine.match(asked) : undefined;
  return match && ASKED_OF_DEVICE.has(match.intent) ? asked : undefined;
}

/** The one device a schedule's `devices` (or `device`) names exactly. */
function deviceNamedIn(runner: Entity, snapshot: HomeSnapshot): Entity | undefined {
  const said = runner.content['devices'] ?? runner.content['device'];
  const names = (Array.isArray(said) ? said : [said]).filter((n): n is string => typeof n === 'string');
  if (names.length !== 1 || !names[0]) return undefined;
  const name = names[0];
  const found = (snapshot.phrases.get(phraseKey(name)) ?? []).filter((e) => e.entity_type === 'device' && e.name === name);
  return found.length === 1 ? found[0] : undefined;
}
