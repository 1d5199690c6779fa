// Armenian keyed one way whether typed in its script ("լույսը"), texted in Latin letters ("lusy", "luys@") or with
// digits for letters ("kana4" = կանաչ), so one reader reads both and finds the home's names in either script. The key
// is lossy where texting is: խ, ղ, "kh" and "gh" are all "x" ("hoxi" is հողի), ծ and ց "c" (or "ts"), չ and ճ "ch" (or
// "4"), ու "u" (or "ou"), յ and ը left out or "@" ("lusy", "luys@" and "լույսը" are one word), an "i" before a vowel
// left out ("seniak" is "senyak"), and a name in Cyrillic spelled in Latin letters too (a home names things in Russian:
// "kladovkayum" is in Кладовка). Armenian glues its cases and the article to the noun ("-ում" in, "-ից" from, "-ի" of,
// "-ը"/"-ն" the, "-եր"/"-ներ" plural), so a word is compared by its stems: the key without one or two endings.
const ARMENIAN_LETTERS: Record<string, string> = {
  ա: 'a', բ: 'b', գ: 'g', դ: 'd', ե: 'e', զ: 'z', է: 'e', ը: '@', թ: 't', ժ: 'zh', ի: 'i', լ: 'l', խ: 'x', ծ: 'c', կ: 'k',
  հ: 'h', ձ: 'dz', ղ: 'x', ճ: 'ch', մ: 'm', յ: 'y', ն: 'n', շ: 'sh', ո: 'o', չ: 'ch', պ: 'p', ջ: 'j', ռ: 'r', ս: 's',
  վ: 'v', տ: 't', ր: 'r', ց: 'c', ւ: 'v', փ: 'p', ք: 'q', և: 'ev', օ: 'o', ֆ: 'f',
};
const CYRILLIC_LETTERS: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'o', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'x', ц: 'c', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya',
};

export const ARMENIAN = /[\u0531-\u0587]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** A word as both scripts key it (see above). */
export function armenianKey(word: string): string {
  const lower = word.toLowerCase();
  const scripted = ARMENIAN.test(lower) || CYRILLIC.test(lower);
  let key = lower
    .replace(/ու/gu, 'u')
    .replace(/[\u0561-\u0587]/gu, (c) => ARMENIAN_LETTERS[c] ?? c)
    .replace(/\p{Script=Cyrillic}/gu, (c) => CYRILLIC_LETTERS[c] ?? c)
    .replace(/[՞՛՜'’]/gu, '');
  if (!scripted) {
    key = key.replace(/(?<=\p{L})4|4(?=\p{L})/gu, 'ch').replace(/tch|kh|gh|ts|ph|th|ou|w/g, (m) => ({ tch: 'ch', kh: 'x', gh: 'x', ts: 'c', ph: 'p', th: 't', ou: 'u', w: 'v' })[m] ?? m);
    // "vonc", "vorqan": a first ո is said (and texted) "vo".
    key = key.replace(/^vo/, 'o');
  }
  // յ and a texted "y" are left out, and an "i" before a vowel after a consonant ("seniak" = "senyak").
  return key.replace(/y/g, '').replace(/(?<=[^aeiou@])i(?=[aeou])/g, '');
}

// Endings, longest first: the plural with its case and article, the cases, the article (-ը/-ն, texted "@", "y", "e").
const ENDINGS = ['nerum', 'nerin', 'neric', 'nerov', 'ner@', 'neri', 'nern', 'ner', 'erum', 'erin', 'eric', 'erov', 'er@', 'eri', 'ern', 'er', 'um', 'ic', 'ov', 'enc', 'in', 'i', 'u', '@', 'n', 'e'];
const MIN_STEM = 3;

const STEMS = new Map<string, readonly string[]>();
/** The word's stems: the key, without one ending, without two ("senyakneri", "lusn@"). */
export function armenianStems(key: string): readonly string[] {
  const known = STEMS.get(key);
  if (known) return known;
  const out = new Set<string>();
  const bare = key.replace(/@+$/, '');
  for (const base of new Set([key, bare])) {
    if (base.length >= MIN_STEM) out.add(base);
    for (const e of ENDINGS) {
      if (!base.endsWith(e) || base.length - e.length < MIN_STEM) continue;
      const once = base.slice(0, -e.length);
      out.add(once);
      // "kladovkayum" keyed "kladovkaum": the "a" of a word ending in a vowel keeps its stem.
      for (const e2 of ENDINGS) if (once.endsWith(e2) && once.length - e2.length >= MIN_STEM) out.add(once.slice(0, -e2.length));
    }
  }
  const stems = [...out];
  if (STEMS.size > 5000) STEMS.clear();
  STEMS.set(key, stems);
  return stems;
}

/** Where the word's case says it is: "-ում" in, "-ից" from, "-ի"/"-ու" of, or nothing. */
export function armenianCase(key: string): 'in' | 'from' | 'of' | '' {
  const bare = key.replace(/[@n]$/, '');
  if (/um$/.test(bare) && bare.length > 4) return 'in';
  if (/ic$/.test(bare) && bare.length > 4) return 'from';
  if (/([^aeiou]|a)i$/.test(bare) && bare.length > 3) return 'of';
  return '';
}
