// Which devices a group said in a follow-up command stands for, before the command is read over them
// (commandOverListed.ts). People point back at things in three ways the plain "what was listed" reading gets wrong:
//   "switch off all except Anaya's"  after a list: the listed devices but the one(s) named after "except";
//   "apaga as duas", "switch on both" after two turns about one device each: those two devices, not the last answer's;
//   "switch them on" after "when do the pool lights come on": the one device named in the plural ("Pool Lights") that
//     the question was about, never every light the answer happened to cite beside it.
import type { Entity } from '../../src-shared/protocol/entities';
import type { Focus } from './ConversationFocus';
import { kindForPhrase } from './deviceKinds';
import { tokenize } from './normalizeText';
import { sameNameWord } from './placeNameForms';

export interface GroupMeant {
  /** The command with the group said as "them" (what commandOverListed reads). */
  text: string;
  devices: Entity[];
  /** The group is one device, named in `text` in place of "them". */
  one?: true;
}

const THEM = /(^|\s)(?:them|those|these|['’]?em)(?:\s+all)?(?=\s|$|[?.!,])/i;

/** "except", "but not", "apart from" and the same in the languages the readers translate from. */
export const EXCEPT_CLAUSE = /\s*,?\s+(?:except(?:\s+for)?|but\s+not|apart\s+from|other\s+than|excluding|save\s+for|besides|außer|ausser|sauf|excepto|salvo|menos|tranne|exceto|behalve|utom|undtagen|unntatt|oprócz|kivéve|isipokuwa|maliban\s+sa)\s+(.+?)\s*[.!?]*$/iu;
/** "all", "everything", "all of them", said before the exception. */
const BARE_ALL = /(^|\s)(?:all(?:\s+of\s+them)?|everything|them\s+all|all\s+the\s+rest)(?=\s|$)/i;
/** "both", "the two", "both of them" and the same in other languages ("as duas", "beide", "les deux", "pareho"). */
const BOTH = /(^|\s)(?:both(?:\s+of\s+them)?|the\s+two(?:\s+of\s+them)?|(?:(?:as|os)\s+)?(?:duas|dois)|ambos|ambas|beide|beidi|les\s+deux|tous\s+les\s+deux|toutes\s+les\s+deux|entrambi|entrambe|tutti\s+e\s+due|tutte\s+e\s+due|els\s+dos|les\s+dues|totes\s+dues|tots\s+dos|mindkettőt|mindkettő|oba|obie|obydwa|begge|båda|allebei|zote\s+mbili|pareho|parehas)(?=\s|$|[?.!,])/iu;
const FILLER = new Set(['the', 'one', 'ones', 'a', 'of', 'in', 'light', 'lights']);

export function listedGroupMeant(text: string, focus: Focus, listed: readonly Entity[]): GroupMeant {
  const both = BOTH.test(text) ? bothMeant(focus, listed) : undefined;
  // "turn em both on", "switch them both off": the pronoun before "both" is the same two, said once.
  if (both) return { text: text.replace(/(^|\s)(?:them|['’]?em)(?=\s+both\b)/i, '$1').replace(BOTH, (_m, pre: string) => `${pre}them`).replace(/\s+/g, ' ').trim(), devices: both };
  const except = exceptMeant(text, listed);
  if (except) return except;
  // "them" first: the listed names are only tokenized for a turn that says it.
  const named = THEM.test(text) ? namedInPlural(focus, listed) : undefined;
  if (named) return { text: text.replace(THEM, (_m, pre: string) => `${pre}${named.name}`), devices: [named], one: true };
  return { text, devices: [...listed] };
}

/** The two devices "both" points at: the two the answer listed, else the last two turns' one device each. */
function bothMeant(focus: Focus, listed: readonly Entity[]): Entity[] | undefined {
  if (listed.length === 2) return [...listed];
  const last = focus.subjects[0];
  const before = focus.earlier?.[0];
  if (!last || !before || last.id === before.id || last.entity_type !== 'device' || before.entity_type !== 'device') return undefined;
  return [before, last];
}

/** "all except Anaya's": the listed devices without the one(s) the words after "except" name; undefined if none do. */
function exceptMeant(text: string, listed: readonly Entity[]): GroupMeant | undefined {
  const said = EXCEPT_CLAUSE.exec(text);
  if (!said?.[1] || listed.length < 2) return undefined;
  const words = tokenize(said[1]).map((t) => t.key).filter((k) => !FILLER.has(k));
  if (words.length === 0) return undefined;
  const names = (e: Entity): string[] => tokenize(e.name).map((t) => t.key);
  const out = listed.filter((e) => words.every((w) => names(e).some((n) => sameNameWord(n, w))));
  if (out.length === 0 || out.length === listed.length) return undefined;
  const rest = text.slice(0, said.index);
  const group = BARE_ALL.test(rest) ? rest.replace(BARE_ALL, (_m, pre: string) => `${pre}them all`) : /\bthem\b/i.test(rest) ? rest : undefined;
  return group ? { text: group, devices: listed.filter((e) => !out.includes(e)) } : undefined;
}

/**
 * The last question named one device whose name is a plural kind ("when do the pool lights come on" for "Pool
 * Lights"): "them" is that device, as it was for the asker, whatever else the answer cited beside it (an automation
 * that also runs the garden and driveway lights).
 */
function namedInPlural(focus: Focus, listed: readonly Entity[]): Entity | undefined {
  const asked = ` ${tokenize(focus.text).map((t) => t.key).join(' ')} `;
  const named = [...new Set([...focus.subjects, ...listed])].filter((e) => {
    if (e.entity_type !== 'device') return false;
    const words = tokenize(e.name);
    const last = words.at(-1);
    return last !== undefined && /s$/.test(last.text) && kindForPhrase(last.key)?.plural === last.text && asked.includes(` ${words.map((t) => t.key).join(' ')} `);
  });
  return named.length === 1 ? named[0] : undefined;
}
