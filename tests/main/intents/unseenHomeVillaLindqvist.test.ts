// A Swedish family home (upstream-shaped) and its question set, written by someone who had not read the engine or its templates
// (tests/fixtures/homes/villa-lindqvist.*). Every question goes through the real answer path offline with no model:
// a real SQLite store in a temp dir, the name resolver, the tools, the approval service. Questions of one dialog
// share a conversation (follow-ups, pronouns, replies to a clarifying question). Graded by the file's `expect`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './intentHarness';
import { grade, HOMES_DIR, loadQuestions, privateSecrets } from './questionSet';

/** The pass rate this engine reaches on the set; a drop below it fails the suite. */
const PASS_RATE_FLOOR = 0.76;

const QUESTIONS = loadQuestions('villa-lindqvist.questions.json', 150);
const HOME = readFileSync(join(HOMES_DIR, 'villa-lindqvist.home.json'), 'utf8');
const PRIVATE_SECRETS = privateSecrets(HOME);

describe('unseen home: villa-lindqvist question set', () => {
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
      const why = grade(q, answer, PRIVATE_SECRETS);
      if (why) failures.push(`${q.id} [${q.dialog ?? '-'}] "${q.text}" (${q.intent_guess ?? '?'}): ${why} → ${answer ? `${answer.model}: ${answer.text.replace(/\s+/g, ' ').slice(0, 160)}` : '—'}`);
    }
    const rate = (QUESTIONS.length - failures.length) / QUESTIONS.length;
    console.log(`unseen home villa-lindqvist: ${QUESTIONS.length - failures.length}/${QUESTIONS.length} passed (${(rate * 100).toFixed(1)}%)\n${failures.join('\n')}`);
    expect(rate).toBeGreaterThanOrEqual(PASS_RATE_FLOOR);
  }, 120_000);
});
