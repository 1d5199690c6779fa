// "turn off all lights that are on" (Norwegian "skru av alt lys som e på") proposed one light: the "that are on" of
// a command to turn them off says nothing the command does not (what is off stays off), so it is left out and the
// command is over them all. Only the state opposite to the command's goes; "turn on the lights that are on" stays.
const SHAPE = /^((?:please |pls )?(?:turn|switch|shut) (off|on) )(?:all (?:of )?(?:the )?|every |the )?(.+?) (?:that|which) (?:are|is) (?:still )?(on|off)\b[\s,]*(?:everywhere|overalt)?\s*([?.!]?)$/i;

/** The command with its redundant "that are on/off" left out (unchanged otherwise). */
export function withoutThatAreOn(text: string): string {
  const shape = SHAPE.exec(text.trim());
  if (!shape) return text;
  const [, command = '', direction = '', thing = '', state = '', end = ''] = shape;
  if (direction.toLowerCase() === state.toLowerCase()) return text;
  return `${command}all ${thing}${end}`;
}
