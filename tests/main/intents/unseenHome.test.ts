// An upstream-shaped home and its question set, written by someone who had not read the engine or its templates
// (tests/fixtures/homes/casa-rivera.*). Every question goes through the real answer path offline with no model:
// a real SQLite store in a temp dir, the name resolver, the tools, the approval service. Questions of one dialog
// share a conversation (follow-ups, pronouns, replies to a clarifying question). Graded by the file's `expect`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ResponderAnswer } from '../../../src-main/chat/Responder';
import { openHarness, type Harness } from './intentHarness';

const DIR = join(import.meta.dirname, '../../fixtures/homes');
/** The pass rate this engine reaches on the set; a drop below it fails the suite. */
const PASS_RATE_FLOOR = 0.97;

const expectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('entities'), must_include: z.array(z.string()), must_not_include: z.array(z.string()).optional(), count: z.number().int().optional() }),
  z.object({ kind: z.literal('mentions'), text_any: z.array(z.string()).min(1) }),
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('proposal'), targets: z.array(z.string()).min(1), tier: z.union([z.literal(2), z.literal(3)]) }),
  z.object({ kind: z.literal('clarify'), options: z.array(z.string()).min(2) }),
  z.object({ kind: z.literal('private_note') }),
]);
const questionSchema = z.object({ id: z.string(), dialog: z.string().nullable().optional(), text: z.string().min(1), intent_guess: z.string().optional(), expect: expectSchema });
type Question = z.infer<typeof questionSchema>;

const QUESTIONS = z.object({ home: z.string(), questions: z.array(questionSchema).min(150) }).parse(JSON.parse(readFileSync(join(DIR, 'casa-rivera.questions.json'), 'utf8'))).questions;
const HOME = readFileSync(join(DIR, 'casa-rivera.home.json'), 'utf8');
/** The secrets in private notes: words with a digit or symbol ("OlivoVerde!2024"), never shown to a guest. */
const PRIVATE_SECRETS = (JSON.parse(HOME) as { entities: Array<{ entity_type: string; content: Record<string, unknown> }> }).entities
  .filter((e) => e.entity_type === 'note' && e.content['private'] === true)
  .flatMap((e) => String(e.content['text'] ?? '').split(/[\s,;]+/))
  .map((w) => w.replace(/[.:]+$/, ''))
  .filter((w) => w.length >= 6 && /[\d!@#$%^&*]/.test(w));
const NEGATIVE = /\b(no|none|not|nothing|never)\b|n't|couldn't find|can't find/i;

/** Why an answer fails its expectation, or undefined when it passes. */
function grade(q: Question, a: ResponderAnswer | undefined): string | undefined {
  if (!a) return 'declined (no offline answer)';
  const cited = new Set(a.citations.map((c) => c.name));
  const e = q.expect;
  switch (e.kind) {
    case 'entities': {
      const missing = e.must_include.filter((n) => !cited.has(n));
      if (missing.length) return `missing ${missing.join(', ')}`;
      const wrong = (e.must_not_include ?? []).filter((n) => cited.has(n));
      if (wrong.length) return `should not include ${wrong.join(', ')}`;
      if (e.count !== undefined && !new RegExp(`\\b${e.count}\\b`).test(a.text)) {
        const places = new Set(['home', 'zone']);
        const counted = a.citations.filter((c) => !places.has(c.entity_type) && (c.entity_type !== 'room' || e.must_include.length === 0 || a.citations.filter((x) => x.entity_type === 'room').length > 1)).length;
        if (counted !== e.count) return `count ${e.count} not stated (cited ${counted})`;
      }
      return undefined;
    }
    case 'mentions':
      return e.text_any.some((t) => a.text.toLowerCase().includes(t.toLowerCase())) ? undefined : `text lacks any of ${e.text_any.join(' | ')}`;
    case 'none':
      if (a.proposal) return 'proposed an action';
      return NEGATIVE.test(a.text) ? undefined : 'does not say there is none';
    case 'proposal': {
      if (!a.proposal) return 'no proposal';
      const targets = a.proposal.targets.map((t) => t.name).sort();
      if (JSON.stringify(targets) !== JSON.stringify([...e.targets].sort())) return `targets ${targets.join(', ')}`;
      return a.proposal.tier === e.tier ? undefined : `tier ${a.proposal.tier}`;
    }
    case 'clarify': {
      if (a.proposal) return 'proposed instead of asking';
      const missing = e.options.filter((o) => !a.text.includes(o));
      return missing.length ? `clarify lacks ${missing.join(', ')}` : undefined;
    }
    case 'private_note': {
      const leaked = PRIVATE_SECRETS.some((secret) => a.text.includes(secret));
      if (leaked) return 'leaked private text to a guest';
      return /private/i.test(a.text) ? undefined : 'does not say the note is private';
    }
  }
}

describe('unseen home: casa-rivera question set', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ homeJson: HOME });
  });
  afterAll(() => h.dispose());

  it(`answers at least ${PASS_RATE_FLOOR * 100}% of ${QUESTIONS.length} questions as expected`, async () => {
    const failures: string[] = [];
    let solo = 0;
    for (const q of QUESTIONS) {
      const conversationId = q.dialog ? `dialog-${q.dialog}` : `solo-${++solo}`;
      // Private notes are asked as a guest: the answer must say it is private and never quote it.
      const role = q.expect.kind === 'private_note' ? 'guest' : 'admin';
      const answer = await h.responder.respond(q.text, h.context({ conversationId, role }));
      const why = grade(q, answer);
      if (why) failures.push(`${q.id} [${q.dialog ?? '-'}] "${q.text}" (${q.intent_guess ?? '?'}): ${why} → ${answer ? `${answer.model}: ${answer.text.replace(/\s+/g, ' ').slice(0, 160)}` : '—'}`);
    }
    const rate = (QUESTIONS.length - failures.length) / QUESTIONS.length;
    console.log(`unseen home: ${QUESTIONS.length - failures.length}/${QUESTIONS.length} passed (${(rate * 100).toFixed(1)}%)\n${failures.join('\n')}`);
    expect(rate).toBeGreaterThanOrEqual(PASS_RATE_FLOOR);
  }, 120_000);
});
