// A home may hold a second house: a cottage, quinta, caravan, bach or summer house modelled as a zone part_of the home,
// with its own rooms. The home's graph links both houses through part_of, so a name or kind said "at the quinta" or
// "in the flat" (the home's own name) was dropped and the command or count took every house's devices ("open the
// garage of the PH" proposed the quinta's gate). This is the notion of a site, read from the home's data alone:
//   - an away site is a zone with an address or location of its own, a kind that says it is a second house, or a
//     description that says it is used at weekends or holidays (lexicon/sites.json); a zone whose name shares a
//     distinctive word with it ("Esterno lago" of "Casa al lago", "Grunden i Hornbæk" of "sommerhus in Hornbæk") is
//     part of the same site;
//   - the main site is the home less its away sites, called by the home's own name ("PH Palermo", "Chan Family Flat");
//   - a site is said by a distinctive word of its names (no grammar word, no kind word, no word of a place or device
//     outside it), and, when the home has one away site, by the words people use for a second house ("the summer
//     house", "the quinta", "the cottage").
import { z } from 'zod';
import type { Entity } from '../../src-shared/protocol/entities';
import lexicon from './lexicon/sites.json';
import { kindForPhrase, phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { placeWithin } from './innerZoneDevices';

const LEXICON = z.object({ awayMarks: z.array(z.string().min(1)), siteKinds: z.array(z.string().min(1)), siteNouns: z.array(z.string().min(1)) }).strict().parse(lexicon);
const AWAY_MARKS = LEXICON.awayMarks.map(phraseKey);
const SITE_KINDS: ReadonlySet<string> = new Set(LEXICON.siteKinds.map(phraseKey));
const SITE_NOUNS = LEXICON.siteNouns.map(phraseKey).sort((a, b) => b.length - a.length);
/** Words in names that say nothing of which house ("Casa al lago", "Te Whare o Aroha", "Huus Wipkingen"). */
const NOT_DISTINCT: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'of', 'at', 'in', 'on', 'by', 'i', 'o', 'e', 'y', 'te', 'de', 'da', 'do', 'di', 'du', 'del', 'al', 'la', 'le', 'el', 'lo', 'los', 'las',
  'der', 'die', 'das', 'den', 'det', 'les', 'des', 'aux', 'chez', 'van', 'von', 'och', 'og', 'und', 'na', 'ya', 'wa', 'ng', 'mga', 'sa', 'our', 'my', 'family', 'main', 'old', 'new',
  'house', 'home', 'casa', 'haus', 'huus', 'hus', 'huset', 'kuca', 'talo', 'nyumba', 'bahay', 'whare', 'maison', 'place', 'room', 'zone', 'area', 'floor',
]);

export interface Site {
  /** The zones of an away site; none for the main site. */
  zones: Entity[];
  /** What the site is called in an answer. */
  name: string;
  away: boolean;
  /** Distinctive words and phrases (phrase keys) that say this site. */
  words: Set<string>;
}

const SITES = new WeakMap<HomeSnapshot, Site[]>();

/** The home's sites, the main one first; empty when the home has no away site. */
export function homeSites(snapshot: HomeSnapshot): Site[] {
  const cached = SITES.get(snapshot);
  if (cached) return cached;
  const zones = [...snapshot.byId.values()].filter((e) => e.entity_type === 'zone');
  const address = snapshot.homes.length === 1 ? snapshot.homes[0]?.content['address'] : undefined;
  const at = ` ${phraseKey(typeof address === 'string' ? address : '')} `;
  const isAway = (z: Entity): boolean => isAwayZone(z) || otherCity(z, at);
  const marked = zones.filter((z) => isAway(z) && !zones.some((o) => o !== z && isAway(o) && placeWithin(snapshot, z, o)));
  const away: Site[] = [];
  for (const zone of marked) {
    const words = new Set([...nameWords(zone.name), ...descriptionWords(zone), ...cityWords(zone)]);
    const joined = away.find((s) => s.zones.some((z) => shareWord(z, zone)));
    if (joined) { joined.zones.push(zone); for (const w of words) joined.words.add(w); } else away.push({ zones: [zone], name: zone.name, away: true, words });
  }
  // "Esterno lago" beside "Casa al lago": a zone named with a site's distinctive word is part of that site.
  for (const zone of zones) {
    if (away.some((s) => s.zones.includes(zone) || s.zones.some((z) => placeWithin(snapshot, zone, z)))) continue;
    // "Plac na vikendici" beside "Vikendica (Fruška Gora)": with one away site, a zone named with a word people use
    // for a second house (in any case, lexicon/sites.json) is part of it too.
    const site = away.find((s) => nameWords(zone.name).some((w) => s.words.has(w))) ?? (away.length === 1 && nameWords(zone.name).some((w) => SITE_NOUNS.includes(w)) ? away[0] : undefined);
    if (site) { site.zones.push(zone); for (const w of nameWords(zone.name)) site.words.add(w); }
  }
  const home = snapshot.homes.length === 1 ? snapshot.homes[0] : undefined;
  const sites = away.length === 0 || !home ? [] : [{ zones: [], name: home.name, away: false, words: new Set(nameWords(home.name).filter((w) => !residentWord(home, w))) }, ...away];
  if (away.length === 1 && away[0]) for (const noun of SITE_NOUNS) if (!sites[0]?.words.has(noun)) away[0].words.add(noun);
  for (const site of sites) for (const word of [...site.words]) if (!distinct(snapshot, sites, site, word)) site.words.delete(word);
  SITES.set(snapshot, sites);
  return sites;
}

/** The site an entity lies in (device through its place, a room or zone through its parents). */
export function siteOf(snapshot: HomeSnapshot, entity: Entity): Site | undefined {
  return siteAmong(snapshot, homeSites(snapshot), entity);
}

function siteAmong(snapshot: HomeSnapshot, sites: readonly Site[], entity: Entity): Site | undefined {
  if (sites.length === 0) return undefined;
  const place = ['room', 'zone', 'home'].includes(entity.entity_type) ? entity : snapshot.placeOfDevice.get(entity.id);
  if (!place) return undefined;
  const away = sites.find((s) => s.away && s.zones.some((z) => z.id === place.id || placeWithin(snapshot, place, z)));
  return away ?? (place.entity_type === 'home' && entity.entity_type === 'home' ? undefined : sites[0]);
}

/** The one site the words say ("… del ph", "at tigh na mara", "in the summer house"); none when none or two are said. */
export function siteSaid(snapshot: HomeSnapshot, words: readonly string[]): Site | undefined {
  const sites = homeSites(snapshot);
  if (sites.length === 0) return undefined;
  const text = ` ${words.join(' ')} `;
  const said = sites.filter((s) => [...s.words].some((w) => text.includes(` ${w} `)));
  return said.length === 1 ? said[0] : undefined;
}

/** The words of a site said in the text, to take them out of what the rest names ("garage ph" → "garage"). */
export function withoutSiteWords(site: Site, text: string): string {
  let key = ` ${phraseKey(text)} `;
  for (const word of [...site.words].sort((a, b) => b.length - a.length)) key = key.split(` ${word} `).join(' ');
  return key.trim();
}

function isAwayZone(zone: Entity): boolean {
  const c = zone.content;
  if (typeof c['address'] === 'string' || typeof c['location'] === 'string') return true;
  const kind = c['kind'] ?? c['type'];
  if (typeof kind === 'string' && SITE_KINDS.has(phraseKey(kind))) return true;
  const description = typeof c['description'] === 'string' ? ` ${phraseKey(c['description'])} ` : '';
  return AWAY_MARKS.some((m) => description.includes(` ${m} `));
}

/** "city": "Chiang Mai" on a zone of a home in Bangkok: a house in another town (the home's own town is no mark). */
function otherCity(zone: Entity, homeAddress: string): boolean {
  const city = zone.content['city'];
  return typeof city === 'string' && phraseKey(city) !== '' && !homeAddress.includes(` ${phraseKey(city)} `);
}

/** The town of an away zone says it ("at Chiang Mai", "à Quiberon"), the whole name or its distinctive words. */
function cityWords(zone: Entity): string[] {
  const city = zone.content['city'];
  return typeof city === 'string' ? [phraseKey(city), ...nameWords(city)].filter((w) => w !== '') : [];
}

function nameWords(name: string): string[] {
  return phraseKey(name).split(' ').filter((w) => w.length >= 2 && /^\p{L}+$/u.test(w) && !NOT_DISTINCT.has(w) && !kindForPhrase(w));
}

/** What the description calls the site ("Holiday cottage", "the holiday bach at Raglan", "sommerhus in Hornbæk"). */
function descriptionWords(zone: Entity): string[] {
  const description = zone.content['description'];
  const kind = zone.content['kind'];
  const text = ` ${phraseKey(`${typeof description === 'string' ? description : ''} ${typeof kind === 'string' ? kind : ''}`)} `;
  return SITE_NOUNS.filter((n) => text.includes(` ${n} `));
}

function shareWord(a: Entity, b: Entity): boolean {
  const words = new Set([...nameWords(a.name), ...descriptionWordsAll(a)]);
  return [...nameWords(b.name), ...descriptionWordsAll(b)].some((w) => words.has(w) && !SITE_NOUNS.includes(w) && !AWAY_MARKS.includes(w));
}

function descriptionWordsAll(zone: Entity): string[] {
  const description = zone.content['description'];
  return typeof description === 'string' ? nameWords(description).filter((w) => w.length >= 4) : [];
}

/** "Te Whare o Aroha": a resident's name in the home's name says a person, not the house. */
function residentWord(home: Entity, word: string): boolean {
  const people = [home.content['owner'], ...(Array.isArray(home.content['residents']) ? home.content['residents'] : [])].filter((p): p is string => typeof p === 'string');
  return people.some((p) => phraseKey(p).split(' ').includes(word));
}

/** A word says a site only when no place or device outside it is called by it, and no other site claims it. */
function distinct(snapshot: HomeSnapshot, sites: readonly Site[], site: Site, word: string): boolean {
  if (sites.some((s) => s !== site && s.words.has(word))) return false;
  for (const e of snapshot.byId.values()) {
    if (!['room', 'zone', 'device', 'door', 'window'].includes(e.entity_type)) continue;
    if (!` ${phraseKey(e.name)} `.includes(` ${word} `)) continue;
    // A door linked to no place says nothing either way ("Puerta garage quinta" with only its connects_to edges).
    const at = siteAmong(snapshot, sites, e);
    if (at && at !== site && !site.zones.includes(e)) return false;
  }
  return true;
}
