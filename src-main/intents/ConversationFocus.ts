// What each conversation is about: the last question as it was understood (its text with every follow-up already
// resolved), its intent and slots, the things it was about, what the answer listed, and a pending clarifying
// question. Follow-ups are rewritten into whole questions that the engine then reads like any other:
//   "and in the garage?"   → the last question with its place replaced,
//   "is it locked?"        → "is <the last thing> locked?",
//   "Master Bedroom" / "the master one" / "the one in the salón" after "Which one do you mean …" → the last question
//   with the ambiguous words replaced by the chosen name.
import type { Entity } from '../../src-shared/protocol/entities';
import { kindForPhrase, kindsOfEntity } from './deviceKinds';
import { FOREIGN_SINGULAR_PRONOUNS } from './languages/foreignPronouns';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';
import { tokenize } from './normalizeText';
import { deviceWithin } from './placeClaims';
import { sameNameWord } from './placeNameForms';
import type { SlotValue } from './SlotResolver';
import { escapeRegExp } from './regexText';
import { REPLY_FILLERS } from './replyFillers';

export interface Focus {
  /** The last question as understood (follow-ups resolved). */
  text: string;
  intent: string;
  slots: Record<string, SlotValue>;
  /** What the question was about (entity slots), most specific first. */
  subjects: Entity[];
  /** What the answer listed (citations), for "them" and "how many is that". */
  listed: Entity[];
  /** The turn before's subjects: "switch on both" after two turns about one device each (listedGroupMeant.ts). */
  earlier?: Entity[];
  /** A "Which one do you mean" question waiting for its answer. */
  clarify?: { text: string; candidates: Entity[] };
  /** The action the last answer proposed (its intent as answered: "open" said of a water heater switches it on), kept
   *  through questions about the thing acted on. */
  acted?: string;
}

const MAX_CONVERSATIONS = 200;
const LEADS = [['and', 'what', 'about'], ['what', 'about'], ['how', 'about'], ['and', 'how', 'about'], ['same', 'for'], ['and', 'for'], ['and', 'in'], ['and', 'to'], ['and', 'on'], ['and', 'the'], ['and'], ['also'], ['or']];
const DROP_BACK = new Set(['too', 'also', 'please']);
const DROP_FRONT = new Set(['for', 'in', 'to', 'on', 'at', 'the', 'a', 'my', 'our', 'with', 'of']);
// "close hers": a possessive said alone stands for the thing of hers the conversation is about.
// "set him off" for a robot hoover called Henry, "stick 'em on": the everyday forms.
// "que dias ele limpa?": another language's "it" left in the question is one too (foreignPronouns.ts).
const PRONOUNS = new Set(['it', 'its', 'them', 'they', 'that', 'this', 'those', 'these', 'hers', 'theirs', 'him', 'em', ...FOREIGN_SINGULAR_PRONOUNS]);

export class FocusStore {
  private readonly focus = new Map<string, Focus>();

  get(conversationId: string): Focus | undefined {
    return this.focus.get(conversationId);
  }

  set(conversationId: string, focus: Focus): void {
    this.focus.delete(conversationId);
    this.focus.set(conversationId, focus);
    if (this.focus.size > MAX_CONVERSATIONS) this.focus.delete(this.focus.keys().next().value as string);
  }

  clear(conversationId: string): void {
    this.focus.delete(conversationId);
  }
}

/** The slot a follow-up's preposition says it replaces ("and to the sauna?" is a new end of the route). */
export function leadSlot(text: string): string | undefined {
  const keys = tokenize(text).map((t) => t.key);
  const at = keys[0] === 'and' || keys[0] === 'what' || keys[0] === 'how' ? keys.findIndex((k) => k === 'to' || k === 'from') : -1;
  return at >= 0 && at <= 2 ? keys[at] : undefined;
}

/** The words of a follow-up after its lead ("and for the tv?" → "tv"), or undefined when it has no lead. */
export function ellipsisFragment(text: string): string | undefined {
  const tokens = tokenize(text);
  const keys = tokens.map((t) => t.key);
  for (const lead of LEADS) {
    if (lead.every((k, i) => keys[i] === k) && tokens.length > lead.length) {
      let start = lead.length;
      while (start < tokens.length - 1 && DROP_FRONT.has(keys[start] ?? '')) start++;
      let end = tokens.length;
      // "and mom's lamp too", "and the fan as well please": the same again, said with a word that adds nothing.
      for (;;) {
        if (keys[end - 1] === 'well' && keys[end - 2] === 'as' && end - 2 > start) end -= 2;
        else if (end - 1 > start && DROP_BACK.has(keys[end - 1] ?? '')) end--;
        else break;
      }
      if (keys[end - 1] === 'one' && end - 1 > start) end--;
      return tokens.slice(start, end).map((t) => t.text).join(' ');
    }
  }
  return undefined;
}

/** The previous question with one slot's words replaced by the fragment, one rewrite per slot (most specific first). */
export function substitutions(focus: Focus, fragment: string, first?: string, skip?: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const order = [...(first ? [first] : []), 'place', 'room', 'device', 'thing', 'target', 'kind', 'manufacturer', 'automation', 'task', 'capability'];
  const names = Object.keys(focus.slots).sort((a, b) => rank(order, a) - rank(order, b));
  for (const name of names) {
    const slot = focus.slots[name];
    if (!slot || !('text' in slot) || !slot.text || name === 'dated' || name === 'aspect' || skip?.has(name)) continue;
    // "and the washing machine?" for a device named without "the" ("how long to go Zmywarka"): the kind keeps its
    // article, so it stays the one device ("the washing machine") rather than a question about the kind.
    const bys = name === 'device' && !/^(the|a|an|my|our|his|her|their)\s/i.test(fragment) && !/\bthe\s*$/i.test(focus.text.slice(0, focus.text.toLowerCase().indexOf(slot.text.toLowerCase()))) ? [`the ${fragment}`, fragment] : [fragment];
    for (const by of bys) {
      const replaced = replaceWords(focus.text, withKindAfter(focus.text, slot.text), by);
      if (replaced && !out.includes(replaced)) out.push(replaced);
    }
  }
  return out;
}

function rank(order: string[], name: string): number {
  const i = order.indexOf(name);
  return i < 0 ? order.length : i;
}

/**
 * The slot's words with the kind words right after them ("front door" + "lock"): a name read from part of a phrase
 * ("the front door lock" named by its opening) is replaced whole, so "and the washing machine?" never leaves "lock"
 * behind ("the washing machine lock").
 */
function withKindAfter(sentence: string, phrase: string): string {
  const words = tokenize(sentence);
  const said = tokenize(phrase).map((t) => t.key);
  const at = words.findIndex((_, i) => said.every((k, j) => words[i + j]?.key === k));
  if (at < 0) return phrase;
  const end = at + said.length;
  for (let n = Math.min(2, words.length - end); n >= 1; n--) {
    const next = words.slice(end, end + n);
    if (kindForPhrase(next.map((t) => t.key).join(' '))) return `${phrase} ${next.map((t) => t.text).join(' ')}`;
  }
  return phrase;
}

/** Replaces a phrase case-insensitively (on word boundaries) in a sentence. */
function replaceWords(sentence: string, phrase: string, by: string): string | undefined {
  const escaped = escapeRegExp(phrase.trim()).replace(/\s+/g, '\\s+');
  if (!escaped) return undefined;
  const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}(?=$|[^\\p{L}\\p{N}])`, 'iu');
  if (!re.test(sentence)) return undefined;
  return sentence.replace(re, (_m, pre: string) => `${pre}${by}`);
}

/** Has the text a pronoun that can only mean something from earlier in the conversation? */
export function hasPronoun(text: string): boolean {
  return tokenize(text).some((t) => PRONOUNS.has(t.text));
}

/** Replaces the pronoun with the last subject: a name, or for a listed group its kind phrase. */
export function resolvePronoun(text: string, focus: Focus): string | undefined {
  const tokens = tokenize(text);
  const pronoun = tokens.find((t) => PRONOUNS.has(t.text));
  if (!pronoun) return undefined;
  const plural = ['them', 'they', 'those', 'these', 'em'].includes(pronoun.text);
  let by: string | undefined;
  const kind = focus.slots['kind'];
  const place = focus.slots['place'];
  if (plural && kind?.type === 'kind') {
    by = `the ${kind.text}${place?.type === 'entity' && place.entity.entity_type !== 'home' ? ` in the ${place.entity.name}` : ''}`;
  } else {
    const subject = focus.subjects[0];
    // "turn it on" after "Which one do you mean: A or B?" went unanswered: "it" is one of them, never the room they are in.
    if (subject && focus.clarify && focus.clarify.candidates.length > 1 && ['room', 'zone', 'home'].includes(subject.entity_type)) return undefined;
    // "him" is a device called like a person ("set him off" for Henry the hoover), never a note an answer quoted.
    if (subject && !(pronoun.text === 'him' && subject.entity_type !== 'device')) by = subject.name;
    else if (!subject) by = groupNamesSaid(focus);
  }
  if (!by) return undefined;
  // "turn them all off" → "turn all the lights off".
  const re = new RegExp(`(^|[^\\p{L}\\p{N}'])${pronoun.text}(\\s+all)?(?=$|[^\\p{L}\\p{N}'])`, 'iu');
  return text.replace(re, (_m, pre: string, all: string | undefined) => `${pre}${all ? `all ${by}` : by}`);
}

/**
 * The candidate a reply to "Which one do you mean" picks: its name said (in full or by a word no other candidate
 * has: "the master one"), or its place ("the one in the salón").
 */
/** The words of a reply that pick nothing by themselves ("the one in …", "yes, that one please"). */

export function pickCandidate(reply: string, candidates: readonly Entity[], snapshot: HomeSnapshot): Entity | undefined {
  const said = new Set(tokenize(reply).map((t) => t.key));
  const words = (e: Entity): string[] => tokenize(e.name).map((t) => t.key);
  // A reply picks from the choices; a new question that happens to share a word with one does not.
  const known = new Set([...REPLY_FILLERS, 'first', 'second', 'third', 'fourth', 'upstairs', 'downstairs']);
  // "the front gate" for "Portão Exterior" described as a "sliding front gate": the candidates' own English words.
  // Only a device's: an automation's description lists what it acts on, and "and the salon blind?" picks none of those.
  const described = (e: Entity): string[] => e.entity_type !== 'device' ? [] : tokenize(['description', 'model'].map((f) => e.content[f]).filter((v): v is string => typeof v === 'string').join(' ')).map((t) => t.key);
  for (const c of candidates) {
    for (const w of [...words(c), ...described(c)]) known.add(w);
    const place = snapshot.placeOfDevice.get(c.id);
    if (place) for (const t of tokenize(place.name)) known.add(t.key);
  }
  // "the living room one" for the AC in "Sala de Estar": a place said by any of its names or aliases.
  // "the upstairs one" ("celui d'en haut"): the floor a candidate's room is on counts as its place too.
  const ofCandidates = new Set(candidates.flatMap((c) => placeAndAbove(snapshot, snapshot.placeOfDevice.get(c.id))));
  const placesSaid = placesNamedIn(tokenize(reply).map((t) => t.key), snapshot, ofCandidates, known);
  // "rasmus's" for "Rasmuse tuba", "mikk's" for "Öökapilamp Mikk": a name word said with or without its inflection.
  const saidWord = (w: string): boolean => said.has(w) || [...said].some((s) => sameNameWord(s, w));
  const knownWord = (s: string): boolean => known.has(s) || [...known].some((w) => sameNameWord(s, w));
  // "the flat one no the caravan": a reply that also says which one is not meant is not guessed at.
  if (said.size > 7 || [...said].filter((w) => !knownWord(w)).length > 1 || NOT_THIS.some((w) => said.has(w))) return undefined;
  // "is the tv on" after "Boat Lift or Living Room Blinds?": a kind none of the candidates is makes a new question.
  const otherKind = [...said].filter((w) => !knownWord(w)).map((w) => kindForPhrase(w)).find((k) => k && !candidates.some((c) => kindsOfEntity(c).has(k.id)));
  if (otherKind) return undefined;
  const full = candidates.filter((c) => words(c).every((w) => said.has(w)));
  if (full.length === 1) return full[0];
  const scored = candidates.map((c) => {
    const own = words(c).filter((w) => !candidates.some((o) => o !== c && words(o).includes(w)));
    // A filler of the reply ("the", "one", "on") is no word of one candidate's description: "the aititeren one" never
    // picks the one described as "floor lamp next to the sofa".
    const ownDescribed = described(c).filter((w) => !REPLY_FILLERS.has(w) && !candidates.some((o) => o !== c && (words(o).includes(w) || described(o).includes(w))));
    let score = own.filter(saidWord).length + ownDescribed.filter((w) => said.has(w)).length;
    const place = snapshot.placeOfDevice.get(c.id);
    if (place && (tokenize(place.name).every((t) => said.has(t.key)) || placeAndAbove(snapshot, place).some((p) => placesSaid.has(p)))) score += 2;
    return { c, score };
  });
  scored.sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (first && first.score > 0 && (!second || second.score < first.score)) return first.c;
  const ordinal = ['first', 'second', 'third', 'fourth'].findIndex((o) => said.has(o));
  return ordinal >= 0 ? candidates[ordinal] : undefined;
}

/** A place and the zones above it (a room, its floor, …), nearest first. */
function placeAndAbove(snapshot: HomeSnapshot, place: Entity | undefined): Entity[] {
  const out: Entity[] = [];
  for (let at = place; at && !out.includes(at) && out.length < 6; at = snapshot.parentOfPlace.get(at.id)) out.push(at);
  return out;
}

/**
 * The rooms and zones a reply names by a phrase of the home's vocabulary ("living room" for "Sala de Estar"); the
 * words of such a phrase become known reply words (`known`) only when it names the place of a candidate.
 */
function placesNamedIn(keys: readonly string[], snapshot: HomeSnapshot, ofCandidates: ReadonlySet<Entity>, known: Set<string>): Set<Entity> {
  const out = new Set<Entity>();
  for (let i = 0; i < keys.length; i++) {
    for (let n = Math.min(4, keys.length - i); n >= 1; n--) {
      const phrase = keys.slice(i, i + n);
      const places = (snapshot.phrases.get(phrase.join(' ')) ?? []).filter((e) => e.entity_type === 'room' || e.entity_type === 'zone');
      const [place] = places;
      if (places.length !== 1 || !place || !ofCandidates.has(place)) continue;
      out.add(place);
      for (const w of phrase) known.add(w);
      break;
    }
    // "the one in milano" for the zone "Appartamento Milano": one word of a candidate place's own name, said alone,
    // that no other candidate place's name has.
    const word = keys[i] ?? '';
    const named = word.length >= MIN_NAME_WORD && !known.has(word) ? [...ofCandidates].filter((p) => tokenize(p.name).some((t) => t.key === word)) : [];
    if (named.length === 1 && named[0]) {
      out.add(named[0]);
      known.add(word);
    }
  }
  return out;
}
const MIN_NAME_WORD = 4;
/** The most devices of a command a pronoun is read as, by their names. */
const MAX_GROUP_SAID = 4;

/** "what app is it" right after a command over a few devices named one by one: those devices, said by name. */
export function groupNamesSaid(focus: Focus): string | undefined {
  const group = Object.values(focus.slots).find((slot) => slot.type === 'group');
  return group?.type === 'group' && group.devices && group.devices.length > 1 && group.devices.length <= MAX_GROUP_SAID ? group.devices.map((d) => d.name).join(' and ') : undefined;
}
const NOT_THIS = ['no', 'not'];

/** The subjects of a match: the entities its slots hold, things before places. */
export function subjectsOf(match: IntentMatch): Entity[] {
  const things: Entity[] = [];
  const places: Entity[] = [];
  for (const slot of Object.values(match.slots)) {
    if (slot.type === 'entity') (['room', 'zone', 'home'].includes(slot.entity.entity_type) ? places : things).push(slot.entity);
    else if (slot.type === 'group' && slot.place) places.push(slot.place);
  }
  return [...things, ...places];
}

/** The place the conversation is in: the last subject if it is a room or zone, else the room of the last device. */
export function placeOfFocus(focus: Focus, snapshot: HomeSnapshot): Entity | undefined {
  const subject = focus.subjects[0];
  if (!subject) return undefined;
  if (subject.entity_type === 'room' || subject.entity_type === 'zone') return subject;
  // "what do we have at the tharavad", "is the front door there locked?", then "any lights on there": the place the
  // last question said (itself, or its "there" read as the site before), not the room of the thing answered, which
  // nobody named ("No lights in the Poomukham are on" was a wrong none; kc133). A place only said turns before ("lights
  // in the shed", "turn it on") leaves "there" where that thing is.
  const text = focus.text.toLowerCase();
  const thereSaid = /\bthere\b/.test(text);
  const saidNow = (s: Entity): boolean => focus.subjects.includes(s) || thereSaid || text.includes(s.name.toLowerCase());
  const said = [...focus.subjects, ...(focus.earlier ?? [])].find((s) => (s.entity_type === 'zone' || s.entity_type === 'room') && saidNow(s));
  if (said && deviceWithin(snapshot, subject, said)) return said;
  return snapshot.placeOfDevice.get(subject.id);
}
