// Slot-parse rules for questions about a reading (issue 12): "are the bedroom blinds down" (a kind's open state),
// "how bright is the ceiling light" / "how much food is left in the feeder" (a field of the device named), "is anyone
// in the hallway" / "any carbon monoxide?" / "is there a leak under the sink" (the one device whose state has the field
// the words ask about), "how cold is it outside" / "what's the air like in the salon" / "what's the co2" (the readings
// of a place). Only questions: a request ("turn the blinds up") is never read as one.
import type { Entity } from '../../src-shared/protocol/entities';
import { CUES, has } from './cueWords';
import { capabilitiesOf } from './deviceKinds';
import { openStateOf } from './deviceReadings';
import { askedFields, devicesAskedAbout } from './fieldMeanings';
import { devicesWithin, type HomeSnapshot } from './HomeIndex';
import type { Mention } from './mentions';
import type { Token } from './normalizeText';
import type { SlotValue } from './SlotResolver';
import { quantityAsked } from './stateQuantities';

type Add = (intent: string, slots: Record<string, SlotValue | undefined>, confidence: number, rule: string) => void;

export interface ReadingContext {
  snapshot: HomeSnapshot;
  tokens: readonly Token[];
  /** Word keys outside the mentions. */
  keys: ReadonlySet<string>;
  place?: Mention;
  placeSlot?: SlotValue;
  thing?: SlotValue;
  kindMention?: Mention;
  kindSlot?: SlotValue;
  useDevice: boolean;
}

const ASKING = new Set(['is', 'are', 'was', 'were', 'any', 'how', 'what', 'which', 'doe', 'do', 'does', 'has', 'have']);
/** "how cold is it outside": temperature words that ask about a place's reading, not a device's setting. */
const FEEL = ['cold', 'hot', 'warm', 'chilly', 'freezing', 'humid'];
/** "what's the air like", "the co2", "pm2.5": air quality. */
const AIR = ['air', 'co2', 'pm25', 'pm2', 'voc', 'pollution'];
/** The two words that say a blind's position. */
const UP_DOWN = ['up', 'down'];

export function readingRoutes(x: ReadingContext, add: Add): void {
  const first = x.tokens[0]?.key ?? '';
  if (!ASKING.has(first)) return;
  const { keys } = x;
  const last = x.tokens[x.tokens.length - 1]?.key ?? '';
  const device = x.thing?.type === 'entity' && x.thing.entity.entity_type === 'device' ? x.thing.entity : undefined;
  // "are the living room blinds up": up is open, down closed, for what opens (a position or open/close capability).
  const upDown = UP_DOWN.includes(last) && (device ? opens(device) : x.kindMention?.kind !== undefined && kindOpens(x));
  if ((has(keys, ...CUES.open) || upDown) && x.kindSlot && !x.useDevice) add('state_open', { kind: x.kindSlot, place: x.placeSlot }, 0.82, 'kind+open');
  else if (upDown && x.thing) add('state_open', { device: x.thing }, 0.82, 'device+up-down');
  const words = [...keys];
  // "how bright is the ceiling light", "how much food is left in the feeder": the field the words name on that device.
  // Temperatures and settings keep their own answer (setpoint: what it reads and what it is set to).
  const temperature = has(keys, ...CUES.setpoint, ...CUES.reading);
  if (device && !upDown && !temperature && !has(keys, ...CUES.locked, ...CUES.open, 'on', 'off') && askedFields(device, words).length > 0) {
    add('device_state', { device: x.thing }, 0.84, 'device+field');
    return;
  }
  if (x.thing || (x.kindMention && !x.place)) return;
  // "is anyone in the hallway", "any carbon monoxide?": the one device (there) whose state has the field asked about.
  const at = x.place?.entities.place?.[0];
  const scope = at && at.entity_type !== 'home' ? devicesWithin(x.snapshot, at) : x.snapshot.devices;
  const reporting = devicesAskedAbout(scope, words);
  const [one] = reporting;
  // A quantity ("what's the co2", "how cold is it") is the place's readings, so "and in zosia's room?" can follow.
  const feels = has(keys, ...FEEL) && (has(keys, 'how') || has(keys, 'it'));
  if (reporting.length === 1 && one && !x.kindMention && !feels && !has(keys, ...AIR)) {
    add('device_state', { device: { type: 'entity', text: one.device.name, entity: one.device, how: 'synonym' } }, 0.85, 'asked-field');
    return;
  }
  // "how cold is it outside", "what's the air like in the living room", "whats the co2".
  if (!x.kindMention && (feels || has(keys, ...AIR))) {
    add('readings', { quantity: { type: 'text', text: has(keys, ...AIR) ? 'air_quality' : quantityAsked(keys) }, place: x.placeSlot }, 0.82, 'reading+feel');
  }
}

function opens(device: Entity): boolean {
  const caps = capabilitiesOf(device);
  return caps.includes('open_close') || caps.includes('position') || openStateOf(device) !== undefined;
}

/** A kind whose devices here open and close (blinds, shutters, covers). */
function kindOpens(x: ReadingContext): boolean {
  const kind = x.kindMention?.kind;
  if (!kind) return false;
  return ['blind', 'shutter', 'curtain', 'awning', 'cover', 'garage_door', 'gate', 'window'].some((id) => kind.id.includes(id));
}
