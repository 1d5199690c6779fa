// How well a procedure fits "how do I {task}" when its name is in a language the engine cannot read ("Uzupełnianie
// Ciśnienia w Kotle", "Limpar o Pré-filtro da Piscina"): its steps say the same things in English ("Open the blue
// filling tap", "Empty the leaves"), its linked devices say what it is about (their kinds, their room). A word in the
// name counts fully, a word in a step less, and earlier steps say what a procedure is for ("top up the boiler
// pressure if needed" as the last step of bleeding the radiators is a pointer to another procedure).
import type { Entity } from '../../src-shared/protocol/entities';
import { textOf } from './answerGraphSearch';
import { capabilitiesOf, coveredKinds, kindById, kindsNamedIn } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { tokenize } from './normalizeText';
import { taskVerb } from './taskVerbs';
import { sentencesOf } from './sentences';


/** Verbs that carry no object: "how do I clean it" names the device and nothing else about the procedure. */
const OBJECTLESS = new Set(['replace', 'set', 'empty', 'reset', 'fill', 'fix', 'service', 'maintain', 'use', 'do', 'charge', 'open', 'operate', 'check', 'descale', 'bleed']);
const STOP = new Set(['the', 'a', 'an', 'my', 'our', 'i', 'we', 'to', 'do', 'it', 'of', 'on', 'in', 'for', 'with', 'is', 'can', 'how', 'up', 'them', 'they', 'this', 'that', 'these', 'those', 'one', 'again', 'properly',
  // "turn off the water to the house": the whole home is no object a procedure names.
  'house', 'home', 'whole', 'entire', 'there']);
/** Capability words that say what every such device can do, never what a procedure for it is about. */
const GENERIC_CAPABILITY = new Set(['power', 'open', 'close', 'switch', 'state', 'status', 'level', 'mode', 'control', 'monitoring', 'battery', 'temperature', 'target', 'setpoint']);
const NAME_WEIGHT = 1;
const STEP_WEIGHT = 0.75;
/** An unclassified linked device may be of the kind asked: half the evidence of a device that is. */
const UNCLASSIFIED_WEIGHT = 0.5;

export interface ProcedureFit {
  procedure: Entity;
  /** 0..1: evidence per task word. */
  score: number;
  /** Whether the name (or what it is linked to) says it, rather than only a step. */
  byName: boolean;
  /** Index of the first step that matched (steps earlier say what the procedure is for). */
  firstStep: number;
  /** A kind the task names is what it is about (its name, linked devices or steps say so), not just possible. */
  aboutKind: boolean;
  /** Task words the procedure's own name says ("reset" of "Reset the oil boiler"), not only its device's capabilities. */
  nameHits: number;
}

export function taskKeys(text: string): string[] {
  return [...new Set(tokenize(text).map((t) => taskVerb(t.key) ?? t.key).filter((k) => !STOP.has(k)))];
}

/** Does the task say nothing beyond verbs ("clean", "top up", "change")? */
export function objectless(keys: readonly string[]): boolean {
  return keys.every((k) => OBJECTLESS.has(k) || ingBases(k).some((b) => OBJECTLESS.has(b)));
}

/** "descaling" → descal, descale; "running" → runn, runne, run: the forms a verb in -ing may come from. */
function ingBases(key: string): string[] {
  if (!key.endsWith('ing') || key.length < 6) return [];
  const stem = key.slice(0, -3);
  return [stem, `${stem}e`, ...(stem.at(-1) === stem.at(-2) ? [stem.slice(0, -1)] : [])];
}

/** The same word, the same first five letters, or one a short ending longer ("fill" ~ "filling", "radiator" ~ "radiators"). */
export function stemMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3;
}

function stepsOf(procedure: Entity): string[] {
  const steps = procedure.content['steps'];
  if (Array.isArray(steps)) return steps.map((s) => (typeof s === 'string' ? s : typeof s === 'object' && s && 'text' in s ? String((s as { text: unknown }).text) : ''));
  return sentencesOf(textOf(procedure));
}

function keysOf(text: string): string[] {
  return tokenize(text).map((t) => taskVerb(t.key) ?? t.key);
}

interface ProcedureWords { nameKeys: string[]; steps: string[][]; stepKinds: Set<string>; nameKinds: Set<string> }
interface LinkedKinds { kinds: Set<string>; unclassified: boolean; places: Set<string>; described: string[] }

/** A procedure's words, read once per entity object (a graph change brings new objects): every how-to reads them all. */
const WORDS = new WeakMap<Entity, ProcedureWords>();
function wordsOf(procedure: Entity): ProcedureWords {
  let words = WORDS.get(procedure);
  if (!words) {
    const steps = stepsOf(procedure);
    words = { nameKeys: keysOf(procedure.name), steps: steps.map(keysOf), stepKinds: new Set(kindsNamedIn(steps.join(' ')).keys()), nameKinds: new Set(kindsNamedIn(procedure.name).keys()) };
    WORDS.set(procedure, words);
  }
  return words;
}

/** What the linked devices say, once per snapshot (the links are the snapshot's). */
const LINKED = new WeakMap<HomeSnapshot, Map<string, LinkedKinds>>();
function linkedOf(snapshot: HomeSnapshot, procedure: Entity): LinkedKinds {
  let bySnapshot = LINKED.get(snapshot);
  if (!bySnapshot) LINKED.set(snapshot, (bySnapshot = new Map()));
  let linked = bySnapshot.get(procedure.id);
  if (!linked) bySnapshot.set(procedure.id, (linked = linkedKinds(snapshot, procedure)));
  return linked;
}

/** Kinds of the devices a procedure is for (specific kinds only) and whether one of them is not classified at all. */
function linkedKinds(snapshot: HomeSnapshot, procedure: Entity): LinkedKinds {
  const kinds = new Set<string>();
  const places = new Set<string>();
  const described: string[] = [];
  let unclassified = false;
  for (const device of snapshot.devicesOfDoc.get(procedure.id) ?? []) {
    // "Hoofdkraan dichtdraaien" for a device described as a "main water shut-off valve": the description says in
    // words what the procedure's name says in another language ("how do i turn off the water").
    const description = device.content['description'];
    if (typeof description === 'string') described.push(...keysOf(description.split(/[.!?\n]/)[0] ?? ''));
    // "what do i do if there's a leak": a procedure for the valve with a `leak_shutoff` capability is for a leak.
    described.push(...capabilitiesOf(device).flatMap((c) => c.split(/[^a-z]+/)).filter((k) => k.length >= 4 && !GENERIC_CAPABILITY.has(k)));
    const own = [...(snapshot.kindsOfDevice.get(device.id)?.keys() ?? [])].filter((id) => (kindById(id)?.includes.length ?? 1) === 0);
    // Only a broad kind ("appliance") says nothing about what the device is.
    if (own.length === 0) unclassified = true;
    for (const id of own) kinds.add(id);
    const place = snapshot.placeOfDevice.get(device.id);
    if (place) places.add(place.id);
  }
  return { kinds, unclassified, places, described };
}

/** Word key → kind id of the task's kind words, once per question rather than once per procedure. */
const KIND_WORDS = new WeakMap<ReadonlyMap<string, string[]>, Map<string, string>>();
function kindWordsOf(taskKinds: ReadonlyMap<string, string[]>): Map<string, string> {
  let kindWords = KIND_WORDS.get(taskKinds);
  if (!kindWords) {
    kindWords = new Map();
    for (const [id, words] of taskKinds) for (const w of words) for (const k of tokenize(w)) kindWords.set(k.key, id);
    KIND_WORDS.set(taskKinds, kindWords);
  }
  return kindWords;
}

export function sameFamily(a: string, b: string): boolean {
  const ka = kindById(a);
  const kb = kindById(b);
  return a === b || (ka !== undefined && coveredKinds(ka).has(b)) || (kb !== undefined && coveredKinds(kb).has(a));
}

/**
 * The fit of one procedure to the task words (`taskKeys`, the device's own name words already left out), or
 * undefined when a kind the task names is not what the procedure is about ("clean the fridge" is never "Clean the
 * Dishwasher Filter"). `taskKinds` are the kinds the task names with their words; `said` all the task's words.
 */
export function fitProcedure(snapshot: HomeSnapshot, procedure: Entity, wanted: readonly string[], taskKinds: ReadonlyMap<string, string[]>, said: readonly string[] = wanted): ProcedureFit | undefined {
  if (wanted.length === 0) return { procedure, score: 0, byName: false, firstStep: Number.MAX_SAFE_INTEGER, aboutKind: false, nameHits: 0 };
  const { nameKeys, steps, stepKinds, nameKinds } = wordsOf(procedure);
  const linked = linkedOf(snapshot, procedure);
  let total = 0;
  let byName = false;
  let firstStep = Number.MAX_SAFE_INTEGER;
  // Counted over every task word, the device's name too: "fill the overhead tank" is "Fill the overhead tank", not
  // "Fill the cooler", though "overhead tank" named the device.
  const nameHits = said.filter((word) => nameKeys.some((k) => stemMatch(k, word))).length;
  const kindWords = kindWordsOf(taskKinds);
  let aboutKind = taskKinds.size > 0;
  for (const [id] of taskKinds) {
    const about = [...nameKinds, ...linked.kinds, ...stepKinds].some((other) => sameFamily(id, other));
    if (!about && !linked.unclassified) return undefined;
    if (!about) aboutKind = false;
  }
  for (const word of wanted) {
    const kind = kindWords.get(word);
    if (nameKeys.some((k) => stemMatch(k, word)) || linked.described.some((k) => stemMatch(k, word)) || (kind && [...nameKinds, ...linked.kinds].some((other) => sameFamily(kind, other)))) {
      total += NAME_WEIGHT;
      byName = true;
      continue;
    }
    // "the pool filter": a procedure for a device in the room called the pool.
    if ((snapshot.phrases.get(word) ?? []).some((place) => linked.places.has(place.id))) {
      total += NAME_WEIGHT;
      byName = true;
      continue;
    }
    const step = steps.findIndex((keys) => keys.some((k) => stemMatch(k, word)));
    if (step >= 0 || (kind && [...stepKinds].some((other) => sameFamily(kind, other)))) {
      total += STEP_WEIGHT;
      firstStep = Math.min(firstStep, step >= 0 ? step : Number.MAX_SAFE_INTEGER - 1);
      continue;
    }
    if (kind && linked.unclassified) total += UNCLASSIFIED_WEIGHT;
  }
  return { procedure, score: total / wanted.length, byName, firstStep, aboutKind, nameHits };
}

/**
 * Best first: more evidence, then evidence in the name, then more words in the procedure's own name (a boiler with a
 * `lockout_reset` capability lends "reset" to each of its procedures; "Reset the oil boiler" says it itself), then the
 * earlier step.
 */
export function rankFits(fits: ProcedureFit[]): ProcedureFit[] {
  return fits.filter((f) => f.score > 0).sort((a, b) => b.score - a.score || Number(b.byName) - Number(a.byName) || b.nameHits - a.nameHits || a.firstStep - b.firstStep);
}

/**
 * Does the procedure's own name say every task word (two or more)? "top up the battery water" is "Top up inverter
 * battery" even when "water" named another device (a solar water heater with no procedures of its own).
 */
export function nameSaysAll(procedure: Entity, wanted: readonly string[]): boolean {
  const { nameKeys } = wordsOf(procedure);
  return wanted.length >= 2 && wanted.every((w) => nameKeys.some((k) => stemMatch(k, w)));
}
