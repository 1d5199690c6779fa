// Kind words of languages whose lexicon keeps them beside its other words (lexicon/ukrainian.json "kinds": "чайник" is
// a kettle, "датчик протікання" a leak sensor): each list joins the phrases of the kind in lexicon/kinds.json, so a
// device named "Розетка чайник" is found for "the kettle" the way one named "Wasserkocher" is. One language's words
// stay in one file; Roman Urdu's (lexicon/urdu.json): a "pankha" is a fan, a "batti" a light, a "khirki" a window.
// Hebrew's (lexicon/hebrew.json) come with their joined prefixes (hebrewWords.ts). Egyptian Arabic's (lexicon/egyptian.json):
// a "تكييف" is an air conditioner, a "دفاية" a heater, a "سخان" a water heater. Russian's (lexicon/russian.json): an
// "очиститель" is an air purifier, a "конвектор" a heater; Kazakh's (lexicon/kazakh.json): a "шам" a light, a
// "желдеткіш" a fan, an "ауа тазартқыш" an air purifier. Chinese's (lexicon/chinese.json, Traditional characters): a
// "冷氣" is an air conditioner, a "除濕機" a dehumidifier, a "燈" a light (kindsInNames.ts reads them at a name's end).
import { z } from 'zod';
import ukrainian from '../lexicon/ukrainian.json';
import russian from '../lexicon/russian.json';
import kazakh from '../lexicon/kazakh.json';
import czech from '../lexicon/czech.json';
import serbian from '../lexicon/serbian.json';
import romanian from '../lexicon/romanian.json';
import urdu from '../lexicon/urdu.json';
import chinese from '../lexicon/chinese.json';
import { HEBREW_FORMS } from './hebrewWords';
import { PERSIAN_FORMS } from './persianWords';
import { TAMIL_FORMS } from './tamilWords';
import { EGYPTIAN_FORMS } from './egyptianWords';
import { withoutMarks } from '../normalizeText';

const kindsSchema = z.object({ kinds: z.record(z.string().regex(/^[a-z_]+$/), z.array(z.string().min(1)).min(1)) }).passthrough();
const LANGUAGES = [ukrainian, russian, kazakh, czech, serbian, romanian, urdu, chinese, HEBREW_FORMS, PERSIAN_FORMS, TAMIL_FORMS, EGYPTIAN_FORMS].map((lexicon) => kindsSchema.parse(lexicon).kinds);

/** The kinds lexicon with each language's words for a kind added to its phrases. */
export function withLanguageKinds(raw: { kinds: { id: string; phrases: string[] }[] }): { kinds: { id: string; phrases: string[] }[] } {
  return {
    ...raw,
    kinds: raw.kinds.map((kind) => {
      const more = LANGUAGES.flatMap((kinds) => kinds[kind.id] ?? []).filter((p) => !kind.phrases.includes(p));
      return more.length > 0 ? { ...kind, phrases: [...kind.phrases, ...more] } : kind;
    }),
  };
}

/**
 * Ukrainian names put the head noun first ("Розетка чайник" is a plug for the kettle, "Світло кухня" a light), and so
 * do Hebrew ones ("מזגן סלון" is the living room's air conditioner, "חיישן דלת ממ"ד" the safe room door's sensor) and
 * Persian ones ("چراغ آشپزخانه" is the kitchen's light, "کولر گازی LG" an air conditioner).
 */
const HEAD_FIRST_SCRIPT = /^\P{L}*[\p{Script=Cyrillic}\p{Script=Hebrew}\p{Script=Arabic}]/u;

/**
 * Czech and Slovak names put the head noun first in Latin letters ("Roleta obývák okno" is a blind by the window,
 * "Zasuvka pracka" the washing machine's plug): a name whose first word is a Czech kind word (lexicon/czech.json,
 * marks optional) is read head first too.
 */
const headsOf = (lexicon: unknown): string[] => Object.values(kindsSchema.parse(lexicon).kinds).flat().filter((p) => !p.includes(' ')).map(withoutMarks);
// Romanian names are head first too ("Televizor camera bună" is a TV, "Priza lampă de sare" a plug; lexicon/romanian.json).
const CZECH_HEADS: ReadonlySet<string> = new Set([...headsOf(czech), ...headsOf(romanian), ...headsOf(serbian)]);

/** Is a name written in a head-first language (a Cyrillic or Hebrew first word, or a Czech kind word first)? */
export function writtenHeadFirst(name: string): boolean {
  return HEAD_FIRST_SCRIPT.test(name) || CZECH_HEADS.has(withoutMarks(/^[\p{L}]+/u.exec(name)?.[0] ?? ''));
}

/** The kind of the first kind phrase of a head-first name ("Датчик протікання ванна" → the leak sensor's). */
export function firstKindIn<K>(keys: readonly string[], byPhrase: ReadonlyMap<string, K>, weak: ReadonlySet<string>, longest: number): K | undefined {
  for (let start = 0; start < keys.length; start++) {
    for (let len = Math.min(longest, keys.length - start); len >= 1; len--) {
      const phrase = keys.slice(start, start + len).join(' ');
      const kind = byPhrase.get(phrase);
      if (kind && !weak.has(phrase)) return kind;
    }
  }
  return undefined;
}
