// "what's in Mateo's room" answered with his fan, his LED strip and his console, then "turn it off": the "it" is one of
// the things just listed, not the room. Read as the room, the command went to the room's lights by default (or to the
// one of them still on), a guess presented as a proposal. A singular pronoun whose subject is a place, right after an
// answer that listed a few devices there, is read on each listed device: the one able to take the command is meant,
// several able are asked back by name, none leaves the other readings alone.
import type { Entity } from '../../src-shared/protocol/entities';
import { resolvePronoun, type Focus } from './ConversationFocus';
import { actionSpec } from './controlActions';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentEngine, IntentMatch } from './IntentEngine';
import { tokenize } from './normalizeText';

/** One thing: "it", never "them" or "everything" (those mean the whole group, commandOverListed.ts). */
const SINGULAR = /(^|\s)it(?=\s|$|[?.!,])/i;
/** More listed than this is a list gone through, not a few things in view. */
const MAX_LISTED = 6;

/** The command read on the one listed device able to take it, or asked back among those able; else undefined. */
export async function pronounOverPlaceList(engine: IntentEngine, text: string, focus: Focus, snapshot: HomeSnapshot): Promise<{ match: IntentMatch; text: string } | undefined> {
  const subject = focus.subjects[0];
  if (focus.clarify || !subject || (subject.entity_type !== 'room' && subject.entity_type !== 'zone') || !SINGULAR.test(text)) return undefined;
  const all = focus.listed.filter((e) => e.entity_type === 'device');
  // "is the screen down in the living" read as what is there, then "put it halfway": the one listed thing the question
  // named by a word of its own is "it", however many were listed (never the room's lights).
  const named = namedByLastQuestion(all, focus, subject);
  const listed = named ? [named] : all;
  if ((!named && listed.length < 2) || listed.length > MAX_LISTED) return undefined;
  const able: Array<{ device: Entity; match: IntentMatch; reading: string }> = [];
  for (const device of listed) {
    const reading = resolvePronoun(text, { ...focus, subjects: [device] });
    const match = reading ? await engine.match(reading) : undefined;
    const target = match?.slots['target'];
    if (!reading || !match || match.category !== 'control' || target?.type !== 'entity' || target.entity.id !== device.id) continue;
    const spec = actionSpec(match.intent, { match, snapshot });
    if (typeof spec !== 'string' && spec.can(device)) able.push({ device, match, reading });
  }
  const [first] = able;
  if (!first) return undefined;
  if (able.length === 1) return { match: first.match, text: first.reading };
  const candidates = able.map((a) => a.device);
  return { match: { ...first.match, slots: { ...first.match.slots, target: { type: 'ambiguous', text: 'it', expected: 'device', candidates } } }, text: first.reading };
}

/** A word shorter than this ("tv", "ac") is too often part of other names to pick one listed device. */
const MIN_NAME_WORD = 4;

/** The one listed device that a word of the last question names (a word of its name, not of the place's). */
function namedByLastQuestion(listed: readonly Entity[], focus: Focus, place: Entity): Entity | undefined {
  const said = new Set(tokenize(focus.text).map((t) => t.key));
  // The place as named and as said ("in the living" for "Salon / Woonkamer"): its words name no one device.
  const placeSaid = Object.values(focus.slots).flatMap((v) => (v.type === 'entity' && v.entity === place ? [v.text] : []));
  const ofPlace = new Set([place.name, ...placeSaid].flatMap((n) => tokenize(n).map((t) => t.key)));
  const named = listed.filter((d) => tokenize(d.name).some((t) => t.key.length >= MIN_NAME_WORD && said.has(t.key) && !ofPlace.has(t.key)));
  return named.length === 1 ? named[0] : undefined;
}
