// A Tamil household names the same thing in Tamil script and in Latin letters: "hall fan" is the home's "மின்விசிறி
// ஹால்", "motor" its "தண்ணீர் மோட்டார்", "அம்மா ரூம் ஃபேன்" its "Amma room fan", "thinnai fan" its "திண்ணை
// மின்விசிறி". Words are compared by their sound: Tamil script is romanized, and both sides are reduced to a consonant
// skeleton (Tamil writes no voicing and few vowel lengths people type: "fan"/"ஃபேன்", "hall"/"ஹால்", "motor"/
// "மோட்டார்" meet); a Tamil kind or room word also meets its English ("மின்விசிறி" is "fan", "சமையலறை" "kitchen").
// A run of words is read as a name only when exactly one name of the home has those words (or, for a device, has
// them among its words): two or none leave the words as typed, so the engine asks or declines as before.
import type { Entity } from '../../../src-shared/protocol/entities';
import type { HomeSnapshot } from '../HomeIndex';
import { phraseKey } from '../deviceKinds';

const CONSONANTS: Record<string, string> = {
  'க': 'k', 'ங': 'ng', 'ச': 's', 'ஞ': 'nj', 'ட': 't', 'ண': 'n', 'த': 't', 'ந': 'n', 'ப': 'p', 'ம': 'm', 'ய': 'y',
  'ர': 'r', 'ல': 'l', 'வ': 'v', 'ழ': 'l', 'ள': 'l', 'ற': 'r', 'ன': 'n', 'ஜ': 'j', 'ஷ': 's', 'ஸ': 's', 'ஹ': 'h',
};
const VOWELS: Record<string, string> = {
  'அ': 'a', 'ஆ': 'a', 'இ': 'i', 'ஈ': 'i', 'உ': 'u', 'ஊ': 'u', 'எ': 'e', 'ஏ': 'e', 'ஐ': 'ai', 'ஒ': 'o', 'ஓ': 'o', 'ஔ': 'au',
  '\u0bbe': 'a', '\u0bbf': 'i', '\u0bc0': 'i', '\u0bc1': 'u', '\u0bc2': 'u', '\u0bc6': 'e', '\u0bc7': 'e', '\u0bc8': 'ai', '\u0bca': 'o', '\u0bcb': 'o', '\u0bcc': 'au',
};
const VIRAMA = '\u0bcd';

/** Tamil script in Latin letters, roughly as it is typed ("ஹால்" → "hal", "திண்ணை" → "tinnai"). */
export function romanized(word: string): string {
  let out = '';
  const chars = [...word];
  chars.forEach((c, i) => {
    if (c === 'ஃ') {
      out += 'f';
      return;
    }
    const consonant = CONSONANTS[c];
    if (consonant !== undefined) {
      // "ஃப" is f: the p after the aytham is already said.
      if (chars[i - 1] === 'ஃ') return;
      const next = chars[i + 1] ?? '';
      out += consonant + (next === VIRAMA || VOWELS[next] !== undefined && /[\u0bbe-\u0bcc]/u.test(next) ? '' : 'a');
      return;
    }
    out += VOWELS[c] ?? (c === VIRAMA ? '' : /[a-z0-9]/.test(c) ? c : '');
  });
  return out;
}

/** The consonant skeleton both spellings share ("light", "லைட்" → "lt"; "washing", "வாஷிங்" → "vsnk"). */
export function soundKey(latin: string): string {
  const word = latin.toLowerCase()
    .replace(/x/g, 'ks').replace(/dge/g, 'j').replace(/tch/g, 'ch').replace(/gh/g, '').replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/q/g, 'k')
    .replace(/([bcdgkpstz])h/g, '$1').replace(/w/g, 'v').replace(/y/g, '');
  const first = /^[aeiou]/.test(word) ? 'V' : word.startsWith('h') ? 'h' : '';
  const skeleton = word.replace(/[aeiouh]/g, '')
    .replace(/[cz]/g, 's').replace(/[dt]/g, 't').replace(/[gk]/g, 'k').replace(/[bfp]/g, 'p').replace(/j/g, 's');
  return first + skeleton.replace(/(.)\1+/g, '$1');
}

interface NameSounds {
  entity: Entity;
  keys: string[];
}
const SOUNDS = new WeakMap<HomeSnapshot, NameSounds[]>();

function namesBySound(snapshot: HomeSnapshot, english: (word: string) => string | undefined): NameSounds[] {
  let list = SOUNDS.get(snapshot);
  if (!list) {
    list = [...snapshot.byId.values()]
      .filter((e) => ['device', 'room', 'zone', 'door', 'window'].includes(e.entity_type))
      .map((entity) => ({ entity, keys: entity.name.toLowerCase().split(/[\s\-_/]+/).filter(Boolean).map((w) => wordSounds(w, english).join('|')) }));
    SOUNDS.set(snapshot, list);
  }
  return list;
}

/** A word's sounds: its own, and for a Tamil kind or room word its English's ("மின்விசிறி" → also "fan"). */
function wordSounds(word: string, english: (word: string) => string | undefined): string[] {
  const tamil = /[\u0b80-\u0bff]/u.test(word);
  const own = soundKey(tamil ? romanized(word) : word);
  const meaning = english(word);
  return meaning ? [own, ...meaning.split(' ').map(soundKey).filter(Boolean).slice(-1)] : [own];
}

/**
 * The one name of the home the words say by their sound: every word of the name said (in any order), or for a
 * device every said word among its words. Undefined when the words are a name already, or none or several fit.
 */
export function nameBySound(words: readonly string[], snapshot: HomeSnapshot, english: (word: string) => string | undefined): string | undefined {
  if (!words.length || snapshot.phrases.has(phraseKey(words.join(' ')))) return undefined;
  const said = words.map((w) => wordSounds(w, english));
  if (said.some((sounds) => sounds.every((k) => k.length < 2))) return undefined;
  const meets = (key: string, sounds: string[]): boolean => key.split('|').some((k) => sounds.includes(k));
  const names = namesBySound(snapshot, english);
  const whole = names.filter((n) => n.keys.length === said.length && said.every((s) => n.keys.some((k) => meets(k, s))) && n.keys.every((k) => said.some((s) => meets(k, s))));
  const within = names.filter((n) => n.entity.entity_type === 'device' && n.keys.length > said.length && said.every((s) => n.keys.some((k) => meets(k, s))));
  // "fridge" is the home's "ஃப்ரிட்ஜ்" whole and a word of its "Godrej ஃப்ரிட்ஜ்": which one is left to the engine to ask.
  const fits = whole.length ? whole : within;
  return fits.length === 1 && (whole.length === 0 || within.length === 0) ? fits[0]?.entity.name : undefined;
}
