// "and the gate camera battery?" in a home with a mains "Gate Camera" at the house and a battery "Country Gate
// Camera" at the second house: the words named the mains camera, which keeps no battery, and the answer said its
// state with no battery at all (read as "none"). A battery asked of a device that has none is the battery of the one
// device whose longer name holds that whole name and runs on one; several such are asked back. A device with a
// battery of its own stays the answer.
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';
import { withNamesakes } from './namesakeSlot';
import { phraseKey } from './deviceKinds';

const BATTERY_ASKED = new Set(['device_state']);
const BATTERY_WORDS = new Set(['battery', 'batteries', 'batt']);

export function batteryNamesake(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  const slot = match.slots['device'];
  if (!BATTERY_ASKED.has(match.intent) || slot?.type !== 'entity' || !match.words.some((w) => BATTERY_WORDS.has(w))) return match;
  const chosen = slot.entity;
  const powered = new Set(snapshot.batteryDevices.map((b) => b.device));
  if (!snapshot.devices.includes(chosen) || powered.has(chosen)) return match;
  const name = phraseKey(chosen.name);
  if (!name) return match;
  const theirs = [...powered].filter((d) => d !== chosen && ` ${phraseKey(d.name)} `.includes(` ${name} `));
  return withNamesakes(match, slot.text, theirs);
}
