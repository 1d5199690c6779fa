// Round 39, speed: every word of every word list of the engine (lexicon/*.json), for plainButForSlip.ts: a word one
// letter from an English word may be a word of another language ("lauter" is German's louder, one letter from
// "later"; "temperatura" is Catalan's, Spanish's and Italian's) that a reader of that language reads, so no such word,
// nor a word one letter from one, is taken for a slip. Every word list is here (round39SlipSpeed.test.ts checks that
// each file of lexicon/ is imported): a new language's list added without it would let its words pass for slips.
// Built on first use: only a sentence with a slip candidate asks.
import additionWords from '../lexicon/additionWords.json';
import afrikaansSpoken from '../lexicon/afrikaansSpoken.json';
import amharic from '../lexicon/amharic.json';
import armenian from '../lexicon/armenian.json';
import armenianNames from '../lexicon/armenianNames.json';
import azerbaijani from '../lexicon/azerbaijani.json';
import uzbek from '../lexicon/uzbek.json';
import basque from '../lexicon/basque.json';
import belgian from '../lexicon/belgian.json';
import bengali from '../lexicon/bengali.json';
import brazilian from '../lexicon/brazilian.json';
import bristolian from '../lexicon/bristolian.json';
import cantoneseVerbs from '../lexicon/cantoneseVerbs.json';
import capabilities from '../lexicon/capabilities.json';
import chinese from '../lexicon/chinese.json';
import colombian from '../lexicon/colombian.json';
import comfortRemarks from '../lexicon/comfortRemarks.json';
import connectedCount from '../lexicon/connectedCount.json';
import cuban from '../lexicon/cuban.json';
import peruvian from '../lexicon/peruvian.json';
import cues from '../lexicon/cues.json';
import czech from '../lexicon/czech.json';
import czechSpoken from '../lexicon/czechSpoken.json';
import darija from '../lexicon/darija.json';
import dictation from '../lexicon/dictation.json';
import doorWays from '../lexicon/doorWays.json';
import egyptian from '../lexicon/egyptian.json';
import englishTexting from '../lexicon/englishTexting.json';
import eventQuestions from '../lexicon/eventQuestions.json';
import family from '../lexicon/family.json';
import finalParticles from '../lexicon/finalParticles.json';
import framesCatalan from '../lexicon/frames.catalan.json';
import frames from '../lexicon/frames.json';
import framesRomance from '../lexicon/frames.romance.json';
import frenchSpoken from '../lexicon/frenchSpoken.json';
import frenchTexting from '../lexicon/frenchTexting.json';
import gaeilge from '../lexicon/gaeilge.json';
import georgian from '../lexicon/georgian.json';
import groupOfKindOnly from '../lexicon/groupOfKindOnly.json';
import guarani from '../lexicon/guarani.json';
import gulfEnglish from '../lexicon/gulfEnglish.json';
import haitianCreole from '../lexicon/haitianCreole.json';
import haitianCreoleHome from '../lexicon/haitianCreoleHome.json';
import hawaiianPidgin from '../lexicon/hawaiianPidgin.json';
import hazardDetectors from '../lexicon/hazardDetectors.json';
import headWordKin from '../lexicon/headWordKin.json';
import hebrew from '../lexicon/hebrew.json';
import hongKongEnglish from '../lexicon/hongKongEnglish.json';
import howTo from '../lexicon/howTo.json';
import hungarianSpoken from '../lexicon/hungarianSpoken.json';
import icelandic from '../lexicon/icelandic.json';
import indonesian from '../lexicon/indonesian.json';
import inuktitut from '../lexicon/inuktitut.json';
import inTheApp from '../lexicon/inTheApp.json';
import irish from '../lexicon/irish.json';
import jamaicanPatwa from '../lexicon/jamaicanPatwa.json';
import japanese from '../lexicon/japanese.json';
import kindFamilies from '../lexicon/kindFamilies.json';
import levantine from '../lexicon/levantine.json';
import kinds from '../lexicon/kinds.json';
import korean from '../lexicon/korean.json';
import lastEvents from '../lexicon/lastEvents.json';
import laughter from '../lexicon/laughter.json';
import malayalam from '../lexicon/malayalam.json';
import maltese from '../lexicon/maltese.json';
import manualWords from '../lexicon/manualWords.json';
import mongolian from '../lexicon/mongolian.json';
import namedThings from '../lexicon/namedThings.json';
import nepali from '../lexicon/nepali.json';
import newfoundland from '../lexicon/newfoundland.json';
import newfoundlandSayings from '../lexicon/newfoundlandSayings.json';
import newOrleans from '../lexicon/newOrleans.json';
import norwegian from '../lexicon/norwegian.json';
import noteWords from '../lexicon/noteWords.json';
import numberTargets from '../lexicon/numberTargets.json';
import oneOfPlace from '../lexicon/oneOfPlace.json';
import oneThingWords from '../lexicon/oneThingWords.json';
import openings from '../lexicon/openings.json';
import openValues from '../lexicon/openValues.json';
import oromo from '../lexicon/oromo.json';
import oversightVerbs from '../lexicon/oversightVerbs.json';
import persian from '../lexicon/persian.json';
import pidginCues from '../lexicon/pidginCues.json';
import placeHeads from '../lexicon/placeHeads.json';
import places from '../lexicon/places.json';
import plainEnglish from '../lexicon/plainEnglish.json';
import plainKindPhrases from '../lexicon/plainKindPhrases.json';
import plattdeutsch from '../lexicon/plattdeutsch.json';
import politeEnglish from '../lexicon/politeEnglish.json';
import powerDrawn from '../lexicon/powerDrawn.json';
import prairieEnglish from '../lexicon/prairieEnglish.json';
import pronouns from '../lexicon/pronouns.json';
import punjabi from '../lexicon/punjabi.json';
import questionLast from '../lexicon/questionLast.json';
import replyNarrowing from '../lexicon/replyNarrowing.json';
import rioplatense from '../lexicon/rioplatense.json';
import romanceReasons from '../lexicon/romanceReasons.json';
import romanian from '../lexicon/romanian.json';
import romanianSpoken from '../lexicon/romanianSpoken.json';
import runOnClauses from '../lexicon/runOnClauses.json';
import russian from '../lexicon/russian.json';
import russianSpoken from '../lexicon/russianSpoken.json';
import russianLatin from '../lexicon/russianLatin.json';
import kazakh from '../lexicon/kazakh.json';
import kazakhSpoken from '../lexicon/kazakhSpoken.json';
import kinyarwanda from '../lexicon/kinyarwanda.json';
import appMentions from '../lexicon/appMentions.json';
import scots from '../lexicon/scots.json';
import secretWords from '../lexicon/secretWords.json';
import serbian from '../lexicon/serbian.json';
import serbianSpoken from '../lexicon/serbianSpoken.json';
import sinhala from '../lexicon/sinhala.json';
import sites from '../lexicon/sites.json';
import spokenAsides from '../lexicon/spokenAsides.json';
import spokenNumbers from '../lexicon/spokenNumbers.json';
import swahiliCues from '../lexicon/swahiliCues.json';
import swissGerman from '../lexicon/swissGerman.json';
import switchVerbs from '../lexicon/switchVerbs.json';
import tagalogCues from '../lexicon/tagalogCues.json';
import tamil from '../lexicon/tamil.json';
import terseCommands from '../lexicon/terseCommands.json';
import thai from '../lexicon/thai.json';
import topics from '../lexicon/topics.json';
import turkish from '../lexicon/turkish.json';
import ukrainian from '../lexicon/ukrainian.json';
import ukrainianLatin from '../lexicon/ukrainianLatin.json';
import ukrainianSpoken from '../lexicon/ukrainianSpoken.json';
import urdu from '../lexicon/urdu.json';
import verbFinalCues from '../lexicon/verbFinalCues.json';
import verbSecondCues from '../lexicon/verbSecondCues.json';
import vietnamese from '../lexicon/vietnamese.json';
import ways from '../lexicon/ways.json';
import welsh from '../lexicon/welsh.json';
import yorkshire from '../lexicon/yorkshire.json';
import sesothoSpoken from '../lexicon/sesothoSpoken.json';
import southAfricanEnglish from '../lexicon/southAfricanEnglish.json';
import zulu from '../lexicon/zulu.json';
import wolofHome from '../lexicon/wolofHome.json';
import lithuanian from '../lexicon/lithuanian.json';
import { isPlainWord } from './plainEnglish';
import { plainLetters } from '../normalizeText';

const LISTS: readonly unknown[] = [
  additionWords, amharic, appMentions, armenian, armenianNames, azerbaijani, basque, belgian, bengali, brazilian, bristolian, cantoneseVerbs, capabilities, chinese, colombian, comfortRemarks,
  connectedCount, cuban, cues, czech, czechSpoken, darija, dictation, doorWays, egyptian, englishTexting,
  eventQuestions, family, finalParticles, frames, framesCatalan, framesRomance, frenchSpoken, frenchTexting, gaeilge,
  georgian, groupOfKindOnly, guarani, gulfEnglish, haitianCreole, haitianCreoleHome, hawaiianPidgin, hazardDetectors, headWordKin, hebrew, hongKongEnglish, howTo,
  hungarianSpoken, icelandic, indonesian, inuktitut, inTheApp, irish, jamaicanPatwa, japanese, kazakh, kazakhSpoken, kinyarwanda, kindFamilies, kinds, korean,
  lastEvents, laughter, levantine, malayalam, maltese, manualWords, mongolian, namedThings, nepali, newfoundland, newfoundlandSayings, newOrleans, norwegian,
  noteWords, numberTargets, oneOfPlace, oneThingWords, openings, openValues, oromo, oversightVerbs, persian, pidginCues,
  placeHeads, places, plainEnglish, plainKindPhrases, plattdeutsch, politeEnglish, powerDrawn, prairieEnglish,
  peruvian, pronouns, punjabi, questionLast, replyNarrowing, rioplatense, romanceReasons, romanian, romanianSpoken,
  runOnClauses, russian, russianLatin, russianSpoken, scots, secretWords, serbian, serbianSpoken, sinhala, sites, spokenAsides, spokenNumbers, swahiliCues,
  swissGerman, switchVerbs, tagalogCues, tamil, terseCommands, thai, topics, turkish, ukrainian, ukrainianLatin, uzbek,
  ukrainianSpoken, urdu, verbFinalCues, verbSecondCues, vietnamese, ways, welsh, yorkshire, afrikaansSpoken, sesothoSpoken,
  southAfricanEnglish, zulu, wolofHome, lithuanian,
];

/** Letters only, without marks, lowercased (as plainButForSlip sees a typed ASCII word). */
function wordsOf(text: string): string[] {
  return plainLetters(text).split(/[^a-z]+/);
}

function stringsIn(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) {
    out.push(k);
    stringsIn(v, out);
  }
}

let byFirstLetter: Map<string, string[]> | undefined;

/** The words of 4 letters or more of every word list that are no plain English word, by first letter. */
export function listedWordsFrom(letter: string): readonly string[] {
  if (!byFirstLetter) {
    const strings: string[] = [];
    for (const list of LISTS) stringsIn(list, strings);
    const words = new Set<string>();
    for (const s of strings) for (const w of wordsOf(s)) if (w.length >= 4 && !isPlainWord(w)) words.add(w);
    byFirstLetter = new Map();
    for (const w of words) {
      const first = w[0] ?? '';
      const bucket = byFirstLetter.get(first);
      if (bucket) bucket.push(w);
      else byFirstLetter.set(first, [w]);
    }
  }
  return byFirstLetter.get(letter) ?? [];
}
