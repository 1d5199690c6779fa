// "is there an automation for leaks", "y a une automatisation pour les fuites ?": an automation about a hazard is one
// that its detectors set off, so the hazard is asked as its detectors ("for leak sensors"). Read as the hazard itself,
// the question was answered by the detectors' state ("No: all 3 read dry"), a wrong "none" for an automation that
// exists. Only with an automation word in the sentence and no detector word after the hazard ("smoke alarm" stays).
// Round 39: "which automation fires on low SOC" uses "fires" as a verb (right after the automation word, or before
// "on"/"when"/"if"): it is no fire, and was read as the smoke alarms (a wrong none).
import { z } from 'zod';
import raw from './lexicon/hazardDetectors.json';

const lexicon = z.object({
  automationWords: z.array(z.string()),
  detectorWords: z.array(z.string()),
  hazards: z.record(z.string(), z.string()),
  verbs: z.array(z.string()),
  verbFollowers: z.array(z.string()),
}).strict().parse(raw);
const VERBS = new Set(lexicon.verbs);
const VERB_AFTER = new RegExp(`^\\s+(?:${lexicon.verbFollowers.join('|')})\\b`, 'i');
const VERB_BEFORE = new RegExp(`\\b(?:${lexicon.automationWords.join('|')})\\s+$`, 'i');

const AUTOMATION = new RegExp(`\\b(?:${lexicon.automationWords.join('|')})\\b`, 'i');
const HAZARD = new RegExp(`\\b(${Object.keys(lexicon.hazards).join('|')})\\b(?!\\s+(?:${lexicon.detectorWords.join('|')})\\b)`, 'gi');

/** The English sentence with a hazard an automation is asked about said as its detectors; unchanged otherwise. */
export function hazardAsDetectors(english: string): string {
  if (!AUTOMATION.test(english)) return english;
  return english.replace(HAZARD, (hazard: string, _word: string, at: number) => {
    const word = hazard.toLowerCase();
    // "the automation fires on …", "what fires when …": the verb, not the hazard.
    if (VERBS.has(word) && (VERB_AFTER.test(english.slice(at + hazard.length)) || VERB_BEFORE.test(english.slice(0, at)))) return hazard;
    return lexicon.hazards[word] ?? hazard;
  });
}
