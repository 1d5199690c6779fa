// "which one is not locked" after "are all the doors locked?", "which of those is off" after the Daikin ACs were
// listed, "and which are on" after the lights of a room: which of the devices just listed are in a state. Said with
// "one", "is", "not" or "and" first, the turn had no group word the follow-up reader takes over a list ("which of them
// are …"), so it was declined or read as a question about the whole place. Said again in that form (on/off: over
// exactly what was listed), or, for locks and openings, as the same kind asked of again ("which doors are unlocked").
import type { Focus } from './ConversationFocus';
import { kindById } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';

const WHICH_STATE = /^(?:and\s+|so\s+|ok\s+)?(?:which|what)(?:\s+ones?|\s+of\s+(?:them|those|these))?\s+(?:is|are|['’]s)?\s*(not\s+)?(on|off|locked|unlocked|open|closed|shut)(?:\s+(?:now|right now|still))?\s*[?.!]*$/i;
const OPPOSITE: Record<string, string> = { on: 'off', off: 'on', locked: 'unlocked', unlocked: 'locked', open: 'closed', closed: 'open', shut: 'open' };
/** States the answer over a list keeps to what was listed (kind_on is read within the list). */
const OVER_LIST = new Set(['on', 'off']);

/** The turn said as a question over what the last answer listed, or undefined when it is not one. */
export function whichListedInState(text: string, focus: Focus, snapshot: HomeSnapshot): string | undefined {
  const found = WHICH_STATE.exec(text.trim());
  const said = found?.[2]?.toLowerCase();
  if (!found || !said || focus.listed.filter((e) => e.entity_type === 'device').length < 2) return undefined;
  const state = found[1] ? OPPOSITE[said] : said === 'shut' ? 'closed' : said;
  if (!state) return undefined;
  if (OVER_LIST.has(state)) return `which of them are ${state}`;
  const kind = focus.slots['kind'];
  // Whatever is locked or not is read as a lock ("Side Gate" among the door locks).
  const plural = kind?.type === 'kind' ? kind.text : sharedKindPlural(focus, snapshot) ?? (/locked/.test(state) ? 'locks' : undefined);
  return plural ? `which ${plural} are ${state}` : undefined;
}

/** The narrowest kind every listed device is ("locks"), if they share one. */
function sharedKindPlural(focus: Focus, snapshot: HomeSnapshot): string | undefined {
  const [first, ...rest] = focus.listed.filter((e) => e.entity_type === 'device');
  if (!first) return undefined;
  const common = [...(snapshot.kindsOfDevice.get(first.id)?.keys() ?? [])].filter((id) => rest.every((d) => snapshot.kindsOfDevice.get(d.id)?.has(id)));
  return common.map((id) => kindById(id)).find((k) => k !== undefined && !k.includes?.length)?.plural;
}
