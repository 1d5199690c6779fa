// The names people call an entity by besides its own: the export's `aliases`, an abbreviation in brackets in a
// device's description, a short description of an automation, and each script's part of a room's or zone's name
// written in two ("Kitchen 廚房", "客廳 Living Room", "Majlis المجلس"): a household that writes both says either. A
// device's or note's part is no name of its own ("Garden Gate 閘" is a door beside the "Garden Gate Opener", "Dehumidifier
// Tips 抽濕機" a note about the device called 抽濕機), so only places are split.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import { dashedNameForms } from './dashedNames';

/**
 * The other names of an entity (each is indexed as a phrase and an alias of it). `placeKeys`: the keyed names of the
 * home's rooms and zones, so a script part that another place's name also says is no name of this one.
 */
export function otherNamesOf(entity: Entity, placeKeys: readonly string[] = [], zoneKeys: readonly string[] = []): string[] {
  return [...givenAliases(entity), ...nicknamesOf(entity), ...shortDescriptionName(entity), ...abbreviationsIn(entity), ...dashedNameForms(entity), ...(entity.entity_type === 'room' || entity.entity_type === 'zone' ? ownScriptParts(entity.name, placeKeys, zoneKeys) : [])];
}

/** The export's own `aliases` of an entity: its text items, blanks left out. */
export function givenAliases(entity: Entity): string[] {
  const aliases = entity.content['aliases'];
  return Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== '') : [];
}

/** Fields an export writes a name people say into, besides `aliases`. */
const NICKNAME_FIELDS = ['aka', 'nickname', 'nicknames', 'also_called'];

/** "pich" of a wood stove with `aka: "pich (Baba)"`: each name (a list, or split at commas), without who says it. */
function nicknamesOf(entity: Entity): string[] {
  const said = NICKNAME_FIELDS.flatMap((field) => entity.content[field] ?? []).flatMap((v) => (typeof v === 'string' ? v.split(/[,;/]/) : []));
  return said.map((name) => name.replace(/\([^)]*\)/g, ' ').trim()).filter((name) => /\p{L}{2}/u.test(name));
}

/** "ILP" of a heat pump described "air-source heat pump (ILP)": an abbreviation in brackets is what people call it. */
function abbreviationsIn(entity: Entity): string[] {
  const description = entity.content['description'];
  if (entity.entity_type !== 'device' || typeof description !== 'string') return [];
  return [...description.matchAll(/\(([A-Z][A-Z0-9]{1,5})\)/g)].map((m) => m[1] ?? '').filter((a) => a !== '');
}

/**
 * "holiday mode" for the automation "Tryb Wakacyjny" described as "holiday mode": an automation's description of a few
 * words is what people call it (a longer one tells what it does, and is searched, not named).
 */
function shortDescriptionName(entity: Entity): string[] {
  if (entity.entity_type !== 'automation' && entity.entity_type !== 'schedule') return [];
  const description = entity.content['description'];
  if (typeof description !== 'string') return [];
  const text = description.trim();
  return /^[\p{L}\p{N}' -]{3,40}$/u.test(text) && text.split(/\s+/).length <= 4 ? [text] : [];
}

/** Scripts written without the Latin alphabet that households mix into names. */
const OTHER_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Cyrillic}\p{Script=Greek}]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * A part said alone names this place only when it is no other place's whole name and no word of a zone's name:
 * "Cabin 寝室" beside the zone "Karuizawa Cabin" and a room "寝室" is neither "the cabin" nor "the 寝室" ("Kitchen 廚房"
 * beside "Village Kitchen" stays "the kitchen"); "1F" of "トイレ 1F" (a floor, not two letters) names no room.
 */
function ownScriptParts(name: string, placeKeys: readonly string[], zoneKeys: readonly string[]): string[] {
  const own = phraseKey(name);
  return scriptParts(name).filter((part) => {
    const key = phraseKey(part);
    if (!/\p{L}{2}/u.test(key)) return false;
    return !placeKeys.some((other) => other !== own && (other === key || (zoneKeys.some((z) => z === other) && ` ${other} `.includes(` ${key} `))));
  });
}

/** "Kitchen Light 廚房燈" → "Kitchen Light" and "廚房燈"; a name in one script has no parts. */
function scriptParts(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  const other = words.filter((w) => OTHER_SCRIPT.test(w));
  const latin = words.filter((w) => !OTHER_SCRIPT.test(w) && !/^[()[\]&/-]+$/.test(w));
  if (other.length === 0 || !latin.some((w) => LATIN_LETTER.test(w))) return [];
  return [latin.join(' '), other.join(' ')].filter((part) => part.length >= 2);
}
