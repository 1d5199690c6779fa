// "where do we keep the emergency kit", "where did you put the spare key", "where do they store the ladder": the verb
// of keeping says nothing of the thing asked; the question is "where is the emergency kit". Left in, "keep" became a
// word of the thing searched for ("Nothing is called 'keep emergency', but this device reports it: keep warm 3 h"),
// a wrong answer about another thing. Read as "where is …" when "where", an auxiliary, a person and a verb of keeping
// open the question.
const WHERE_KEPT = /^((?:and|so|ok|okay) )?where(?:'s| do| does| did| have| has| would| should| can)? (?:we|you|i|they|he|she|u|ya|mum|mom|dad|one) (?:usually |normally |always )?(?:keep|kept|store|stored|put|leave|left|stash|stashed|hide|hid|hidden)(?: away)? (.+)$/i;
const CHEAP = /\bwhere\b/i;

/** The question as "where is <thing>"; the text unchanged otherwise. */
export function whereKept(text: string): string {
  if (!CHEAP.test(text)) return text;
  const hit = WHERE_KEPT.exec(text.trim());
  if (!hit) return text;
  const thing = (hit[2] ?? '').trim();
  // "where do we put the heating on" is no thing kept: a bare particle after it is a command's.
  if (/^(it|them|on|off|up|down)\b/i.test(thing)) return text;
  return `${hit[1] ?? ''}where is ${thing}`;
}
