import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { openHarness } from './intentHarness';
it('ask', async () => {
  const h = await openHarness({ homeJson: readFileSync('/work/holdout34/cairo.home.json', 'utf8') });
  const qs = ["is \u0645\u0648\u062a\u0648\u0631 on"];
  let n = 0;
  for (const q of qs) {
    const a = await h.responder.respond(q, h.context({ conversationId: process.env.SOLO ? 'c' + (++n) : 'c' }));
    console.log('Q: ' + q + '\nA: ' + (a ? a.model + ': ' + a.text + (a.proposal ? '\n   PROPOSAL tier ' + a.proposal.tier + ' ' + a.proposal.targets.map((t) => t.name).join(', ') : '') + '\n   cites: ' + a.citations.map((c) => c.name).join(', ') : '—') + '\n');
  }
  h.dispose();
}, 120000);
