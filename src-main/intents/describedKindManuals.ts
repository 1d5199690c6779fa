// "What does the stove manual say about wood?" in a house with an oven and, in the holiday cottage, a log burner
// described as a "multifuel stove" with the Stovax manual: "stove" read as the oven's kind word, and the answer "No
// manual or procedure is linked to Oven" hid the manual of the device the home itself calls a stove. When the device
// a kind word found has no documentation, another device whose description says that word outright and has a manual
// is named with it, and the manual's sentence with the question's other words ("wood") is quoted.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { STOP_WORDS } from './mentions';
import { tokenize } from './normalizeText';

/** Words of a manual question that ask nothing of the manual's text. */
const FORM = new Set(['manual', 'guide', 'handbook', 'say', 'says', 'said', 'what', 'does', 'about', 'tell']);
const STEM = 5;
const keysOf = (text: string): string[] => tokenize(text).map((t) => t.key).filter((k) => k.length >= 3 && !STOP_WORDS.has(k) && !FORM.has(k));
const same = (a: string, b: string): boolean => a === b || (a.length >= STEM && b.length >= STEM && a.slice(0, STEM) === b.slice(0, STEM));

/** "\nBut Log burner is described as “multifuel stove …”; Stockton 5 manual says: “Burn only wood …”." or undefined. */
export function describedKindManuals(snapshot: HomeSnapshot, device: Entity, asked: string, words: readonly string[], cite: (...e: Entity[]) => void): string | undefined {
  const phrase = phraseKey(asked.replace(/^(?:the|our|my)\s+/i, ''));
  if (!phrase) return undefined;
  const askedKeys = new Set(keysOf(asked));
  const open = words.filter((w) => w.length >= 3 && !STOP_WORDS.has(w) && !FORM.has(w) && !askedKeys.has(w));
  const lines: string[] = [];
  for (const other of snapshot.devices) {
    if (other === device) continue;
    const description = other.content['description'];
    if (typeof description !== 'string' || !` ${phraseKey(description)} `.includes(` ${phrase} `)) continue;
    const manuals = [...snapshot.devicesOfDoc].filter(([, devices]) => devices.includes(other)).map(([id]) => snapshot.byId.get(id)).filter((e): e is Entity => e?.entity_type === 'manual');
    if (manuals.length === 0) continue;
    cite(other, ...manuals);
    const quoted = manuals.flatMap((m) => {
      const text = typeof m.content['content'] === 'string' ? (m.content['content'] as string) : '';
      return text.split(/(?<=[.!?])\s+/).filter((s) => open.length > 0 && keysOf(s).some((k) => open.some((w) => same(k, w))));
    });
    const names = manuals.map((m) => m.name).join(' and ');
    lines.push(`${other.name} is described as “${description.trim()}”; ${quoted.length > 0 ? `${names} says: “${quoted.join(' ').replace(/[.!?]$/, '')}”` : `its manual is ${names}`}.`);
  }
  return lines.length > 0 ? `\nBut ${lines.join(' ')}` : undefined;
}
