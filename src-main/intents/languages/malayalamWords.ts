// Malayalam words as a Kochi household types them (lexicon/malayalam.json), in Malayalam script or in Manglish (Latin
// letters: "motor on aakku", "hall fan on aano", "tank il ethra vellam und"), tagged by the jobs Tamil's words have
// (tamilWords.ts), so Tamil's grammar reads them (tamilPhrasing.ts, `dravidianPhrasing`). Malayalam joins its case
// endings to the word in both spellings ("ടാങ്കിൽ" = in the tank, "മുറിയിലെ" = of the room, "arjunte" = Arjun's,
// "muriyil" = in the room): a word the lexicon or the home does not know as typed is read without the ending when what
// is left is known. A genitive ("അമ്മച്ചിയുടെ", "ammachide") or an adjectival locative ("മുറിയിലെ") carries no case,
// so "അമ്മച്ചിയുടെ മുറിയിലെ ഫാൻ" stays one thing, the home's "അമ്മച്ചി മുറി ഫാൻ".
import raw from '../lexicon/malayalam.json';
import type { HomeSnapshot } from '../HomeIndex';
import { englishByPhrase, kindByPhrase, longestPhrase, scriptOrMarker } from '../lexiconTable';
import { latinNameWord } from './malayalamSounds';
import { DRAVIDIAN_LEXICON, dravidianTable, dravidianTokens, type DravidianVocabulary, type TamilCase, type TamilToken } from './tamilWords';

const LEXICON = DRAVIDIAN_LEXICON.parse(raw);
const TABLE = dravidianTable(LEXICON);
const COMMAND_OF = englishByPhrase(LEXICON.commands);
export const MALAYALAM_SCRIPT = /[\u0d00-\u0d7f]/u;

/** The one cheap check run on every sentence: a letter of the Malayalam script, or a Manglish marker word. */
export const mayBeMalayalam = scriptOrMarker(MALAYALAM_SCRIPT, new Set(LEXICON.markers));

/** What a word asks when the light verb follows it ("on" + "aakku" = turn on). */
export function malayalamCommandOf(word: string): string | undefined {
  return COMMAND_OF.get(word);
}

// A place word no name of the home holds, in English ("muri" → room, "മുറി" → room); "=" marks a word matched whole.
const PLACES: ReadonlyMap<string, string> = new Map(Object.entries(LEXICON.places).flatMap(([english, list]) => list.map((w) => [w.replace(/^=/, ''), english] as const)));
const MEANINGS: ReadonlyMap<string, string> = new Map([...kindByPhrase(LEXICON.kinds), ...PLACES]);

/** The English of a Malayalam kind or place word ("ഫാൻ" → "fan", "മുറി" → "room"). */
export function malayalamMeaning(word: string): string | undefined {
  return MEANINGS.get(word);
}

// Endings joined to a word, longest first; undefined: no case the grammar reads (a genitive, "ile" of a place).
const SCRIPT_ENDINGS: ReadonlyArray<readonly [string, TamilCase | undefined]> = ([
  ['ിൽനിന്ന്', 'from'], ['യിൽനിന്ന്', 'from'], ['ിലേക്ക്', 'to'], ['യിലേക്ക്', 'to'], ['ലേക്ക്', 'to'], ['ക്ക്', 'to'],
  ['ത്തിലെ', undefined], ['യിലെ', undefined], ['ിലെ', undefined], ['ത്തിൽ', 'in'], ['യിൽ', 'in'], ['ിൽ', 'in'],
  ['ിന്റെ', undefined], ['ന്റെ', undefined], ['യുടെ', undefined], ['ുടെ', undefined], ['ത്തിന്റെ', undefined],
  ['യും', 'and'], ['ും', 'and'], ['ിനെ', 'object'], ['യെ', 'object'], ['ോ', undefined], ['ാ', undefined],
] as const).slice().sort((a, b) => b[0].length - a[0].length);
const LATIN_ENDINGS: ReadonlyArray<readonly [string, TamilCase | undefined]> = ([
  ['ilninnu', 'from'], ['ilekku', 'to'], ['lekku', 'to'], ['yile', undefined], ['ile', undefined], ['athu', undefined], ['athil', 'in'], ['athile', undefined], ['athinte', undefined],
  ['yil', 'in'], ['il', 'in'], ['inte', undefined], ['nte', undefined], ['yude', undefined], ['ude', undefined], ['ide', undefined], ['de', undefined],
] as const).slice().sort((a, b) => b[0].length - a[0].length);

const VIRAMA = '\u0d4d';
// A consonant closing a word is written as its chillu ("മോട്ടോർ"), the same consonant before an ending is not ("മോട്ടോറിന്റെ").
const CHILLU: Readonly<Record<string, string>> = { 'ന': 'ൻ', 'ര': 'ർ', 'റ': 'ർ', 'ല': 'ൽ', 'ള': 'ൾ', 'ണ': 'ൺ' };

/** The forms a stem is written in alone: as is, closed by a virama or a chillu, with "ം" back, ungeminated. */
function stemForms(base: string): string[] {
  const last = base.slice(-1);
  const forms = [base, base + VIRAMA, base + 'ം'];
  const chillu = CHILLU[last];
  if (chillu) forms.push(base.slice(0, -1) + chillu);
  // "തറവാട്ടിലെ" is "തറവാട്": the doubled consonant before the ending is one.
  const doubled = /(.)\u0d4d\1$/u.exec(base);
  if (doubled) forms.push(base.slice(0, -2) + VIRAMA);
  return forms;
}

const NUMBERS: ReadonlyMap<string, string> = englishByPhrase(LEXICON.numbers ?? {});
const CASED: ReadonlySet<TamilToken['kind']> = new Set(['kind', 'noun', 'measure', 'it', 'all', 'both']);

/** A stem the home or the lexicon knows, as a token carrying the ending's case. */
function known(stem: string, names: ReadonlySet<string>, wordCase: TamilCase | undefined, snapshot: HomeSnapshot): TamilToken | undefined {
  const marks = wordCase ? { case: wordCase } : {};
  const number = NUMBERS.get(stem);
  if (number) return { kind: 'number', said: number, english: '' };
  if (names.has(stem)) return { kind: 'word', said: stem, english: '', ...marks };
  const place = PLACES.get(stem);
  if (place) return { kind: 'word', said: place, english: '', ...marks };
  const cue = TABLE.get(stem);
  if (cue && CASED.has(cue.kind)) return { kind: cue.kind, said: stem, english: cue.english, ...marks };
  // "കുളം" is the home's "Kulam" by its sound (malayalamSounds.ts).
  const latin = MALAYALAM_SCRIPT.test(stem) ? latinNameWord(stem, snapshot) : undefined;
  return latin ? { kind: 'word', said: latin, english: '', ...marks } : undefined;
}

function unending(word: string, names: ReadonlySet<string>, snapshot: HomeSnapshot): TamilToken | undefined {
  const script = MALAYALAM_SCRIPT.test(word);
  const bare = known(word, names, undefined, snapshot);
  if (bare && (bare.kind === 'word' || bare.kind === 'number')) return bare;
  for (const [ending, wordCase] of script ? SCRIPT_ENDINGS : LATIN_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    const base = word.slice(0, -ending.length);
    for (const stem of script ? stemForms(base) : [base, base + 'am']) {
      const read = known(stem, names, wordCase, snapshot);
      if (read) return read;
    }
  }
  return undefined;
}

const VOCABULARY: DravidianVocabulary = { table: TABLE, longest: longestPhrase(TABLE), script: MALAYALAM_SCRIPT, unending };

/** The sentence's tokens: lexicon phrases longest first, numbers, the home's words, words without their endings. */
export function malayalamTokens(text: string, snapshot: HomeSnapshot): TamilToken[] {
  const tokens = dravidianTokens(text, snapshot, VOCABULARY).map((t): TamilToken => {
    const number = t.kind === 'word' ? NUMBERS.get(t.said) : undefined;
    return number ? { kind: 'number', said: number, english: '' } : t;
  });
  // "adukkala il ninnu", "roomil ninnu": "in" and then "from" is from.
  return tokens.flatMap((t, i): TamilToken[] => {
    const next = tokens[i + 1];
    if (t.kind === 'in' && next?.kind === 'from') return [];
    return t.case === 'in' && next?.kind === 'from' ? [{ ...t, case: 'from' }] : [t];
  }).filter((t, i, all) => !(t.kind === 'from' && all[i - 1]?.case === 'from'));
}
