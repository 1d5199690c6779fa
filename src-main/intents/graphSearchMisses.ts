// When the graph search finds nothing (split from answerGraphSearch.ts, a pure move): the honest "nothing", unless a
// kind the words name is in the home under other words, things of the type asked are listed or read, or devices
// mention a word of it; and the word matching the search uses (the same stem, a kind's synonym).
import type { Entity } from '../../src-shared/protocol/entities';
import { coveredKinds, DEVICE_KINDS, kindForPhrase, phraseKey } from './deviceKinds';
import { tokenize } from './normalizeText';
import { thingSayings } from './homeWords';
import { LIST_MAX, listOrSentence, placeName } from './AnswerBuilder';
import { devicesOfKindsNamed } from './noneGuard';
import { devicesReporting, openStateOf } from './deviceReadings';
import { withFreshness } from './answerText';
import type { IntentAnswerInput } from './IntentAnswerInput';
import { inflectionStem } from './wordStem';
import { openMeaningOf } from './openingMeaning';

/** "open" or "closed" when the question asks whether things are in that state. */
function openAsked(words: readonly string[]): 'open' | 'closed' | undefined {
  if (words.includes('open')) return 'open';
  return words.includes('closed') || words.includes('shut') ? 'closed' : undefined;
}

/** The honest "nothing" for an existence question, unless a kind it names is in the home under other words. */
export function nothingMatches(input: IntentAnswerInput, query: string): string {
  const found = devicesOfKindsNamed(input.snapshot, query);
  if (found.length > 0) {
    const devices = [...new Set(found.flatMap((f) => f.devices))];
    input.answer.cite(...devices);
    const kinds = found.map((f) => f.kind.plural).join(' and ');
    return listOrSentence(`Nothing is called “${query}”, but this home has ${kinds}:`, devices.map((d) => d.name));
  }
  // "any doors open?": a word for a type of thing the graph holds (doors, windows, rooms, notes) is never "nothing".
  const types = new Set(tokenize(query).map((t) => t.key));
  const ofType = [...input.snapshot.byId.values()].filter((e) => types.has(e.entity_type)).sort((a, b) => a.name.localeCompare(b.name));
  const asked = openAsked(input.match.words);
  const read = asked ? ofType.filter((e) => openStateOf(e) !== undefined) : [];
  if (asked && read.length > 0) {
    // "any doors open?": the ones in that state, out of those with a reading; the others are counted, not listed.
    const type = `${read[0]?.entity_type ?? ''}${read.length === 1 ? '' : 's'}`;
    const inState = read.filter((e) => openMeaningOf(e) === asked);
    input.answer.cite(...inState);
    if (inState.length === 0) return withFreshness(`No, none of the ${read.length} ${type} is ${asked}.`, input.context.freshness.label);
    return withFreshness(listOrSentence(`${inState.length} of ${read.length} ${type} ${inState.length === 1 ? 'is' : 'are'} ${asked}:`, inState.map((e) => e.name)), input.context.freshness.label);
  }
  if (ofType.length > 0) {
    input.answer.cite(...ofType.slice(0, LIST_MAX));
    return listOrSentence(`This home has ${ofType.length} ${ofType[0]?.entity_type ?? ''}${ofType.length === 1 ? '' : 's'}:`, ofType.map((e) => {
      const open = openStateOf(e);
      return open ? `${e.name} (${open})` : e.name;
    }));
  }
  // "any leaks?": the leak sensors' `leak: false` is the answer, whatever no text says.
  const reporting = devicesReporting(input.snapshot.devices, [...types]);
  if (reporting.length > 0) {
    input.answer.cite(...reporting.slice(0, LIST_MAX).map((r) => r.device));
    // "where is the co2 meter": the device that measures it is the meter asked for, so where it is is said with it.
    const placeOf = (e: Entity): Entity | undefined => (input.match.words.includes('where') ? input.snapshot.placeOfDevice.get(e.id) : undefined);
    input.answer.cite(...reporting.slice(0, LIST_MAX).map((r) => placeOf(r.device)));
    const line = (r: (typeof reporting)[number]): string => {
      const place = placeOf(r.device);
      return `${r.device.name}${place ? ` (in ${placeName(place)})` : ''}: ${r.reading}`;
    };
    return withFreshness(listOrSentence(`Nothing is called “${query}”, but ${reporting.length === 1 ? 'this device reports it' : `these ${reporting.length} devices report it`}:`, reporting.slice(0, LIST_MAX).map(line)), input.context.freshness.label);
  }
  // "do we have a pet feeder" where a device is described as an "automatic cat feeder": nothing matches the whole
  // phrase, but "no device mentions it" would be false. The devices whose own words hold a word of it are named.
  const partly = devicesMentioningAWordOf(input, query);
  if (partly) return partly;
  // "where are the recordings stored", "where is it kept": a question about where, what or how of something, whose
  // leftover words match nothing, was not understood; only a question whether the home has a thing is answered "none".
  if (input.match.words.some((w) => INFORMATION_ASKED.has(w))) {
    return `I couldn't find what “${query}” refers to in this home's devices, rooms, notes or manuals.`;
  }
  return `I found nothing matching “${query}” in this home: no device, room, note or manual mentions it.`;
}

/** Question words that ask something about a thing, not whether there is one. */
const INFORMATION_ASKED = new Set(['where', 'what', 'how', 'which', 'who', 'why', 'when']);

/** Devices and places whose name, description or model holds one of the query's words (the last word first). */
function devicesMentioningAWordOf(input: IntentAnswerInput, query: string): string | undefined {
  const words = tokenize(query).map((t) => t.key).filter((k) => k.length >= 4).reverse();
  const sayings = thingSayings(input.snapshot).filter(({ entity }) => entity.entity_type !== 'door' && entity.entity_type !== 'window');
  for (const word of words) {
    const hits: Array<{ entity: Entity; said: string }> = [];
    for (const { entity, said } of sayings) {
      const saying = said.find(({ keys }) => keys.has(word) || sameStem(word, keys));
      if (saying) hits.push({ entity, said: saying.text });
      if (hits.length > 6) break;
    }
    if (hits.length === 0 || hits.length > 6) continue;
    input.answer.cite(...hits.map((h) => h.entity));
    // "where is the pet feeder": a device described as an "automatic cat feeder" is that device, so where it is
    // is the answer, said with it.
    const where = input.match.words.includes('where');
    const placeOf = (e: Entity): Entity | undefined => (where ? input.snapshot.placeOfDevice.get(e.id) : undefined);
    input.answer.cite(...hits.map((h) => placeOf(h.entity)));
    const lines = hits.map((h) => {
      const place = placeOf(h.entity);
      const at = place ? `, in ${placeName(place)}` : '';
      return h.said === h.entity.name ? `${h.entity.name}${at ? ` (${at.slice(2)})` : ''}` : `${h.entity.name} (“${h.said}”${at})`;
    });
    return listOrSentence(`Nothing here is called “${query}”, but ${hits.length === 1 ? 'this mentions' : 'these mention'} “${word}”:`, lines);
  }
  return undefined;
}

/** "replacing" ~ "replace", "serviced" ~ "service": the same first five letters. */
export function sameStem(key: string, have: ReadonlySet<string>): boolean {
  if (key.length < 5) return false;
  // "jammed" ~ "jams": the same word less its ending.
  const bare = inflectionStem(key);
  for (const h of have) if ((bare !== undefined && (h === bare || inflectionStem(h) === bare)) || inflectionStem(h) === key) return true;
  const stem = key.slice(0, 5);
  for (const h of have) if (h.length >= 5 && h.startsWith(stem)) return true;
  return false;
}

/** A kind word said one way and written another ("ac" vs "mini-split", "heating" vs "HVAC"), via the kind lexicon. */
export function synonymIn(key: string, haveText: string): boolean {
  const kind = kindForPhrase(key);
  if (!kind) return false;
  const family = [kind, ...DEVICE_KINDS.filter((k) => coveredKinds(k).has(kind.id) && k.id !== kind.id)];
  return family.some((k) => k.phrases.some((p) => haveText.includes(` ${phraseKey(p)} `)));
}
