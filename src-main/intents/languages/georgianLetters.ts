// Georgian keyed one way whether typed in Mkhedruli ("მისაღებში") or texted in Latin letters ("misaghebshi"), so one
// reader reads both and finds the home's names in either script. The key is lossy where texting is: თ and ტ are both
// "t", ჩ and ჭ "ch", ფ and პ "p"; ქ/კ/ყ stay "q"/"k"/"y" ("qari" is wind, "kari" a door), წ "w", ც "c" or "ts", ხ "x" or
// "kh". Georgian glues its cases to the noun ("-ში" in, "-ზე" on,
// "-ის" of, "-თან" at, "-დან" from, "-ით" with) and drops a stem's last vowel before some of them ("მარანი" →
// "მარნის", "ფანჯარა" → "ფანჯრის"), so a word is compared by its stems: the key without each ending, with and without
// that vowel.
const MKHEDRULI: Record<string, string> = {
  ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i', კ: 'k', ლ: 'l', მ: 'm', ნ: 'n', ო: 'o',
  პ: 'p', ჟ: 'zh', რ: 'r', ს: 's', ტ: 't', უ: 'u', ფ: 'p', ქ: 'q', ღ: 'gh', ყ: 'y', შ: 'sh', ჩ: 'ch', ც: 'c', ძ: 'dz',
  წ: 'w', ჭ: 'ch', ხ: 'x', ჯ: 'j', ჰ: 'h',
};
const LATIN: Record<string, string> = { tch: 'ch', ph: 'p', th: 't', kh: 'x', ts: 'c', f: 'p' };

export const GEORGIAN = /[\u10d0-\u10ff]/u;

/** A word as both scripts key it: lowercased, Mkhedruli spelled in Latin, texting's letters as the key spells them. */
export function georgianKey(word: string): string {
  const lower = word.toLowerCase().replace(/[\u10d0-\u10ff]/gu, (c) => MKHEDRULI[c] ?? c);
  if (GEORGIAN.test(word)) return lower;
  return lower.replace(/tch|sh|ch|zh|kh|gh|ts|dz|ph|th|f/g, (m) => LATIN[m] ?? m);
}

// Case endings and particles, longest first: plural, then case, then "also" (-ც) and the copula (-ა, "is").
const ENDINGS = ['ebidan', 'ebshi', 'ebze', 'ebis', 'ebit', 'ebtan', 'ebs', 'ebi', 'eb', 'istvis', 'tvis', 'idan', 'dan', 'amde', 'mde', 'shi', 'tan', 'ze', 'is', 'it', 'ad', 'ma', 's', 'm'];
const VOWELS = /[aeiou]/;

function withoutLastVowel(stem: string): string[] {
  const out = [stem];
  if (/[aeiou]$/.test(stem) && stem.length > 3) out.push(stem.slice(0, -1));
  return out;
}

/** Where the word's case says it is: "-ში"/"-ზე"/"-თან" (in, on, at) or "-დან" (from), or nothing. */
export function georgianCase(key: string): 'in' | 'from' | 'of' | '' {
  const bare = key.replace(/(c|a|o)$/, '');
  if (/(shi|tan|ze)$/.test(bare)) return 'in';
  if (/dan$/.test(bare)) return 'from';
  if (/is$/.test(bare)) return 'of';
  return '';
}

const STEMS = new Map<string, readonly string[]>();
/** The word's stems: the key, without a copula or "also", without one or two endings, with and without the vowel a case drops. */
export function georgianStems(key: string): readonly string[] {
  const known = STEMS.get(key);
  if (known) return known;
  const out = new Set<string>();
  const add = (s: string): void => {
    if (s.length < 3) return;
    for (const v of withoutLastVowel(s)) {
      out.add(v);
      // "მარნ" of "მარნის" is "მარან" of "მარანი": the stem keyed without the vowel before its last consonant.
      const n = v.length;
      if (n > 3 && !VOWELS.test(v[n - 1] ?? '') && VOWELS.test(v[n - 2] ?? '') && !VOWELS.test(v[n - 3] ?? '')) out.add(v.slice(0, n - 2) + v.slice(n - 1));
    }
  };
  const bases = [key, key.replace(/c$/, ''), key.replace(/a$/, ''), key.replace(/ia$/, 'i')];
  for (const base of bases) {
    add(base);
    for (const e of ENDINGS) {
      if (!base.endsWith(e) || base.length - e.length < 3) continue;
      const once = base.slice(0, -e.length);
      add(once);
      for (const e2 of ENDINGS) if (once.endsWith(e2) && once.length - e2.length >= 3) add(once.slice(0, -e2.length));
    }
  }
  const stems = [...out];
  if (STEMS.size > 5000) STEMS.clear();
  STEMS.set(key, stems);
  return stems;
}

/** Do two words share a stem? */
export function sameGeorgianWord(a: readonly string[], b: readonly string[]): boolean {
  for (const s of a) if (b.includes(s)) return true;
  return false;
}
