// "what triggers Nan's night light" where "Nan's night light" is the whole name of an automation (a motion rule that
// lights the hall) and no device's: the "what triggers/controls {device}" templates read the words as devices
// ("Nan's" lamps and lights, a question which one) and answered that nothing controls them. A device slot whose words
// are exactly an automation's name, and no device's, asks what the automation is: its trigger and what it acts on.
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';
import { nameKeyOf } from './entityNameKey';

/** Questions about what acts on a device, which the same words asked of an automation answer with its trigger. */
const ASKED_OF_DEVICE: ReadonlySet<string> = new Set(['device_controllers', 'automations_for_device', 'device_controls']);

export function automationNamedAsDevice(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  if (!ASKED_OF_DEVICE.has(match.intent)) return match;
  const slot = match.slots['device'];
  if (!slot || slot.type === 'entity' && slot.how === 'exact') return match;
  const said = phraseKey(slot.text).replace(/^(the|my|our) /, '');
  if (!said || snapshot.devices.some((d) => nameKeyOf(d) === said)) return match;
  const named = [...snapshot.byId.values()].filter((e) => e.entity_type === 'automation' && nameKeyOf(e) === said);
  const [only] = named;
  if (!only || named.length > 1) return match;
  return { ...match, intent: 'automation_targets', category: 'structure', slots: { automation: { type: 'entity', text: slot.text, entity: only, how: 'exact' } }, template: `${match.template} (an automation's name)` };
}
