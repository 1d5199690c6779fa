// Bengali keyed one way whether typed in Bengali script ("রান্নাঘরের") or texted in Banglish ("rannaghorer"), so one
// reader reads both and finds the home's names in either script. Banglish spells vowels as it likes (the inherent
// vowel is "o" or "a" or nothing: ঘর is "ghor", "ghar", "ghr"), so the key is the word's consonants only: aspirates
// without their "h" (ঘ = gh = g), the three sibilants one "s", ড়/র one "r", য় and w/y no letter, a doubled letter once
// and an "n" before another consonant dropped (চন্দ্রবিন্দু/ং nasals that texting spells or not: সিঁড়ি = "sinri").
// The key is lossy on purpose: it is only ever compared across scripts, for the home's names (bengaliWords.ts).
// Words also come without their glued endings (bengaliStems): -er/-r (of), -e/-te/-y (in), -ta/-ti (the), -gulo.

/** A Bengali letter, vowel sign or digit. */
export const BENGALI = /[\u0980-\u09ff]/u;

const CONSONANTS: Record<string, string> = {
  'ক': 'k', 'খ': 'k', 'গ': 'g', 'ঘ': 'g', 'ঙ': 'n', 'চ': 'c', 'ছ': 'c', 'জ': 'j', 'ঝ': 'j', 'ঞ': 'n', 'ট': 't', 'ঠ': 't', 'ড': 'd', 'ঢ': 'd',
  'ণ': 'n', 'ত': 't', 'থ': 't', 'দ': 'd', 'ধ': 'd', 'ন': 'n', 'প': 'p', 'ফ': 'p', 'ব': 'b', 'ভ': 'b', 'ম': 'm', 'য': 'j', 'র': 'r', 'ল': 'l',
  'শ': 's', 'ষ': 's', 'স': 's', 'হ': '', 'ৎ': 't', 'ং': 'ng', 'ড়': 'r', 'ঢ়': 'r', 'য়': '',
};
// Keyed decomposed, as words are read: ড় is ড and the nukta.
const BY_LETTER = new Map(Object.entries(CONSONANTS).map(([k, v]) => [k.normalize('NFD'), v]));
const VIRAMA = '\u09cd';
const NUKTA = '\u09bc';
const DIGITS = '০১২৩৪৫৬৭৮৯';

/** Bengali digits as ASCII digits ("২৫" → "25"). */
export function asciiDigits(text: string): string {
  return text.replace(/[০-৯]/gu, (d) => String(DIGITS.indexOf(d)));
}

function scriptSkeleton(word: string): string {
  const chars = [...word.normalize('NFD')];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    let c = chars[i] ?? '';
    if (chars[i + 1] === NUKTA) c += chars[++i] ?? '';
    // য-ফলা and ব-ফলা after a virama are no sound of their own in speech ("ট্যাঙ্ক" = tank, "জ্বালাও" = jalao).
    if ((c === 'য' || c === 'ব') && chars[i - 1] === VIRAMA) continue;
    out += BY_LETTER.get(c) ?? (/[a-z0-9]/.test(c) ? c : '');
  }
  return out;
}

function latinSkeleton(word: string): string {
  return word
    .toLowerCase()
    .replace(/chh|ch|cch/g, 'c')
    .replace(/sh/g, 's')
    .replace(/ph|f/g, 'p')
    .replace(/v/g, 'b')
    .replace(/z/g, 'j')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/[^a-z0-9]|[aeiouhwy]/g, '');
}

/** The consonant key of a word in either script (see the top of this file). */
export function bengaliKey(word: string): string {
  const skeleton = BENGALI.test(word) ? scriptSkeleton(word) : latinSkeleton(word);
  return skeleton.replace(/(.)\1+/g, '$1').replace(/n(?=[^aeiou\dn])/g, '').replace(/(.)\1+/g, '$1');
}

// Glued endings, longest first: plural, "the", case.
const SCRIPT_ENDINGS = ['গুলোর', 'গুলো', 'গুলি', 'টির', 'টার', 'টাকে', 'টায়', 'টা', 'টি', 'তে', 'য়ে', 'য়', 'ের', 'র', 'ে', 'কে'];
const LATIN_ENDINGS = ['gulor', 'gulo', 'guli', "'r", "'s", '-er', '-e', 'ter', 'tar', 'ta', 'ti', 'te', 'ke', 'er', 'r', 'e'];

const STEMS = new Map<string, readonly string[]>();
/** The word as typed (lowercased), and without one or two of its glued endings, each at least two letters long. */
export function bengaliStems(word: string): readonly string[] {
  const lower = word.toLowerCase().replace(/[’‘`]/g, "'");
  const known = STEMS.get(lower);
  if (known) return known;
  const endings = BENGALI.test(lower) ? SCRIPT_ENDINGS : LATIN_ENDINGS;
  const out = new Set<string>([lower]);
  const strip = (w: string, depth: number): void => {
    for (const e of endings) {
      if (!w.endsWith(e) || [...w].length - [...e].length < 2) continue;
      const stem = w.slice(0, -e.length).replace(/[-']$/, '');
      out.add(stem);
      if (depth < 1) strip(stem, depth + 1);
    }
  };
  strip(lower, 0);
  const stems = [...out];
  if (STEMS.size > 5000) STEMS.clear();
  STEMS.set(lower, stems);
  return stems;
}
