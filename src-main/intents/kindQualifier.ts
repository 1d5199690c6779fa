// "any ceiling fans", "radiator thermostats": words before a kind narrow its devices to those whose own name,
// description or model say them. A qualifier no device says is never dropped silently: the answer says none is
// described so, then names the devices of the kind there are.
import type { Entity } from '../../src-shared/protocol/entities';
import { kindForPhrase, phraseKey, type DeviceKind } from './deviceKinds';
import type { IntentAnswerInput } from './IntentAnswerInput';
import { devicesSaying } from './kindEvidence';

export interface Refined {
  devices: Entity[];
  /** " described as “radiator” (of 5 thermostats)" when some were left out. */
  narrowed: string;
  /** "No fan here is described as “ceiling”. " when the qualifier fits none of them. */
  unconfirmed: string;
}

/** Words a question puts before a kind that every device of the graph is. */
const EVERY_DEVICE_IS: ReadonlySet<string> = new Set(['smart', 'connected', 'intelligent', 'wifi', 'networked']);

/** The devices whose name, description or model has the word ("plug" of "plug for the e-bike charger"). */
function devicesSayingWord(devices: readonly Entity[], word: string): Entity[] {
  return devices.filter((d) => [d.name, d.content['description'], d.content['model']].some((v) => typeof v === 'string' && ` ${phraseKey(v)} `.includes(` ${word} `)));
}

/**
 * "ceiling fan" is a phrase of the fan kind that is "ceiling" + another phrase of it ("fan"): the leading words
 * qualify. "co detector" (no shorter phrase of the kind after "co") or "light bulb" (its lead is a kind word itself)
 * are names of the kind, and narrow nothing.
 */
export function leadOfKindPhrase(words: readonly string[], kind: DeviceKind): string | undefined {
  for (let i = 1; i < words.length; i++) {
    if (kindForPhrase(words.slice(i).join(' '))?.id !== kind.id) continue;
    const lead = words.slice(0, i).join(' ');
    return kindForPhrase(lead) ? undefined : lead;
  }
  return undefined;
}

/** Whether a device's name and description are mostly in letters other than Latin ones. */
function inOtherScript(device: Entity): boolean {
  const text = [device.name, device.content['description']].filter((v) => typeof v === 'string').join(' ');
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return letters > 0 && latin * 2 < letters;
}

export function refinedByQualifier(input: IntentAnswerInput, devices: Entity[], kind: DeviceKind): Refined {
  const plain = { devices, narrowed: '', unconfirmed: '' };
  const refine = input.match.slots['refine'];
  const kindSlot = input.match.slots['kind'];
  const said = refine?.type === 'text' ? refine.text : kindSlot?.type === 'kind' ? kindSlot.text : '';
  if (!said || devices.length === 0) return plain;
  // Every device of a smart home is "smart": "smart plugs" are the plugs, whatever their descriptions say.
  const words = phraseKey(said).split(' ').filter((w) => w && !EVERY_DEVICE_IS.has(w));
  const text = words.join(' ');
  if (!text || text === phraseKey(kind.singular)) return plain;
  // A device named and described in another script (도어락, “현관 도어락”) can't be seen not to say an English word.
  const unconfirmed = (q: string): Refined => (devices.some(inOtherScript) ? plain : { devices, narrowed: '', unconfirmed: `No ${kind.singular} here is described as “${q}”. ` });
  // One word left ("plug" of "smart plugs") still narrows as before: to the devices that say it.
  if (words.length > 1 && kindForPhrase(text)?.id === kind.id) {
    const lead = leadOfKindPhrase(words, kind);
    if (!lead) return plain;
    const saying = lead.includes(' ') ? devicesSaying(devices, lead) : devicesSayingWord(devices, lead);
    if (saying.length === 0) return unconfirmed(lead);
    // "all the roller blinds" of three alike blinds, one described "roller blind": a kind phrase said whole only
    // narrows when the question parse set the words apart as a qualifier (the others may be roller blinds too).
    if (refine?.type !== 'text' || saying.length === devices.length) return plain;
    return { devices: saying, narrowed: ` described as “${lead}” (of ${devices.length} ${kind.plural})`, unconfirmed: '' };
  }
  if (refine?.type !== 'text' || devices.length < 2) return plain;
  const whole = words.length === 1 ? devicesSayingWord(devices, text) : devicesSaying(devices, text);
  // "ceiling light" where the light's model says "… ceiling", "desk plug" for a "plug for the desk lamp": the word
  // before the kind, when the whole phrase is nowhere.
  const head = words.length === 2 && whole.length === 0 && words[0] ? devicesSayingWord(devices, words[0]) : [];
  const saying = whole.length > 0 ? whole : head;
  if (head.length > 0 && head.length < devices.length) return { devices: head, narrowed: ` described as “${words[0] ?? ''}” (of ${devices.length} ${kind.plural})`, unconfirmed: '' };
  if (saying.length === 0 || saying.length === devices.length) return plain;
  return { devices: saying, narrowed: ` described as “${words.length === 1 ? text : refine.text}” (of ${devices.length} ${kind.plural})`, unconfirmed: '' };
}
