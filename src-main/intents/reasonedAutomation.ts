// "we're all off out, is there a routine for that": the clause before the question says what "that" is, and the one
// automation whose own name or description says a word of it ("Out the door", "everyone's out: lock up and arm") is
// the answer, rather than the list of every automation. Two or none that fit keep the list.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';
import { STOP_WORDS } from './mentions';
import { tokenize } from './normalizeText';

const ASKED_FOR_THAT = /^(.{3,}?)\s*[,;.]\s*(?:is there|are there|have we got|have we|do we have|we got|got)\s+(?:a|an|any)\s+(?:routine|automation|scene|schedule)s?\s+for\s+(?:that|this|it)\s*[?!.]*$/i;
/** Words about the asker, not the situation ("we're", "all", "just"). */
const ABOUT_US = new Set(['we', 'are', 'am', 'i', 'all', 'just', 'going', 'gone', 'about', 'off', 'now', 'soon', 'bit', 'lot', 'really']);

function wordsOf(automation: Entity): Set<string> {
  const description = automation.content['description'];
  return new Set(tokenize(`${automation.name} ${typeof description === 'string' ? description : ''}`).map((t) => t.key));
}

export function reasonedAutomation(text: string, snapshot: HomeSnapshot): IntentMatch | undefined {
  const reason = ASKED_FOR_THAT.exec(text.trim())?.[1];
  if (!reason) return undefined;
  const keys = tokenize(reason).map((t) => t.key).filter((k) => k.length >= 3 || k === 'out' || k === 'in' || k === 'up');
  const said = keys.filter((k) => !ABOUT_US.has(k) && (!STOP_WORDS.has(k) || k === 'out'));
  if (said.length === 0) return undefined;
  const fits = snapshot.automations.filter((a) => a.entity_type === 'automation' && said.some((k) => wordsOf(a).has(k)));
  const [only] = fits;
  if (!only || fits.length > 1) return undefined;
  return {
    intent: 'automation_targets',
    category: 'structure',
    slots: { automation: { type: 'entity', text: only.name, entity: only, how: 'synonym' } },
    confidence: 0.8,
    alternatives: [{ intent: 'list_automations', confidence: 0.75 }],
    template: 'slots:reason-for-that',
    words: tokenize(text).map((t) => t.key),
  };
}
