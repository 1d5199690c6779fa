// The acceptance run of one upstream-shaped home and its question set, written by someone who had not read the engine
// or its templates. Every question goes through the real answer path offline with no model: a real SQLite store in a
// temp dir, the name resolver, the tools, the approval service. Questions of one dialog share a conversation
// (follow-ups, pronouns, replies to a clarifying question). Graded by the file's `expect`; private notes are asked as
// a guest (the answer must say it is private and never quote it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './intentHarness';
import { automatedDevices, grade, HOMES_DIR, loadQuestions, missOf, privateSecrets, type Miss } from './questionSet';

/** `floor` is the pass rate the engine reaches on the set: a drop below it fails the suite. */
export function describeUnseenHome(home: string, floor: number): void {
  const questions = loadQuestions(`${home}.questions.json`, 150);
  const homeJson = readFileSync(join(HOMES_DIR, `${home}.home.json`), 'utf8');
  const secrets = privateSecrets(homeJson);
  const automated = automatedDevices(homeJson);

  describe(`unseen home: ${home} question set`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await openHarness({ homeJson });
    });
    afterAll(() => h.dispose());

    it(`answers at least ${floor * 100}% of ${questions.length} questions as expected`, async () => {
      const failures: string[] = [];
      const misses = new Map<Miss | 'crash', number>();
      let solo = 0;
      for (const q of questions) {
        const conversationId = q.dialog ? `dialog-${q.dialog}` : `solo-${++solo}`;
        const role = q.expect.kind === 'private_note' ? 'guest' : 'admin';
        // A question that throws is a failure of its own kind; it must not hide how the rest of the set did.
        const answer = await h.responder.respond(q.text, h.context({ conversationId, role })).catch((error: unknown) => {
          failures.push(`${q.id} <crash> [${q.dialog ?? '-'}] "${q.text}": ${String(error).slice(0, 200)}`);
          misses.set('crash', (misses.get('crash') ?? 0) + 1);
          return null;
        });
        if (answer === null) continue;
        const why = grade(q, answer, secrets, automated);
        if (!why) continue;
        const miss = missOf(q, answer, automated);
        misses.set(miss, (misses.get(miss) ?? 0) + 1);
        failures.push(`${q.id} <${miss}> [${q.dialog ?? '-'}] "${q.text}" (${q.intent_guess ?? '?'}): ${why} → ${answer ? `${answer.model}: ${answer.text.replace(/\s+/g, ' ').slice(0, 160)}` : '—'}`);
      }
      const rate = (questions.length - failures.length) / questions.length;
      const missFigures = [...misses].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${kind} ${n}`).join(', ');
      console.log(`unseen home ${home}: ${questions.length - failures.length}/${questions.length} passed (${(rate * 100).toFixed(1)}%); misses: ${missFigures || 'none'}\n${failures.join('\n')}`);
      expect(rate).toBeGreaterThanOrEqual(floor);
    }, 120_000);
  });
}
