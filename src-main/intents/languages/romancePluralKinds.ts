// "sensores de agua tenemos?", "sensores de movimiento?", "detectores de humo": Romance kind names put the head noun
// first and the plural on it ("sensor de agua" → "sensores de agua"), so the lexicon's phrase ("sensor de agua") is
// not found and the question falls back to every sensor, counting 8 where 2 were asked. A plural head before "de" is
// read in the singular only when that makes a kind phrase of the lexicon; the rest of the sentence is left as typed.
import { kindForPhrase, phraseKey, type DeviceKind } from '../deviceKinds';

/** The Romance "of" between a kind's head noun and what it senses or serves. */
const OF = new Set(['de', 'do', 'da', 'di', 'del', 'della', 'dos', 'das']);
/** Plural endings of a Romance head noun, longest first: "sensores" → "sensor", "câmaras" → "câmara". */
const PLURAL_ENDINGS = ['es', 's'];
/** How many words after "of" a kind phrase may have ("de calidad del aire"). */
const MAX_TAIL = 3;

export function romancePluralKinds(said: string): string {
  const words = said.split(/(\s+)/);
  for (let i = 0; i + 2 < words.length; i += 2) {
    const head = words[i] ?? '';
    const of = (words[i + 2] ?? '').toLowerCase();
    if (!OF.has(of) || kindOf(words, i, head)) continue;
    for (const ending of PLURAL_ENDINGS) {
      if (!head.toLowerCase().endsWith(ending) || head.length - ending.length < 4) continue;
      const found = kindOf(words, i, head.slice(0, -ending.length));
      if (!found) continue;
      // Said by the kind's own plural, so that no later reading turns "de agua" into "in water".
      const end = i + 2 * (found.tail + 1);
      const trailing = (words[end] ?? '').match(/[?!.,;:]+$/)?.[0] ?? '';
      words.splice(i, end - i + 1, `${found.kind.plural}${trailing}`);
      break;
    }
  }
  return words.join('');
}

/** The kind the head with "of" and one to MAX_TAIL words after it names, and how many words that took. */
function kindOf(words: readonly string[], at: number, head: string): { kind: DeviceKind; tail: number } | undefined {
  for (let n = 1; n <= MAX_TAIL; n++) {
    const tail = words.slice(at + 2, at + 3 + 2 * n).join('');
    const kind = kindForPhrase(phraseKey(`${head} ${tail}`.replace(/[?!.,;:¿¡]+/g, ' ')));
    if (kind) return { kind, tail: n };
  }
  return undefined;
}
