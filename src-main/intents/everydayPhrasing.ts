// British and everyday ways of asking what there is, said the way the templates and cue words read them:
// "what locks have we got" is "what locks do we have", "we've got a fan?" is "we have a fan?". Only the possession
// phrase (and "putting out" for output, "lamp off by the sofa" for "turn off the lamp by the sofa") is rewritten; names
// and other words stay as typed.
const REWRITES: ReadonlyArray<[RegExp, string]> = [
  // "what've we got out by the pool": the contraction said in full first.
  [/\b(what|which|where|who|how many|how much)'ve\b/gi, '$1 have'],
  [/\bhave (we|i|you) got\b/gi, 'do $1 have'],
  [/\b(we|i|you)(?:'ve| have) got\b/gi, '$1 have'],
  [/\bhas (it|he|she|the house|the home) got\b/gi, 'does $1 have'],
  // "how much heat is the heat pump putting out": its output (`heat_output_kw`).
  [/\b(?:putting|pumping|giving|kicking) out\b/gi, 'output'],
  // "what keeps an eye on the smoke alarms", "what watches over the sensors", "keeps watch over": what monitors them.
  [/\b(?:keeps?|keeping) (?:an |a close )?eyes? on\b|\b(?:keeps?|keeping) watch (?:over|on)\b|\bwatch(?:es)? over\b/gi, 'monitors'],
  // "last time someone rang the doorbell": a when question said without "when".
  [/^(?:the\s+)?last time\s+(?=\p{L})/iu, 'when was the last time '],
  // "lamp off by the sofa", "fan on in the lounge": a command said thing first, where it is after; never a question,
  // and never a quantifier ("anything on in the kitchen" asks what is on).
  [/^(?!(?:is|are|was|were|which|what|whats|how|why|when|where|who|do|does|did|can|could|should|has|have|any\w*|every\w*|some\w*|nothing|all)\b)(?:the\s+|my\s+)?(\p{L}[\p{L}'-]*(?:\s+\p{L}[\p{L}'-]*)?)\s+(on|off)\s+((?:by|next to|near|beside|in)\s+\S[^?]*)$/iu, 'turn $2 the $1 $3'],
  // "why does it turn on by itself at night", "the fan comes on on its own": something run without anyone, i.e. an
  // automation or schedule runs it (said as the cue word), never a word the home does not use.
  [/\b((?:turn|come|switch|go|start|kick)(?:s|ed|ing)?\s+(?:on|off))\s+(?:all\s+)?(?:by\s+(?:itself|themselves|himself|herself)|on\s+(?:its|their|his|her)\s+own)\b/gi, '$1 automatically'],
  // "set the house to 70", "turn the heat down to 65", "bump up the heat to 72": the home's heating, said as a whole,
  // is set on its thermostat (a number follows, so "is the heat on" or "the house lights" are never read so).
  [/\b(set|turn|put|bump|crank|keep)\s+(up\s+|down\s+)?(?:the\s+)?(?:house|home|heat)\s+(up\s+|down\s+)?(to|at)\s+(?=\d)/gi, 'set the thermostat to '],
];

export function everydayPhrasing(text: string): string {
  let out = text.replace(/[’‘`]/g, "'");
  for (const [pattern, said] of REWRITES) out = out.replace(pattern, said);
  return out === text.replace(/[’‘`]/g, "'") ? text : out;
}
