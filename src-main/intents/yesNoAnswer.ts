// "is the garage open?" asks yes or no: the answer starts with it ("No — Garage door is closed."), as a person would
// say it. The language layer reads every language's state question as "is <thing> <state word>" (readInEnglish.ts),
// so the English words of the match carry the asked polarity. A wrong "No" is a wrong none, so the lead is only said
// when the question is a yes/no question, asks one side of one state, and the device's reading is one of its two sides.
import type { Entity } from '../../src-shared/protocol/entities';
import type { IntentMatch } from './IntentEngine';
import { alarmStateOf } from './alarmControl';
import { onOffOf } from './answerStateGroups';
import { lockStateOf, openStateOf, powerStateOf } from './deviceReadings';
import { tokenize } from './normalizeText';

/** The state a question can ask yes or no about. */
export type StateAxis = 'power' | 'open' | 'lock' | 'arm' | 'sounding';

/** What a device may be doing, asked as "is the pump running", "is the robot cleaning": a job, not only power. */
const ACTIVITIES = new Set(['running', 'playing', 'cleaning', 'vacuuming', 'mowing', 'washing', 'drying']);
/** Readings of a device not doing its job: idle, paused, back on its dock. */
const NOT_DOING = /^(off|idle|paused|stopped|standby|docked|charging)$/;
/** Readings of a detector at rest, and sounding. */
const AT_REST = /^(normal|clear|ok|idle|no smoke|safe)$/;
const SOUNDING = /^(alarm|alarming|triggered|detected|smoke|beeping|ringing|sounding)$/;

/** Words that ask one side of a state (normalised keys): true is on/open/locked/armed, false the other side. */
const SIDES: Record<StateAxis, Record<string, boolean>> = {
  power: { on: true, lit: true, powered: true, active: true, off: false, ...Object.fromEntries([...ACTIVITIES].map((w) => [w, true])) },
  open: { open: true, opened: true, ajar: true, up: true, closed: false, shut: false, down: false },
  lock: { locked: true, secure: true, secured: true, unlocked: false, unsecured: false },
  arm: { armed: true, set: true, on: true, active: true, disarmed: false, off: false },
  // "is the smoke alarm going off" (its "off" after a verb of going), "beeping", "triggered": a detector sounding.
  sounding: { off: true, beeping: true, ringing: true, sounding: true, triggered: true },
};

/** Words that open a yes/no question ("is …", "are …", "any lights on …", "does it …"). */
const YES_NO_OPENERS = new Set(['is', 'are', 'was', 'were', 'do', 'doe', 'does', 'did', 'has', 'have', 'any']);
/** "check if", "tell me whether": a yes/no question asked as a request. */
const EMBEDDED = new Set(['if', 'whether']);
/** Words before the question that leave it a question ("and is …", "ok so are …"). */
const LEAD_INS = new Set(['and', 'so', 'ok', 'okay', 'hey', 'oh', 'but', 'also', 'then', 'now', 'quick', 'quickly']);
/** A negated question ("isn't it locked", "is it not on") is answered by its reading: yes or no would be ambiguous. */
const NEGATIONS = new Set(['not', 'no', 'never', 'isn', 'aren', 'wasn', 'weren', 'doesn', 'don', 'didn', 'nt', "n't", 't']);
/**
 * "on"/"off" are also prepositions ("is the tv on netflix", "on mute"): they ask the state only at the end of the
 * question or before where and when ("on in the kitchen", "on outside", "on still").
 */
const AFTER_PARTICLE = new Set(['in', 'at', 'inside', 'outside', 'upstairs', 'downstairs', 'now', 'still', 'right', 'there',
  'here', 'yet', 'already', 'again', 'anymore', 'currently', 'today', 'tonight', 'anywhere', 'somewhere', 'or', 'too', 'as', 'please']);
/** Words that are prepositions too. */
const PARTICLES = new Set(['on', 'off', 'up', 'down']);
/** "the smoke alarm is going off" sounds; it is not switched off. */
const GO_OFF = new Set(['go', 'going', 'gone', 'went', 'goes']);

/** The side of `axis` the question asks, when it is a yes/no question about one side of it. */
export function askedSide(match: IntentMatch, axis: StateAxis): boolean | undefined {
  const words = match.words;
  const start = words.findIndex((w) => !LEAD_INS.has(w));
  const opens = start >= 0 && YES_NO_OPENERS.has(words[start] ?? '');
  if (!opens && !words.some((w) => EMBEDDED.has(w))) return undefined;
  if (words.some((w) => NEGATIONS.has(w))) return undefined;
  // A state word inside the name asked about ("Open space light") asks nothing.
  const named = new Set(Object.values(match.slots).flatMap((s) => (s.type === 'entity' ? tokenize(s.entity.name).map((t) => t.key) : [])));
  const sides = new Set<boolean>();
  words.forEach((w, i) => {
    const side = SIDES[axis][w];
    if (side === undefined || named.has(w)) return;
    // "on netflix", "washing machine": a particle or a job word before a name asks no state.
    if ((PARTICLES.has(w) || ACTIVITIES.has(w)) && i + 1 < words.length && !AFTER_PARTICLE.has(words[i + 1] ?? '')) return;
    if (w === 'off' && GO_OFF.has(words[i - 1] ?? '') !== (axis === 'sounding')) return;
    sides.add(side);
  });
  // "is the light on or off" asks both sides: no yes or no answers it.
  return sides.size === 1 ? [...sides][0] : undefined;
}

/** Which side of `axis` the device reads, when its reading is plainly one side; undefined when unknown or in between. */
export function deviceSide(device: Entity, axis: StateAxis, asked: boolean, match: IntentMatch): boolean | undefined {
  if (axis === 'arm') {
    const mode = alarmStateOf(device);
    return mode === undefined ? undefined : mode.startsWith('disarm') ? false : mode.startsWith('armed') ? true : undefined;
  }
  if (axis === 'sounding') {
    const doing = powerStateOf(device)?.trim().toLowerCase();
    return doing === undefined ? undefined : AT_REST.test(doing) ? false : SOUNDING.test(doing) ? true : undefined;
  }
  if (axis === 'lock') return sideOf(lockStateOf(device), ['locked'], ['unlocked']);
  if (axis === 'open') return openAsOn(device);
  const power = powerStateOf(device)?.trim().toLowerCase();
  // "is the pump running" / "is the speaker playing": asked of what it does; idle, paused or docked is not doing it.
  const activity = match.words.find((w) => ACTIVITIES.has(w));
  if (activity && asked) {
    if (power === activity || (activity === 'running' && power === 'on')) return true;
    if (power === `not ${activity}` || (power !== undefined && NOT_DOING.test(power))) return false;
    return undefined;
  }
  // The side is read from the word the answer says ("is idle" leads with no yes, though its `on` flag is set).
  const said = power?.startsWith('on (') ? 'on' : power === 'playing' || power === 'running' ? 'on' : power === 'not playing' || power === 'not running' ? 'off' : power;
  return sideOf(said ?? onOffOf(device), ['on'], ['off']);
}

function sideOf(value: string | undefined, yes: readonly string[], no: readonly string[]): boolean | undefined {
  const v = value?.trim().toLowerCase();
  if (v === undefined) return undefined;
  return yes.includes(v) ? true : no.includes(v) ? false : undefined;
}

/** "Yes — " / "No — " before a state sentence about `device`, or nothing when the question or the reading is unsure. */
export function yesNoLead(match: IntentMatch, device: Entity, axis: StateAxis): string {
  const asked = askedSide(match, axis);
  if (asked === undefined) return '';
  return leadOf(asked, deviceSide(device, axis, asked, match));
}

/** The lead for a side asked and a side read. */
export function leadOf(asked: boolean | undefined, reads: boolean | undefined): string {
  if (asked === undefined || reads === undefined) return '';
  return reads === asked ? 'Yes — ' : 'No — ';
}

/** A valve's open/closed as the on/off side ("is the water on": open is on). */
export function openAsOn(device: Entity): boolean | undefined {
  return sideOf(openStateOf(device), ['open', 'opened'], ['closed', 'shut']);
}

/**
 * "is the alarm armed" answered with the device's whole state: "No — Alarm hub is disarmed. " leads it, from the first
 * state the question asks yes or no about, or nothing.
 */
export function yesNoSentence(match: IntentMatch, device: Entity): string {
  const said: Record<StateAxis, () => string | undefined> = {
    arm: () => alarmStateOf(device), sounding: () => powerStateOf(device), lock: () => lockStateOf(device), open: () => openStateOf(device), power: () => powerStateOf(device),
  };
  for (const axis of ['arm', 'sounding', 'lock', 'open', 'power'] as const) {
    const lead = yesNoLead(match, device, axis);
    if (lead) return `${lead}${device.name} is ${said[axis]() ?? ''}. `;
  }
  return '';
}
