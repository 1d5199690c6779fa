// The language layer's readers in the order they are tried (readInEnglish.ts runs the tables): each row is a reader of
// one language, or of one shape of sentence, with the cheap gate without which it is not even asked; the first reading
// of a table wins. A new reader of that kind is one row here, its gate in its own file (README, "Speed of the language
// layer"). Moved out of readInEnglish.ts in round 45 so that file keeps the order of the steps and this one the readers.
import { inuktitutPhrasing, maySayInuktitut } from './inuktitutPhrasing';
import type { HomeSnapshot } from '../HomeIndex';
import { opensWithLongLead, readSentenceFrames } from '../sentenceFrames';
import { topicThenPronoun } from '../topicThenPronoun';
import { swahiliPhrasing } from './swahiliPhrasing';
import { tagalogPhrasing } from './tagalogPhrasing';
import { turkishPhrasing } from './turkishPhrasing';
import { punjabiPhrasing } from './punjabiPhrasing';
import { readVerbSecond } from './verbSecondCues';
import { germanBareCommand } from './germanBareCommands';
import { lastReadSentence } from './germanSentences';
import { welshPhrasing } from './welshPhrasing';
import { icelandicPhrasing } from './icelandicPhrasing';
import { vietnamesePhrasing } from './vietnamesePhrasing';
import { koreanPhrasing } from './koreanPhrasing';
import { japanesePhrasing } from './japanesePhrasing';
import { thaiPhrasing } from './thaiPhrasing';
import { persianPhrasing } from './persianPhrasing';
import { egyptianPhrasing } from './egyptianPhrasing';
import { urduInLatin } from './urduWords';
import { gurmukhiInLatin } from './gurmukhiWords';
import { urduPhrasing } from './urduPhrasing';
import { tamilPhrasing } from './tamilPhrasing';
import { malayalamPhrasing, mayBeMalayalam } from './malayalamPhrasing';
import { bengaliPhrasing } from './bengaliPhrasing';
import { chinesePhrasing } from './chinesePhrasing';
import { maySayNepali, nepaliPhrasing } from './nepaliPhrasing';
import { amharicPhrasing, maySayAmharic } from './amharicPhrasing';
import { maySayOromo, oromoPhrasing } from './oromoPhrasing';
import { maySaySinhala, sinhalaPhrasing } from './sinhalaPhrasing';
import { guaraniPhrasing, maySayGuarani } from './guaraniPhrasing';
import { maySayZulu, zuluPhrasing } from './zuluPhrasing';
import { haitianHomePhrasing, maySayKreyol } from './haitianHome';
import { armenianPhrasing } from './armenianPhrasing';
import { mayBeArmenian } from './armenianWords';
import { maltesePhrasing, maySayMaltese } from './maltesePhrasing';
import { maySayWolof, wolofHomePhrasing } from './wolofHome';
import { basquePhrasing, maySayBasque } from './basquePhrasing';
import { lithuanianPhrasing, maySayLithuanian } from './lithuanianPhrasing';
import { kinyarwandaPhrasing, maySayKinyarwanda } from './kinyarwandaPhrasing';
import { maySayUzbekText, uzbekPhrasing } from './uzbekPhrasing';

/** A reader of one language (or of a shape of sentence), and the cheap check without which it is not even asked. */
export interface ReaderRow {
  read: (text: string, snapshot: HomeSnapshot) => string | undefined;
  /** False when the reader can't read the text (a necessary condition of its reading); absent: always asked. */
  gate?: (text: string, plain: (text: string) => boolean) => boolean;
}

/** The first reading of the rows, in order (a row's gate first); undefined when none reads the text. */
export function firstReading(rows: readonly ReaderRow[], text: string, snapshot: HomeSnapshot, plain: (text: string) => boolean): string | undefined {
  for (const row of rows) {
    if (row.gate && !row.gate(text, plain)) continue;
    const read = row.read(text, snapshot);
    if (read !== undefined) return read;
  }
  return undefined;
}

/** A sentence with a word that is no plain English word nor a slip of one (plainButForSlip.ts): the gate of every reader of another language. */
const notPlain = (text: string, plain: (text: string) => boolean): boolean => !plain(text);

// The readers of a language with a script or a romanized spelling of its own, read on the sentence as typed, the first
// reading winning. Only a sentence that is not plain English gets here (readInEnglish.ts, `foreign`).
export const SCRIPT_READERS: readonly ReaderRow[] = [
  // "Ошхонада чироқ ёниқми?", "ayvon chirogʻini oʻchir", "включи chiroqni hovlida": Uzbek in either script, in a home
  // named in Uzbek, put in bare Latin and read by the Turkic reader over Uzbek's words (uzbekPhrasing.ts).
  { gate: maySayUzbekText, read: uzbekPhrasing },
  // "ᖁᓪᓕᖅ ikumajuq?", "Sinigvik qanuq uunaqtiga", "ᐅᖅᓱᖅ ᖃᑦᓯᐅᕚ?": Inuktitut, in syllabics or Roman orthography, its verb
  // said last read as a frame of English, the home's syllabic names kept (inuktitutPhrasing.ts; a syllabic letter or a
  // word only Inuktitut says first).
  { gate: maySayInuktitut, read: inuktitutPhrasing },
  // "itfi l-lights tal-kamra ta' Kurt", "id-dawl tal-gallarija mixghul?", "x'hemm fil-kantina": Maltese, with or
  // without ċ ġ ħ ż, its glued articles read apart, in a home named in Maltese (maltesePhrasing.ts).
  { gate: maySayMaltese, read: maltesePhrasing },
  // "piztu ukuiluko argia", "zenbat gradu dago egongelan", "ezkaratzatik nola joan jezteko gelara": Basque, its cases
  // read off the home's names, in a home named in Basque (basquePhrasing.ts; a Basque word first, then the home's names).
  { gate: maySayBasque, read: basquePhrasing },
  // "ijunk miegamojo sviesa", "kiek laipsnių močiutės kambaryje", "kaip nueiti iš palėpės į pirtį": Lithuanian, its
  // case endings read off the home's names by their stems, in a home named in Lithuanian (lithuanianPhrasing.ts; a
  // Lithuanian word or letter first, then the home's names).
  { gate: maySayLithuanian, read: lithuanianPhrasing },
  // "ki limyè ki limen kounye a", "kisa ki nan lakou dèyè a": Kreyòl in a home named in Kreyòl, its kind words read in
  // English outside the home's names (haitianHome.ts; a Kreyòl small word first, then the home's names checked).
  { gate: maySayKreyol, read: haitianHomePhrasing },
  // "fey lampu bi ci néeg xale yi", "lampu bergerie fey ko", "tele bi dafa taal", "enregistreur bi nekk na fan": Wolof
  // in a home named partly in Wolof, its articles after the noun left out, the thing said before its verb or state
  // read in English order (wolofHome.ts; a Wolof small word first, then the home's names checked).
  { gate: maySayWolof, read: wolofHomePhrasing },
  // "emboguepa la tesapé cocina-pe", "mboy grado oĩ ko'ágã sala-pe": Guaraní and Jopara, read into the Spanish the
  // Romance frames below read (guaraniPhrasing.ts; a word only Guaraní says first).
  { gate: maySayGuarani, read: guaraniPhrasing },
  // "Igeyser ivuliwe?", "cima isibani sikaGogo sokufunda": isiZulu, its prefixes and the order of what describes a
  // thing read into English (zuluPhrasing.ts; a word only isiZulu says first).
  { gate: maySayZulu, read: zuluPhrasing },
  // "zimya itara rya salon", "pompe y'amazi irakora?", "ibiri mu kiraro": Kinyarwanda, its state or question word said
  // last read first, a name's lost first vowel put back (kinyarwandaPhrasing.ts; a word only Kinyarwanda says first).
  { gate: maySayKinyarwanda, read: kinyarwandaPhrasing },
  // "Սամովարը միացվա՞ծ է", "xohanoci lusy anjatvi", "ps5@ el anjatvi": Armenian, in its script or texted in Latin
  // letters (digits and "@" for letters), in English, the home's names as it writes them (armenianPhrasing.ts).
  { gate: mayBeArmenian, read: armenianPhrasing },
  // "ආච්චිගේ ලාම්පුව නිවන්න", "fan eka off karanna", "NVR eka koheda": Sinhala, in its script or romanised, in English,
  // first, before the Hindi readers take "karanna" for "karna" (sinhalaPhrasing.ts).
  { gate: maySaySinhala, read: sinhalaPhrasing },
  // "التكييف اللي في الصالة شغال؟", "efta7 el takyeef": Egyptian Arabic, in its script or Arabizi (egyptianPhrasing.ts).
  { read: egyptianPhrasing },
  // "کچن کی لائٹ جلا دو" in Roman Urdu (urduWords.ts); "ਰਸੋਈ ਦੀ ਬੱਤੀ ਬੁਝਾ ਦਿਓ": Gurmukhi in romanized Punjabi, the
  // home's Gurmukhi names kept (gurmukhiWords.ts).
  { read: urduInLatin },
  { read: gurmukhiInLatin },
  // "bosar ghorer fan ta bondho kore dao", "ঠাকুর ঘরে কী কী যন্ত্র আছে": Bengali, in its script or Banglish (bengaliPhrasing.ts).
  { read: bengaliPhrasing },
  // "भान्साको बत्ती बलेको छ?", "pasal ko pankha chalaideu": Nepali, in Devanagari or romanised, in the Roman Hindi
  // the Hindi reader reads, the home's Devanagari names kept (nepaliPhrasing.ts), after Banglish
  // ("khola na", "chan korbo" are Bengali's).
  { gate: maySayNepali, read: nepaliPhrasing },
  // "የእማማ ማሞቂያ በርቷል ወይ", "generator-u bera?": Amharic, in Ge'ez or romanised, in English, the home's Ge'ez names
  // read as the English it gives them (amharicPhrasing.ts).
  // "Ibsaa kushinaa qabsiisi": Afaan Oromo, before Amharic reads a Ge'ez name in its brackets (oromoPhrasing.ts).
  { gate: maySayOromo, read: oromoPhrasing },
  { gate: maySayAmharic, read: amharicPhrasing },
  { read: thaiPhrasing },
  { read: persianPhrasing },
  // "motor on aakku", "ടാങ്കിൽ വെള്ളം എത്ര ഉണ്ട്": Malayalam, in its script or Manglish, in Tamil's grammar over its
  // own words, before Tamil takes the words the two share ("ethu", "eppo") (malayalamPhrasing.ts).
  { gate: mayBeMalayalam, read: malayalamPhrasing },
  { read: tamilPhrasing },
  { read: koreanPhrasing },
  // "关掉 pump", "客厅 aircond 开了吗": Chinese in characters, the home's names in characters found first (chinesePhrasing.ts).
  { read: chinesePhrasing },
  { read: japanesePhrasing },
  { read: vietnamesePhrasing },
];

// Languages read word by word before the dialects of English take their words (readInEnglish.ts's readWhole).
export const WORD_READERS: readonly ReaderRow[] = [
  { gate: notPlain, read: icelandicPhrasing },
  { gate: notPlain, read: welshPhrasing },
  { gate: notPlain, read: urduPhrasing },
  { gate: notPlain, read: turkishPhrasing },
  { gate: notPlain, read: punjabiPhrasing },
];

// The frames of a Romance, Tagalog, Swahili or verb-second sentence (readInEnglish.ts's readWhole, "a che ora si chiudono").
export const FRAME_READERS: readonly ReaderRow[] = [
  // A long opening of a Romance language is read as that language first.
  { gate: opensWithLongLead, read: readSentenceFrames },
  { read: tagalogPhrasing },
  { read: swahiliPhrasing },
  { read: (typed) => germanBareCommand(typed) },
  { read: (typed, snapshot) => lastReadSentence(typed, snapshot, (s) => readVerbSecond(s, snapshot)) },
  { read: (typed, snapshot) => readVerbSecond(topicThenPronoun(typed) ?? typed, snapshot) },
  { read: readSentenceFrames },
];
