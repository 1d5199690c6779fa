// A reading asked with no measure the engine knows ("kam mazout ba2i bel cave": how much diesel is left in the cave)
// fell back to the temperature and was answered "No device in Cave reports the temperature" beside a tank reading
// 35 %: a wrong none, since nobody asked the temperature. With no measure said, what the room's devices read is said
// as it is, the devices the question's words name most (by name, alias or description) first.
import type { Entity } from '../../src-shared/protocol/entities';
import { readingPhrase } from './deviceReadings';
import { stateOf } from './IntentAnswerInput';
import { givenAliases } from './otherNames';

/** How many of a device's readings are said. */
const READINGS_SAID = 4;

/** "Réservoir mazout: level 35 %, litres 350", one line per device with a reading; empty when none reads anything. */
export function readingsThereUnnamed(devices: readonly Entity[], words: readonly string[], place: Entity): Array<{ device: Entity; line: string }> {
  // The place's own words ("cave") name the pump in the cave as much as the tank: only the others order them.
  const placeWords = new Set(wordsOf(place));
  const asked = words.map((w) => w.toLowerCase()).filter((w) => w.length >= 4 && !placeWords.has(w));
  // A word key may be a stem ("heat" of "heater"): a device word it begins counts.
  const named = (d: Entity): number => new Set(wordsOf(d).filter((w) => asked.some((a) => w.startsWith(a)))).size;
  const ordered = [...devices].sort((a, b) => named(b) - named(a));
  return ordered.flatMap((device) => {
    const phrases = Object.entries(stateOf(device))
      .map(([key, value]) => readingPhrase(key, value))
      .filter((p): p is string => p !== undefined)
      .slice(0, READINGS_SAID);
    return phrases.length > 0 ? [{ device, line: `${device.name}: ${phrases.join(', ')}` }] : [];
  });
}

/** The words of an entity's name, aliases and description, lower-cased. */
function wordsOf(entity: Entity): string[] {
  const description = entity.content['description'];
  const texts = [entity.name, ...givenAliases(entity), typeof description === 'string' ? description : ''];
  return texts.join(' ').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4);
}
