// Egyptian Arabic words as a Cairo household types them (lexicon/egyptian.json, checked here): in Arabic script
// ("التكييف اللي في الصالة شغال؟") or in Arabizi, Latin letters with digits for the letters Latin lacks ("2" ء/ق,
// "3" ع, "3'" غ, "5" خ, "7" ح: "efta7 el takyeef", "el kalon ma2fool?"). Each word gets its job in a sentence (a
// question word, a state, a command, "في" in, "بتاع" of …) and the English of it; the home's own names stay as typed.
// Egyptian writes its letters as Arabic does (ي, ك, ة), never Persian's or Urdu's (ی, ک, پ, گ, ے …), so a sentence in
// the script with those is left to the Persian and Urdu readers. An Arabizi word that names no Latin name of the home
// is matched to the home's Arabic-script names by its consonants ("el shalih" is "الشاليه", "el tor2a" is "الطرقة"),
// the way the Urdu reader finds a Latin name typed in its script (urduWords.ts), with Egyptian's sounds (ج is g, ق a
// glottal stop, ة said t before the word it belongs to). Moroccan Darija ("ch3el dou f kuzina", "واش الشرجم محلول") is
// read with the same roles: its words join Egyptian's in arabicDialectWords.ts.
import { DIALECT_WORDS } from './arabicDialectWords';
import { englishByPhrase } from '../lexiconTable';
import { roleTable } from '../roleTable';

export const LEXICON = DIALECT_WORDS;

export type EgyptianRole = 'softener' | 'and' | 'too' | 'question' | 'state' | 'still' | 'command' | 'in' | 'of' | 'my' | 'that' | 'to' | 'on' | 'from'
  | 'have' | 'all' | 'devices' | 'rooms' | 'measure' | 'manual' | 'app' | 'automation' | 'last' | 'runs' | 'go' | 'says' | 'how' | 'reason' | 'condition' | 'kind' | 'there' | 'controls' | 'maker' | 'low';
export interface EgyptianToken {
  kind: EgyptianRole | 'name' | 'word' | 'number';
  /** The words as typed (a name: as the home writes it). */
  said: string;
  english: string;
  /** A verb with its object joined ("خليه" = set it). */
  it?: boolean;
}

/** Arabic script folded the way people type it: no vowel marks or tatweel, one alef, ى as ي, ة as ه. */
export function egyptianFold(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/ؤ/g, 'و').replace(/ئ/g, 'ي')
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .toLowerCase();
}

const { table: TABLE, put } = roleTable<EgyptianRole>();
export { TABLE };
export const fold = (phrases: readonly string[]): string[] => phrases.map(egyptianFold);
const foldBy = (by: Record<string, string[]>): Record<string, string[]> => Object.fromEntries(Object.entries(by).map(([k, v]) => [k, fold(v)]));
put('softener', fold(LEXICON.softeners));
put('reason', fold(LEXICON.reasons));
put('condition', fold(LEXICON.conditions));
put('how', foldBy(LEXICON.hows));
put('last', fold(LEXICON.lastTime));
put('says', fold(LEXICON.manualSays));
put('kind', foldBy(LEXICON.kinds));
put('kind', foldBy(LEXICON.spokenKinds ?? {}));
put('there', fold(LEXICON.theres ?? []));
put('controls', fold(LEXICON.controls ?? []));
put('maker', fold(LEXICON.makers ?? []));
put('low', fold(LEXICON.lows ?? []));
put('measure', foldBy(LEXICON.measures));
put('question', foldBy(LEXICON.questions));
put('state', foldBy(LEXICON.states));
put('still', fold(LEXICON.stillWords));
put('command', foldBy(LEXICON.commands));
put('runs', fold(LEXICON.runs));
put('go', fold(LEXICON.wayGo));
put('and', fold(LEXICON.ands));
put('too', fold(LEXICON.too));
put('my', fold(LEXICON.mys));
put('that', fold(LEXICON.thats));
put('in', fold(LEXICON.ins));
put('of', fold(LEXICON.ofs));
put('to', fold(LEXICON.tos));
put('on', fold(LEXICON.ons));
put('from', fold(LEXICON.froms));
put('have', fold(LEXICON.haves));
put('all', fold(LEXICON.alls));
put('devices', fold(LEXICON.devices));
put('rooms', fold(LEXICON.rooms));
put('manual', fold(LEXICON.manuals));
put('app', fold(LEXICON.apps));
put('automation', fold(LEXICON.automations));

const MINE_PLACES: ReadonlySet<string> = new Set(fold(Object.values(LEXICON.places).flat().map((p) => p.replace(/^=/, ''))));
const THERE_IS: ReadonlySet<string> = new Set(fold(LEXICON.thereIs));
const MARKERS: ReadonlySet<string> = new Set(LEXICON.markers);
export const ARABIC = /[\u0600-\u06ff]/u;
/** Letters of Persian and Urdu that Egyptian never writes. */
const NOT_EGYPTIAN = /[\u067e\u0686\u0698\u06a9\u06af\u06cc\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2\u06d3]/u;
/** Letters Arabic writes and Persian and Urdu do not (ة ى ي ك), or the alef with hamza Persian rarely types. */
const ARABIC_ONLY = /[\u0629\u0649\u064a\u0643\u0623\u0625]/u;
/** An Arabizi word: Latin letters with a digit standing for a letter ("2odet", "sha3'al", "7amam", "ma2fool"). */
const ARABIZI_WORD = /^(?:[a-z]+[2357](?:'?[a-z]+)?|[2357]'?[a-z]+)[a-z2357']*$/;

const COMMAND_OF = englishByPhrase(foldBy(LEXICON.commands));
/** What a word says to do when it opens a sentence ("shaghal el TV" = turn on the TV, "el receiver shaghal" = is it on). */
export function commandOf(said: string): string | undefined {
  return COMMAND_OF.get(said);
}

/** "أوضتي" (my room), "دفايتي" (my heater): a kind or room word with "my" joined ("ي", its ة said "ت" before it). */
export function saysMine(said: string): boolean {
  const word = egyptianFold(said);
  if (!/[^ت]ي$|تي$/u.test(word)) return false;
  const stem = word.endsWith('تي') ? `${word.slice(0, -2)}ه` : word.slice(0, -1);
  return TABLE.get(stem)?.kind === 'kind' || TABLE.get(`ال${stem}`)?.kind === 'kind' || MINE_PLACES.has(stem);
}

const ROOM_WORDS: ReadonlySet<string> = new Set(fold((LEXICON.places['room'] ?? []).map((p) => p.replace(/^=/, ''))));
/** A dialect's word for a room ("bit", "أوضة"), which names no one room of a home. */
export function isPlaceWord(said: string): boolean {
  return ROOM_WORDS.has(egyptianFold(said));
}

export function isThereIs(said: string): boolean {
  return THERE_IS.has(egyptianFold(said));
}

/** The cheap check: Egyptian Arabic script, or a Latin sentence with an Arabizi word or marker. */
export function mayBeEgyptian(text: string): boolean {
  if (ARABIC.test(text)) return !NOT_EGYPTIAN.test(text) && (ARABIC_ONLY.test(text) || egyptianFold(text).split(/[\s؟?،,]+/).some((w) => TABLE.has(w)));
  if (!/[a-z]/i.test(text)) return false;
  return text.toLowerCase().split(/[^a-z0-9']+/).some((w) => MARKERS.has(w) || ARABIZI_WORD.test(w));
}

export const EGYPTIAN_FORMS = { places: LEXICON.places, kinds: LEXICON.kinds };
