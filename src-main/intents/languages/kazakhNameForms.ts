// Kazakh glues its cases to the last word of a name: "Ас үйде" is in Ас үй, "Дананың бөлмесінде" in Дананың бөлмесі,
// "Бөрінің үйінен моншаға" from Бөрінің үйі to Монша, "теледидарды" the теледидар, "Jatyn bólme-де" in Jatyn bólme.
// Each name of the home (or alias) said with a case ending is written as the home writes it, with the English word
// of its case before it (in, from, to; the genitive, accusative and possessive forms bare), so the readers after it
// find the name and where it is asked. Only in a home named in Kazakh (kazakhNames.ts), and only in a sentence with a
// letter only Kazakh writes or a hyphenated ending: every other sentence is left as typed.
import type { HomeSnapshot } from '../HomeIndex';
import { phraseKey } from '../kindLexicon';
import { perSnapshot } from '../perSnapshot';
import { isKazakhHome } from './kazakhNames';
import { KAZAKH_ONLY_LETTERS } from './mongolianLetters';

/** The case of "Ас үйдегі" (in Ас үй, said of the thing after it). */
const OF_PLACE = 'of place';
/** Case endings, longest first, with the English word of their case ('' when none is said). */
const ENDINGS: ReadonlyArray<readonly [string, string]> = [
  // "Ас үйдегі свет" is the light in Ас үй: the place said before its thing goes after it ("of place", below).
  ...['сындағы', 'сіндегі', 'ындағы', 'індегі', 'ндағы', 'ндегі', 'дағы', 'дегі', 'тағы', 'тегі'].map((e) => [e, OF_PLACE] as const),
  ...['сынан', 'сінен', 'ынан', 'інен', 'нан', 'нен', 'дан', 'ден', 'тан', 'тен'].map((e) => [e, 'from'] as const),
  ...['сында', 'сінде', 'ында', 'інде', 'нда', 'нде', 'да', 'де', 'та', 'те'].map((e) => [e, 'in'] as const),
  ...['сына', 'сіне', 'ына', 'іне', 'на', 'не', 'ға', 'ге', 'қа', 'ке'].map((e) => [e, 'to'] as const),
  ...['ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'сын', 'сін', 'ын', 'ін', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'сы', 'сі', 'н', 'ы', 'і'].map((e) => [e, ''] as const),
];
const MIN_STEM = 2;
/** The most words of a name said before its inflected last word ("Полив клапан 2"). */
const LONGEST = 3;
const NUMBER_CASE = /^(\d+(?:[.,]\d+)?%?)-(ға|ге|қа|ке|на|не|дан|ден|тан|тен|нан|нен|да|де|та|те)$/u;
const TO_CASES: ReadonlySet<string> = new Set(['ға', 'ге', 'қа', 'ке', 'на', 'не']);
const HYPHENED = /-(да|де|та|те|ға|ге|қа|ке|ны|ні|ды|ді|ты|ті|дан|ден|тан|тен|нан|нен|дағы|дегі|ның|нің|дың|дің)$/u;

/** The phrase keys of the home's names and aliases, when the home is Kazakh. */
const kazakhNamePhrases = perSnapshot((snapshot: HomeSnapshot): ReadonlySet<string> | undefined => {
  const entities = [...snapshot.byId.values()];
  if (!isKazakhHome(entities)) return undefined;
  return new Set(snapshot.phrases.keys());
});

/** The stem and case of an inflected word: "бөлмесінде" → бөлмесі (in), "үйдегі" → үй (in), "Jatyn bólme-де" → in. */
function readings(word: string): Array<{ stem: string; case: string }> {
  const hyphened = HYPHENED.exec(word);
  if (hyphened?.[1]) {
    const ending = ENDINGS.find(([e]) => e === hyphened[1]);
    return [{ stem: word.slice(0, -hyphened[0].length), case: ending?.[1] ?? '' }];
  }
  const lower = word.toLowerCase();
  const out: Array<{ stem: string; case: string }> = [];
  for (const [ending, english] of ENDINGS) {
    if (lower.endsWith(ending) && lower.length - ending.length >= MIN_STEM) out.push({ stem: word.slice(0, -ending.length), case: english });
  }
  // "бөлмесінде": possessive "-сі" and locative "-нде" — the possessive form is the name's ("Дананың бөлмесі").
  return out;
}

/** The sentence with each name said in a Kazakh case written as the home writes it, its case in English before it. */
export function withKazakhNameForms(said: string, snapshot: HomeSnapshot): string {
  if (!KAZAKH_ONLY_LETTERS.test(said) && !/-\p{Script=Cyrillic}{2,4}\b/u.test(said)) return said;
  const names = kazakhNamePhrases(snapshot);
  if (!names) return said;
  const words = said.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let changed = false;
  for (let at = 0; at < words.length; at++) {
    const typed = words[at] ?? '';
    const mark = /[?!.,;:]+$/.exec(typed)?.[0] ?? '';
    const word = typed.slice(0, typed.length - mark.length);
    // "15-ке қойшы", "10-ға түсір": a number with the dative is what to set to.
    const number = NUMBER_CASE.exec(word);
    if (number?.[1]) {
      out.push(`${TO_CASES.has(number[2] ?? '') ? 'to ' : ''}${number[1]}${mark}`);
      changed = true;
      continue;
    }
    if (names.has(phraseKey(word)) || !/\p{L}/u.test(word)) {
      out.push(typed);
      continue;
    }
    // The longest name ending in this word: up to LONGEST words said before it ("Ас үйде", "Дананың бөлмесінде"), so
    // "Саяжай залындағы" is in Саяжай залы, not "Саяжай" and a room called "зал".
    const found = readings(word).flatMap((r) => {
      for (let before = Math.min(LONGEST, out.length); before >= 0; before--) {
        const head = out.slice(out.length - before);
        if (head.some((w) => /[?!.,;:]$/.test(w))) continue;
        const phrase = [...head, r.stem].join(' ');
        if (names.has(phraseKey(phrase))) return [{ ...r, before, phrase }];
      }
      return [];
    }).sort((a, b) => b.before - a.before || b.phrase.length - a.phrase.length)[0];
    if (!found) {
      out.push(typed);
      continue;
    }
    out.splice(out.length - found.before, found.before);
    changed = true;
    const next = words[at + 1];
    // "Ас үйдегі свет" → "свет in Ас үй": the thing first, then where it is.
    if (found.case === OF_PLACE && next !== undefined && !mark) {
      out.push(next.replace(/([?!.,;:]*)$/, ` in ${found.phrase}$1`));
      at++;
      continue;
    }
    out.push(`${found.case ? `${found.case === OF_PLACE ? 'in' : found.case} ` : ''}${found.phrase}${mark}`);
  }
  return changed ? out.join(' ') : said;
}
