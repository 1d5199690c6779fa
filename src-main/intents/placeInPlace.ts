// "the kitchen in the caravan", "the bedroom at the cottage": a room said with the part of the home it lies in, where
// the home names it by both words ("Caravan Kitchen"). Read as that name, so the kitchen word alone (the house's own
// kitchen, placeVocabulary.ts) does not take the question from the room asked for.
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';

const IN_PLACE = /\b(\p{L}+) (?:in|at|down|up) the (\p{L}+)\b/giu;

/** The text with "<room word> in the <part>" read as the home's place "<part> <room word>"; unchanged otherwise. */
export function placeInPlace(text: string, snapshot: HomeSnapshot): string {
  if (!/ (?:in|at|down|up) the /i.test(text)) return text;
  return text.replace(IN_PLACE, (whole, room: string, part: string, at: number) => {
    // "the twin room at the caravan": the room word ends a name of its own ("Twin Room"), left as said.
    const before = /(\p{L}+) $/u.exec(text.slice(0, at))?.[1];
    if (before && snapshot.phrases.has(phraseKey(`${before} ${room}`))) return whole;
    const named = snapshot.phrases.get(phraseKey(`${part} ${room}`));
    return named?.some((e) => e.entity_type === 'room') ? `${part} ${room}` : whole;
  });
}
