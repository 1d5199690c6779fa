// Inuktitut syllabics (Unicode's Unified Canadian Aboriginal Syllabics) spelled in the Roman orthography Nunavut
// writes beside them: "ᖁᓪᓕᖅ" is "qulliq", "ᐅᖅᓱᖅ" is "uqsuq", "ᓴᓇᕝᕕᒃ" is "sanavvik". A syllable is a consonant and a
// vowel by the sign's shape and turn; a small final sign is the consonant alone. The reader looks its words up in
// Roman spelling, and a home's syllabic names are found again when typed in Roman letters ("where is the qulliq").
import type { HomeSnapshot } from '../HomeIndex';
import { perSnapshot } from '../perSnapshot';

/** The syllabics block: the cheap test of a sentence or a name. */
export const SYLLABICS = /[\u1400-\u167F]/u;

/** Each consonant's signs for i, ii, u, uu, a, aa, then its final (the consonant alone), as Nunavut writes them. */
const SERIES: ReadonlyArray<[string, string]> = [
  ['', 'ᐃᐄᐅᐆᐊᐋ'], ['p', 'ᐱᐲᐳᐴᐸᐹᑉ'], ['t', 'ᑎᑏᑐᑑᑕᑖᑦ'], ['k', 'ᑭᑮᑯᑰᑲᑳᒃ'], ['g', 'ᒋᒌᒍᒎᒐᒑᒡ'], ['m', 'ᒥᒦᒧᒨᒪᒫᒻ'],
  ['n', 'ᓂᓃᓄᓅᓇᓈᓐ'], ['s', 'ᓯᓰᓱᓲᓴᓵᔅ'], ['l', 'ᓕᓖᓗᓘᓚᓛᓪ'], ['j', 'ᔨᔩᔪᔫᔭᔮᔾ'], ['v', 'ᕕᕖᕗᕘᕙᕚᕝ'], ['r', 'ᕆᕇᕈᕉᕋᕌᕐ'],
  ['q', 'ᕿᖀᖁᖂᖃᖄᖅ'], ['ng', 'ᖏᖐᖑᖒᖓᖔᖕ'], ['nng', 'ᙱᙲᙳᙴᙵᙶᖖ'], ['ł', 'ᖠᖡᖢᖣᖤᖥᖦ'],
];
const VOWELS = ['i', 'ii', 'u', 'uu', 'a', 'aa'];

/** Sign → Roman letters, built once from the series; the "ai" signs and the h beside them. */
const ROMAN: ReadonlyMap<string, string> = new Map([
  ...SERIES.flatMap(([consonant, signs]) => [...signs].map((sign, i): [string, string] => [sign, consonant + (VOWELS[i] ?? '')])),
  ...[...'ᐁᐯᑌᑫᒉᒣᓀᓭᓓᔦᕓᕃ'].map((sign, i): [string, string] => [sign, `${['', 'p', 't', 'k', 'g', 'm', 'n', 's', 'l', 'j', 'v', 'r'][i] ?? ''}ai`]),
  ['ᕼ', 'h'],
]);

/** A word's syllabics in Roman letters ("ᖃᑦᓯᐅᕚ" → "qatsiuvaa"); other letters are kept. A final q before k is "qq". */
export function syllabicsInRoman(word: string): string {
  return [...word].map((c) => ROMAN.get(c) ?? c).join('').replace(/qk/g, 'qq').replace(/nngng/g, 'nng');
}

/** The home's names written in syllabics, by their Roman spelling ("qulliq" → "ᖁᓪᓕᖅ"); empty in a home without them. */
export const syllabicNamesInRoman = perSnapshot((snapshot: HomeSnapshot): ReadonlyMap<string, string> => {
  const out = new Map<string, string>();
  for (const entity of snapshot.byId.values()) {
    const name = entity.name.trim();
    if (SYLLABICS.test(name) && !/\s/.test(name)) out.set(syllabicsInRoman(name).toLowerCase(), name);
  }
  return out;
});
