// The word-level reading German, Dutch and the Scandinavian languages share (split from verbSecondCues.ts, a pure
// move): the home's names found in a run of words, the language's words put in English, and the value, particle,
// infinitive or state said last. verbSecondCues.ts builds the sentence shapes (questions, commands, fragments) on it.
import { baseForm, CUES_LEXICON } from './crossLanguageCues';
import { anythingNamed } from './danishSpelling';
import { kindForPhrase, phraseKey } from '../deviceKinds';
import type { HomeSnapshot } from '../HomeIndex';
import { OWN_ARTICLES, ownWordsOf, type Language } from './verbSecondLexicon';

const ARTICLES = new Set([...CUES_LEXICON.articles, 'des', 'dr', "d'", 'a', "'s"]);
const NUMBER = /^\d+(?:[.,]\d+)?$/;
/** English function words: an article is no article before one ("is het in de serre": "it"). */
const FUNCTION_WORDS = new Set(['in', 'on', 'at', 'to', 'from', 'with', 'without', 'for', 'not', 'no', 'and', 'or', 'too', '', 'it', 'there', 'me', 'us']);
/** "laufen", "branden", "staan": a verb said of many. */
export const PLURAL_VERB = /[ea]n$/;
const MAX_PHRASE = 4;
/** English words that follow "is", "open", "start" … in English: the sentence is English. */
const ENGLISH_FOLLOWERS = new Set(['the', 'a', 'an', 'there', 'any', 'it', 'my', 'our', 'your', 'this', 'that', 'these', 'those', 'all', 'every', 'each', 'both', 'someone', 'anyone', 'something', 'anything']);

export class VerbSecondWords {
  protected readonly lookalikes: ReadonlySet<string>;
  protected readonly own: ReadonlySet<string>;
  constructor(readonly lang: Language, readonly name: string, protected readonly snapshot: HomeSnapshot) {
    this.lookalikes = new Set(lang.englishLookalikes);
    this.own = ownWordsOf(lang);
  }

  /** Words in English: names as the home writes them, the language's words translated, articles dropped. */
  protected english(words: readonly string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      const word = words[i] ?? '';
      const name = this.lang.pronouns[word] !== undefined && !anythingNamed(word, this.snapshot) ? 0 : this.nameAt(words, i); // "den" (a den) is "it"
      const number = NUMBER.test(word) ? this.numberAtEnd(words.slice(i, i + 3)) : undefined;
      const phrase = this.longestAt(words, i, this.lang.words);
      if (name > 0) {
        // "den Boiler": the home's name without the article it was said with (also when the article alone is a word of
        // some longer name, "Solarstrom in den Boiler").
        const nameAfter = this.nameAt(words, i + 1);
        const article = ARTICLES.has(word) && nameAfter > 0 && nameAfter >= name - 1 ? 1 : 0;
        out.push(...words.slice(i + article, i + Math.max(name, 1 + nameAfter * article)));
        i += Math.max(name, 1 + nameAfter * article);
      } else if ((['auf', 'op', 'til', 'på'].includes(word) || this.lang.words[word] === 'to') && (NUMBER.test(words[i + 1] ?? '') || (word === 'auf' && i + 1 < words.length && !ARTICLES.has(words[i + 1] ?? '')))) {
        out.push(NUMBER.test(words[i + 1] ?? '') ? 'to' : 'in'); // "auf 22 Grad" is a value, "auf Sylt" a place
        i++;
      } else if (number && i + number.length === Math.min(words.length, i + 3)) {
        out.push(...number.english);
        i += number.length;
      } else if (this.lang.copulas[word] && !this.lookalikes.has(word)) {
        out.push(this.lang.copulas[word] ?? word);
        i++;
      } else if (this.lang.stateVerbs[word] !== undefined) {
        out.push(PLURAL_VERB.test(word) ? 'are' : 'is', this.lang.stateVerbs[word] ?? '');
        i++;
      } else if ((ARTICLES.has(word) || (word === 'da' && this.name === 'de')) && i + 1 < words.length && this.isNoun(words[i + 1] ?? '') && !this.isName(word)) {
        // "het voordeurslot", "das Licht": an article before a noun ("is het in de serre": "it").
        i++;
      } else if (phrase) {
        if (phrase.english) out.push(phrase.english);
        i += phrase.length;
      } else if (this.lang.states[word] !== undefined) {
        out.push(this.lang.states[word] ?? word);
        i++;
      } else if (ARTICLES.has(word)) {
        i++;
      } else {
        out.push(baseForm(this.withUmlauts(word), this.snapshot));
        i++;
      }
    }
    return out.filter(Boolean);
  }

  /** "kueche", "gaestezimmer": typed without umlauts, the home's "Küche", "Gästezimmer" when it names one. */
  protected withUmlauts(word: string): string {
    if (this.name !== 'de' || !/ae|oe|ue/.test(word) || this.isName(word)) return word;
    const umlauted = word.replace(/ae/g, 'ä').replace(/oe/g, 'ö').replace(/ue/g, 'ü');
    return this.isName(umlauted) ? umlauted : word;
  }

  protected withoutFillers(words: readonly string[]): string[] {
    // A filler after a number is a unit ("22 grad"); a filler that is a name of the home stays.
    return words.filter((w, i) => !this.lang.fillers.includes(w) || NUMBER.test(words[i - 1] ?? '') || this.isName(w));
  }

  /** "auf 22 Grad", "op 20 graden", "30 %": the value said last, in English ("22 degrees"). */
  protected numberAtEnd(words: readonly string[]): { english: string[]; length: number } | undefined {
    const n = words.length;
    const unit = this.lang.words[words[n - 1] ?? ''];
    const hasUnit = unit !== undefined && ['degrees', 'percent'].includes(unit) && NUMBER.test(words[n - 2] ?? '');
    const at = hasUnit ? n - 2 : n - 1;
    if (!NUMBER.test(words[at] ?? '')) return undefined;
    const prep = ['auf', 'op', 'an', 'naar', 'til', 'på', 'paa'].includes(words[at - 1] ?? '') || this.lang.words[words[at - 1] ?? ''] === 'to' ? 1 : 0;
    return { english: [(words[at] ?? '').replace(',', '.'), ...(hasUnit ? [unit] : [])], length: n - at + prep };
  }

  protected particleAtEnd(words: readonly string[], particles: Record<string, string>): { english: string; length: number } | undefined {
    for (let len = Math.min(3, words.length - 1); len >= 1; len--) {
      const english = particles[words.slice(words.length - len).join(' ')];
      if (english !== undefined && this.nameEndingAt(words) < len) return { english, length: len };
    }
    return undefined;
  }

  /** "ausschalten", "aus schalten", "op slot doen": an infinitive said last. */
  protected infinitiveAtEnd(words: readonly string[]): { english: string; length: number } | undefined {
    const n = words.length;
    const last = words[n - 1] ?? '';
    if (this.isName(last)) return undefined;
    const two = `${words[n - 2] ?? ''}${last}`;
    if (n >= 2 && this.lang.infinitives[two] !== undefined && !this.isName(words[n - 2] ?? '')) return { english: this.lang.infinitives[two] ?? '', length: 2 };
    const spaced = `${words[n - 2] ?? ''} ${last}`;
    if (n >= 2 && this.lang.infinitives[spaced] !== undefined) return { english: this.lang.infinitives[spaced] ?? '', length: 2 };
    const one = this.lang.infinitives[last];
    return one !== undefined ? { english: one, length: 1 } : undefined;
  }

  protected stateAtEnd(words: readonly string[]): { english: string; length: number } | undefined {
    for (let len = Math.min(3, words.length); len >= 1; len--) {
      const english = this.lang.states[words.slice(words.length - len).join(' ')];
      if (english !== undefined && this.nameEndingAt(words) < len) return { english, length: len };
    }
    return undefined;
  }

  /** A word of the language that is no English word (and no name here): the sentence is in the language. */
  /**
   * After a word English shares ("is", "open", "start"): the sentence is the language's when a word of its own follows
   * ("is de lamp aan", "open de garagedeur"), never when an English word does ("is there a capteur de mouvement").
   */
  protected ownWordIn(words: readonly string[]): boolean {
    if (ENGLISH_FOLLOWERS.has(words[0] ?? '')) return false;
    return words.some((w, i) => this.isOwn(w) && (i === 0 || !OWN_ARTICLES.has(w)));
  }

  /** A word an article can stand before: no word of the language's tables, no number. */
  protected isNoun(w: string): boolean {
    const english = this.lang.words[w];
    return !NUMBER.test(w) && this.lang.states[w] === undefined && this.lang.copulas[w] === undefined && !(english !== undefined && FUNCTION_WORDS.has(english));
  }

  protected isOwn(w: string): boolean {
    return this.own.has(w) && !this.isName(w);
  }

  /** True when the words name something of the home or a kind of device. */
  protected mentionsHome(words: readonly string[]): boolean {
    for (let i = 0; i < words.length; i++) {
      if (this.nameAt(words, i) > 0) return true;
      const english = this.lang.words[words[i] ?? ''];
      for (let len = 1; len <= Math.min(3, words.length - i); len++) {
        if (kindForPhrase(phraseKey(words.slice(i, i + len).join(' '))) !== undefined) return true;
      }
      if (english && kindForPhrase(phraseKey(english)) !== undefined) return true;
    }
    return false;
  }

  protected isName(word: string): boolean {
    return this.snapshot.phrases.has(phraseKey(word));
  }

  /** How many words from `at` say a name of the home (0 when none does). */
  protected nameAt(words: readonly string[], at: number): number {
    for (let len = Math.min(this.snapshot.longestPhrase, words.length - at); len >= 1; len--) {
      if (this.snapshot.phrases.has(phraseKey(words.slice(at, at + len).join(' ')))) return len;
    }
    return 0;
  }

  /** How many words at the end say a name of the home. */
  protected nameEndingAt(words: readonly string[]): number {
    for (let len = Math.min(this.snapshot.longestPhrase, words.length); len >= 1; len--) {
      if (this.snapshot.phrases.has(phraseKey(words.slice(words.length - len).join(' ')))) return len;
    }
    return 0;
  }

  protected longestAt(words: readonly string[], at: number, entries: Record<string, string>): { english: string; length: number } | undefined {
    for (let len = Math.min(MAX_PHRASE, words.length - at); len >= 1; len--) {
      const english = entries[words.slice(at, at + len).join(' ')];
      if (english !== undefined) return { english, length: len };
    }
    return undefined;
  }
}
