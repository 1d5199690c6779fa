// Settings said as a heading, the way people text them: "tutu's lamp little brighter, 60", "make the keiki lamp
// brighter like 40" (a comparative and the number meant, "like" being a filler), "sonos on the lanai volume 15" (a
// thing, the setting's word, the number). Read as the requests the templates know: "make <thing> brighter, 60" and
// "set the volume of <thing> to 15"; "sebule fan speed 3" and "lanai fan to max" are "set <thing> to speed 3 / max". A
// sentence that opens with a question word or another verb is left as typed.
const COMPARATIVES = 'brighter|dimmer|darker|louder|quieter|softer|faster|slower|warmer|cooler|hotter|colder|higher|lower';
const COMPARATIVE = new RegExp(`^(make\\s+)?(.+?)\\s+(?:a\\s+)?(?:(?:little|lil|bit|tad|touch)\\s+)?(${COMPARATIVES})\\s*,?\\s+(?:like\\s+|to\\s+|at\\s+|around\\s+)?(\\d{1,3})\\s*(%?)\\s*(?:pls|please)?[.!]?$`, 'i');
const FIELD = /^(.+?)\s+(volume|brightness)\s+(?:to\s+|at\s+)?(\d{1,3})\s*(%?)\s*(?:pls|please)?[.!]?$/i;
/** "sebule fan speed 3", "lanai fan to max": a fan's speed said as a heading. */
const SPEED = /^(.+?)\s+speed\s+(?:to\s+|at\s+)?(\d)\s*(?:pls|please)?[.!]?$/i;
const TOP = /^(.+?)\s+(?:to|on)\s+(max|maximum|full|full speed|full power)\s*(?:pls|please)?[.!]?$/i;
/** Words that open a question or another request: such a sentence is no heading. */
const OPENERS = /^(what|whats|what's|which|how|is|are|can|could|will|would|does|do|did|why|when|where|who|set|turn|switch|put|dim|raise|lower|increase|decrease|reduce|bump)\b/i;

export function terseSetting(text: string): string | undefined {
  const said = text.trim();
  const top = TOP.exec(said);
  if (top && !OPENERS.test(said)) return `set ${top[1]} to ${top[2]}`;
  if (!/\d/.test(said)) return undefined;
  const comparative = COMPARATIVE.exec(said);
  if (comparative && (comparative[1] || !OPENERS.test(said))) {
    return `make ${comparative[2]} ${comparative[3]}, ${comparative[4]}${comparative[5]}`;
  }
  const field = FIELD.exec(said);
  if (field && !OPENERS.test(said)) return `set the ${field[2]} of ${field[1]} to ${field[3]}${field[4]}`;
  const speed = SPEED.exec(said);
  if (speed && !OPENERS.test(said)) return `set ${speed[1]} to speed ${speed[2]}`;
  return undefined;
}
