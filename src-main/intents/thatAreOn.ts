// "turn off all lights that are on" (Norwegian "skru av alt lys som e på") proposed one light: the "that are on" of
// a command to turn them off says nothing the command does not (what is off stays off), so it is left out and the
// command is over them all. Only the state opposite to the command's goes; "turn on the lights that are on" stays.
// A place may follow the clause ("turn off the lights that are on upstairs", "the fans that are still running in the
// kitchen"): read as the kind there. It was read as a "close" of something named "are" (a wrong none).
const SHAPE = /^((?:please |pls )?(?:turn|switch|shut) (off|on) )(?:all (?:of )?(?:the )?|every |the )?(.+?) (?:that|which) (?:are|is) (?:still )?(on|off|running|lit)\b[\s,]*(?:everywhere|overalt)?((?: (?:(?:in|on|at) (?:the )?)?[\p{L}'’-]+){0,3}?)\s*([?.!]?)$/iu;
/** The state a relative clause says, as on or off. */
const STATE: Record<string, string> = { on: 'on', off: 'off', running: 'on', lit: 'on' };

/** The command with its redundant "that are on/off" left out (unchanged otherwise). */
export function withoutThatAreOn(text: string): string {
  const shape = SHAPE.exec(text.trim());
  if (!shape) return text;
  const [, command = '', direction = '', thing = '', state = '', place = '', end = ''] = shape;
  if (direction.toLowerCase() === STATE[state.toLowerCase()]) return text;
  return `${command}all ${thing}${place}${end}`;
}
