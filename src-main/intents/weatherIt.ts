// "how cold is it out there" after the balcony fairy lights, "wie warm is es bei ihr" after her string lights: the "it"
// of "how warm is it" is the weather-it, the place, not the device just talked about, when that device holds no
// temperature at all (a light, a plug). Read as the device, the answer was "Fairy lights has no temperature setting".
// A device with a temperature keeps the pronoun ("is the oven on?" … "how hot is it"). "Is it raining" never has a thing
// for its "it".
import type { Entity } from '../../src-shared/protocol/entities';
import { placeOfFocus, type Focus } from './ConversationFocus';
import { currentTemperatureOf, setpointOf } from './deviceReadings';
import type { HomeSnapshot } from './HomeIndex';
import { tokenize } from './normalizeText';

const WEATHER_IT = /^(?:and\s+|so\s+|ok\s+)?how\s+(?:warm|cold|hot|chilly|cool|mild|freezing)\s+is\s+it\b(.*?)[?!.\s]*$/i;
/** Words that point back at the place talked about without naming one ("out there", "at hers", "bei ihr"). */
const POINTING_BACK = new Set(['out', 'in', 'at', 'over', 'up', 'down', 'there', 'here', 'her', 'his', 'their', 'hers', 'the', 'room', 'place', 'now', 'right', 'bei', 'ihr', 'ihm', 'chez', 'elle', 'lui']);

const OUTDOORS = /^\s*(?:outside|outdoors)\s*$/i;

/** "is it raining", "is it still snowing": the "it" of a weather verb is never a thing, whatever was talked about. */
const WEATHER_VERB = /^(?:and\s+|so\s+|ok\s+)?is\s+it\s+(?:still\s+)?(?:raining|snowing|hailing|drizzling|pouring)(?:\s+(?:now|yet|out|outside|there|today))*[?!.\s]*$/i;

/** The question asked of the place, or undefined when "it" may well be the device. */
export function weatherIt(text: string, focus: Focus, snapshot: HomeSnapshot): string | undefined {
  // Asked as it was typed, as a question of its own ("is it raining" reads the rain gauge).
  if (WEATHER_VERB.test(text.trim())) return text.trim();
  const rest = WEATHER_IT.exec(text.trim())?.[1];
  if (rest === undefined) return undefined;
  // "how cold is it outside" after the snow-melt valve: outdoors is said, so the question is its own, never the device's.
  if (OUTDOORS.test(rest)) return text.trim();
  const subject = focus.subjects[0];
  if (!subject || (subject.entity_type === 'device' && holdsTemperature(subject))) return undefined;
  if (!tokenize(rest).every((t) => POINTING_BACK.has(t.key) || POINTING_BACK.has(t.text.toLowerCase()))) return undefined;
  const place = placeOfFocus(focus, snapshot);
  return place && place.entity_type !== 'home' ? `what is the temperature in ${place.name}` : undefined;
}

function holdsTemperature(device: Entity): boolean {
  return setpointOf(device) !== undefined || currentTemperatureOf(device) !== undefined;
}
