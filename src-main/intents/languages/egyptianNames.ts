// The home's names as an Egyptian or Darija sentence says them (split from egyptianWords.ts, a pure move): the names
// folded, with and without the article, and their consonant skeletons, so that an Arabizi word finds a name the home
// writes in Arabic script ("el shalih" is "الشاليه") and a word is spelled as the home writes it. Built once per snapshot.
import type { HomeSnapshot } from '../HomeIndex';
import { phraseKey } from '../deviceKinds';
import { ARABIC, TABLE, egyptianFold } from './egyptianWords';

interface Names {
  /** Folded whole name → the name as the home writes it. */
  whole: Map<string, string>;
  /** Folded name words (an Arabic word also without its article). */
  words: Set<string>;
  /** Consonant skeleton of an Arabic-script name (its articles left out) → the names. */
  skeletons: Map<string, string[]>;
  /** Consonant skeleton of an Arabic-script name word → the words as the home writes them. */
  wordSkeletons: Map<string, string[]>;
  /** Skeletons of the words of the home's Latin names ("Dafaya Salma" has "dfy"). */
  latinSkeletons: Set<string>;
  /** Consonant skeleton of a Latin name, its article "el" left out ("Moteur el may" is "mtr m") → the names. */
  latinNames: Map<string, string[]>;
  /** Folded name word (also without its article) → the word as the home writes it (without the article). */
  spelled: Map<string, string>;
  /** Folded first word of a name, without its article → the names. */
  heads: Map<string, string[]>;
}
const NAMES = new WeakMap<HomeSnapshot, Names>();
export const withoutArticle = (w: string): string => (/^ال./u.test(w) && w.length > 3 ? w.slice(2) : w);
/** The consonants of an Arabic-script name as Egyptian says them, in the letters Arabizi writes them with. */
const CONSONANTS: Record<string, string> = {
  ب: 'b', ت: 't', ث: 't', ج: 'g', ح: 'h', خ: 'k', د: 'd', ذ: 'd', ر: 'r', ز: 'z', س: 's', ش: 'x', ص: 's', ض: 'd', ط: 't', ظ: 'z',
  غ: 'g', ف: 'f', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h',
};
const dedupe = (s: string): string => s.replace(/(.)\1+/g, '$1');
function arabicSkeleton(name: string): string {
  const named = name.split(' ').map(withoutArticle);
  // "أوضة تيتا" is said "2odet teta": a ه (ة) before the word it belongs to is a t, a last one a vowel.
  return named.map((w, i) => dedupe([...w.replace(/ه$/, i < named.length - 1 ? 'ت' : '')].map((c) => CONSONANTS[c] ?? '').join(''))).join(' ');
}
/** The long vowels an Arabic word writes (ا a, و o/u, ي i/e), which an Arabizi spelling of it says too. */
function longVowels(word: string): string {
  return [...withoutArticle(word).slice(1)].map((c) => ({ ا: 'a', و: 'o', ي: 'i' } as Record<string, string>)[c] ?? '').join('');
}
function saysVowels(arabic: string, arabizi: string): boolean {
  const said = arabizi.replace(/[ue]/g, (v) => (v === 'u' ? 'o' : 'i')).replace(/y/g, 'i').replace(/w/g, 'o');
  return [...longVowels(arabic)].every((v) => said.includes(v));
}
function arabiziSkeleton(word: string): string {
  const sounds = word.replace(/h$/, '').replace(/c(?=[ei])/g, 's').replace(/c/g, 'k').replace(/v/g, 'f').replace(/p/g, 'b').replace(/3'|gh/g, 'g').replace(/sh|ch/g, 'x').replace(/kh|5/g, 'k').replace(/th|6/g, 't').replace(/7/g, 'h').replace(/9/g, 's').replace(/j/g, 'g')
    .replace(/[2389'q]/g, '');
  return dedupe(sounds.replace(/[aeiouyw]/g, ''));
}

export function namesOf(snapshot: HomeSnapshot): Names {
  let names = NAMES.get(snapshot);
  if (names) return names;
  names = { whole: new Map(), words: new Set(), skeletons: new Map(), wordSkeletons: new Map(), latinSkeletons: new Set(), latinNames: new Map(), heads: new Map(), spelled: new Map() };
  for (const entity of snapshot.byId.values()) {
    const folded = egyptianFold(entity.name).replace(/\s+/g, ' ').trim();
    names.whole.set(folded, entity.name);
    for (const w of folded.split(' ')) {
      names.words.add(w);
      names.words.add(withoutArticle(w));
    }
    for (const typed of entity.name.split(/\s+/)) {
      const bare = withoutArticle(egyptianFold(typed));
      if (ARABIC.test(bare) && !names.spelled.has(bare)) names.spelled.set(bare, /^ال./u.test(typed) && typed.length > 3 ? typed.slice(2) : typed);
    }
    const head = withoutArticle(folded.split(' ')[0] ?? '');
    names.heads.set(head, [...(names.heads.get(head) ?? []), entity.name]);
    if (ARABIC.test(folded) && !/[a-z]/.test(folded)) {
      const key = arabicSkeleton(folded);
      if (key.length >= 2) names.skeletons.set(key, [...(names.skeletons.get(key) ?? []), entity.name]);
      for (const typed of entity.name.split(/\s+/)) {
        const word = /^ال./u.test(typed) && typed.length > 3 ? typed.slice(2) : typed;
        const wordKey = arabicSkeleton(egyptianFold(word));
        const had = names.wordSkeletons.get(wordKey) ?? [];
        if (wordKey.length >= 2 && !had.includes(word)) names.wordSkeletons.set(wordKey, [...had, word]);
      }
    } else {
      for (const word of folded.split(' ')) if (/^[a-z0-9']+$/.test(word)) names.latinSkeletons.add(arabiziSkeleton(word));
      const content = folded.split(' ').filter((w) => w !== 'el' && w !== 'l');
      const key = content.every((w) => /^[a-zà-ÿ0-9']+$/.test(w)) ? content.map((w) => arabiziSkeleton(w.normalize('NFD').replace(/\p{M}/gu, ''))).join(' ') : '';
      if (key.replace(/ /g, '').length >= 2) names.latinNames.set(key, [...(names.latinNames.get(key) ?? []), entity.name]);
    }
  }
  NAMES.set(snapshot, names);
  return names;
}

/** The home's name a run of words says (folded, with or without an article on its first word), if any. */
export function egyptianName(words: readonly string[], snapshot: HomeSnapshot): string | undefined {
  const { whole, skeletons } = namesOf(snapshot);
  const said = words.join(' ');
  const found = whole.get(said) ?? whole.get(`ال${said}`) ?? whole.get(words.map(withoutArticle).join(' ')) ?? whole.get([withoutArticle(words[0] ?? ''), ...words.slice(1)].join(' '));
  if (found) return found;
  // Arabic script: "موتور المي" is "Moteur el may", "الليوان" is "Liwan", when exactly one Latin name has its consonants.
  if (words.every((w) => ARABIC.test(w) && !TABLE.has(w))) return latinNamed(words, snapshot);
  // Arabizi: "sakhan el shalih" is "سخان الشاليه" when exactly one Arabic-script name has its consonants.
  if (!words.every((w) => /^[a-z0-9']+$/.test(w))) return undefined;
  // "bab l'kbir": Darija's article joined with an apostrophe, as "el" apart.
  const content = words.filter((w) => w !== 'el' && w !== 'l').map((w) => w.replace(/^l'(?=[a-z0-9])/, ''));
  // A lexicon word ("3ala", "fen") is no part of a name.
  if (content.length === 0 || content.some((w) => !/[a-z]/.test(w) || TABLE.has(w))) return undefined;
  const key = content.map(arabiziSkeleton).join(' ');
  const named = key.replace(/ /g, '').length >= 2 ? skeletons.get(key) ?? [] : [];
  // "sat7" is "السطح", not "السطوح": of the names with its consonants, those whose long vowels it says.
  const voiced = named.filter((n) => egyptianFold(n).split(' ').every((w, i) => saysVowels(w, content[i] ?? '')));
  return named.length === 1 ? named[0] : voiced.length === 1 ? voiced[0] : undefined;
}


/** The one Latin name a run of Arabic-script words says, by its consonants ("الأسانسور" is "Ascenseur"). */
function latinNamed(words: readonly string[], snapshot: HomeSnapshot): string | undefined {
  const key = words.map((w) => arabicSkeleton(w)).join(' ');
  if (key.replace(/ /g, '').length < 2) return undefined;
  const named = namesOf(snapshot).latinNames.get(key) ?? [];
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The home's name made of a kind word and an owner ("سخان الشاليه" for "el sakhan bta3 el shalih", the water heater
 * of the chalet): the one name whose first word is a word of that kind and whose other words are the owner's.
 */
export function kindOwnerName(kind: string, owner: string, snapshot: HomeSnapshot): string | undefined {
  const rest = egyptianFold(owner);
  const found = [...namesOf(snapshot).whole].filter(([folded]) => {
    const [head, ...tail] = folded.split(' ');
    const cue = TABLE.get(head ?? '') ?? TABLE.get(`ال${head ?? ''}`);
    return cue?.kind === 'kind' && cue.english === kind && tail.join(' ') === rest;
  });
  return found.length === 1 ? found[0]?.[1] : undefined;
}

/**
 * An Arabizi or English word for a word of the home's Arabic-script names ("yafta" for "يافطة", "tras" for "تراس",
 * "receiver" for "الريسيفر"): the one word with its consonants (of several, the one whose long vowels it says), at
 * least three of them, or two for a word written with a digit.
 */
export function arabicNameWord(word: string, snapshot: HomeSnapshot): string | undefined {
  if (!/^[a-z0-9']+$/.test(word) || TABLE.has(word) || !/[a-z]/.test(word)) return undefined;
  const key = arabiziSkeleton(word);
  if (key.length < (/\d/.test(word) ? 2 : 3)) return undefined;
  const words = namesOf(snapshot).wordSkeletons.get(key) ?? [];
  const voiced = words.filter((w) => saysVowels(egyptianFold(w), word));
  return words.length === 1 ? words[0] : voiced.length === 1 ? voiced[0] : undefined;
}

/**
 * The one device name a kind word heads ("السبيكر" → "سبيكر الصالة" when no other name starts with "سبيكر" and no
 * Latin name says it), else undefined.
 */
export function onlyNamedBy(word: string, snapshot: HomeSnapshot): string | undefined {
  const head = withoutArticle(egyptianFold(word));
  if (!ARABIC.test(head)) return undefined;
  const named = namesOf(snapshot).heads.get(head) ?? [];
  const devices = named.filter((n) => (snapshot.phrases.get(phraseKey(n)) ?? []).some((e) => e.entity_type === 'device'));
  if (named.length !== 1 || devices.length !== 1 || namesOf(snapshot).latinSkeletons.has(arabicSkeleton(head))) return undefined;
  return devices[0];
}

/** A word as the home writes it in its names ("اليافطه" → "يافطة", "الموتور" → "موتور"), or an Arabizi word's. */
export function homeSpelling(word: string, snapshot: HomeSnapshot): string {
  if (!ARABIC.test(word)) return namesOf(snapshot).words.has(word) ? word : arabicNameWord(word, snapshot) ?? word;
  const bare = withoutArticle(word);
  return namesOf(snapshot).spelled.get(bare) ?? namesOf(snapshot).spelled.get(word) ?? bare;
}

export function isNameWord(word: string, snapshot: HomeSnapshot): boolean {
  return namesOf(snapshot).words.has(egyptianFold(word));
}
