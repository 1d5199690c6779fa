import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { openHarness } from './intentHarness';
it('dbg', async () => {
  const file = process.env.HOME_FILE;
  const h = await openHarness(file ? { homeJson: readFileSync(file, 'utf8') } : {});
  for (const q of (process.env.QS ?? '').split('|')) {
    const m = await h.engine.match(q);
    const a = await h.responder.respond(q, h.context({ conversationId: 'dbg' }));
    console.log(`Q: ${q}\n  match=${m?.intent} ${m?.template} ${m?.confidence}\n  A: ${a?.model}: ${a?.text}\n  cited: ${a?.citations.map((c) => c.name).join(', ')}`);
  }
  h.dispose();
});
