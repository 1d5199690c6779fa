// Danish opens a command with its verb, and some of its verbs are written like another language's article once the
// letters are folded: "lås" typed "las" is the Spanish "las". "las valvulas de los radiadores cuáles son" was read as
// Danish "lock valvulas …" and answered "Válvula radiador Valen has no lock". A clause is no Danish when it has letters
// Danish never writes (ä, ö, ü are Swedish or German; á, í, ó, ú, ñ Spanish, Portuguese or Catalan) or, after its first
// word, an article of another language that is no Danish word ("los", "el", "la", "une").
import { CUES_LEXICON } from './crossLanguageCues';
import { OWN_ARTICLES } from './verbSecondLexicon';

const OTHER_LETTERS = /[äöüáíóúñ]/;
const ARTICLES: ReadonlySet<string> = new Set(CUES_LEXICON.articles);

/** True when the words can't be Danish; `own` holds the Danish words of the lexicon ("den" is an article there too). */
export function notDanish(words: readonly string[], own: ReadonlySet<string>): boolean {
  return words.some((w, i) => OTHER_LETTERS.test(w) || (i > 0 && ARTICLES.has(w) && !own.has(w) && !OWN_ARTICLES.has(w)));
}
