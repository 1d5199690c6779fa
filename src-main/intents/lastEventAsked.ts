// "when did grandma last press her button", "wen was the last motion at the front door", "cuando tocaron el timbre",
// "doorbell last kab baji": when something last happened, kept by a device in its state (`last_pressed`,
// `last_motion`, `last_ring`, `last_ding`, `last_test`). Such questions were read as a dated search of the notes
// ("Here's what I found about …") or as the state of the door said, which keeps no such event. This reader finds the
// event the question names (lexicon/lastEvents.json: a word for when, a word for last or a verb said in the past, and
// the event in several languages), the devices whose state keeps that event, and among them the one the question
// names: the device said, a device in the place of the thing said ("at the front door": the doorbell in the front
// hall), in the place said, or whose name shares a word with the question ("grandma" of "Grandma's motion sensor").
// A single device keeping the event in the home needs no naming. Several left: which one. None: the match stands.
import { z } from 'zod';
import type { Entity } from '../../src-shared/protocol/entities';
import { isOfKind, kindForPhrase, type DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { devicesWithin } from './placeClaims';
import type { IntentMatch } from './IntentEngine';
import { stateOf } from './IntentAnswerInput';
import { STOP_WORDS } from './mentions';
import { tokenize, withoutMarks } from './normalizeText';
import lexicon from './lexicon/lastEvents.json';

const EVENT = z.object({ fields: z.array(z.string().min(1)).min(1), words: z.array(z.string().min(1)), past: z.array(z.string().min(1)) }).strict();
const LEXICON = z.object({ when: z.array(z.string().min(1)), notAsked: z.array(z.string().min(1)), last: z.array(z.string().min(1)), events: z.array(EVENT) }).strict().parse(lexicon);
const folded = (list: readonly string[]): string[] => list.map((w) => withoutMarks(w));
const WHEN = folded(LEXICON.when);
const LAST = folded(LEXICON.last);
/** "what happens when it's pressed", "when will it ring next": no past event asked. */
const NOT_ASKED = folded(LEXICON.notAsked);
const EVENTS = LEXICON.events.map((e) => ({ fields: new Set(e.fields), words: folded(e.words), past: folded(e.past) }));
/** Every word an entry opens with: a sentence without one of them is no question of a last event (cheap check). */
const MARKERS: ReadonlySet<string> = new Set([...WHEN].map((w) => w.split(' ')[0] ?? w));
const LAST_FIELD = /^last(_|[A-Z]|$)|_last(_|$)/;
/** More devices than this keeping the event and nothing narrowing them: no question back, the match stands. */
const MAX_OFFERED = 4;

interface Understood { match: IntentMatch; text: string; scope?: Entity[] }

/** The question re-read as the state of the device that keeps the last event it asks about, if any. */
// Read as understood and as typed: a reader may drop a word it does not know ("per ultim cop").
export function withLastEvent<T extends Understood>(understood: T | undefined, text: string, typed: string, snapshot: HomeSnapshot): T | Understood | undefined {
  const plain = (t: string): string => withoutMarks(t).replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
  const said = ` ${plain(text)} | ${plain(typed)} `;
  const words = said.split(' ');
  if (!words.some((w) => MARKERS.has(w))) return undefined;
  const has = (entry: string): boolean => said.includes(` ${entry} `);
  if (!WHEN.some(has) || NOT_ASKED.some(has)) return undefined;
  const events = EVENTS.filter((e) => e.words.some(has) || e.past.some(has));
  if (events.length === 0) return undefined;
  // "when does the doorbell ring": no past. A word for last, or the event said in the past ("tocaron").
  if (!LAST.some(has) && !events.some((e) => e.past.some(has))) return undefined;
  const fields = new Set(events.flatMap((e) => [...e.fields]));
  const keeping = snapshot.devices.filter((d) => keptEvent(d, fields));
  if (keeping.length === 0) return undefined;
  const match = understood?.match;
  const found = narrowed(keeping, match, `${text} ${typed}`, snapshot);
  if (found.length === 0 || found.length > MAX_OFFERED) return undefined;
  const current = match?.slots['device'];
  // Already the state of the one device that keeps it.
  if (match?.intent === 'device_state' && current?.type === 'entity' && found.length === 1 && found[0]?.id === current.entity.id) return undefined;
  const [one] = found;
  if (!one) return undefined;
  const device = found.length === 1
    ? { type: 'entity' as const, text: one.name, entity: one, how: 'synonym' as const }
    : { type: 'ambiguous' as const, text: one.name, expected: 'device', candidates: found.sort((a, b) => a.name.localeCompare(b.name)), withPlaces: true };
  const reread: IntentMatch = { intent: 'device_state', category: 'state', slots: { device }, confidence: Math.max(match?.confidence ?? 0, 0.8), alternatives: [], template: 'reading:last-event', words: tokenize(text).map((t) => t.key) };
  return understood ? { ...understood, match: reread } : { match: reread, text };
}

/** A `last_…` field of the device whose other words are one of the events asked. */
function keptEvent(device: Entity, fields: ReadonlySet<string>): boolean {
  return Object.keys(stateOf(device)).some((field) => LAST_FIELD.test(field) && fieldParts(field).some((p) => fields.has(p)));
}

function fieldParts(field: string): string[] {
  return field.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase().split('_').filter((p) => p && p !== 'last');
}

/** The devices keeping the event that the question names, else all of them. */
function narrowed(keeping: readonly Entity[], match: IntentMatch | undefined, text: string, snapshot: HomeSnapshot): Entity[] {
  const slot = match?.slots['device'] ?? match?.slots['thing'];
  const named = slot?.type === 'entity' ? [slot.entity] : slot?.type === 'ambiguous' ? slot.candidates : [];
  const own = keeping.filter((d) => named.some((n) => n.id === d.id));
  if (own.length) return own;
  // "the last motion at the front door": the device keeping it beside the thing said.
  const besides = named.map((n) => (['room', 'zone', 'home'].includes(n.entity_type) ? n : snapshot.placeOfDevice.get(n.id))).filter((p): p is Entity => p !== undefined && p.entity_type !== 'home');
  const place = match?.slots['place'];
  if (place?.type === 'entity' && place.entity.entity_type !== 'home') besides.push(place.entity);
  for (const where of besides) {
    const within = new Set(devicesWithin(snapshot, where));
    const there = keeping.filter((d) => within.has(d));
    if (there.length) return there;
  }
  // "when did grandma last move around": the one whose name shares most words with the question.
  const asked = new Set(tokenize(text).map((t) => t.key).filter((k) => k.length >= 3 && !STOP_WORDS.has(k)));
  const shared = (d: Entity): number => tokenize(d.name).filter((t) => asked.has(t.key) || asked.has(t.key.replace(/'s$/, ''))).length;
  // "Hyderabad ka router …" keeps to routers: a camera of the same house that keeps the event is not what was asked.
  const kinds = kindsSaid(text);
  const ofKind = kinds.length ? keeping.filter((d) => kinds.some((k) => isOfKind(d, k))) : [...keeping];
  const best = Math.max(0, ...ofKind.map(shared));
  if (best > 0) return ofKind.filter((d) => shared(d) === best);
  return named.length || besides.length ? [] : ofKind;
}

/** Device kinds a word or two of the question name ("doorbell", "smoke alarm"). */
function kindsSaid(text: string): DeviceKind[] {
  const keys = tokenize(text).map((t) => t.key);
  const found = new Map<string, DeviceKind>();
  keys.forEach((key, i) => {
    for (const phrase of [key, `${key} ${keys[i + 1] ?? ''}`.trim()]) {
      const kind = kindForPhrase(phrase);
      if (kind) found.set(kind.id, kind);
    }
  });
  return [...found.values()];
}
