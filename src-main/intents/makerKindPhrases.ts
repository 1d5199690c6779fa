// "do we have anything from sonos", "any ecobee": a few kind phrases of the lexicon are a maker's name (people say
// "the sonos" for their speaker). In a home where no device and no text says that name, the question is about the
// maker, and the honest answer is that nothing here is made by it, never the speakers of other makers as if they were.
import type { HomeSnapshot } from './HomeIndex';
import { homeWords } from './homeWords';
import { phraseKey } from './deviceKinds';

/** Kind phrases of `lexicon/kinds.json` that are a maker's name, as the maker writes it; looked up by phrase key. */
const MAKERS = ['Sonos', 'Ecobee', 'Arlo', 'Roborock', 'Ecovacs', 'iRobot'];
const MAKER_PHRASES: ReadonlyMap<string, string> = new Map(MAKERS.map((m) => [phraseKey(m), m]));

/** Whether a kind phrase of the lexicon is a maker's name ("Sonos"). */
export function isMakerPhrase(phrase: string): boolean {
  return MAKER_PHRASES.has(phraseKey(phrase));
}

/** The maker a kind phrase names when the home never says it (no maker, name, model or text), else undefined. */
export function absentMakerOfPhrase(phrase: string, snapshot: HomeSnapshot): string | undefined {
  const maker = MAKER_PHRASES.get(phrase);
  if (!maker) return undefined;
  const words = homeWords(snapshot);
  if (snapshot.manufacturers.has(phrase) || words.has(phrase) || words.has(maker.toLowerCase())) return undefined;
  return maker;
}
