// A real word is not mended into a cue word: "it is important" at the end of a request for the model is no power
// reading ("importing" is a cue for grid readings since round 6, and a spelling repair took "important" for it).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openHarness, type Harness } from './intentHarness';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.dispose());

it('"…, it is important" is not read as a question about power', async () => {
  for (const q of ['could you put the chimney sweep on my list for next week, it is important', 'it is important']) {
    expect((await h.engine.match(q))?.intent, q).not.toBe('readings');
  }
});
