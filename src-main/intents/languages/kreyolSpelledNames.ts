// A home named in Kreyòl writes French and English words as Kreyòl spells them ("Jakmèl", "Pwojektè miray devan",
// "Ponp sitèn", "Kay Petyonvil"), while the family types the town and the things in French or English spelling
// ("turn on the fan in Jacmel", "qu'est-ce qui contrôle les projecteurs", "Petion-Ville"). In a Kreyòl home
// (haitianHome.ts), a word the engine knows in no language and the home names nothing with, whose Kreyòl spelling
// (lexicon/haitianCreoleHome.json, `frenchSpellings`: c → k, pr → pw, -eur → -è, -ille → -il, io → yo …) is a word of
// the home's names, is read as that word as the home writes it. Never a kind word of the home's names ("kamera").
import { z } from 'zod';
import raw from '../lexicon/haitianCreoleHome.json';
import type { HomeSnapshot } from '../HomeIndex';
import { kindForPhrase } from '../kindLexicon';
import { perSnapshot } from '../perSnapshot';
import { wordKey } from '../saidWordSet';
import { isKreyolHome } from './haitianHome';

const SPELLINGS = z.object({ frenchSpellings: z.array(z.tuple([z.string().min(1), z.string()])) }).passthrough().parse(raw).frenchSpellings.map(([from, to]) => [new RegExp(from, 'g'), to] as const);
/** Shorter words are too often another word's spelling. */
const MIN_LETTERS = 4;
const WORD = /[\p{L}][\p{L}'’-]*[\p{L}]/gu;

/** A French or English word spelled as Kreyòl writes it ("projecteur" → "pwojekte", marks left out). */
export function kreyolSpelling(key: string): string {
  return SPELLINGS.reduce((word, [from, to]) => word.replace(from, to), key);
}

/** The home's name words by their keys, without the kind words ("kamera" stays the camera kind). */
const nameWords = perSnapshot((snapshot: HomeSnapshot): ReadonlyMap<string, string> => {
  const out = new Map<string, string>();
  for (const entity of [...snapshot.devices, ...snapshot.phrases.values()].flat()) {
    for (const word of entity.name.split(/[\s/()-]+/)) {
      const key = wordKey(word);
      if (key.length >= MIN_LETTERS && /^\p{L}+$/u.test(key) && !kindForPhrase(key) && !out.has(key)) out.set(key, word);
    }
  }
  return out;
});

/** The sentence with each French- or English-spelled word of a Kreyòl name written as the home writes it. */
export function withKreyolSpelledNames(text: string, snapshot: HomeSnapshot, isWord?: (key: string) => boolean): string {
  if (!isWord || !isKreyolHome(snapshot)) return text;
  const names = nameWords(snapshot);
  return text.replace(WORD, (word) => {
    const key = wordKey(word).replace(/['’-]/g, '');
    if (key.length < MIN_LETTERS || names.has(key) || isWord(key) || isWord(wordKey(word))) return word;
    const spelled = kreyolSpelling(key);
    return names.get(spelled) ?? (key.endsWith('s') ? names.get(kreyolSpelling(key.slice(0, -1))) : undefined) ?? word;
  });
}
