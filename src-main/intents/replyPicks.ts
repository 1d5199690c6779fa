// Replies that pick or narrow what the last turn was about, said the way people answer rather than as whole names:
//   "side one, Anwar is coming with the plants" to "Which one: Main Gate or Side Gate?" — the pick, then a reason;
//   "die von der Sabine", "vo de Siobhan", "el de sofia" — "the one of <person>" in the home's language;
//   "naw, just the kitchen ones", "nej kun olivers", "koro's" right after a command over several devices — the same
//   command, narrowed to the one (or the ones in a place) of those it was about.
// Read as a new question they lost the command ("Side Gate: locked", "The Kitchen has 9 devices"). Every pick goes
// through pickCandidate, which only settles on one candidate that the reply sets apart from all the others; nothing
// is guessed, so a command never lands on a device the reply did not single out. Words: lexicon/replyNarrowing.json.
import { z } from 'zod';
import type { Entity } from '../../src-shared/protocol/entities';
import lexicon from './lexicon/replyNarrowing.json';
import { pickCandidate, type Focus } from './ConversationFocus';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { devicesWithin } from './placeClaims';
import type { IntentEngine, IntentMatch } from './IntentEngine';
import type { SlotValue } from './SlotResolver';

const LEXICON = z
  .object({ corrections: z.array(z.string().min(1)), restrictors: z.array(z.string().min(1)), personLeads: z.array(z.string().min(1)), afterthoughts: z.array(z.string().min(1)) })
  .strict()
  .parse(lexicon);
const phrases = (list: string[]): string[][] => [...new Set(list.map(phraseKey))].map((k) => k.split(' ')).sort((a, b) => b.length - a.length);
const CORRECTIONS = phrases(LEXICON.corrections);
const RESTRICTORS = phrases(LEXICON.restrictors);
const PERSON_LEADS = phrases(LEXICON.personLeads);
const AFTERTHOUGHTS = phrases(LEXICON.afterthoughts);
/** Where a reply's pick ends and its reason or aside begins: "side one, Anwar is coming". */
const CLAUSE_BREAK = /\s*(?:[,;:–—]|\s-\s)\s*/;
/** "and koro's too": one more, not only that one (the ellipsis readers take it). */
const ADDS = /^(?:and|also|plus|e|y|i|und|og|en|et)\b|\b(?:too|also|as well)\s*[?.!]*$/i;
const COMMANDS: ReadonlySet<string> = new Set(['turn_on', 'turn_off', 'set_level', 'set_temperature', 'open', 'close', 'lock', 'unlock', 'arm', 'disarm']);
/** A narrowing reply this long is a sentence of its own. */
const MAX_NARROWING_WORDS = 6;
const PLACE_FILLERS = new Set(['the', 'one', 'ones', 'in', 'on', 'at', 'of', 'for']);

/** The candidate a reply to "Which one do you mean" picks, read as said and then by the shapes above. */
export function pickFromReply(reply: string, candidates: readonly Entity[], snapshot: HomeSnapshot): Entity | undefined {
  const said = pickCandidate(reply, candidates, snapshot);
  if (said) return said;
  const picks = new Set(cores(reply).map((core) => pickCandidate(core, candidates, snapshot)).filter((e): e is Entity => e !== undefined));
  // Two clauses picking two different ones ("the side one, not the main one") is no pick.
  return picks.size === 1 ? [...picks][0] : undefined;
}

/**
 * "nej kun olivers" right after "turn off the lights in the kids' room" (2 lights): the same command, its target narrowed
 * to the one the reply picks among the devices the last answer listed, or to those of them in the place it names.
 */
export async function narrowedCommand(engine: IntentEngine, reply: string, focus: Focus, snapshot: HomeSnapshot): Promise<{ match: IntentMatch; text: string } | undefined> {
  const target = focus.slots['target'];
  const listed = focus.listed.filter((e) => e.entity_type === 'device');
  if (!COMMANDS.has(focus.intent) || focus.clarify || !target || listed.length < 2 || ADDS.test(reply.trim())) return undefined;
  const keys = phraseKey(reply).split(' ').filter(Boolean);
  const corrected = strip(keys, CORRECTIONS) !== keys || startsWith(keys, RESTRICTORS);
  // A bare reply ("koro's") narrows only when short; one that says "no, just …" may say a little more.
  if (keys.length > MAX_NARROWING_WORDS || (!corrected && keys.length > 2)) return undefined;
  const picked = pickFromReply(reply, listed, snapshot);
  const devices = picked ? [picked] : listedInPlaceSaid(reply, listed, snapshot);
  if (!devices || devices.length === 0 || devices.length === listed.length) return undefined;
  const [one] = devices;
  if (devices.length === 1 && one) {
    const said = 'text' in target ? target.text : '';
    const at = said ? focus.text.toLowerCase().indexOf(said.toLowerCase()) : -1;
    const text = at < 0 ? `${focus.text} (${one.name})` : `${focus.text.slice(0, at)}${one.name}${focus.text.slice(at + said.length)}`;
    const read = at < 0 ? undefined : await engine.match(text);
    const readTarget = read?.slots['target'];
    if (read && read.intent === focus.intent && readTarget?.type === 'entity' && readTarget.entity.id === one.id) return { match: read, text };
    return { match: withTarget(focus, { type: 'entity', text: one.name, entity: one, how: 'exact' }), text };
  }
  if (target.type !== 'group') return undefined;
  return { match: withTarget(focus, { ...target, devices }), text: focus.text };
}

/** The match with a question back among candidates that include the one picked settled on it. */
export function settledOn(match: IntentMatch, chosen: Entity): IntentMatch {
  const slots = { ...match.slots };
  for (const [name, slot] of Object.entries(slots)) {
    if (slot.type === 'ambiguous' && slot.candidates.some((c) => c.id === chosen.id)) slots[name] = { type: 'entity', text: slot.text, entity: chosen, how: 'exact' };
  }
  return { ...match, slots };
}

function withTarget(focus: Focus, target: SlotValue): IntentMatch {
  return { intent: focus.intent, category: 'control', slots: { ...focus.slots, target }, confidence: 0.8, alternatives: [], template: 'focus:narrowed', words: [] };
}

/** The reply's pick without what is said around it: each clause, without a "no", "just", "the one of" or "i mean". */
function cores(reply: string): string[] {
  const out: string[] = [];
  for (const clause of reply.split(CLAUSE_BREAK).filter((c) => c.trim())) {
    let keys = phraseKey(clause).split(' ').filter(Boolean);
    keys = strip(strip(strip(keys, CORRECTIONS), RESTRICTORS), PERSON_LEADS);
    keys = stripEnd(keys, AFTERTHOUGHTS);
    const core = keys.join(' ');
    if (core && !out.includes(core)) out.push(core);
  }
  return out;
}

/** The listed devices in the one place the reply names by itself ("just the kitchen ones"), if it names one. */
function listedInPlaceSaid(reply: string, listed: readonly Entity[], snapshot: HomeSnapshot): Entity[] | undefined {
  const keys = cores(reply).length === 1 ? (cores(reply)[0] ?? '').split(' ').filter((k) => !PLACE_FILLERS.has(k)) : [];
  if (keys.length === 0) return undefined;
  const places = (snapshot.phrases.get(keys.join(' ')) ?? []).filter((e) => e.entity_type === 'room' || e.entity_type === 'zone');
  const holding = places.map((p) => new Set(devicesWithin(snapshot, p))).map((there) => listed.filter((d) => there.has(d))).filter((ds) => ds.length > 0);
  return holding.length === 1 ? holding[0] : undefined;
}

function startsWith(keys: string[], leads: string[][]): boolean {
  return leads.some((l) => l.length < keys.length && l.every((k, i) => keys[i] === k));
}

/** The words after the lead the reply starts with (repeatedly: "no no wait"), if any. */
function strip(keys: string[], leads: string[][]): string[] {
  let rest = keys;
  for (let lead = leads.find((l) => l.length < rest.length && l.every((k, i) => rest[i] === k)); lead; lead = leads.find((l) => l.length < rest.length && l.every((k, i) => rest[i] === k))) rest = rest.slice(lead.length);
  return rest;
}

function stripEnd(keys: string[], tails: string[][]): string[] {
  const tail = tails.find((t) => t.length < keys.length && t.every((k, i) => keys[keys.length - t.length + i] === k));
  return tail ? keys.slice(0, keys.length - tail.length) : keys;
}
