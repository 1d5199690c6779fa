// "prende los ventiladores del bin 1 y 2", "turn on the bin 1 and 2 fans": a series of numbers said once after the
// word they share ("bin 1 and 2") names the devices "Bin 1 Fan" and "Bin 2 Fan". Read whole, "bin 1 and 2" matched
// the one device that mentions every bin (a controller that cannot be switched) and the answer said it can't be done.
// The series is said out ("Bin 1 Fan and Bin 2 Fan") when each number, with the word before it, is in exactly one
// device's name, kept to the kind the sentence says; the words of that kind are dropped, and the sentence then goes to
// the command over each device named (commandOverEach.ts).
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { isOfKind, kindForPhrase, phraseKey, type DeviceKind } from './deviceKinds';
import { escapeRegExp } from './regexText';
import { nameKeyOf } from './entityNameKey';

/** A word, then two or more numbers joined by a comma or a word for "and" in the languages the engine reads. */
const SERIES = /(?<![\p{L}\d])(\p{L}[\p{L}'’-]*)\s+(\d{1,3})((?:\s*(?:,|&|\band\b|\by\b|\be\b|\bet\b|\bund\b|\ben\b|\bi\b)\s*\d{1,3}(?!\d))+)/iu;
/** A kind word said in the plural of English or a Romance language ("fans", "ventiladores"). */
const PLURALS = ['', 's', 'es'];
/** Words left dangling when the kind word before them goes ("the fans of bin 1", "los ventiladores del bin 1"). */
const OF_AFTER = /^\s+(?:of|for|in|de|del|de\s+los|de\s+las|di|dei|delle|des|du)(?=\s)/i;

export function numberedSeries(said: string, snapshot: HomeSnapshot): string | undefined {
  const series = SERIES.exec(said);
  if (!series?.[1] || !series[2] || !series[3]) return undefined;
  const stem = phraseKey(series[1]);
  const numbers = [series[2], ...(series[3].match(/\d+/g) ?? [])];
  if (!stem || new Set(numbers).size !== numbers.length) return undefined;
  const before = said.slice(0, series.index);
  const after = said.slice(series.index + series[0].length);
  const kinds = kindWords(`${before} ${after}`);
  const chosen: Entity[] = [];
  for (const n of numbers) {
    const having = snapshot.devices.filter((d) => ` ${nameKeyOf(d)} `.includes(` ${stem} ${n} `) && kinds.every((k) => isOfKind(d, k.kind)));
    if (having.length !== 1 || !having[0]) return undefined;
    chosen.push(having[0]);
  }
  let rest = `${before}\u0000${after}`;
  for (const { word } of kinds) rest = rest.replace(new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(word)}(?![\\p{L}\\d])`, 'iu'), '').replace(/\s{2,}/g, ' ');
  const [head = '', tail = ''] = rest.split('\u0000');
  const names = chosen.map((d) => d.name).join(' and ');
  return `${head.replace(/\s+$/, '').replace(/(\s(?:of|for|in|de|del|di|des|du))$/i, '')} ${names}${tail.replace(OF_AFTER, '')}`.replace(/\s{2,}/g, ' ').trim();
}

/** The words of the sentence that say a kind, each with that kind. */
function kindWords(text: string): Array<{ word: string; kind: DeviceKind }> {
  const out: Array<{ word: string; kind: DeviceKind }> = [];
  for (const word of text.split(/[^\p{L}\p{M}'’-]+/u).filter((w) => w.length >= 3)) {
    const lower = word.toLowerCase();
    for (const ending of PLURALS) {
      if (ending && !lower.endsWith(ending)) continue;
      const kind = kindForPhrase(phraseKey(ending ? lower.slice(0, -ending.length) : lower));
      if (kind) {
        out.push({ word, kind });
        break;
      }
    }
  }
  return out;
}

