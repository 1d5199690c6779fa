// The readers readInEnglish.ts skips for a plain English sentence (plainEnglish.ts) or one with a slip
// (plainButForSlip.ts), each called as it is there, and the check both speed tests make with them: no skipped reader
// may change a sentence the check lets through. Shared by round36PlainEnglish and round39SlipSpeed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HomeSnapshot } from '../../../src-main/intents/HomeIndex';
import { egyptianPhrasing } from '../../../src-main/intents/languages/egyptianPhrasing';
import { haitianHomePhrasing, maySayKreyol } from '../../../src-main/intents/languages/haitianHome';
import { urduInLatin } from '../../../src-main/intents/languages/urduWords';
import { gurmukhiInLatin } from '../../../src-main/intents/languages/gurmukhiWords';
import { bengaliPhrasing } from '../../../src-main/intents/languages/bengaliPhrasing';
import { maySayNepali, nepaliPhrasing } from '../../../src-main/intents/languages/nepaliPhrasing';
import { chinesePhrasing } from '../../../src-main/intents/languages/chinesePhrasing';
import { thaiPhrasing } from '../../../src-main/intents/languages/thaiPhrasing';
import { persianPhrasing } from '../../../src-main/intents/languages/persianPhrasing';
import { tamilPhrasing } from '../../../src-main/intents/languages/tamilPhrasing';
import { koreanPhrasing } from '../../../src-main/intents/languages/koreanPhrasing';
import { japanesePhrasing } from '../../../src-main/intents/languages/japanesePhrasing';
import { vietnamesePhrasing } from '../../../src-main/intents/languages/vietnamesePhrasing';
import { cantoneseVerbs } from '../../../src-main/intents/languages/cantoneseVerbs';
import { icelandicPhrasing } from '../../../src-main/intents/languages/icelandicPhrasing';
import { welshPhrasing } from '../../../src-main/intents/languages/welshPhrasing';
import { urduPhrasing } from '../../../src-main/intents/languages/urduPhrasing';
import { turkishPhrasing } from '../../../src-main/intents/languages/turkishPhrasing';
import { punjabiPhrasing } from '../../../src-main/intents/languages/punjabiPhrasing';
import { indonesianPhrasing } from '../../../src-main/intents/languages/indonesianPhrasing';
import { romancePluralKinds } from '../../../src-main/intents/languages/romancePluralKinds';
import { withoutDislocation } from '../../../src-main/intents/languages/frenchDislocation';
import { spokenFrench } from '../../../src-main/intents/languages/spokenFrench';
import { questionWordFirst } from '../../../src-main/intents/questionLast';
import { withoutRomanceReason } from '../../../src-main/intents/languages/romanceReasons';
import { withInflectedNames } from '../../../src-main/intents/languages/norwegianNames';
import { withDanishNames } from '../../../src-main/intents/languages/danishSpelling';
import { opensWithLongLead, readSentenceFrames } from '../../../src-main/intents/sentenceFrames';
import { tagalogPhrasing } from '../../../src-main/intents/languages/tagalogPhrasing';
import { swahiliPhrasing } from '../../../src-main/intents/languages/swahiliPhrasing';
import { germanBareCommand } from '../../../src-main/intents/languages/germanBareCommands';
import { lastReadSentence } from '../../../src-main/intents/languages/germanSentences';
import { readVerbSecond } from '../../../src-main/intents/languages/verbSecondCues';
import { topicThenPronoun } from '../../../src-main/intents/topicThenPronoun';

/** Every reader readInEnglish skips for a plain sentence, each as it is called there. */
export const SKIPPED: Record<string, (text: string, snapshot: HomeSnapshot) => string | undefined> = {
  haitianHome: (t, s) => (maySayKreyol(t) ? haitianHomePhrasing(t, s) : undefined), egyptianPhrasing, urduInLatin, gurmukhiInLatin, bengaliPhrasing, nepali: (t, s) => (maySayNepali(t) ? nepaliPhrasing(t, s) : undefined), thaiPhrasing,
  persianPhrasing, tamilPhrasing, koreanPhrasing, chinesePhrasing, japanesePhrasing, vietnamesePhrasing, cantoneseVerbs,
  icelandicPhrasing, welshPhrasing, urduPhrasing, turkishPhrasing, punjabiPhrasing, indonesianPhrasing,
  romancePluralKinds: (t) => romancePluralKinds(t), withoutDislocation: (t) => withoutDislocation(t), spokenFrench: (t) => spokenFrench(t),
  questionWordFirst: (t) => questionWordFirst(t), withoutRomanceReason, withInflectedNames, withDanishNames,
  romanceLead: (t, s) => (opensWithLongLead(t) ? readSentenceFrames(t, s) : undefined), tagalogPhrasing, swahiliPhrasing,
  germanBareCommand: (t) => germanBareCommand(t), lastReadSentence: (t, s) => lastReadSentence(t, s, (x) => readVerbSecond(x, s)),
  readVerbSecond: (t, s) => readVerbSecond(topicThenPronoun(t) ?? t, s), readSentenceFrames,
};

/** Questions of the unseen homes' sets (tests/fixtures/homes), every `nth` of each set: people's own phrasings. */
export function fixtureQuestions(nth: number): string[] {
  const dir = join(import.meta.dirname, '../../fixtures/homes');
  return readdirSync(dir).filter((f) => f.endsWith('.questions.json')).flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { questions: Array<{ text: string }> }).questions.map((q) => q.text).filter((_q, i) => i % nth === 0));
}

/** Each change a skipped reader makes to one of the sentences, as "reader: "sentence" → "read"" (none is expected). */
export function changedBySkipped(sentences: readonly string[], snapshot: HomeSnapshot): string[] {
  const changed: string[] = [];
  for (const sentence of sentences) {
    for (const [name, read] of Object.entries(SKIPPED)) {
      const out = read(sentence, snapshot);
      if (out !== undefined && out !== sentence) changed.push(`${name}: "${sentence}" → "${out}"`);
    }
  }
  return changed;
}
