// "allume la lampe" in a home whose lamps are "Lampe de chevet parents" and two "Lanp …" described "floor lamp" and
// "desk lamp": the head word said in French named the one device whose name says it in French, and the command was
// proposed for it while the other two lamps say the same thing in English and Creole (the English "the lamp" asked
// which of the three). A head word people say for one thing in many languages is one word to a home named in several:
// a device whose own words say any word of its group says the head (lexicon/headWordKin.json).
import lexicon from './lexicon/headWordKin.json';
import { phraseKey } from './deviceKinds';

const KIN: ReadonlyMap<string, readonly string[]> = new Map(
  lexicon.groups.flatMap((group) => {
    const keys = [...new Set(group.map((word) => phraseKey(word)))];
    return keys.map((key) => [key, keys] as const);
  }),
);

/** The head word and the words for the same thing in other languages, as keys; the word alone when it has none. */
export function kinOfHead(word: string): readonly string[] {
  return KIN.get(word) ?? [word];
}
