// "nvm turn it back on lol": a laugh typed after a request is no word of it; left in, it is an unknown word and the
// command is declined. A question that opens with a question word loses it too ("how many watts is liams pc pulling
// lmao" was declined for the one word). Other sentences keep it: "hot tub on the boat lol" without its laugh would
// read as a terse command.
import lexicon from './lexicon/laughter.json';

const LAUGH_AT_END = new RegExp(`[\\s,.!]+(?:${lexicon.laughs.join('|')})[\\s.!]*$`, 'i');
const OPENERS = [...lexicon.openers].sort((a, b) => b.length - a.length);
const VERBS: ReadonlySet<string> = new Set(lexicon.requestVerbs);
const QUESTION_WORDS: ReadonlySet<string> = new Set(lexicon.questionWords);

/** The first word after any openers ("nvm", "ok", "just"). */
function firstVerb(text: string): string {
  let rest = text.trim().toLowerCase();
  for (let again = true; again; ) {
    again = false;
    for (const opener of OPENERS) {
      if (rest.startsWith(`${opener} `) || rest.startsWith(`${opener}, `)) {
        rest = rest.slice(opener.length).replace(/^[\s,]+/, '');
        again = true;
      }
    }
  }
  return rest.split(/[\s,]+/)[0] ?? '';
}

/** The request without the laugh at its end; other sentences unchanged. */
export function withoutLaughter(text: string): string {
  const found = LAUGH_AT_END.exec(text);
  const first = firstVerb(text);
  if (!found || (!VERBS.has(first) && !QUESTION_WORDS.has(first))) return text;
  return text.slice(0, found.index);
}
