// The none guard, as a property over every fixture home: for every kind some device of the home has (from its name,
// aliases, type, category, capabilities, model or maker), asking whether the home has one, in any of the kind's
// words and languages, never answers "none" and always cites a device. A confident wrong "none" is the worst answer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_KINDS, kindForPhrase } from '../../../src-main/intents/deviceKinds';
import { isMakerPhrase } from '../../../src-main/intents/makerKindPhrases';
import { DEMO_HOME_PATH, openHarness, type Harness } from './intentHarness';
import { HOMES_DIR } from './questionSet';

const HOMES: Array<[string, string]> = [
  ['demo', DEMO_HOME_PATH],
  ...['casa-rivera', 'haus-lindenhof', 'upstream-sample'].map((name): [string, string] => [name, join(HOMES_DIR, `${name}.home.json`)]),
];
/** What a "none" answer says, in any of the engine's wordings. */
const NONE = /\bhas no\b|\bthere (are|is) no\b|\bno \w+ (in|at)\b|found nothing|nothing matches|\bI couldn't find '/i;
/** The ways people ask whether a home has something. */
const ASKS = ['do we have a {one}?', 'is there a {one}', 'any {many}?', 'have we got {many}'];
/** The kinds are asked in parts, each a test with its own time limit: a home's whole set is thousands of questions, and
 *  under a loaded machine one test for all of them ran into its limit. */
const PARTS = [0, 1, 2, 3];

describe.each(HOMES)('none guard property: %s', (_name, path) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ homeJson: readFileSync(path, 'utf8') });
  });
  afterAll(() => h.dispose());

  it.each(PARTS)('never says "none" for a kind a device of the home has, in any of its words (part %i)', async (part) => {
    const snapshot = await h.engine.index.get();
    const had = new Set([...snapshot.kindsOfDevice.values()].flatMap((kinds) => [...kinds.keys()]));
    const failures: string[] = [];
    let asked = 0;
    for (const kind of DEVICE_KINDS.filter((k, index) => index % PARTS.length === part && had.has(k.id))) {
      // Every phrase that means this kind (a phrase that also names another kind is that kind's word). A maker's name
      // ("ecobee") asks about the maker where the home never says it (makerKindPhrases.ts): no word of the kind then.
      const phrases = kind.phrases.filter((p) => kindForPhrase(p.toLowerCase()) === kind && !isMakerPhrase(p));
      for (const phrase of phrases) {
        const many = phrase === kind.singular ? kind.plural : phrase;
        for (const form of ASKS) {
          const question = form.replace('{one}', phrase).replace('{many}', many);
          asked++;
          const answer = await h.responder.respond(question, h.context({ conversationId: `p-${asked}` }));
          const devices = (answer?.citations ?? []).filter((c) => ['device', 'door', 'window'].includes(c.entity_type));
          if (!answer || NONE.test(answer.text) || devices.length === 0) {
            failures.push(`"${question}" (${kind.id}) → ${answer ? answer.text.replace(/\s+/g, ' ').slice(0, 140) : 'declined'}`);
          }
        }
      }
    }
    expect(asked).toBeGreaterThan(0);
    expect(failures, `${failures.length} of ${asked}:\n${failures.join('\n')}`).toEqual([]);
  }, 120_000);
});
