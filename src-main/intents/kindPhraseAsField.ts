// "gate motor backup battery voltage": "backup battery" is a phrase of the home-battery kind, so the sentence was read
// as a list of home batteries and answered with the house's battery bank, though the words before it name the gate
// (its model is a "sliding gate motor") and the gate keeps a `backup_battery_v` reading. A kind phrase whose words all
// name one of a device's own state fields, said with other words that name that one device (its name, model, type or
// description), asks that device's reading, not the kind.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';
import { kindById, phraseKey } from './deviceKinds';

export function kindPhraseAsField(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  const kindSlot = match.slots['kind'];
  if (match.intent !== 'list_kind' || kindSlot?.type !== 'kind') return match;
  const said = phraseKey(kindSlot.text).split(' ');
  // The kind's phrase the words end with ("backup battery" of "gate motor backup battery"), and the words before it.
  const phrase = kindById(kindSlot.kind.id)?.phrases.map((p) => phraseKey(p).split(' ')).filter((p) => p.length < said.length && p.every((w, i) => said[said.length - p.length + i] === w)).sort((a, b) => b.length - a.length)[0];
  if (!phrase) return match;
  const rest = said.slice(0, said.length - phrase.length);
  const owners = snapshot.devices.filter((d) => fieldHas(d, phrase) && rest.every((w) => identityWords(d).has(w)));
  const [one] = owners;
  if (!one || owners.length !== 1) return match;
  return { ...match, intent: 'device_state', category: 'state', slots: { device: { type: 'entity', text: kindSlot.text, entity: one, how: 'synonym' } }, template: `${match.template}+field` };
}

/** Whether one of the device's state fields is named by every word of the phrase ("backup_battery_v"). */
function fieldHas(device: Entity, phrase: readonly string[]): boolean {
  const state = device.content['state'];
  if (!state || typeof state !== 'object') return false;
  return Object.keys(state).some((field) => {
    const words = phraseKey(field.replace(/_/g, ' ')).split(' ');
    return phrase.every((w) => words.includes(w));
  });
}

/** The words a device is known by: its name, model, type and description. */
function identityWords(device: Entity): Set<string> {
  const said = [device.name, ...['model', 'type', 'description'].map((f) => device.content[f])].filter((v): v is string => typeof v === 'string');
  return new Set(said.flatMap((s) => phraseKey(s.replace(/_/g, ' ')).split(' ')));
}
