// "what's in the braai area" then "switch the lights on": a command over a kind that names no place, in a conversation
// about one place, means the devices of that kind there, not every one in the home. Said with "all" or "everywhere"
// it stays the whole home's; a place with none of the kind leaves the command as typed.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { devicesWithin } from './placeClaims';
import type { IntentEngine, IntentMatch } from './IntentEngine';
import { placeOfFocus, type Focus } from './ConversationFocus';
import { kindForPhrase, kindsNamedIn, phraseKey } from './deviceKinds';
import { candidatesAble } from './ambiguousReads';
import { kinOfHead } from './headWordKin';
import { sayingsOf } from './commandSayings';

/** Words that ask for the whole home, whatever the conversation was about. */
const WHOLE_HOME = /\b(all|every|everything|everywhere|whole|house|home|each)\b/i;

/** A last word of politeness or tone ("pls", "please", "thx"). */
const TRAILING_POLITE = /\s+(pls|plz|please|thx|thanks|ty)$/i;

/** The place the conversation is about: a room or zone asked of, or the place slot of the last question. */
export function placeTalkedAbout(focus: Focus): Entity | undefined {
  const subject = focus.subjects[0];
  if (subject && (subject.entity_type === 'room' || subject.entity_type === 'zone')) return subject;
  const slot = focus.slots['place'] ?? focus.slots['room'];
  const place = slot?.type === 'entity' ? slot.entity : slot?.type === 'group' ? slot.place : undefined;
  return place && (place.entity_type === 'room' || place.entity_type === 'zone') ? place : undefined;
}

/** The command narrowed to the conversation's place, or undefined when it names a place, asks for all, or none fit. */
export async function commandInFocusPlace(engine: IntentEngine, text: string, own: IntentMatch | undefined, focus: Focus, snapshot: HomeSnapshot): Promise<{ match: IntentMatch; text: string } | undefined> {
  const target = own?.slots['target'];
  if (!own || own.category !== 'control' || target?.type !== 'group' || !target.kind || target.devices || WHOLE_HOME.test(text)) return undefined;
  if (target.place && target.place.entity_type !== 'home') return undefined;
  const place = placeTalkedAbout(focus);
  if (!place) return undefined;
  // "lights off pls": the place goes before a last word of politeness ("lights off in Camelback pls"), where the
  // command still reads as one.
  const bare = text.replace(/[?!.\s]+$/, '');
  const polite = TRAILING_POLITE.exec(bare);
  const reading = polite ? `${bare.slice(0, polite.index)} in ${place.name}${polite[0]}` : `${bare} in ${place.name}`;
  const match = await engine.match(reading);
  const narrowed = match?.slots['target'];
  if (!match || match.intent !== own.intent || narrowed?.type !== 'group' || narrowed.place?.id !== place.id) return undefined;
  const there = new Set(devicesWithin(snapshot, place).map((d) => d.id));
  const ofKind = [...(snapshot.kindsOfDevice.entries())].some(([id, kinds]) => there.has(id) && narrowed.kind !== undefined && kinds.has(narrowed.kind.id));
  return ofKind ? { match, text: reading } : undefined;
}

/** Switching only: a lock, door, valve, alarm or setpoint is never picked from where the talk was. */
const POWER_AND_LEVEL = new Set(['turn_on', 'turn_off', 'set_level']);
/** Questions whether a device is on, or how it is ("el abanico en qué velocidad está" right after what is in Mateo's
 *  room): asked of a kind with several, the one where the talk is. Read-only: nothing is acted on from where the talk was. */
const READ_IN_PLACE = new Set(['state_on', 'device_state']);
/** "y bajá la persiana" in the living: opening or closing a blind is everyday too (a door or gate never is). */
const COVER_MOVES = new Set(['open', 'close']);
const COVER_KIND = 'blind';

/**
 * "zima tv" while talking about the sebule's decoder, where the home's TVs are asked back: the one candidate in the
 * place the conversation is about, never the subject itself when it is none of the candidates.
 */
export function candidateInFocusPlace(own: IntentMatch | undefined, focus: Focus, snapshot: HomeSnapshot): IntentMatch | undefined {
  // "tv acik mi" after two commands in the salon: a question whether it is on reads the one there too (read-only).
  const slotName = own && READ_IN_PLACE.has(own.intent) ? 'device' : 'target';
  const target = own?.slots[slotName];
  if (!own || (own.category !== 'control' && slotName === 'target') || target?.type !== 'ambiguous') return undefined;
  const covers = COVER_MOVES.has(own.intent) && target.candidates.every((c) => snapshot.kindsOfDevice.get(c.id)?.has(COVER_KIND));
  if (!POWER_AND_LEVEL.has(own.intent) && !covers && slotName === 'target') return undefined;
  const place = placeOfFocus(focus, snapshot);
  if (!place) return undefined;
  const placed = devicesWithin(snapshot, place);
  const there = new Set(placed.map((d) => d.id));
  // "is the alarm on?" after the caravan: the caravan's CO alarm keeps no on/off, the alarm panel elsewhere is armed or
  // not; a read question goes to a candidate there only when it can answer it (ambiguousReads.ts).
  const pool = slotName === 'device' ? candidatesAble(own, target.candidates) : target.candidates;
  const inPlace = pool.filter((c) => there.has(c.id));
  const [one] = inPlace;
  // The candidates may be only the first few ("the light" offers six of the home's 24 lights, Room 6's fairy lights
  // among them but not its own light): when the place holds a device of the kind said besides the one offered there,
  // none is picked and the engine asks (sheffield sf043 proposed the fairy lights).
  const head = phraseKey(target.text.replace(/^(?:the|my|our|your)\s+/i, ''));
  const kind = kindForPhrase(head);
  // A lamp said is a lamp: the place's ceiling light ("Solas Nana" beside "Lampa Nana") is no other lamp there (headWordKin.ts).
  const kin = kinOfHead(head);
  const saysHead = (d: Entity): boolean => kin.length < 2 || sayingsOf(snapshot, d).words.some((w) => kin.includes(w));
  if (kind && placed.some((d) => d.id !== one?.id && snapshot.kindsOfDevice.get(d.id)?.has(kind.id) && saysHead(d))) return undefined;
  return inPlace.length === 1 && one ? { ...own, slots: { ...own.slots, [slotName]: { type: 'entity', text: target.text, entity: one, how: 'synonym' } } } : undefined;
}

/**
 * "turn on the stove blower" then "and the lights": a command's fragment that names only a kind (no device, no place)
 * means that kind where the last commanded device is, when there is one there ("the lights in Shop"); undefined when
 * the fragment names a thing or asks for all, or the place has none of the kind.
 */
export function kindFragmentInPlace(fragment: string, focus: Focus, snapshot: HomeSnapshot): string | undefined {
  if (WHOLE_HOME.test(fragment)) return undefined;
  const place = placeOfFocus(focus, snapshot);
  if (!place || place.entity_type === 'home') return undefined;
  const bare = fragment.replace(/^(?:the|my|our)\s+/i, '').trim();
  const key = phraseKey(bare);
  if (!key || (snapshot.phrases.get(key) ?? []).length > 0 || key.split(' ').some((w) => (snapshot.phrases.get(w) ?? []).some((e) => e.entity_type !== 'device'))) return undefined;
  const kinds = [...kindsNamedIn(key).entries()];
  const [only] = kinds;
  // The whole fragment is the kind's words ("lights", "the lamps"), nothing else said.
  if (!only || kinds.length !== 1 || only[1].length !== key.split(' ').length) return undefined;
  const there = devicesWithin(snapshot, place).some((d) => snapshot.kindsOfDevice.get(d.id)?.has(only[0]));
  return there ? `the ${bare} in ${place.name}` : undefined;
}
