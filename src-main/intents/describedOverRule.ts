// "dónde está la moto, está prendida?" where the motorbike is "La Pulsar", described as "la moto de papi", and a rule is
// named "Llegada de la moto": the word found loosely in an automation's name is the device the home describes by it,
// unless the question asks about the automation (what it does, when it runs). Read as the rule, a state question
// was answered "Llegada de la moto is disabled" while the bike's own state is in the home. A word that asks a reading
// ("how much power are we using", with a rule "Power cut mode" and an inverter noted for the "daily power cut") is the
// reading asked, not the device a description names by it; and a rule whose name has another word of the question
// ("is the motor on, tank full ah?" of "Tank full - motor off") is that rule, not the tank sensor described as "full".
import type { HomeSnapshot } from './HomeIndex';
import { automationAsked } from './automationWordOfDevice';
import type { Mention } from './mentions';
import { wordKeys, type Token } from './normalizeText';
import { devicesDescribedBy } from './describedWords';
import { isQuantityWord } from './stateQuantities';

/** The device mention that replaces a loose mention of automations (no device), when one device's name, description or model says its words. */
export function deviceDescribedOverRule(snapshot: HomeSnapshot, tokens: readonly Token[], loose: Mention, asked: ReadonlySet<string>): Mention | undefined {
  if (!loose.loose || !loose.entities.automation?.length || loose.entities.device?.length || loose.entities.place?.length || automationAsked(asked)) return undefined;
  const keys = tokens.slice(loose.start, loose.end).map((t) => t.key).filter((k) => k.length >= 3);
  if (keys.every(isQuantityWord)) return undefined;
  const [first, ...rest] = keys.map((k) => devicesDescribedBy(snapshot, k));
  const described = (first ?? []).filter((d) => rest.every((list) => list.includes(d)));
  const [device] = described;
  // Another word of the rule's name said, which the device does not say too ("lift" of "Boat Lift" does): the rule.
  const elsewhere = new Set([...tokens.slice(0, loose.start), ...tokens.slice(loose.end)].map((t) => t.key).filter((k) => k.length >= 3));
  if (device && loose.entities.automation.some((rule) => wordKeys(rule.name).some((k) => elsewhere.has(k) && !devicesDescribedBy(snapshot, k).includes(device)))) return undefined;
  return described.length === 1 && device ? { start: loose.start, end: loose.end, text: loose.text, entities: { device: [device] } } : undefined;
}
