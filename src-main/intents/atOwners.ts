// "is the front door locked at savta's": "at <someone>'s" says whose house, and the home describes things as
// "Savta's front door", "Savta's kitchen". Read as "is savta's front door locked", the owner's word goes where the home's
// own descriptions have it; left at the end it names no place and the question is answered about the flat's front door.
// A home that names a place "<owner>'s" keeps the sentence as typed (the place reader takes it).
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import type { Focus } from './ConversationFocus';

const AT_OWNERS = /\s+(?:at|over at|down at|up at|in)\s+([\p{L}][\p{L}-]*)(?:'s|’s)\s*([?.!]*)\s*$/iu;

/** Whether the home describes something of this owner ("savta's kitchen") and names nothing "savta's" alone. */
function ownerOfThings(snapshot: HomeSnapshot, owner: string): boolean {
  const key = phraseKey(`${owner}'s`);
  if (snapshot.phrases.has(key) || snapshot.aliases.has(key)) return false;
  for (const phrase of snapshot.phrases.keys()) if (phrase.startsWith(`${key} `)) return true;
  return false;
}

/** The sentence with "the X … at Y's" read as "Y's X …"; unchanged when it has no such end. */
export function atOwnersAsOwned(text: string, snapshot: HomeSnapshot): string {
  const found = AT_OWNERS.exec(text);
  const owner = found?.[1];
  if (!found || !owner || !ownerOfThings(snapshot, owner)) return text;
  const head = text.slice(0, found.index);
  const the = /\bthe\s+/i.exec(head);
  if (!the) return text;
  return `${head.slice(0, the.index)}${owner}'s ${head.slice(the.index + the[0].length)}${found[2] ?? ''}`;
}

const AT_OWNERS_ONLY = /^(?:and\s+)?(?:at|over at|down at|up at)\s+(\p{L}{3,})(?:'s|’s)[?.!]*$/iu;

/** "at savta's" after "is the front door locked?": the last question asked of that person's one ("savta's front door"). */
export function atOwnersFollowUp(text: string, focus: Focus, snapshot: HomeSnapshot): string[] {
  const owner = AT_OWNERS_ONLY.exec(text.trim())?.[1];
  if (!owner || focus.clarify) return [];
  const asked = `${focus.text.replace(/[?.!\s]+$/, '')} at ${owner}'s`;
  const owned = atOwnersAsOwned(asked, snapshot);
  return owned === asked ? [] : [owned];
}
