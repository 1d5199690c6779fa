// Cue words read by their place in the question: who controls what ("what turns on the dryer"), a passive "controlled
// by", a way to a room ("get to the loft"), and the content words a search looks for. Used by SlotIntentParser.ts.
import { ALL_CUES, CUES } from './cueWords';
import { STOP_WORDS } from './mentions';
import type { Token } from './normalizeText';
import type { SlotValue } from './SlotResolver';

/** "what turns on the hallway light" / "does anything control the dryer": the device comes after the verb. */
export function controlsWho(tokens: readonly Token[], thing: SlotValue): boolean {
  const verbAt = tokens.findIndex((t) => CUES.controls.includes(t.key) && t.key !== 'do' && t.key !== 'doe');
  const words = thing.type === 'entity' ? thing.text.toLowerCase().split(/\s+/) : [];
  const deviceAt = tokens.findIndex((t) => words.includes(t.text));
  const before = tokens.slice(0, verbAt);
  return verbAt >= 0 && deviceAt > verbAt && !before.some((t) => t.key === 'doe' || t.key === 'does') && !personDoingIt(before) && !switchedBidding(tokens, verbAt);
}

/** "can i run the generator in the porch": a person doing it, no "what" asked, asks how or whether, never what controls it. */
const PERSONS = new Set(['i', 'we', 'you', 'u']);

function personDoingIt(before: readonly Token[]): boolean {
  return before.some((t) => PERSONS.has(t.key)) && !before.some((t) => ASKING_SUBJECTS.has(t.key));
}

/** Words before "turn off X" that make it ask who does it ("what turns off", "does anything turn on"). */
const ASKING_SUBJECTS = new Set(['what', 'which', 'who', 'anything', 'something', 'whatever', 'device', 'sensor', 'automation', 'routine', 'app']);

/**
 * "k turn off the space heater", "yo turn on the fan": the bare verb "turn" with on/off after it and no one before it
 * who could do the turning is a command; an opener the engine does not read ("k", "yo") left it to the slot parse,
 * which took it for "what turns off the space heater" and answered who controls the heater instead.
 */
function switchedBidding(tokens: readonly Token[], verbAt: number): boolean {
  const verb = tokens[verbAt];
  const next = tokens[verbAt + 1]?.key;
  if (verb?.text !== 'turn' || (next !== 'on' && next !== 'off')) return false;
  return !tokens.slice(0, verbAt).some((t) => ASKING_SUBJECTS.has(t.key));
}

/** "is the dryer controlled by anything": a passive control verb followed by "by". */
export function controlledBy(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => /^(controlled|managed|operated|triggered|automated|run)$/.test(t.key) && tokens[i + 1]?.key === 'by');
}

export function connectCue(tokens: readonly Token[]): boolean {
  // "get to", "get into", "get onto", "get out of" a room: the way there; "get the manual" is no route.
  return tokens.some((t, i) => CUES.connect.includes(t.key) && (t.key !== 'get' || ['to', 'into', 'onto', 'out'].includes(tokens[i + 1]?.key ?? '')));
}

/** The words a search should look for: not stop words, not cue words. */
export function contentWords(tokens: readonly Token[]): string {
  return tokens.filter((t) => !STOP_WORDS.has(t.key) && (!ALL_CUES.has(t.key) || SEARCHABLE_CUES.has(t.key)) && t.key.length > 1).map((t) => t.text).join(' ');
}

/** Cue words that are also what a note would say ("service", "password", "contact"). */
const SEARCHABLE_CUES = new Set([...CUES.service, ...CUES.secret, 'warranty', 'expiry']);
