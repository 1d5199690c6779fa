// "preheat the oven to 375" where the oven candidates are the "Kitchen range" (an oven by its name, whose data keeps no
// setpoint), the "Woodstove" (by its name) and "The Toyo", an oil heater whose description calls it "the oil stove":
// narrowing the candidates to the one that can take a temperature picked the heater, because it alone keeps a
// setpoint (a wrong proposal). The one able candidate is only taken when it is the kind said at least as surely as
// every candidate it would be chosen over; one that is the kind only by its description or model, beside one that is
// the kind by its own name, alias or type, leaves the question back.
import type { Entity } from '../../src-shared/protocol/entities';
import { kindForPhrase, phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';

/** Evidence that a device is of a kind as surely as a word of its name says it. */
const SURE = new Set(['name', 'alias', 'type']);
const MAX_KIND_WORDS = 3;

function kindIdSaid(text: string): string | undefined {
  const keys = phraseKey(text).split(' ').filter((k) => k !== '' && !['the', 'my', 'our', 'a', 'an'].includes(k));
  for (let len = Math.min(MAX_KIND_WORDS, keys.length); len >= 1; len--) {
    const kind = kindForPhrase(keys.slice(keys.length - len).join(' '));
    if (kind) return kind.id;
  }
  return undefined;
}

/** Is the chosen device the kind said less surely than one of the others it would be chosen over? */
export function chosenByWeakerKind(snapshot: HomeSnapshot, text: string, chosen: Entity, others: readonly Entity[]): boolean {
  const kind = kindIdSaid(text);
  if (!kind) return false;
  const evidence = (d: Entity): string | undefined => snapshot.kindsOfDevice.get(d.id)?.get(kind);
  const own = evidence(chosen);
  if (own === undefined || SURE.has(own)) return false;
  return others.some((d) => d.id !== chosen.id && SURE.has(evidence(d) ?? ''));
}
