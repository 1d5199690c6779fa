// "put the thing in the kitchen" was answered as "The Kitchen has 7 devices": the slot parse read "thing" and
// "kitchen" as a question about the room. Requests to edit the home are the model's (its write tools only propose
// cards); the offline engine declines them so the turn reaches the model, and still answers real questions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './intentHarness';

describe('edit requests are not read as questions', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(() => h.dispose());

  it.each(['put the thing in the kitchen', 'please move the reading lamp to the study', 'can you rename the hallway', 'add the garage to upstairs', 'remember that the gate code is with Sam'])(
    'declines "%s"',
    async (text) => {
      expect(await h.responder.respond(text, h.context())).toBeUndefined();
    },
  );

  it('still answers questions about the same places', async () => {
    const answer = await h.responder.respond("what's in the kitchen?", h.context());
    expect(answer?.citations.some((c) => c.name === 'Kitchen')).toBe(true);
  });
});
