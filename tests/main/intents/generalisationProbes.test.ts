// Casual questions over the other fixture homes (upstream-sample, haus-lindenhof, the demo home, casa-rivera,
// villa-lindqvist), written as people ask them:
// typos, other words for things, follow-ups and pronouns, "what about …", things the home doesn't have (an honest
// "none") and things it has under other words (never "none"). Graded like the unseen-home set; every one must pass.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HOME_PATH, openHarness, type Harness } from './intentHarness';
import { grade, HOMES_DIR, loadQuestions } from './questionSet';

describe.each(['upstream-sample', 'haus-lindenhof', 'demo', 'casa-rivera', 'villa-lindqvist'])('generalisation probes: %s', (home) => {
  const questions = loadQuestions(`${home}.probes.json`, 20);
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ homeJson: readFileSync(home === 'demo' ? DEMO_HOME_PATH : join(HOMES_DIR, `${home}.home.json`), 'utf8') });
  });
  afterAll(() => h.dispose());

  it(`answers all ${questions.length} probes as expected`, async () => {
    const failures: string[] = [];
    for (const q of questions) {
      const answer = await h.responder.respond(q.text, h.context({ conversationId: q.dialog ? `dialog-${q.dialog}` : `solo-${q.id}` }));
      const why = grade(q, answer);
      if (why) failures.push(`${q.id} "${q.text}": ${why} → ${answer ? `${answer.model}: ${answer.text.replace(/\s+/g, ' ').slice(0, 200)}` : '—'}`);
    }
    expect(failures, `${failures.length} of ${questions.length}:\n${failures.join("\n")}`).toEqual([]);
  }, 60_000);
});
