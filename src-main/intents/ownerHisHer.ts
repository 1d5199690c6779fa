// "turn off the chromecast in jules his room", "Lotte her lamp": English said by children who also speak Dutch, German
// or Afrikaans ("Jules zijn kamer", "Lotte ihr Zimmer") puts "his"/"her" after the owner where English writes "'s". Read
// as typed, "in jules his room" was looked for as a place and not found. After a preposition, a name the home gives its
// things or rooms after a person (a capitalised word after the first word of a name: "Chambre de Jules", "Bedlampje
// Papa") followed by his/her is that person's: "in jules's room". Only there: "Jules his led strip" and "Lotte her
// room, how warm" are already read by their names, and "is Tom in his room" (no "in" is anyone) keeps its words.
import type { HomeSnapshot } from './HomeIndex';
import { perSnapshot } from './perSnapshot';

const SAYS_HIS_HER = /\b(?:his|her)\b/i;
const OWNER_THEN = /(\b(?:in|at|from|to|of|for|near) (?:the )?)([\p{L}-]{2,}) (?:his|her) /giu;
/** Words that are never an owner said before his/her ("turn off her lamp", "is he in his room"). */
const NOT_OWNERS = new Set(['in', 'on', 'at', 'to', 'off', 'and', 'or', 'is', 'of', 'for', 'from', 'with', 'turn', 'switch', 'put', 'set', 'give', 'tell', 'ask', 'let', 'the', 'a', 'what', 'where', 'which', 'how', 'near', 'by', 'into', 'up', 'down']);
const ownersOf = perSnapshot((snapshot: HomeSnapshot): ReadonlySet<string> => {
  const owners = new Set<string>();
  for (const entity of snapshot.byId.values()) {
    if (entity.entity_type !== 'device' && entity.entity_type !== 'room') continue;
    const words = entity.name.split(/[\s/]+/);
    for (const word of words.slice(1)) if (/^\p{Lu}\p{Ll}+$/u.test(word)) owners.add(word.toLowerCase());
  }
  return owners;
});

/** The sentence with "<owner> his/her" read as "<owner>'s"; unchanged when no owner of the home is said so. */
export function ownerHisHer(text: string, snapshot: HomeSnapshot): string {
  if (!SAYS_HIS_HER.test(text)) return text;
  const owners = ownersOf(snapshot);
  return text.replace(OWNER_THEN, (all, before: string, owner: string) => {
    const key = owner.toLowerCase();
    return owners.has(key) && !NOT_OWNERS.has(key) ? `${before}${owner}'s ` : all;
  });
}
