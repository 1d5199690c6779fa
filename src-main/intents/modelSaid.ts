// "what app is the hue go on": the words said are a model ("Hue Go" of the living room lamp, "Hue Go portable" of the
// nightlight), while the name resolver, matching names only, took the one name holding some of the words ("Hue dimmer
// stue"). A device whose name does not hold every word said yields to the devices whose model says them in a row;
// several such are each answered or asked back (ambiguousReads.ts), never the namesake that is another thing.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';

const SLOTS = ['device', 'thing'];
const LEADING = new Set(['the', 'a', 'an', 'my', 'our']);
const MIN_WORDS = 2;
const MAX_ASKED = 6;

export function modelSaid(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  for (const name of SLOTS) {
    const slot = match.slots[name];
    if (slot?.type !== 'entity' || slot.how === 'exact' || slot.how === 'case' || !snapshot.devices.includes(slot.entity)) continue;
    const said = phraseKey(slot.text).split(' ').filter((w) => w && !LEADING.has(w));
    const chosenWords = new Set(phraseKey(slot.entity.name).split(' '));
    // Only a name holding some of the words but not all (the namesake), and whose own model does not say them.
    if (said.length < MIN_WORDS || said.every((w) => chosenWords.has(w)) || !said.some((w) => chosenWords.has(w))) continue;
    const phrase = ` ${said.join(' ')} `;
    if (typeof slot.entity.content['model'] === 'string' && ` ${phraseKey(slot.entity.content['model'])} `.includes(phrase)) continue;
    const models = snapshot.devices.filter((d) => typeof d.content['model'] === 'string' && ` ${phraseKey(d.content['model'])} `.includes(phrase));
    const [one] = models;
    if (!one || models.length > MAX_ASKED) continue;
    const value: IntentMatch['slots'][string] = models.length === 1
      ? { type: 'entity', text: slot.text, entity: one, how: 'synonym' }
      : { type: 'ambiguous', text: slot.text, expected: 'device', candidates: sortByName(models) };
    return { ...match, slots: { ...match.slots, [name]: value } };
  }
  return match;
}

function sortByName(devices: Entity[]): Entity[] {
  return [...devices].sort((a, b) => a.name.localeCompare(b.name));
}
