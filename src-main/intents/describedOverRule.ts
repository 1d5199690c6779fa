// "dónde está la moto, está prendida?" where the motorbike is "La Pulsar", described as "la moto de papi", and a rule is
// named "Llegada de la moto": the word found loosely in an automation's name is the device the home describes by it,
// unless the question asks about the automation (what it does, when it runs). Read as the rule, a state question
// was answered "Llegada de la moto is disabled" while the bike's own state is in the home.
import type { HomeSnapshot } from './HomeIndex';
import { automationAsked } from './automationWordOfDevice';
import type { Mention } from './mentions';
import type { Token } from './normalizeText';
import { devicesDescribedBy } from './describedWords';

/** The device mention that replaces a loose mention of automations (no device), when one device's name, description or model says its words. */
export function deviceDescribedOverRule(snapshot: HomeSnapshot, tokens: readonly Token[], loose: Mention, asked: ReadonlySet<string>): Mention | undefined {
  if (!loose.loose || !loose.entities.automation?.length || loose.entities.device?.length || loose.entities.place?.length || automationAsked(asked)) return undefined;
  const keys = tokens.slice(loose.start, loose.end).map((t) => t.key).filter((k) => k.length >= 3);
  const [first, ...rest] = keys.map((k) => devicesDescribedBy(snapshot, k));
  const described = (first ?? []).filter((d) => rest.every((list) => list.includes(d)));
  const [device] = described;
  return described.length === 1 && device ? { start: loose.start, end: loose.end, text: loose.text, entities: { device: [device] } } : undefined;
}
