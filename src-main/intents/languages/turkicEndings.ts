// The case endings Turkish and Azerbaijani glue to a word ("salondaki", "Teras'ta", "otağının", "mənzilinkini",
// "bağdakıları"), split from turkishWords.ts: a word is read with each taken off, the last consonant a vowel softened
// put back (kilidi → kilit, Turkish ışığı → ışık, Azerbaijani işığı → işıq).

export type Case = 'in' | 'the one in' | 'the one of' | 'of' | 'to' | 'from' | '';
/** -daki (the one in the place) and -(n)ınkı (the one of it): both say a thing by its place. */
export const oneIn = (c: Case): boolean => c === 'the one in' || c === 'the one of';

// Case endings, longest first, each with what it says in English; a word is tried with each one taken off, and with
// the buffer letter (y, n, s) and a softened last consonant (kilidi → kilit, ışığı → ışık) put back.
const ENDINGS: ReadonlyArray<readonly [string, Case]> = [
  // "-(n)ınkı" (the one of): "qonaq otağınınkı", "mənzilinkini".
  ['ninki', 'the one of'], ['nunki', 'the one of'], ['inki', 'the one of'], ['unki', 'the one of'],
  ['ndaki', 'the one in'], ['ndeki', 'the one in'], ['daki', 'the one in'], ['deki', 'the one in'], ['taki', 'the one in'], ['teki', 'the one in'],
  ['ndan', 'from'], ['nden', 'from'], ['dan', 'from'], ['den', 'from'], ['tan', 'from'], ['ten', 'from'],
  ['nda', 'in'], ['nde', 'in'], ['da', 'in'], ['de', 'in'], ['ta', 'in'], ['te', 'in'],
  ['nin', 'of'], ['nun', 'of'], ['in', 'of'], ['un', 'of'],
  ['ya', 'to'], ['ye', 'to'], ['na', 'to'], ['ne', 'to'], ['a', 'to'], ['e', 'to'],
  ['yi', ''], ['yu', ''], ['ni', ''], ['nu', ''], ['i', ''], ['u', ''], ['si', ''], ['su', ''],
];
// Plural and "our" before a case: "cihazlarımız", "odalar", "ışıkları".
const PLURALS = ['larimiz', 'lerimiz', 'imiz', 'umuz', 'lari', 'leri', 'lar', 'ler'];
const SOFTENED: Record<string, string> = { g: 'k', d: 't', b: 'p', c: 'c' };

/** Each way the word can be read with a case ending off: the whole word first, then shorter stems. */
export function stemsOf(word: string): Array<{ stem: string; case: Case }> {
  const out: Array<{ stem: string; case: Case }> = [{ stem: word, case: '' }];
  const bare = word.includes("'") ? word.slice(0, word.indexOf("'")) : undefined;
  const tail = word.includes("'") ? word.slice(word.indexOf("'") + 1) : undefined;
  if (bare !== undefined && tail !== undefined) {
    const ending = ENDINGS.find(([e]) => tail === e || tail.endsWith(e));
    return [{ stem: word, case: '' }, { stem: bare, case: ending?.[1] ?? '' }];
  }
  const seen = new Set([word]);
  const add = (stem: string, c: Case): void => {
    if (stem.length < 2 || seen.has(stem)) return;
    seen.add(stem);
    out.push({ stem, case: c });
    const last = stem.slice(-1);
    const hard = SOFTENED[last];
    if (hard && hard !== last) add(stem.slice(0, -1) + hard, c);
    // Azerbaijani softens q to ğ ("otaq" → "otağı", "işıq" → "işığı").
    if (last === 'g') add(`${stem.slice(0, -1)}q`, c);
  };
  for (const [ending, c] of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    const stem = word.slice(0, -ending.length);
    add(stem, c);
    // A possessive before the case ("odasında", "kilidinin"): off too.
    for (const [inner] of ENDINGS.slice(-8)) if (stem.endsWith(inner) && stem.length - inner.length >= 3) add(stem.slice(0, -inner.length), c);
  }
  // "salondakinin" (of the one in the living room): a second case ending before the first.
  for (const s of [...out]) if (/(n?[dt][ae]|[iu]n)ki$/.test(s.stem)) for (const [ending, c] of ENDINGS.slice(0, 10)) if (s.stem.endsWith(ending)) add(s.stem.slice(0, -ending.length), c);
  for (const s of [...out]) for (const p of PLURALS) if (s.stem.endsWith(p) && s.stem.length - p.length >= 3) add(s.stem.slice(0, -p.length), s.case);
  // "bağdakıları" (the ones in the dacha): the plural after -daki.
  for (const s of [...out]) if (/n?[dt][ae]ki$/.test(s.stem) && s.case === '') for (const [ending, c] of ENDINGS.slice(4, 10)) if (s.stem.endsWith(ending)) add(s.stem.slice(0, -ending.length), c);
  return out;
}

