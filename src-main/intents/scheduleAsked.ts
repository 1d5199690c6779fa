// "when does the garden get watered", "what temp does the heating drop to otherwise", "how long does the lawn get
// watered": a question about when (or at what level, or for how long) something runs on its own is about the schedule
// (or the clock-timed automation) that runs a device. The device is the one whose words — its name, description, model,
// kinds, room, and the schedule's own words (zones such as "lawn") — say every content word of the question, an activity
// said as a verb ("watered") by its stem ("watering system"), a name word of another language by its English modifier
// ("Tomada Café" is the coffee). Only devices some schedule or timed automation runs are candidates.
import type { Entity } from '../../src-shared/protocol/entities';
import { modifierTranslations, CUES_LEXICON } from './languages/crossLanguageCues';
import { kindById, phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { STOP_WORDS } from './mentions';
import type { Token } from './normalizeText';
import { inflectionStem } from './wordStem';

/** Words that ask when, how long or at what level a schedule runs; they name nothing. */
const ASKING = new Set(['when', 'time', 'what', 'long', 'otherwise', 'rest', 'day', 'night', 'morning', 'evening', 'afternoon',
  'overnight', 'weekday', 'weekend', 'bedtime', 'daytime', 'nighttime', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'daily', 'weekly', 'temp', 'temperature', 'hot', 'warm', 'level', 'usually', 'normally', 'typically',
  'often', 'start', 'stop', 'end', 'come', 'get', 'go', 'run', 'drop', 'turn', 'kick', 'switch', 'begin', 'finish', 'set',
  'minute', 'hour', 'hours', 'o\'clock', 'clock', 'schedule', 'timer', 'each', 'per', 'automatically', 'itself', 'again', 'next',
  // "when does he do his rounds": a round is a run, and whose it is names nothing.
  'round', 'rounds', 'his', 'her', 'its', 'their', 'why']);
/** "why does the immersion come on at 2": why something runs on its own is what its schedule says (its reason). */
const RUN_VERBS = ['come', 'turn', 'switch', 'go', 'start', 'run', 'kick', 'stop'];

/** Words that make it another question: a date in the notes ("when is the service due"), a past event. */
const NOT_A_SCHEDULE = new Set(['due', 'expire', 'expiry', 'warranty', 'service', 'serviced', 'maintenance', 'inspection', 'last', 'installed', 'bought', 'happen', 'happens']);

/** Does the question ask about the run of a schedule at all? */
export function asksScheduleTiming(keys: ReadonlySet<string>): boolean {
  if ([...keys].some((k) => NOT_A_SCHEDULE.has(k))) return false;
  if (keys.has('why') && RUN_VERBS.some((k) => keys.has(k))) return true;
  // "what hours does the workshop dehumidifier run": the hours it runs are its schedule's.
  if ((keys.has('what') || keys.has('which')) && (keys.has('hour') || keys.has('hours')) && RUN_VERBS.some((k) => keys.has(k))) return true;
  return keys.has('when') || keys.has('otherwise') || (keys.has('rest') && (keys.has('day') || keys.has('time'))) || (keys.has('what') && keys.has('time')) || (keys.has('how') && keys.has('long'));
}

/** The devices a schedule or clock-timed automation runs whose words say every content word of the question. */
export function scheduledDevicesAsked(snapshot: HomeSnapshot, tokens: readonly Token[]): Entity[] {
  const keys = new Set(tokens.map((t) => t.key));
  if (!asksScheduleTiming(keys)) return [];
  const asked = tokens.map((t) => t.key).filter((k) => k.length >= 3 && !STOP_WORDS.has(k) && !ASKING.has(k) && !/^\d/.test(k));
  if (asked.length === 0) return [];
  const fits: Entity[] = [];
  for (const [deviceId, runners] of snapshot.runnersOfDevice) {
    const timed = runners.filter((r) => r.entity_type === 'schedule' || isTimed(r));
    const device = snapshot.byId.get(deviceId);
    if (!device || timed.length === 0) continue;
    const { words, stems } = wordsOf(snapshot, device, timed);
    if (asked.every((k) => words.has(k) || stems.has(inflectionStem(k) ?? k))) fits.push(device);
  }
  // "why does biji's lamp turn on at night": a device named whole that nothing timed runs is what is asked about (its
  // motion automation answers), never another lamp whose schedule's words happen to say "biji" and "lamp".
  if (fits.length > 0 && namesUntimedDevice(snapshot, tokens, fits)) return [];
  // The device the question names by its own name ("when does Bojler heat") is meant, not every one of its kind.
  const byName = fits.filter((d) => phraseKey(d.name).split(' ').some((k) => asked.includes(k)));
  if (byName.length) return byName;
  // A device a schedule manages is what "when does … run" means before one an automation switches at a time.
  const bySchedule = fits.filter((d) => snapshot.runnersOfDevice.get(d.id)?.some((r) => r.entity_type === 'schedule'));
  return bySchedule.length ? bySchedule : fits;
}

/** True when some run of the question's words is the whole name of a device that is not among those that fit. */
function namesUntimedDevice(snapshot: HomeSnapshot, tokens: readonly Token[], fits: readonly Entity[]): boolean {
  const keys = tokens.map((t) => t.key);
  for (let i = 0; i < keys.length; i++) {
    for (let n = 2; n <= Math.min(snapshot.longestPhrase, keys.length - i); n++) {
      const phrase = keys.slice(i, i + n).join(' ');
      const named = (snapshot.phrases.get(phrase) ?? []).filter((e) => e.entity_type === 'device' && phraseKey(e.name) === phrase);
      if (named.length > 0 && named.every((e) => !fits.includes(e))) return true;
    }
  }
  return false;
}

/** Every word a device and what runs it say, with their stems and the English words for other-language ones. */
function wordsOf(snapshot: HomeSnapshot, device: Entity, runners: readonly Entity[]): { words: Set<string>; stems: Set<string> } {
  const texts: string[] = [device.name];
  for (const field of ['description', 'model']) {
    const v = device.content[field];
    if (typeof v === 'string') texts.push(v);
  }
  const aliases = device.content['aliases'];
  if (Array.isArray(aliases)) texts.push(...aliases.filter((a): a is string => typeof a === 'string'));
  for (const id of snapshot.kindsOfDevice.get(device.id)?.keys() ?? []) {
    const kind = kindById(id);
    if (kind) texts.push(kind.singular, kind.plural, ...kind.phrases);
  }
  const place = snapshot.placeOfDevice.get(device.id);
  if (place) texts.push(place.name, ...placeAliases(snapshot, place));
  for (const runner of runners) texts.push(runner.name, ...stringsIn(runner.content));
  const words = new Set<string>();
  // Stems of inflected words only: "watered" is "watering", but "heating" is no "heat (recovery)".
  const stems = new Set<string>();
  for (const text of texts) {
    for (const key of phraseKey(text.replace(/[_()/,]/g, ' ')).split(' ')) {
      if (!key) continue;
      words.add(key);
      const stem = inflectionStem(key);
      if (stem) stems.add(stem);
      for (const english of englishWords(key)) words.add(english);
    }
  }
  return { words, stems };
}

/** Other-language modifier word → the English words it translates ("café" → coffee). */
let englishOf: Map<string, string[]> | undefined;
function englishWords(key: string): readonly string[] {
  if (!englishOf) englishOf = englishOfModifiers();
  return englishOf.get(key) ?? [];
}

function englishOfModifiers(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const english of Object.keys(CUES_LEXICON.modifiers)) {
    for (const word of modifierTranslations(english)) {
      const key = phraseKey(word);
      map.set(key, [...(map.get(key) ?? []), english]);
    }
  }
  return map;
}

/** The everyday names of a place ("garden" for "Jardim"), read once per snapshot. */
const ALIASES_OF = new WeakMap<HomeSnapshot, Map<string, string[]>>();
function placeAliases(snapshot: HomeSnapshot, place: Entity): string[] {
  let byPlace = ALIASES_OF.get(snapshot);
  if (!byPlace) {
    byPlace = new Map();
    for (const [alias, entities] of snapshot.aliases) {
      for (const e of entities) if (e.entity_type === 'room' || e.entity_type === 'zone') byPlace.set(e.id, [...(byPlace.get(e.id) ?? []), alias]);
    }
    ALIASES_OF.set(snapshot, byPlace);
  }
  return byPlace.get(place.id) ?? [];
}

/** Fields naming other things (the devices an automation acts on, what triggers it): not words of this device. */
const OTHER_THINGS = new Set(['actions', 'action', 'device', 'devices', 'trigger', 'conditions', 'condition', 'target', 'targets']);

/** String values anywhere in a schedule's content ("lawn" of `zones: [{zone: "lawn", minutes: 20}]`). */
function stringsIn(value: unknown, depth = 0): string[] {
  if (typeof value === 'string') return /^\d/.test(value) ? [] : [value];
  if (depth > 3 || !value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).filter(([k]) => !OTHER_THINGS.has(k)).flatMap(([, v]) => stringsIn(v, depth + 1));
}

/** An automation set off by the clock or the sun ("at 22:30", "sunset") is a schedule by another name. */
export function isTimed(automation: Entity): boolean {
  const trigger = automation.content['trigger'];
  if (typeof trigger === 'string') return /\b(time|timer|schedule|cron|daily|sunset|sunrise|\d{1,2}:\d{2})\b/i.test(trigger);
  if (!trigger || typeof trigger !== 'object') return false;
  const t = trigger as Record<string, unknown>;
  return (typeof t['type'] === 'string' && /^(time|timer|schedule|cron|sun|sunset|sunrise|time_pattern)$/i.test(t['type'])) || 'at' in t || 'cron' in t;
}

/** Actions that end what a device does: a timed rule made only of these puts it away, it does not run it. */
const ENDING_ACTION = /^(turn_?off|off|switch_?off|stop|close|lock|pause|standby|power_?off|disable)$/i;

/**
 * "is there a schedule for the telly" where only a good-night rule switches it off at 23:30: that rule is no timetable
 * of the telly. A timed automation is a schedule of a device only when it starts or sets it (or says nothing of how).
 */
export function timedFor(automation: Entity, deviceName: string): boolean {
  if (!isTimed(automation)) return false;
  const actions = automation.content['actions'];
  if (!Array.isArray(actions)) return true;
  const own = actions.filter((a): a is Record<string, unknown> => !!a && typeof a === 'object' && (a as Record<string, unknown>)['device'] === deviceName);
  return own.length === 0 || own.some((a) => typeof a['action'] !== 'string' || !ENDING_ACTION.test(a['action']));
}
