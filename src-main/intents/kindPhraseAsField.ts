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
  const phrase = phrasesOfKind(kindSlot.kind.id)?.filter((p) => p.length < said.length && p.every((w, i) => said[said.length - p.length + i] === w)).sort((a, b) => b.length - a.length)[0];
  if (!phrase) return match;
  const rest = said.slice(0, said.length - phrase.length);
  const words = wordsOf(snapshot);
  const owners = snapshot.devices.filter((d) => fieldHas(words(d).fields, phrase) && rest.every((w) => words(d).identity.has(w)));
  const [one] = owners;
  if (!one || owners.length !== 1) return match;
  return { ...match, intent: 'device_state', category: 'state', slots: { device: { type: 'entity', text: kindSlot.text, entity: one, how: 'synonym' } }, template: `${match.template}+field` };
}

/** A kind's phrases as word keys, made once per kind (the lexicon does not change). */
const KIND_PHRASES = new Map<string, string[][] | undefined>();
function phrasesOfKind(id: string): string[][] | undefined {
  if (!KIND_PHRASES.has(id)) KIND_PHRASES.set(id, kindById(id)?.phrases.map((p) => phraseKey(p).split(' ')));
  return KIND_PHRASES.get(id);
}

interface DeviceWords { fields: string[][]; identity: ReadonlySet<string> }
/** Each device's field words and identity words, made once per snapshot (they depend on the home only), when first asked. */
const DEVICE_WORDS = new WeakMap<HomeSnapshot, Map<string, DeviceWords>>();
function wordsOf(snapshot: HomeSnapshot): (device: Entity) => DeviceWords {
  const known = DEVICE_WORDS.get(snapshot) ?? DEVICE_WORDS.set(snapshot, new Map()).get(snapshot) ?? new Map<string, DeviceWords>();
  return (device) => {
    let words = known.get(device.id);
    if (!words) known.set(device.id, (words = { fields: fieldWords(device), identity: identityWords(device) }));
    return words;
  };
}

/** Whether one of the device's state fields is named by every word of the phrase ("backup_battery_v"). */
function fieldHas(fields: readonly string[][], phrase: readonly string[]): boolean {
  return fields.some((words) => phrase.every((w) => words.includes(w)));
}

/** The words of each of the device's state fields ("backup_battery_v": backup, battery, v). */
function fieldWords(device: Entity): string[][] {
  const state = device.content['state'];
  if (!state || typeof state !== 'object') return [];
  return Object.keys(state).map((field) => phraseKey(field.replace(/_/g, ' ')).split(' '));
}

/** The words a device is known by: its name, model, type and description. */
function identityWords(device: Entity): Set<string> {
  const said = [device.name, ...['model', 'type', 'description'].map((f) => device.content[f])].filter((v): v is string => typeof v === 'string');
  return new Set(said.flatMap((s) => phraseKey(s.replace(/_/g, ' ')).split(' ')));
}
