// Reads a turn in the light of the conversation's focus: a reply to a clarifying question, an elliptical follow-up,
// a pronoun, or a question about "them" (what the last answer listed). Each becomes a whole question that the engine
// matches as usual; the turn as typed is always tried last, so a new question simply starts a new focus.
import type { Entity } from '../../src-shared/protocol/entities';
import {
  ellipsisFragment, hasPronoun, pickCandidate, resolvePronoun, subjectsOf, substitutions, type Focus, FocusStore,
} from './ConversationFocus';
import type { IntentEngine, IntentMatch } from './IntentEngine';
import { tokenize } from './normalizeText';

export interface Understood {
  match: IntentMatch;
  /** The question as understood, e.g. "is Back Door Lock locked?" for "is it locked?". */
  text: string;
  /** Answers about "them" are limited to what the last answer listed. */
  scope?: Entity[];
}

/** Intents whose answer can be narrowed to what the last answer listed ("which of them run on battery"). */
const SCOPABLE = new Set(['battery_devices', 'by_capability', 'kind_on', 'list_kind', 'count_kind', 'count_devices']);
const GROUP_WORDS = new Set(['them', 'those', 'these', 'ones', 'they']);
const COUNT_THAT = /^how many (is|are|was|were) (that|those|them|they|there)\b|^how many\??$|^count (them|those)\b/i;

export class FollowUpReader {
  readonly focus = new FocusStore();

  constructor(private readonly engine: IntentEngine) {}

  async understand(text: string, focus: Focus | undefined): Promise<Understood | undefined> {
    if (!focus) return this.plain(text);
    const snapshot = await this.engine.index.get();
    const listed = focus.listed.filter((e) => e.entity_type === 'device');
    if (COUNT_THAT.test(text.trim()) && listed.length > 0) {
      const match: IntentMatch = { intent: 'count_devices', category: 'search', slots: {}, confidence: 0.8, alternatives: [], template: 'focus:count', words: tokenize(text).map((t) => t.key) };
      return { match, text, scope: listed };
    }
    const tries: string[] = [];
    if (focus.clarify) {
      const chosen = pickCandidate(text, focus.clarify.candidates, snapshot);
      const rewritten = chosen ? replaceOnce(focus.text, focus.clarify.text, chosen.name) : undefined;
      if (rewritten) tries.push(rewritten);
    }
    const fragment = ellipsisFragment(text);
    if (fragment) tries.push(...substitutions(focus, fragment));
    const keys = new Set(tokenize(text).map((t) => t.key));
    if (listed.length > 1 && [...GROUP_WORDS].some((w) => keys.has(w))) {
      const own = await this.engine.match(text);
      if (own && SCOPABLE.has(own.intent)) return { match: own, text, scope: listed };
    }
    if (hasPronoun(text)) {
      // "and is it heating right now?" is a whole question about the subject, not a fragment to put into the last
      // one: the pronoun reading goes first.
      const resolved = resolvePronoun(text, focus);
      if (resolved) tries.splice(focus.clarify ? 1 : 0, 0, resolved);
    }
    let fallback: Understood | undefined;
    for (const attempt of tries) {
      const match = await this.engine.match(attempt);
      if (!match) continue;
      if (!hasProblem(match)) return { match, text: attempt };
      fallback ??= { match, text: attempt };
    }
    const own = await this.plain(text);
    if (own && !hasProblem(own.match) && own.match.intent !== 'search_graph') return own;
    // "how long left?" right after a question about the washer: the same thing, asked without naming it.
    const subject = focus.subjects[0];
    const words = tokenize(text);
    if (!fallback && subject && subject.entity_type !== 'home' && words.length <= 5 && words.every((w) => /^[a-z]{2,12}$/.test(w.key))) {
      const about = await this.engine.match(`${text} ${subject.name}`);
      if (about && !hasProblem(about) && about.intent !== 'search_graph') return { match: about, text: `${text} ${subject.name}` };
    }
    return fallback ?? own;
  }

  /** The focus after an answer: what was asked, about what, what was listed, and a pending "which one". */
  remember(conversationId: string, understood: Understood, cited: Entity[], clarify: Focus['clarify']): void {
    const subjects = subjectsOf(understood.match);
    const listed = cited.filter((e) => !subjects.includes(e) || e.entity_type === 'device');
    this.focus.set(conversationId, {
      text: understood.text,
      intent: understood.match.intent,
      slots: understood.match.slots,
      subjects: subjects.length > 0 ? subjects : cited.length === 1 && cited[0] ? [cited[0]] : [],
      listed,
      ...(clarify ? { clarify } : {}),
    });
  }

  private async plain(text: string): Promise<Understood | undefined> {
    const match = await this.engine.match(text);
    return match ? { match, text } : undefined;
  }
}

function hasProblem(match: IntentMatch): boolean {
  return Object.values(match.slots).some((v) => v.type === 'ambiguous' || v.type === 'missing');
}

function replaceOnce(sentence: string, phrase: string, by: string): string | undefined {
  const at = sentence.toLowerCase().indexOf(phrase.toLowerCase());
  if (at < 0 || !phrase) return undefined;
  return `${sentence.slice(0, at)}${by}${sentence.slice(at + phrase.length)}`;
}
