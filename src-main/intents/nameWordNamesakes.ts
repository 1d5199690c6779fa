// "turn on the floodlight" with "Backyard floodlight" and "Carport floodlight cam" (a camera whose floodlight switches
// on and off): the name search took the one whose name ends in the word, and the other was proposed over. A command
// whose target is one word that another device also has in its name, and that device switches as well, asks which of
// them: an action on the wrong thing is worse than a question. Only for switching (nothing implied by the verb), only
// for a single word, and only a few namesakes. The word may end a compound name word ("bomba" of "Motobomba del
// tanque" beside "Bomba de la piscina") or be another device's type ("pump" found in the model "Super Pump" of one
// pump, while another is of type pump).
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf, phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import type { ScoredSlot } from './SlotResolver';

const ARTICLES = new Set(['the', 'my', 'our', 'a', 'that', 'this']);
const MAX_NAMESAKES = 3;
const switches = (d: Entity): boolean => capabilitiesOf(d).includes('on_off');

export function nameWordNamesakes(snapshot: HomeSnapshot, keys: readonly string[], implied: unknown, found: ScoredSlot): ScoredSlot {
  const words = keys.filter((k) => !ARTICLES.has(k));
  const [word] = words;
  if (implied !== undefined || words.length !== 1 || !word || word.length < 4 || found.value.type !== 'entity' || found.value.how !== 'synonym') return found;
  const one = found.value.entity;
  if (one.entity_type !== 'device' || !switches(one) || !(namesIt(one, word) || typeIs(one, word) || modelSays(one, word))) return found;
  const others = snapshot.devices.filter((d) => d.id !== one.id && switches(d) && (namesIt(d, word) || compoundEndsIn(d, word) || typeIs(d, word)));
  if (others.length === 0 || others.length > MAX_NAMESAKES) return found;
  return { value: { type: 'ambiguous', text: found.value.text, expected: 'device', candidates: [one, ...others], withPlaces: true }, score: 0.6 };
}

const namesIt = (d: Entity, word: string): boolean => ` ${phraseKey(d.name)} `.includes(` ${word} `);
const typeIs = (d: Entity, word: string): boolean => typeof d.content['type'] === 'string' && phraseKey(d.content['type']) === word;
const modelSays = (d: Entity, word: string): boolean => typeof d.content['model'] === 'string' && ` ${phraseKey(d.content['model'])} `.includes(` ${word} `);
/** A name word that ends in the word, three letters or more before it ("motobomba"), for a word of five or more. */
const compoundEndsIn = (d: Entity, word: string): boolean => word.length >= 5 && phraseKey(d.name).split(' ').some((w) => w.length - word.length >= 3 && w.endsWith(word));
