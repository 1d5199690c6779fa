// "kdy se odecita elektromer", "Coway filter change when": no schedule runs the meter or the filter, but the home
// wrote a note named for the device ("Odečet elektroměru", "Coway filter change") that holds the answer, with no link
// to the device in the graph. "No schedule or automation runs Elektroměr" was then a confident none over the home's own
// note. A note whose NAME names the device (every word of the device's name, an inflected ending allowed:
// "elektroměru" for "Elektroměr") is about that device; when a note names several devices, only the longest names
// count ("Kitchen light bulb" is the kitchen light's, not the light's). Private notes are never offered.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { textOf } from './answerGraphSearch';
import { tokenize } from './normalizeText';
import { STOP_WORDS } from './mentions';
import { perSnapshot } from './perSnapshot';
import { sentencesOf } from './sentences';

/** An inflected ending: "elektroměru" is "elektroměr", "filters" is "filter"; short words must be equal. */
const MAX_ENDING = 2;
const MIN_STEM = 5;

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_STEM && long.startsWith(short) && long.length - short.length <= MAX_ENDING;
}

function keys(text: string): string[] {
  return tokenize(text).map((t) => t.key);
}

/** Device id → the notes whose own name names it. */
const namedNotes = perSnapshot((snapshot: HomeSnapshot): Map<string, Entity[]> => {
  const byDevice = new Map<string, Entity[]>();
  const devices = snapshot.devices.filter((d) => d.entity_type === 'device').map((d) => ({ device: d, keys: keys(d.name) }))
    .filter((d) => d.keys.length > 0 && d.keys.some((k) => k.length >= 4));
  for (const note of snapshot.notes) {
    if (note.content['private'] === true) continue;
    const noteKeys = keys(note.name);
    const named = devices.filter((d) => d.keys.every((k) => noteKeys.some((n) => sameWord(k, n))));
    if (named.length === 0) continue;
    const longest = Math.max(...named.map((d) => d.keys.length));
    for (const { device } of named.filter((d) => d.keys.length === longest)) byDevice.set(device.id, [...(byDevice.get(device.id) ?? []), note]);
  }
  return byDevice;
});

/** The home's notes named for `device` (not private). */
export function notesNamedFor(snapshot: HomeSnapshot, device: Entity): Entity[] {
  return namedNotes(snapshot).get(device.id) ?? [];
}

/**
 * The sentence of a note named for the device: the one sharing most of `words` (the question's), else the note's
 * first, when there is one such note. Undefined when no note is named for the device, or several share nothing asked.
 */
export function namedNoteSentence(snapshot: HomeSnapshot, device: Entity, words: readonly string[], mustShare = false): { doc: Entity; sentence: string } | undefined {
  const notes = notesNamedFor(snapshot, device);
  const asked = new Set(words.filter((w) => w.length >= 3 && !STOP_WORDS.has(w)));
  // "schedule for the Geschirrspüler" beside a note "Garantie Geschirrspüler": a note that shares nothing asked but
  // the device's name is no schedule. `mustShare` asks for a word beyond the name (the caller's asked "schedule").
  const deviceKeys = new Set(keys(device.name));
  if (mustShare) for (const k of deviceKeys) asked.delete(k);
  let best: { doc: Entity; sentence: string; covered: number } | undefined;
  for (const doc of notes) {
    // "Water filter schedule": a word asked in the note's own name counts for each of its sentences.
    const byName = keys(doc.name).filter((k) => asked.has(k) && !deviceKeys.has(k)).length;
    for (const sentence of sentencesOf(textOf(doc))) {
      const covered = byName + keys(sentence).filter((k) => asked.has(k)).length;
      if (!best || covered > best.covered) best = { doc, sentence, covered };
    }
  }
  if (!best || (best.covered === 0 && (notes.length > 1 || mustShare))) return undefined;
  return { doc: best.doc, sentence: best.sentence };
}
