// "which app?", "what app do I look at it on", "which app's that", "which app for them" said after a turn about a
// thing: the app of what the conversation is about. The turn names nothing, so the reading as typed has no subject and
// is declined; here the subject comes from the focus: the one device asked about, else the one device the last answer
// gave, else the kind the last answer listed (every app of that kind), else the one device of the turn before.
import type { Entity } from '../../src-shared/protocol/entities';
import type { Focus } from './ConversationFocus';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentEngine, IntentMatch } from './IntentEngine';
import { tokenize } from './normalizeText';
import { sharedKind } from './sharedKind';

/** Words of a question that asks for an app and names nothing: the app word, pronouns, verbs of looking and running. */
const BARE_APP_WORDS: ReadonlySet<string> = new Set([
  'which', 'what', 'whats', 'app', 'application', 'is', 's', 'it', 'that', 'this', 'them', 'those', 'they', 'for', 'to',
  'see', 'check', 'look', 'watch', 'view', 'at', 'on', 'in', 'do', 'does', 'did', 'i', 'we', 'you', 'use', 'used', 'using',
  'show', 'control', 'run', 'open', 'fix', 'the', 'with', 'from', 'of', 'my', 'our', 'phone', 'then', 'ok', 'okay', 'and',
  'so', 'one', 'can', 'should', 'go', 'need', 'there',
]);
export const APP_INTENTS: ReadonlySet<string> = new Set(['app_for_device', 'apps_for_devices']);

export interface AppAsked {
  match: IntentMatch;
  text: string;
}

/** The app question asked of what the focus is about, when the turn asks for an app and names nothing. */
export async function appOfFocus(engine: IntentEngine, typed: string, focus: Focus, snapshot: HomeSnapshot): Promise<AppAsked | undefined> {
  const keys = tokenize(typed).map((t) => t.key);
  if (!keys.includes('app') || !keys.every((k) => BARE_APP_WORDS.has(k))) return undefined;
  for (const question of questionsOf(focus, snapshot)) {
    const match = await engine.match(question);
    if (match && APP_INTENTS.has(match.intent) && !Object.values(match.slots).some((v) => v.type === 'ambiguous' || v.type === 'missing')) return { match, text: question };
  }
  return undefined;
}

function questionsOf(focus: Focus, snapshot: HomeSnapshot): string[] {
  const ofDevice = (d: Entity): string => `which app controls ${d.name}`;
  const subject = focus.subjects[0];
  if (subject?.entity_type === 'device') return [ofDevice(subject)];
  const listed = focus.listed.filter((e) => e.entity_type === 'device');
  if (listed.length === 1 && listed[0]) return [ofDevice(listed[0])];
  const kindSlot = focus.slots['kind'];
  const kind = kindSlot?.type === 'kind' ? kindSlot.kind : listed.length > 1 ? sharedKind(listed, snapshot) : undefined;
  const place = focus.slots['place'];
  if (kind && !kind.includes?.length) return [`what app do i use for the ${kind.plural}${place?.type === 'entity' ? ` in ${place.entity.name}` : ''}`];
  const earlier = (focus.earlier ?? []).filter((e) => e.entity_type === 'device');
  return earlier.length === 1 && earlier[0] ? [ofDevice(earlier[0])] : [];
}
