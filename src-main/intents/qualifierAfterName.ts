// Names in languages that put the owner or room after the noun ("Nachttischlampe Reto", "Thermostat Stube") have
// their head noun first. The name resolver ranks names by English word order: a name ending in the word said
// ("Chalet Nachttischlampe") comes first and alone, so "mach d Nachttischlampe aa" would switch the chalet's lamp when
// Reto's and Siobhan's are as good a reading. When another device's name starts with the words said and goes on only
// with words that are no kind (an owner, a room, a floor), the command is asked back among them.
import type { Entity } from '../../src-shared/protocol/entities';
import { kindForPhrase } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { tokenize, type Token } from './normalizeText';

/** "Relevador de la bomba": a name with "of" before the words said has its head noun first, so it is no head-noun reading. */
const OF = new Set(['de', 'del', 'della', 'dello', 'dei', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'el', 'le', 'of', 'von', 'vom', 'van', 'der', 'den', 'för', 'av', 'til', 'z', 'ze', 'na']);
const LEADS = new Set(['the', 'my', 'our', 'a', 'an', 'all', 'his', 'her', 'their', 'your']);
/** More than this many others is no question back worth asking (the name reading stands). */
const MAX_OTHERS = 4;

/** The found device and the others as good a reading of the words, or undefined when there are none. */
export function namedBeforeQualifier(snapshot: HomeSnapshot, tokens: readonly Token[], found: Entity): Entity[] | undefined {
  if (found.entity_type !== 'device') return undefined;
  const said = tokens.map((t) => t.key).filter((k) => !LEADS.has(k));
  const keys = (e: Entity): string[] => tokenize(e.name).map((t) => t.key);
  const own = keys(found);
  if (said.length === 0 || own.length <= said.length) return undefined;
  const qualifierOnly = (rest: readonly string[]): boolean => rest.every((k) => !kindForPhrase(k));
  // Only when the found name ends in the words said after words of its own (the head-noun reading).
  if (!said.every((k, i) => own[own.length - said.length + i] === k) || OF.has(own[own.length - said.length - 1] ?? '')) return undefined;
  const others = snapshot.devices.filter((d) => {
    const words = keys(d);
    if (d.id === found.id || words.length <= said.length || !said.every((k, i) => words[i] === k)) return false;
    return !kindForPhrase(words.join(' ')) && qualifierOnly(words.slice(said.length));
  });
  return others.length > 0 && others.length <= MAX_OTHERS ? [found, ...others] : undefined;
}
