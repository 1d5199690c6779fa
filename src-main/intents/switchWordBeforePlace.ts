// "turn the lamp off in the living room", "put the radio on in the kitchen": a command that says on or off between its
// thing and the place is the thing in that place ("turn off the lamp in the living room"). The control templates read
// on/off before or after a whole target; said in the middle, the target was "lamp off in the living room" and the
// command was declined.
const MIDDLE = /^((?:please\s+)?(?:turn|switch|put|power|shut)\s+)(.+?)\s+(on|off)\s+((?:in|at|on|from|of)\s+(?:the\s+|my\s+|our\s+)?[^\d\s].*?)([?!.]*)$/i;

/** The command with on/off said before its thing and place; undefined when it is not said between them. */
export function switchWordBeforePlace(said: string): string | undefined {
  if (!/\s(on|off)\s/i.test(said)) return undefined;
  const found = MIDDLE.exec(said.trim());
  // "turn the water back on at the main valve": "back on" is one phrase of the verb (so are "right off", "on again").
  if (!found || /\b(on|off)\b/i.test(found[2] ?? '') || /\s(back|right|again)$/i.test(found[2] ?? '')) return undefined;
  return `${found[1]}${found[3]} ${found[2]} ${found[4]}${found[5] ?? ''}`;
}
