// "we're going to the bústaður this weekend, what schedules run up there", "which manuals do we have for the cottage
// stuff": a second house of the home (homeSites.ts) said with a question about schedules, automations or manuals asks
// about that house, not about one device. The device slot took "up there" for the heater in the loft, or the house's
// word for the devices whose names hold it ("Hitanemi sumarhús", …), and answered "no schedule runs <device>" or "no
// manual for <device>", a wrong none about a question nobody asked. When the sentence says an away site and the
// device slot's words are only that site's words and words that point at a place ("up there", "stuff"), the slot is
// dropped: the answer lists the home's automations and schedules or documents, which holds those of that house.
import { phraseKey } from './deviceKinds';
import { siteSaid, withoutSiteWords } from './homeSites';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';

const ASKED_OF_DEVICE: ReadonlySet<string> = new Set(['manual_for', 'schedules_for_device', 'automations_for_device']);
/** Words that point at a place or at its things, never a device of their own. */
const POINTING: ReadonlySet<string> = new Set(['the', 'up', 'down', 'over', 'out', 'there', 'at', 'in', 'for', 'of', 'our', 'stuff', 'thing', 'things', 'device', 'devices', 'everything', 'all']);

/** The question without its device when it names only an away site, or the match as it was. */
export function siteAsked(match: IntentMatch, said: string, snapshot: HomeSnapshot): IntentMatch {
  if (!ASKED_OF_DEVICE.has(match.intent)) return match;
  const slot = match.slots['device'];
  if (!slot || (slot.type !== 'entity' && slot.type !== 'ambiguous')) return match;
  const site = siteSaid(snapshot, phraseKey(said).split(' '));
  if (!site?.away) return match;
  const rest = withoutSiteWords(site, slot.text).split(' ').filter(Boolean);
  if (!rest.every((w) => POINTING.has(w))) return match;
  const { device: _device, ...slots } = match.slots;
  // Schedules and automations with no device are the home's list of them (list_automations).
  return { ...match, intent: match.intent === 'manual_for' ? match.intent : 'list_automations', slots };
}
