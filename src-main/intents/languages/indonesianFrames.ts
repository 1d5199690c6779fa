// Indonesian questions about how the home's things are linked, in the English the engine reads: the way between two
// rooms ("dari dapur ke taman lewat mana" = how do I get from the kitchen to the garden), what a room connects to
// ("ruang keluarga nyambung ke mana aja"), what a device controls ("radio itu bisa ngontrol apa aja"), what an automation
// does ("Mode Tidur ngapain aja") and which automations act on a thing ("automation apa yg ngunci pintu depan").
import type { IndonesianToken } from './indonesianWords';

type Token = IndonesianToken;
const PLACE_TYPES = new Set(['room', 'zone', 'home']);
const isPlace = (t: Token | undefined): boolean => !!t?.entityTypes?.some((e) => PLACE_TYPES.has(e));

/** The English question, or undefined when the sentence asks no such link. `thing` says a run of tokens in English. */
export function linkQuestion(tokens: readonly Token[], thing: (t: readonly Token[]) => string): string | undefined {
  const names = tokens.filter((t) => t.kind === 'name');
  const relation = tokens.find((t) => t.kind === 'relation');
  const from = tokens.findIndex((t) => t.kind === 'from');
  const to = tokens.findIndex((t) => t.kind === 'to');
  // "dari garasi ke kamar kakak lewat mana": the way from one place to another.
  if (from >= 0 && to > from && isPlace(tokens[from + 1]) && isPlace(tokens[to + 1])) {
    return `how do i get from ${tokens[from + 1]?.said} to ${tokens[to + 1]?.said}`;
  }
  if (!relation) return undefined;
  const automationAsked = tokens.some((t) => t.kind === 'noun' && t.meaning === 'automation');
  const named = thing(tokens.filter((t) => t.kind === 'name' || (t.kind === 'noun' && !['automation', 'devices', 'rooms'].includes(t.meaning ?? '')) || t.kind === 'owner'));
  if (automationAsked && relation.english !== 'does' && named) {
    const verb = relation.english === 'connects' ? 'use' : relation.english.replace(/s$/, '').replace(/^turn(s)? /, 'turn ');
    return `which automations ${verb === 'lock' || verb === 'use' || verb === 'control' || verb.startsWith('turn') ? verb : 'control'} ${named}`;
  }
  if (relation.english === 'does') return `what does ${named || 'it'} do`;
  if (relation.english === 'connects') {
    const subjectFirst = tokens.findIndex((t) => t.kind === 'name') < tokens.indexOf(relation);
    const first = names[0];
    if (first && isPlace(first) && subjectFirst) return `what rooms connect to ${first.said}`;
    if (first && !subjectFirst && !isPlace(first) && tokens.some((t) => t.kind === 'question')) return `what is connected to ${first.said}`;
    return undefined;
  }
  if (relation.english === 'controls' && named) return `what does ${named} control`;
  return undefined;
}
