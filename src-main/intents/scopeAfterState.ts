// "which lights are on upstairs", "anything left open downstairs": a place said as an adverb right after a state word
// is the scope of the question, not the thing that is "on". Templates read scope after "in", so the question is
// read as "… on in upstairs". Only questions: "lights on upstairs" said as a command stays a command.
const QUESTION_LEAD = /^\s*(which|what|whats|what's|are|is|any|anything|how|do|does|have)\b/i;
const STATE_THEN_PLACE = /\b(on|off|open|closed|locked|unlocked|running)\s+(upstairs|downstairs|outside|outdoors|inside|indoors)\b/i;

export function scopeAfterState(text: string): string {
  if (!QUESTION_LEAD.test(text)) return text;
  return text.replace(STATE_THEN_PLACE, (_m, state: string, place: string) => `${state} in ${place}`);
}
