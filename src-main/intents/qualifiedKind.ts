// A kind said with a word that picks one of a kind ("the wine fridge", "the chest freezer") where no device of the
// kind carries that word, but another device does and is of a family that holds the kind: "Hladnjak za vino" of type
// appliance, described as a "wine cooler", is the wine fridge; the plain "Hladnjak" (a fridge-freezer) never is.
import type { Entity } from '../../src-shared/protocol/entities';
import { ALL_CUES } from './cueWords';
import { modifierTranslations } from './languages/crossLanguageCues';
import { coveredKinds, describedKinds, kindById, kindForPhrase, phraseKey, type DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { homeUses } from './homeWords';
import { devicesSaying } from './kindEvidence';
import { membersOfKind } from './kindMembers';
import { devicesNamedAsKind } from './kindNamedGroup';
import { STOP_WORDS, type Mention } from './mentions';
import { plainLetters, type Token } from './normalizeText';
import { openingSayings } from './placeVocabulary';

const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'your']); // "her radiator": whose, not which

export interface KindWords {
  /** A word before the kind that nothing here carries, or that only another kind of device does: no such one here. */
  qualifier?: string;
  /** The kind with the word before it ("radiator thermostats"), which may pick some of the kind. */
  refine?: string;
  /** The one device the qualified kind means ("the wine fridge" for the appliance described "wine cooler"). */
  device?: Entity;
}

/** What the word right before a kind mention says about which of the kind is meant. */
export function kindWords(snapshot: HomeSnapshot, tokens: readonly Token[], kindMention: Mention | undefined, inMention: (i: number) => boolean): KindWords {
  if (!kindMention) return {};
  const before = tokens[kindMention.start - 1];
  const whole = kindMention.text.includes(' ') ? kindMention.text : undefined;
  const word = before && !inMention(kindMention.start - 1) && !STOP_WORDS.has(before.key) && !ALL_CUES.has(before.key) && before.key.length >= 3 ? before : undefined;
  if (!word) return { refine: whole };
  // "the wine fridge", "the aquarium heater": a word right before the kind that nothing in this home uses says
  // which one is meant; the answer must say there is no such one rather than list every fridge or pick the one.
  const possessive = POSSESSIVES.has(word.key);
  // "the block heater" for a plug described "engine block heater socket": the one device whose own words say the
  // whole phrase is meant, whatever kind its type gives it.
  const saying = possessive ? [] : devicesSaying(snapshot.devices.filter((d) => ownWords(d).has(word.key)), `${word.text} ${kindMention.text}`);
  if (saying.length === 1 && saying[0]) return { device: saying[0], refine: whole };
  // "the block heaters": several devices outside the kind named by the whole phrase (kindNamedGroup.ts).
  if (!possessive && kindMention.kind && devicesNamedAsKind(snapshot, word.text, kindMention.kind).length > 0) return { refine: `${word.text} ${kindMention.text}` };
  if (!possessive && !homeUses(snapshot, word.text, word.key)) return { qualifier: word.text, refine: whole };
  // A word the home uses that only devices of another kind carry: the one that fits is meant, never a plain member.
  const byWord = kindMention.kind && !possessive ? qualifiedKind(snapshot, word, kindMention.kind) : undefined;
  if (byWord?.device) return { device: byWord.device, refine: whole };
  if (byWord?.plainIsNot) return { qualifier: word.text, refine: whole };
  // "radiator thermostats", "floor lamps": a word the home does use, or a kind word before the head, may pick some
  // of the kind by their own words (answers narrow only when some devices say the whole phrase).
  return { refine: `${word.text} ${kindMention.text}` };
}

/** Words a question puts before a kind that say nothing about which one ("the smart fridge", "the main fridge"). */
const ANY_DEVICE: ReadonlySet<string> = new Set(['smart', 'connected', 'intelligent', 'wifi', 'networked', 'main', 'new', 'old', 'other', 'big', 'small']);

export interface QualifiedKind {
  /** The one device the qualified kind means, when the data singles one out. */
  device?: Entity;
  /** Devices outside the kind carry the qualifier: the plain members of the kind are not what was asked for. */
  plainIsNot: boolean;
}

/** What a qualifier word before the kind ("wine" of "wine fridge") says, or undefined when it changes nothing. */
export function qualifiedKind(snapshot: HomeSnapshot, qualifier: Token | undefined, kind: DeviceKind): QualifiedKind | undefined {
  const word = qualifier?.key ?? '';
  // A kind or opening word before the head ("door lock", "radiator thermostat") picks some of the kind, not another.
  if (word.length < 3 || kindForPhrase(word) || openingSayings(word) || ANY_DEVICE.has(word)) return undefined;
  const forms = [word, ...modifierTranslations(word)].map(plain);
  const members = membersOfKind(snapshot, kind);
  // A member's words, also inside compounds ("Weinkühlschrank"), and its room's ("the fridge in the wine cellar").
  if (members.some((d) => forms.some((f) => saidOf(snapshot, d).includes(f)))) return undefined;
  const carriers = snapshot.devices.filter((d) => ownWords(d).has(word) && !members.includes(d));
  if (carriers.length === 0) return undefined;
  // A device of a family holding the kind ("appliance" holds "fridge"), or one no kind was found for, may be it.
  const fitting = carriers.filter((d) => {
    // "Mia's fairy lights", a "smart plug for Mia's fairy lights": its description or model says it is the kind asked.
    if (describesKind(d, kind)) return true;
    // Kinds read off its capabilities alone ("temperature monitoring") say nothing about what it is.
    const kinds = [...(snapshot.kindsOfDevice.get(d.id) ?? [])].filter(([, why]) => why !== 'capability').map(([id]) => id);
    return kinds.every((id) => (kindById(id)?.includes.length ?? 0) > 0) && (kinds.length === 0 || kinds.some((id) => {
      const family = kindById(id);
      return family !== undefined && coveredKinds(family).has(kind.id);
    }));
  });
  const [one] = fitting;
  return { device: fitting.length === 1 ? one : undefined, plainIsNot: true };
}

/** Name, aliases, description and model of a device and the name and description of its room, plain, per snapshot. */
const SAID = new WeakMap<HomeSnapshot, Map<string, string>>();

function saidOf(snapshot: HomeSnapshot, device: Entity): string {
  let map = SAID.get(snapshot);
  if (!map) SAID.set(snapshot, (map = new Map()));
  let said = map.get(device.id);
  if (said === undefined) {
    const room = snapshot.placeOfDevice.get(device.id);
    const texts = [...ownTexts(device), ...(room ? [room.name, room.content['description']] : [])].filter((t): t is string => typeof t === 'string');
    said = plain(texts.join(' '));
    map.set(device.id, said);
  }
  return said;
}

const plain = plainLetters;

function ownTexts(device: Entity): string[] {
  return [device.name, ...['aliases', 'description', 'model'].flatMap((f) => {
    const v = device.content[f];
    return typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  })];
}

/** Does a device's own name, alias, description or model have the word (as a key)? */
export function deviceSays(device: Entity, key: string): boolean {
  return ownWords(device).has(key);
}

const OWN = new WeakMap<Entity, Set<string>>();

function ownWords(device: Entity): Set<string> {
  let words = OWN.get(device);
  if (words) return words;
  words = new Set(ownTexts(device).flatMap((t) => phraseKey(t).split(' ')).filter(Boolean));
  OWN.set(device, words);
  return words;
}

/** The device's description or model names the kind (or one it holds) by its head noun. */
function describesKind(device: Entity, kind: DeviceKind): boolean {
  const covered = coveredKinds(kind);
  return [device.content['description'], device.content['model']].some((v) => typeof v === 'string' && describedKinds(v).some((k) => covered.has(k.id)));
}

/**
 * "do we have a wine fridge", "microtek inverter?" where the home's fridge is named just "Fridge": a word right before
 * a device named by its kind alone, that nothing here uses, asks for another one of the kind (kindWords says there is
 * no such one), not for that device. Only when having one is asked, or the two words are the whole question: a
 * command or a state question names the device. Such a mention is left a kind mention (its device dropped).
 */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'some']);

export function dropDeviceOfQualifiedKind(snapshot: HomeSnapshot, tokens: readonly Token[], mentions: readonly Mention[], inMention: (i: number) => boolean): void {
  const keys = tokens.map((t) => t.key);
  // "have a wine fridge", "any wine fridges", "is there a wine fridge": the having is asked of the qualified kind itself.
  const hadRightBefore = (at: number): boolean => {
    let i = at - 1;
    while (i >= 0 && ARTICLES.has(keys[i] ?? '')) i--;
    return ['any', 'have', 'got', 'ha', 'has'].includes(keys[i] ?? '') || (keys[i] === 'there' && ['is', 'are'].includes(keys[i - 1] ?? ''));
  };
  for (const m of mentions) {
    const devices = m.entities.device;
    if (!m.kind || !devices?.length || devices.some((d) => phraseKey(d.name) !== phraseKey(m.text))) continue;
    if (!hadRightBefore(m.start - 1) && !(m.start === 1 && m.end === tokens.length)) continue;
    const before = tokens[m.start - 1];
    if (!before || inMention(m.start - 1) || STOP_WORDS.has(before.key) || ALL_CUES.has(before.key) || before.key.length < 3) continue;
    if (POSSESSIVES.has(before.key) || ANY_DEVICE.has(before.key) || homeUses(snapshot, before.text, before.key)) continue;
    delete m.entities.device;
    return;
  }
}
