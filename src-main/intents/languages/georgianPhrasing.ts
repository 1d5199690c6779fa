// Georgian, in Mkhedruli or texted in Latin letters, in the English the engine reads. Georgian puts the thing first and
// the verb where it likes ("ეზოს ფარანი ჩააქრე" = turn off the yard lamp, "ჩართე სიგნალიზაცია" = turn on the alarm),
// glues its cases to the noun ("მისაღებში" = in the living room, "თერმოსტატზე" = on the thermostat) and asks with a
// question word anywhere ("რამდენი გრადუსია მისაღებში" = how many degrees is it in the living room). The words' jobs
// and the home's names come from georgianWords.ts; names are said as the home writes them. A sentence with no
// Mkhedruli letter and no word only Georgian texting writes returns at once.
import type { HomeSnapshot } from '../HomeIndex';
import { GEORGIAN, georgianKey } from './georgianLetters';
import { georgianTokens, mayBeGeorgian } from './georgianWords';
import { composeTagged, type TaggedCues } from './taggedSentence';

/** What only Georgian says (taggedSentence.ts): "ცივა" (it is cold), "50ze" (to 50), "კარი" (door). */
const CUES: TaggedCues = {
  script: GEORGIAN,
  cold: /^(ცივა|ცხელა|tsiva|tskhela)$/,
  setTo: (said) => /(ze|mde)$/.test(georgianKey(said)),
  lockName: /(^|\s)(კარი|საკეტი|kari|saketi)$/i,
};

/** The sentence in English, or undefined when it has no Georgian or says nothing the engine reads. */
export function georgianPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!mayBeGeorgian(text)) return undefined;
  // "ჩართე სიგნალიზაცია, მივდივართ": of clauses, the one with a request or question word is read.
  const clauses = text.split(/[,;]\s+/).map((c) => georgianTokens(c, snapshot));
  const main = clauses.find((c) => c.some((t) => t.role === 'command' || t.role === 'question' || t.role === 'measure' || t.role === 'state')) ?? clauses[0] ?? [];
  if (!main.some((t) => t.role)) return undefined;
  const english = composeTagged(main, /\?\s*$/.test(text), CUES);
  return english?.replace(/\s+/g, ' ').trim();
}
