import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { openHarness } from './intentHarness';
it('ask', async () => {
  const h = await openHarness({ homeJson: readFileSync("/work/r41-followups/tests/fixtures/homes/bangkok.home.json", 'utf8') });
  const qs = ["office aircon on?", "turn on 24 before I go up", "and office light"];
  let n = 0;
  for (const q of qs) {
    const conversationId = process.env.SOLO ? `solo-${++n}` : 'ask';
    const a = await h.responder.respond(q, h.context({ conversationId, role: (process.env.ROLE as 'guest' | 'admin') ?? 'admin' }));
    const p = a?.proposal ? ` [proposal tier ${a.proposal.tier}: ${a.proposal.targets.map((t) => t.name).join(', ')}]` : '';
    console.log(`Q: ${q}\nA(${a?.model ?? '-'}): ${a?.text ?? '(declined)'}${p}\n   cited: ${a?.citations.map((c) => c.name).join(', ') ?? ''}\n`);
  }
  h.dispose();
}, 120_000);
