// "what's the water temperature", "a quants graus està l'aigua" (read "what is the temperature of water"): the word
// said named a device that keeps no temperature at all (a leak sensor called "Sensor agua cocina"), while another
// device is that word's thing by its kind ("hot water" and "water heater" are phrases of the water heater kind) and
// does read one. The temperature asked is that device's, never "Sensor agua cocina has no temperature setting".
// Several such devices are asked back; a device that keeps a temperature of its own stays the answer.
import type { Entity } from '../../src-shared/protocol/entities';
import { kindById, phraseKey } from './deviceKinds';
import { setpointOf } from './deviceReadings';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';
import { withNamesakes } from './namesakeSlot';
import { readingsOf } from './stateQuantities';

/** Intents that ask a device's temperature. */
const TEMPERATURE_ASKED = new Set(['setpoint']);
const LEADING = new Set(['the', 'a', 'an', 'my', 'our']);
const MAX_WORDS = 2;

export function temperatureNamesake(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  const slot = match.slots['device'];
  if (!TEMPERATURE_ASKED.has(match.intent) || slot?.type !== 'entity') return match;
  const chosen = slot.entity;
  if (!snapshot.devices.includes(chosen) || keepsTemperature(chosen)) return match;
  const said = phraseKey(slot.text).split(' ').filter((w) => w && !LEADING.has(w));
  // A device called by its whole name ("Water" itself) is the one asked about.
  if (said.length === 0 || said.length > MAX_WORDS || said.join(' ') === phraseKey(chosen.name)) return match;
  const theirs = snapshot.devices.filter((d) => d !== chosen && keepsTemperature(d) && kindSays(snapshot, d, said));
  return withNamesakes(match, slot.text, theirs);
}

function keepsTemperature(device: Entity): boolean {
  return setpointOf(device) !== undefined || readingsOf(device, 'temperature').length > 0;
}

/** Does a phrase of one of the device's kinds hold every word said ("water" in "hot water")? */
function kindSays(snapshot: HomeSnapshot, device: Entity, said: readonly string[]): boolean {
  const kinds = snapshot.kindsOfDevice.get(device.id);
  if (!kinds) return false;
  return [...kinds.keys()].some((id) => kindById(id)?.phrases.some((p) => {
    const words = phraseKey(p).split(' ');
    return said.every((w) => words.includes(w));
  }) === true);
}
