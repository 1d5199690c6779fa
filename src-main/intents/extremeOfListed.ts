// "which one's the lowest" after the devices low on battery were listed, "which is warmest" after the things that
// tell the temperature, "which one's coldest" after the radiators: the one listed device whose reading is the extreme,
// read from the data, then asked about by name (so its reading is said and it is cited). A tie, or fewer than two
// listed devices with that reading, is left to the engine (it declines): which one is not ours to pick.
import type { Entity } from '../../src-shared/protocol/entities';
import type { Focus } from './ConversationFocus';
import { batteryOf, currentTemperatureOf, setpointOf } from './deviceReadings';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentEngine, IntentMatch } from './IntentEngine';
import { sharedKind } from './sharedKind';

/** "which one's the lowest", "which is warmest?", "what one has the highest", "and which is set lowest". */
const EXTREME = /^(?:(?:and|so|ok|okay)\s+)?(?:which|what)(?:\s+(?:one|ones|of them|of those))?(?:\s*['’]s|\s+is|\s+has|\s+reads|\s+are)?(?:\s+(set))?(?:\s+the)?\s+(lowest|highest|least|coldest|warmest|hottest)(?:\s+one)?\s*[?.!]*$/i;

type Reading = 'battery' | 'temperature' | 'setpoint';
const READ: Readonly<Record<Reading, (device: Entity) => number | undefined>> = { battery: batteryOf, temperature: currentTemperatureOf, setpoint: setpointOf };
const ASK: Readonly<Record<Reading, (name: string) => string>> = {
  battery: (name) => `what is the battery of ${name}`,
  temperature: (name) => `what is the temperature of ${name}`,
  setpoint: (name) => `what is ${name} set to`,
};
/** Intents whose question was about batteries, a temperature or a setting: what "lowest"/"highest" is of. */
const READING_OF_INTENT: Readonly<Record<string, Reading>> = { battery_devices: 'battery', readings: 'temperature', setpoint: 'setpoint' };

export interface ExtremeAsked {
  match: IntentMatch;
  text: string;
}

export async function extremeOfListed(engine: IntentEngine, typed: string, focus: Focus, snapshot: HomeSnapshot): Promise<ExtremeAsked | undefined> {
  const said = EXTREME.exec(typed.trim());
  if (!said) return undefined;
  const word = (said[2] ?? '').toLowerCase();
  const reading = readingMeant(word, said[1] !== undefined, focus);
  if (!reading) return undefined;
  const low = word === 'lowest' || word === 'least' || word === 'coldest';
  const values = focus.listed
    .filter((e) => e.entity_type === 'device')
    .map((e) => snapshot.byId.get(e.id) ?? e)
    .map((device) => ({ device, value: READ[reading](device) }))
    .filter((v): v is { device: Entity; value: number } => v.value !== undefined);
  if (values.length < 2) return undefined;
  // "which is warmest" over a kettle, a fridge and the room sensors: things of different kinds read different
  // temperatures (water, food, air), so a temperature is compared only among things of one kind.
  if (reading === 'temperature' && !sharedKind(values.map((v) => v.device), snapshot)) return undefined;
  const best = low ? Math.min(...values.map((v) => v.value)) : Math.max(...values.map((v) => v.value));
  const at = values.filter((v) => v.value === best);
  if (at.length !== 1 || !at[0]) return undefined;
  const text = ASK[reading](at[0].device.name);
  const match = await engine.match(text);
  if (!match || Object.values(match.slots).some((v) => v.type === 'ambiguous' || v.type === 'missing')) return undefined;
  return { match, text };
}

/** What the extreme is of: said by the word (coldest, warmest), or by what the last question asked. */
function readingMeant(word: string, set: boolean, focus: Focus): Reading | undefined {
  if (set) return 'setpoint';
  if (word === 'coldest' || word === 'warmest' || word === 'hottest') return 'temperature';
  const quantity = focus.slots['quantity'];
  if (focus.intent === 'readings' && !(quantity?.type === 'text' && /temp/i.test(quantity.text))) return undefined;
  return READING_OF_INTENT[focus.intent];
}
