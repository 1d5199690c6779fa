// "start the pump" in a home with an automation named "Tank Low - Start Pump" and a device "Tank Pump": the words
// "start … pump" are found in the automation's name and the command became running that automation, a proposal for the
// wrong thing. A bare kind word said as the object ("the pump", "the fan") is the home's devices of that kind (or whose names
// end in it) when it has any: the one of them, or a question which (narrowed to the site in focus by keepToSite after it). An automation
// said by a word of its own ("start the tank low automation", "run good night") is run as before.
import type { Entity } from '../../src-shared/protocol/entities';
import { kindForPhrase, phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { kindMatch } from './kindClaims';
import type { IntentMatch } from './IntentEngine';
import { nameKeyOf } from './entityNameKey';

/** Words around a kind word that name nothing ("start the pump now"). */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'my', 'our', 'a', 'that', 'this', 'now', 'please', 'pls']);
/** Most devices offered in a question back. */
const MAX_OFFERED = 6;

export function kindNotAutomation(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  const slot = match.slots['automation'];
  if (match.intent !== 'run_automation' || slot?.type !== 'entity') return match;
  const said = phraseKey(slot.text).split(' ').filter((w) => w && !ARTICLES.has(w)).join(' ');
  if (!said || phraseKey(slot.entity.name) === said) return match;
  const kind = kindForPhrase(said);
  // A kind the lexicon knows, or the head word of the devices' names ("pump" of "Tank Pump", a kind it has no entry for).
  const devices: Entity[] = kind
    ? snapshot.devices.filter((d) => kindMatch(snapshot, d, kind) !== undefined)
    : snapshot.devices.filter((d) => ` ${nameKeyOf(d)}`.endsWith(` ${said}`));
  const [one] = devices;
  if (!one) return match;
  const { automation: _automation, ...rest } = match.slots;
  const target = devices.length === 1
    ? { type: 'entity' as const, text: slot.text, entity: one, how: 'synonym' as const }
    : { type: 'ambiguous' as const, text: slot.text, expected: 'device' as const, candidates: devices.slice(0, MAX_OFFERED) };
  return { ...match, intent: 'turn_on', slots: { ...rest, target } };
}
