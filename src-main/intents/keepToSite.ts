// "abrí el garage del PH", "turn off all dehumidifiers in the flat", "qué dispositivos de la quinta tienen batería":
// a house of the home said with a command or a question (homeSites.ts). The name resolvers drop the site's word when
// it names no room ("ph", "flat", "quinta" said alone), so the command took another house's device (the quinta's
// gate at tier 3 for the garage of the PH) and the count or list took every house. Re-read:
//   - a command target is kept to the devices of the site said: one left is the target, several are asked back, none
//     is said plainly with where the ones the words fit are — never proposed;
//   - a read-only question about a kind, a count or the batteries is scoped to the site's devices.
// A place said in the question (a room, a zone) stands as it is: only the whole home or no place is narrowed.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { onlyDevices } from './placeClaims';
import { membersOfKind } from './kindMembers';
import type { IntentMatch } from './IntentEngine';
import { siteOf, siteSaid, withoutSiteWords, type Site } from './homeSites';
import type { SlotValue } from './SlotResolver';
import { kindForPhrase } from './deviceKinds';

const COMMANDS: ReadonlySet<string> = new Set(['turn_on', 'turn_off', 'set_level', 'set_temperature', 'lock', 'unlock', 'arm', 'disarm', 'open', 'close']);
/** Questions answered over a set of devices, which a scope narrows. */
const SCOPED: ReadonlySet<string> = new Set(['list_kind', 'count_kind', 'count_devices', 'battery_devices', 'by_manufacturer', 'by_capability', 'kind_on']);
const PHYSICAL: ReadonlySet<string> = new Set(['device', 'door', 'window']);

/** A command target kept to the site said. */
export function keepToSite(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  if (!COMMANDS.has(match.intent)) return match;
  const slot = match.slots['target'];
  if (!slot) return match;
  const site = siteSaid(snapshot, match.words);
  if (!site) return match;
  const within = (e: Entity): boolean => siteOf(snapshot, e) === site;
  const kept = keptTarget(snapshot, slot, site, within, match.words);
  return kept ? { ...match, slots: { ...match.slots, target: kept } } : match;
}

function keptTarget(snapshot: HomeSnapshot, slot: SlotValue, site: Site, within: (e: Entity) => boolean, words: readonly string[]): SlotValue | undefined {
  // "turn off the water heater in the summer house": the place not found was the site; the kind said is taken there.
  if (slot.type === 'missing' && onlySiteWords(site, slot.text)) return kindAtSite(snapshot, slot.text, site, within, words);
  if (slot.type === 'ambiguous') {
    const inside = slot.candidates.filter(within);
    const [one] = inside;
    if (inside.length === slot.candidates.length) return undefined;
    if (inside.length === 1 && one) return { type: 'entity', text: slot.text, entity: one, how: 'synonym' };
    if (inside.length > 1) return { ...slot, candidates: inside };
    return noneAtSite(snapshot, slot.text, site, slot.candidates);
  }
  if (slot.type === 'entity' && PHYSICAL.has(slot.entity.entity_type)) return within(slot.entity) ? undefined : noneAtSite(snapshot, slot.text, site, [slot.entity]);
  if (slot.type === 'group') {
    if (slot.place && slot.place.entity_type !== 'home') return undefined;
    // "all dehumidifiers in the flat": every one of the kind, when the place said was the site's word alone.
    const devices = slot.devices ?? (slot.kind ? [...membersOfKind(snapshot, slot.kind)] : undefined);
    if (!devices || devices.length === 0) return undefined;
    const inside = devices.filter(within);
    if (inside.length === devices.length) return undefined;
    return inside.length > 0 ? { ...slot, devices: inside } : noneAtSite(snapshot, slot.text, site, devices);
  }
  return undefined;
}

/** "There is no garage at PH Palermo": the words said fit only devices of another house, named with their place. */
function noneAtSite(snapshot: HomeSnapshot, text: string, site: Site, elsewhere: readonly Entity[]): SlotValue {
  const asked = withoutSiteWords(site, text) || text;
  const named = elsewhere.slice(0, 4).map((e) => {
    const place = snapshot.placeOfDevice.get(e.id) ?? e;
    return `${e.name} (${place.name})`;
  });
  const there = named.length > 0 ? ` What fits '${asked}' is elsewhere: ${named.join(', ')}.` : '';
  return { type: 'missing', text, expected: 'device', suggestions: [], note: `I found no ${asked} at ${site.name}.${there}` };
}

/** The devices of the site a read-only question names, when it names no room or zone of its own. */
export function siteScope(match: IntentMatch, snapshot: HomeSnapshot): Entity[] | undefined {
  if (!SCOPED.has(match.intent)) return undefined;
  const place = match.slots['place'];
  if (place && !(place.type === 'entity' && place.entity.entity_type === 'home')) return undefined;
  const site = siteSaid(snapshot, match.words);
  if (!site) return undefined;
  return onlyDevices(snapshot.devices).filter((d) => siteOf(snapshot, d) === site);
}

/** Words a place phrase has around a site's name ("in the", "dito sa"). */
const FILLER: ReadonlySet<string> = new Set(['the', 'in', 'at', 'on', 'of', 'to', 'a', 'an', 'our', 'my', 'this', 'that', 'there', 'here', 'dito', 'sa', 'la', 'el', 'de', 'del', 'da', 'do', 'na', 'no', 'i', 'en']);
const MAX_KIND_WORDS = 3;

function onlySiteWords(site: Site, text: string): boolean {
  return withoutSiteWords(site, text).split(' ').every((w) => w === '' || FILLER.has(w));
}

/** The one device of the kind said within the site, or a question back among several there. */
function kindAtSite(snapshot: HomeSnapshot, text: string, site: Site, within: (e: Entity) => boolean, words: readonly string[]): SlotValue | undefined {
  const free = withoutSiteWords(site, words.join(' ')).split(' ').filter(Boolean);
  for (let n = Math.min(MAX_KIND_WORDS, free.length); n >= 1; n--) {
    for (let at = 0; at + n <= free.length; at++) {
      const kind = kindForPhrase(free.slice(at, at + n).join(' '));
      if (!kind) continue;
      const there = membersOfKind(snapshot, kind).filter(within);
      const [one] = there;
      if (there.length === 1 && one) return { type: 'entity', text, entity: one, how: 'synonym' };
      if (there.length > 1) return { type: 'ambiguous', text, expected: 'device', candidates: there.slice(0, 8), withPlaces: true };
      return undefined;
    }
  }
  return undefined;
}

/** "ilan ang aircon dito sa flat": a place not found that was only the site's words is the site (scoped below). */
export function placeAsSite(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  const place = match.slots['place'];
  // "kapija na vikendici": a zone of a second house of several zones (the house and its plot), said only by the
  // house's words, is the whole house too.
  const zoneOfSite = place?.type === 'entity' && place.entity.entity_type === 'zone';
  if (!SCOPED.has(match.intent) || (place?.type !== 'missing' && !zoneOfSite)) return match;
  const site = siteSaid(snapshot, match.words);
  if (!site || !onlySiteWords(site, place.text)) return match;
  if (zoneOfSite && !(site.zones.length > 1 && site.zones.includes(place.entity))) return match;
  const { place: _place, ...rest } = match.slots;
  return { ...match, slots: rest };
}
