// "is there an automation for leaks", "y a une automatisation pour les fuites ?": an automation about a hazard is one
// that its detectors set off, so the hazard is asked as its detectors ("for leak sensors"). Read as the hazard itself,
// the question was answered by the detectors' state ("No: all 3 read dry"), a wrong "none" for an automation that
// exists. Only with an automation word in the sentence and no detector word after the hazard ("smoke alarm" stays).
import { z } from 'zod';
import raw from './lexicon/hazardDetectors.json';

const lexicon = z.object({
  automationWords: z.array(z.string()),
  detectorWords: z.array(z.string()),
  hazards: z.record(z.string(), z.string()),
}).strict().parse(raw);

const AUTOMATION = new RegExp(`\\b(?:${lexicon.automationWords.join('|')})\\b`, 'i');
const HAZARD = new RegExp(`\\b(${Object.keys(lexicon.hazards).join('|')})\\b(?!\\s+(?:${lexicon.detectorWords.join('|')})\\b)`, 'gi');

/** The English sentence with a hazard an automation is asked about said as its detectors; unchanged otherwise. */
export function hazardAsDetectors(english: string): string {
  if (!AUTOMATION.test(english)) return english;
  return english.replace(HAZARD, (hazard: string) => lexicon.hazards[hazard.toLowerCase()] ?? hazard);
}
