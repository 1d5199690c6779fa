// "turn on my lamp" in a home with Kendra's Lamp, Travis's Lamp and the den lamp: "my" says the lamp is the asker's
// own, and who is asking is not known offline. Picking the lamp the talk was last about (or the one in the room of the
// last answer) would switch somebody else's lamp: the plain reading, which asks back which lamp, stands instead.
import type { IntentMatch } from './IntentEngine';

/** "my lamp", "my lights": "my" right before a word, with no name of the home's people said ("my" alone). */
const MY_THING = /(^|\s)my\s+\p{L}/iu;
const OWNED_NAME = /\p{L}['’]s\s/u;

export function saysMy(text: string): boolean {
  return MY_THING.test(text);
}

/** True when the turn says "my <thing>" and its own reading asks back among things named for people. */
export function ownThingAskedBack(text: string, own: IntentMatch | undefined): boolean {
  if (!MY_THING.test(text) || own?.category !== 'control') return false;
  const target = own.slots['target'];
  return target?.type === 'ambiguous' && target.candidates.some((c) => OWNED_NAME.test(`${c.name} `));
}
