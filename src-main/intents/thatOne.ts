// "turn that one up to 21", "is this one on": "that one" said of the thing just talked about is "it". Read as words of
// a name, "one" found nothing and the command went to another device of the place (the TV, at 21 %): a wrong
// proposal. Only "that one"/"this one" with no word after "one" that makes it a name ("that one's", "this one light").
const THAT_ONE = /\b(?:that|this)\s+one\b(?!['’]|\s+(?:of|in|on the|with)\b)/i;

/** The sentence with "that one" as "it"; unchanged when there is none or a reply picks "that one" alone. */
export function thatOneAsIt(text: string): string {
  if (!THAT_ONE.test(text) || text.trim().split(/\s+/).length < 3) return text;
  return text.replace(THAT_ONE, 'it');
}
