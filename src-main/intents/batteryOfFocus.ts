// "battery ok?", "and the battery?", "batt level" right after a question about one device (the front door lock, the
// robot vacuum): its battery. "battery" is also a kind (a home battery), so the turn alone reads as "how is the home
// battery"; in a conversation about a device that reports a battery, the short turn asks about that device's.
import type { Entity } from '../../src-shared/protocol/entities';
import type { Focus } from './ConversationFocus';
import { batteryOf, isBatteryField } from './deviceReadings';
import { stateOf } from './IntentAnswerInput';
import { batteryWordOf } from './batteryWords';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentEngine, IntentMatch } from './IntentEngine';
import { tokenize } from './normalizeText';

const BATTERY_WORDS: ReadonlySet<string> = new Set(['battery', 'batt', 'batterie']);
/** What may stand beside the battery word in such a turn: how it is, its level, a pronoun, a courtesy. */
const AROUND: ReadonlySet<string> = new Set([
  'and', 'the', 'its', 'it', 'ok', 'okay', 'fine', 'good', 'alright', 'level', 'percent', 'percentage', 'left', 'how', 'is',
  's', 'what', 'whats', 'about', 'still', 'on', 'of', 'that', 'this', 'one', 'then', 'too', 'la', 'lah', 'ah', 'now', 'status',
  'low', 'charge', 'at', 'there', 'so', 'backup',
]);

export interface BatteryAsked {
  match: IntentMatch;
  text: string;
}

export async function batteryOfFocus(engine: IntentEngine, typed: string, focus: Focus, snapshot: HomeSnapshot): Promise<BatteryAsked | undefined> {
  const keys = tokenize(typed).map((t) => t.key);
  if (keys.length > 5 || !keys.some((k) => BATTERY_WORDS.has(k)) || !keys.every((k) => BATTERY_WORDS.has(k) || AROUND.has(k))) return undefined;
  const device = deviceInFocus(focus, snapshot);
  if (!device || (batteryOf(device) === undefined && batteryWordOf(device) === undefined && !Object.keys(stateOf(device)).some(isBatteryField))) return undefined;
  const text = `what is the battery of ${device.name}`;
  const match = await engine.match(text);
  if (!match || Object.values(match.slots).some((v) => v.type === 'ambiguous' || v.type === 'missing')) return undefined;
  const about = Object.values(match.slots).some((v) => v.type === 'entity' && v.entity.id === device.id);
  return about ? { match, text } : undefined;
}

/** The one device the conversation is about: the subject, else the one device the last answer gave. */
function deviceInFocus(focus: Focus, snapshot: HomeSnapshot): Entity | undefined {
  const subject = focus.subjects[0];
  const listed = focus.listed.filter((e) => e.entity_type === 'device');
  const one = subject?.entity_type === 'device' ? subject : listed.length === 1 ? listed[0] : undefined;
  return one ? (snapshot.byId.get(one.id) ?? one) : undefined;
}
