// Settings said as a heading, the way people text them: "tutu's lamp little brighter, 60", "make the keiki lamp
// brighter like 40" (a comparative and the number meant, "like" being a filler), "sonos on the lanai volume 15" (a
// thing, the setting's word, the number). Read as the requests the templates know: "make <thing> brighter, 60" and
// "set the volume of <thing> to 15"; "sebule fan speed 3" and "lanai fan to max" are "set <thing> to speed 3 / max". A
// sentence that opens with a question word or another verb is left as typed. "box rm heater 22", "hall lt on 20%": a
// device's whole name and the number it is to be set to are "set <thing> to 22".
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';

const COMPARATIVES = 'brighter|dimmer|darker|louder|quieter|softer|faster|slower|warmer|cooler|hotter|colder|higher|lower';
const COMPARATIVE = new RegExp(`^(make\\s+)?(.+?)\\s+(?:a\\s+)?(?:(?:little|lil|bit|tad|touch)\\s+)?(${COMPARATIVES})\\s*,?\\s+(?:like\\s+|to\\s+|at\\s+|around\\s+)?(\\d{1,3})\\s*(%?)\\s*(?:pls|please)?[.!]?$`, 'i');
const FIELD = /^(.+?)\s+(volume|vol|brightness)\s+(?:to\s+|at\s+)?(\d{1,3})\s*(%?)\s*(?:pls|please)?[.!]?$/i;
/** "sebule fan speed 3", "lanai fan to max": a fan's speed said as a heading. */
const SPEED = /^(.+?)\s+speed\s+(?:to\s+|at\s+)?(\d)\s*(?:pls|please)?[.!]?$/i;
/** "box rm heater 22", "hall lt on 20%", "dehum target 50": a thing and the number it is to be set to, as a heading.
 * A bare number counts from 10 up (a room or a model is numbered lower: "room 3", "hue 2"); with a unit, any. */
const VALUE = /^(.+?)\s+(?:(?:on|at|target|setpoint|setpt)\s+)?(\d{1,3}(?:\.\d)?)\s*(%|°c?|°f?|c|degrees|deg)?\s*(?:pls|please)?[.!]?$/i;
/** Words a thing's name never ends with before its number: the number is then part of the name ("room 12", "model 30"),
 * when a name of the home has that number in it ("aircond master room 22": no name says 22, so 22 is the setting). */
const NUMBERED = /\b(room|rm|bedroom|flat|floor|level|zone|no|number|model|series|gen|channel|ch|button|plug|outlet|line|bay|unit|apartment|apt|suite|house|lot|page|step|mode|program|programme|preset|scene)$/i;
/** The heading's thing is a device's whole name here ("box room heater", "hall thermostat"), "the" or "my" aside. */
function namesDevice(snapshot: HomeSnapshot, thing: string): boolean {
  const key = phraseKey(thing.replace(/^(the|my|our)\s+/i, ''));
  return (snapshot.phrases.get(key) ?? []).some((e) => e.entity_type === 'device');
}

/** A thing said as a heading has no verb or question word in it, and no "to" before its number (a sentence's). */
const NOT_HEADING = /\b(what|whats|what's|which|how|is|are|can|could|will|would|does|do|did|why|when|where|who|set|turn|switch|put|dim|raise|lower|increase|decrease|reduce|bump|make|pit|stick|keep|leave|change|adjust|to|by|from|was|were|it|its|it's)\b|[,;?]/i;
const TOP = /^(.+?)\s+(?:to|on)\s+(max|maximum|full|full speed|full power)\s*(?:pls|please)?[.!]?$/i;
/** Words that open a question or another request: such a sentence is no heading. */
const OPENERS = /^(what|whats|what's|which|how|is|are|can|could|will|would|does|do|did|why|when|where|who|set|turn|switch|put|dim|raise|lower|increase|decrease|reduce|bump)\b/i;

export function terseSetting(text: string, snapshot?: HomeSnapshot): string | undefined {
  const said = text.trim();
  const top = TOP.exec(said);
  if (top && !OPENERS.test(said)) return `set ${top[1]} to ${top[2]}`;
  if (!/\d/.test(said)) return undefined;
  const comparative = COMPARATIVE.exec(said);
  if (comparative && (comparative[1] || !OPENERS.test(said))) {
    return `make ${comparative[2]} ${comparative[3]}, ${comparative[4]}${comparative[5]}`;
  }
  const field = FIELD.exec(said);
  // "speaker vol to 60": "vol" is the volume.
  if (field && !OPENERS.test(said)) return `set the ${field[2]?.toLowerCase() === 'vol' ? 'volume' : field[2]} of ${field[1]} to ${field[3]}${field[4]}`;
  const speed = SPEED.exec(said);
  if (speed && !OPENERS.test(said)) return `set ${speed[1]} to speed ${speed[2]}`;
  const value = VALUE.exec(said);
  if (value?.[1] && value[2] && snapshot && namesDevice(snapshot, value[1]) && !NOT_HEADING.test(value[1]) && !(NUMBERED.test(value[1]) && snapshot.deviceNameKeys.has(value[2])) && (value[3] || Number(value[2]) >= 10)) {
    const unit = value[3] === '%' ? '%' : '';
    return `set ${value[1]} to ${value[2]}${unit}`;
  }
  return undefined;
}
