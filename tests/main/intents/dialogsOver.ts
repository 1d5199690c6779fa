// Dialogs over a harness. For command tests each `dialog` is one conversation whose questions are asked in turn, and
// `proposes` checks the proposal its last answer makes (targets and tier), and `reply` answers a question it asked back;
// for state and reading tests `askingOver` gives the last answer's text and what it cited, and for reader tests
// `dialogOutcomes` also gives what it proposed.
import { expect } from 'vitest';
import type { ResponderAnswer } from '../../../src-main/chat/Responder';
import type { Harness } from './intentHarness';

export function dialogsOver(harness: () => Harness, prefix: string): {
  dialog: (...texts: string[]) => Promise<ResponderAnswer>;
  proposes: (texts: string[], targets: string[], tier: 2 | 3) => Promise<void>;
  reply: (text: string) => Promise<ResponderAnswer | undefined>;
} {
  let conversation = 0;
  /** One dialog: each question in the same conversation; the last answer is returned. */
  async function dialog(...texts: string[]): Promise<ResponderAnswer> {
    const id = `${prefix}-${++conversation}`;
    let answer: ResponderAnswer | undefined;
    for (const text of texts) answer = await harness().responder.respond(text, harness().context({ conversationId: id, role: 'admin' }));
    expect(answer, `"${texts.join(' / ')}" was declined`).toBeDefined();
    return answer as ResponderAnswer;
  }
  async function proposes(texts: string[], targets: string[], tier: 2 | 3): Promise<void> {
    const answer = await dialog(...texts);
    expect(answer.proposal?.targets.map((t) => t.name).sort(), answer.text).toEqual([...targets].sort());
    expect(answer.proposal?.tier, answer.text).toBe(tier);
  }
  /** A reply in the last dialog's conversation (to a question it asked back). */
  async function reply(text: string): Promise<ResponderAnswer | undefined> {
    return harness().responder.respond(text, harness().context({ conversationId: `${prefix}-${conversation}`, role: 'admin' }));
  }
  return { dialog, proposes, reply };
}

/** What an answer said and cited, by name; an answer declined reads as no text and nothing cited. */
export interface SaidAndCited {
  text: string;
  cited: string[];
}

/**
 * One dialog per call, for state and reading tests: the last answer's text and the names it cited. With `mustAnswer`
 * a declined question fails the test instead of reading as no text.
 */
export function askingOver(harness: () => Harness, prefix: string, options: { mustAnswer?: boolean } = {}): (...questions: string[]) => Promise<SaidAndCited> {
  let conversation = 0;
  return async (...questions) => {
    const id = `${prefix}-${++conversation}`;
    let last: SaidAndCited = { text: '', cited: [] };
    for (const q of questions) {
      const a = await harness().responder.respond(q, harness().context({ conversationId: id }));
      if (options.mustAnswer) expect(a, `"${q}" was declined`).toBeDefined();
      last = { text: a?.text ?? '', cited: (a?.citations ?? []).map((c) => c.name) };
    }
    return last;
  };
}

/** What the last answer of a dialog said, cited and proposed, by name; a declined answer reads as "(declined)". */
export interface DialogOutcome extends SaidAndCited {
  targets: string[];
}

/**
 * One dialog per call, for reader tests that check a reading, a citation and a proposal alike: the last answer's text
 * ("(declined)" when there was none), the names it cited and the proposal's targets, sorted.
 */
export function dialogOutcomes(harness: () => Harness, prefix: string): (...turns: string[]) => Promise<DialogOutcome> {
  let conversation = 0;
  return async (...turns) => {
    const conversationId = `${prefix}-${conversation++}`;
    let last: ResponderAnswer | undefined;
    for (const said of turns) last = await harness().responder.respond(said, harness().context({ conversationId }));
    return { text: last?.text ?? '(declined)', cited: last?.citations.map((c) => c.name) ?? [], targets: (last?.proposal?.targets ?? []).map((t) => t.name).sort() };
  };
}
