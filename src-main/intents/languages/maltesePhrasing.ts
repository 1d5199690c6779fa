// Maltese (and the Maltese-English of a Maltese household) in a home whose own names are Maltese ("Id-dawl tal-kċina",
// "Kamra ta' Nanna", "Pompa tal-ilma"). Maltese glues its article to the word with a hyphen, assimilated to the
// word's first letter ("il-", "l-", "id-", "is-", "ix-", "iż-"), and fuses it with a preposition ("fil-kantina" = in
// the cellar, "mill-garaxx" = from the garage, "tal-kamra" = of the room); it is typed with its letters ċ ġ ħ ż or
// without them ("ixgħel" / "ixghel"). Read here: the preposition with its article in English ("in the kantina"), an
// article before a word that opens none of the home's names as "the" ("il-lampa" = the lampa, but "d-dawl tal-kċina"
// stays the name "Id-dawl tal-kċina"), "x'" (what) before its word, "tal-" after an English word that names nothing
// in the home as "in the" ("l-lights tal-kamra ta' Kurt" = the lights in the kamra ta' Kurt), and then the spoken
// words of lexicon/maltese.json as English ("itfi" turn off, "mixgħul" on, "kemm" how much, "fejn hu" where is).
// Gate: a letter only Maltese writes among the languages read (ċ ġ ħ) or a Maltese marker word, then the home's
// names (several Maltese name words, once per snapshot), so an Italian or English home never pays for it.
import { z } from 'zod';
import raw from '../lexicon/maltese.json';
import type { HomeSnapshot } from '../HomeIndex';
import { phraseKey } from '../kindLexicon';
import { perSnapshot } from '../perSnapshot';
import { markerSet, saysMarker, wordKey } from '../saidWordSet';
import { spokenFormsReader, spokenFormsSchema, type SpokenForms } from './spokenForms';

const LEXICON = z.object({
  homeWords: z.array(z.string().min(1)),
  minHomeWords: z.number().int().min(1),
  articles: z.array(z.string().min(1)),
  bareArticles: z.array(z.string().min(1)),
  prepositions: z.record(z.string().min(1), z.string().min(1)),
  ofArticles: z.array(z.string().min(1)),
  elidedIn: z.array(z.string().min(1)),
  what: z.string().min(1),
  askedAfterThing: z.array(z.string().min(1)),
  leadingTone: z.array(z.string().min(1)),
  reasonOpeners: z.array(z.string().min(1)),
  forms: spokenFormsSchema,
}).strict().parse(raw);

/** Maltese typed without its marks writes ħ as h ("ixghel", "bhalissa"): each form with ħ is a form without it too. */
const withoutHbar = (text: string): string => text.replace(/ħ/g, 'h').replace(/Ħ/g, 'H');
function withPlainSpellings(forms: SpokenForms): SpokenForms {
  const words = { ...forms.words };
  for (const [said, meant] of Object.entries(forms.words)) words[withoutHbar(said)] ??= meant;
  const phrases = { ...forms.phrases };
  for (const [said, meant] of Object.entries(forms.phrases)) phrases[withoutHbar(said)] ??= meant;
  return { ...forms, words, phrases, markers: undefined };
}
const readForms = spokenFormsReader(withPlainSpellings(LEXICON.forms));

const MARKERS = markerSet([...(LEXICON.forms.markers ?? []), ...(LEXICON.forms.markers ?? []).map(withoutHbar)]);
/** Letters that only Maltese writes among the languages the engine reads (ż is Polish too, so it is no gate alone). */
const MALTESE_LETTERS = /[ċġħĊĠĦ]/;
const HOME_WORDS = new Set(LEXICON.homeWords.map(wordKey));
const ARTICLE = new Set(LEXICON.articles.map(wordKey));
const BARE_ARTICLE = new Set(LEXICON.bareArticles.map(wordKey));
const PREPOSITION = new Map(Object.entries(LEXICON.prepositions).map(([said, meant]) => [wordKey(said), meant]));
const OF_ARTICLE = new Set(LEXICON.ofArticles.map(wordKey));
const ELIDED_IN = new Set(LEXICON.elidedIn.map(wordKey));
const WHAT = wordKey(LEXICON.what);
/** The lexicon's own words, which are no English words said among Maltese ones. */
const FORM_KEYS = new Set(Object.keys(LEXICON.forms.words).map(wordKey));
/** Question words said after the thing asked of, and words of tone before it. */
const ASKING = new Set(LEXICON.askedAfterThing.map(wordKey));
const LEADING = new Set(LEXICON.leadingTone.map(wordKey));
const REASON = new Set(LEXICON.reasonOpeners.map(wordKey));
/** "fil-kantina?", "x'inhi": a word's glued head (before a hyphen or an apostrophe), its rest, and its punctuation. */
const GLUED = /^([\p{L}]+)([-'’])([\p{L}\p{M}\d'’-]+?)([?!.,;:]*)$/u;

/** The gate: a Maltese letter or marker word in the sentence. */
export function maySayMaltese(text: string): boolean {
  return MALTESE_LETTERS.test(text) || saysMarker(text, MARKERS);
}

/** Is the home named in Maltese: at least `minHomeWords` different Maltese name words among its names? */
export const isMalteseHome = perSnapshot((snapshot: HomeSnapshot): boolean => {
  const seen = new Set<string>();
  for (const key of snapshot.phrases.keys()) for (const word of key.split(' ')) if (HOME_WORDS.has(wordKey(word))) seen.add(wordKey(word));
  return seen.size >= LEXICON.minHomeWords;
});

/** The article and first word of each name that opens with an article ("d dawl" of "Id-dawl tal-kċina"), keyed. */
const namedOpenings = perSnapshot((snapshot: HomeSnapshot): ReadonlySet<string> => {
  const openings = new Set<string>();
  // An alias of an article and one word ("il-pompa" of one pump) is no name: "the pompa" is any pump, as Maltese says it.
  for (const key of snapshot.phrases.keys()) {
    const [article, word, more] = key.split(' ');
    const named = more !== undefined || (snapshot.phrases.get(key) ?? []).some((e) => phraseKey(e.name) === key);
    if (article && word && named && ARTICLE.has(article)) openings.add(`${article.replace(/^i(?=.)/, '')} ${word}`);
  }
  return openings;
});

/** The sentence read in English words, or undefined outside a Maltese-named home or when there is no Maltese to read. */
export function maltesePhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!maySayMaltese(text) || !isMalteseHome(snapshot)) return undefined;
  // "il-persjani kollha" (the shutters all) is all the shutters.
  const read = readForms(withArticlesRead(askedFirst(withoutReason(text)), snapshot), snapshot).replace(/\bthe (\p{L}+) all\b/gu, 'all the $1');
  return read === text ? undefined : read;
}

/** "iftaħha, ġej bit-trailer", "ixgħel il-pompa biex timla t-tank": the why after a request (ġej, għax, biex) goes. */
function withoutReason(text: string): string {
  const words = text.trim().split(/\s+/);
  const at = words.findIndex((w, i) => i > 0 && REASON.has(wordKey(w)));
  return at < 1 ? text : words.slice(0, at).join(' ').replace(/[,;:]+$/, '');
}

/**
 * "il-pH tal-pool kemm hu", "il boat battery kemm fiha": Maltese says the thing first and asks after it; read with the
 * question first ("kemm hu il-pH tal-pool"), the thing where English says it. Only a thing with no verb of the lexicon.
 */
function askedFirst(text: string): string {
  const words = text.trim().split(/\s+/);
  const at = words.findIndex((w, i) => i > 0 && ASKING.has(wordKey(w)));
  if (at < 1 || words.slice(0, at).some((w) => FORM_KEYS.has(wordKey(w.replace(/[?!.,;:]+$/, ''))) && !LEADING.has(wordKey(w)))) return text;
  const thing = words.slice(0, at).filter((w) => !LEADING.has(wordKey(w)));
  const asked = words.slice(at);
  const mark = /[?!.]+$/.exec(asked[asked.length - 1] ?? '')?.[0] ?? '';
  if (mark) asked[asked.length - 1] = (asked[asked.length - 1] ?? '').slice(0, -mark.length);
  return `${[...asked, ...thing].join(' ')}${mark}`;
}

/** The glued articles and prepositions of the sentence read apart, in English where they name nothing of the home. */
function withArticlesRead(text: string, snapshot: HomeSnapshot): string {
  const words = text.trim().split(/\s+/);
  const out: string[] = [];
  words.forEach((word, at) => {
    const glued = GLUED.exec(word);
    const head = glued ? wordKey(glued[1] ?? '') : '';
    const rest = `${glued?.[3] ?? ''}${glued?.[4] ?? ''}`;
    if (glued && glued[2] === '-' && PREPOSITION.has(head)) return void out.push(`${PREPOSITION.get(head) ?? ''} ${rest}`);
    // "d-dawl tal-kċina" opens the name "Id-dawl tal-kċina": kept as typed; "il-lampa" is the lampa.
    if (glued && glued[2] === '-' && ARTICLE.has(head)) return void out.push(namedOpenings(snapshot).has(`${head.replace(/^i(?=.)/, '')} ${phraseKey(glued[3] ?? '')}`) ? word : `the ${rest}`);
    // "l-lights tal-kamra ta' Kurt", "il-friġġ tal-kċina": "tal-" after a word with which it opens no name of the home
    // ("Heater tal-pool" is one) is where the thing is.
    const last = out[out.length - 1]?.split(' ').pop() ?? '';
    const place = placeOpenings(snapshot).get(phraseKey(glued?.[3] ?? '')) ?? (wordKey(words[at + 1] ?? '') === 'floor' ? 'on the' : undefined);
    if (glued && glued[2] === '-' && OF_ARTICLE.has(head) && place && /^\p{L}+$/u.test(last) && !inSomeName(snapshot, `${last} ${word}`)) return void out.push(`${place} ${rest}`);
    if (glued && glued[2] !== '-' && head === WHAT && !isFormWord(word)) return void out.push(`what ${rest}`);
    if (glued && glued[2] !== '-' && ELIDED_IN.has(head)) return void out.push(`in ${rest}`);
    if (BARE_ARTICLE.has(wordKey(word)) && at < words.length - 1) return void out.push('the');
    out.push(word);
  });
  return out.join(' ');
}

/**
 * The first words of the home's room and zone names, without their article ("kamra", "kcina", "razzett"), and how
 * English says a thing is there: in a room, at a zone (a house, the grounds).
 */
const placeOpenings = perSnapshot((snapshot: HomeSnapshot): ReadonlyMap<string, string> => {
  const openings = new Map<string, string>();
  for (const place of new Set([...snapshot.phrases.values()].flat())) {
    if (place.entity_type !== 'room' && place.entity_type !== 'zone') continue;
    const [first, second] = phraseKey(place.name).split(' ');
    const word = first && ARTICLE.has(first) && second ? second : first;
    if (word && openings.get(word) !== 'in the') openings.set(word, place.entity_type === 'room' ? 'in the' : 'at the');
  }
  return openings;
});

/** The keys of the home's names and other names, spaced at both ends. */
const spacedNameKeys = perSnapshot((snapshot: HomeSnapshot): readonly string[] => [...snapshot.phrases.keys()].map((key) => ` ${key} `));
/** Do the words stand in a row inside one of the home's names ("heater tal-pool" of "Heater tal-pool")? */
function inSomeName(snapshot: HomeSnapshot, words: string): boolean {
  const key = ` ${phraseKey(words)} `;
  return spacedNameKeys(snapshot).some((name) => name.includes(key));
}

/** "x'inhi", "x'hemm": a form of the lexicon itself, read whole. */
function isFormWord(word: string): boolean {
  const key = wordKey(word.replace(/[?!.,;:]+$/, ''));
  return FORM_KEYS.has(key) || Object.keys(LEXICON.forms.phrases).some((p) => wordKey(p.split(' ')[0] ?? '') === key);
}
