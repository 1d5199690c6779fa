// "what sets off the catchment alert" for the automation "Catchment low alert": people leave a middle word out of a
// rule's name. Read word by word, "catchment" named the pumps and "alert" was the alarm kind, so the answer was about a
// smoke alarm ("No automations affect Ohana smoke alarm", a confident none). Two mentions side by side whose words are,
// in order, all but one of the words of exactly one automation's or schedule's name are that rule. Only rules: "kitchen
// light" for "Kitchen ceiling light" is left to the device readers, which know about kinds and places.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { perSnapshot } from './perSnapshot';

const PLACES: ReadonlySet<string> = new Set(['room', 'zone', 'home']);

/** The one rule whose name is the words said with one word more inside, in order; undefined otherwise (and for words
 * that name something whole, "tutu's ac" beside "Tutu's AC schedule"). */
export function gappedAutomationName(snapshot: HomeSnapshot, said: string): Entity | undefined {
  const words = phraseKey(said).split(' ').filter(Boolean);
  if (words.length < 2 || snapshot.phrases.has(words.join(' '))) return undefined;
  const names = ruleNameWords(snapshot);
  const fits = snapshot.automations.filter((rule) => {
    const name = names.get(rule) ?? [];
    return name.length === words.length + 1 && name[0] === words[0] && name[name.length - 1] === words[words.length - 1] && inOrder(words, name);
  });
  // "alarme da praia" is the alarm at the beach house, not "Alarme Disparado Praia": a place's word says where.
  return fits.length === 1 && !words.some((w) => placeWordsOf(snapshot).has(w)) ? fits[0] : undefined;
}

/** Each rule's name as word keys, once per snapshot (asked of every mention pair of every question). */
const ruleNameWords = perSnapshot((snapshot: HomeSnapshot): ReadonlyMap<Entity, readonly string[]> => new Map(snapshot.automations.map((rule) => [rule, phraseKey(rule.name).split(' ')])));

/** The words of the home's place names, once per snapshot (a 20 000-entity home must not be walked per question). */
const placeWordsOf = perSnapshot((snapshot: HomeSnapshot): ReadonlySet<string> => new Set([...snapshot.byId.values()].filter((e) => PLACES.has(e.entity_type)).flatMap((e) => phraseKey(e.name).split(' '))));

function inOrder(words: readonly string[], name: readonly string[]): boolean {
  let at = 0;
  for (const word of name) if (word === words[at]) at++;
  return at === words.length;
}
