// Issue 12: "where's the key for the gate" asks where a thing *for* a device is. A note or procedure of that device
// that says where the thing is answers first, in its own words; otherwise the device's place as before. Private notes
// stay private for guests. A home named in Japanese romaji, which the lexicon doesn't know.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const entity = (id: string, entity_type: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type, name, content });

function romajiHome(): string {
  const entities = [
    entity('r-niwa', 'room', 'Niwa', {}),
    entity('r-genkan', 'room', 'Genkan', {}),
    entity('d-mon', 'device', 'Mon no mota', { type: 'gate', description: 'sliding gate operator', capabilities: ['open_close'], state: { position: 'closed' } }),
    entity('d-soko', 'device', 'Soko no tobira', { type: 'garage_door', capabilities: ['open_close'], state: { position: 'closed' } }),
    entity('p-kaiho', 'procedure', 'Shudo kaiho', { steps: ['Switch off the breaker.', 'Take the release key from the drawer in the Genkan.', 'Turn the key and slide the gate by hand.'] }),
    entity('n-himitsu', 'note', 'Soko memo', { text: 'The spare key is kept under the flower pot by the shed.', private: true }),
  ];
  const edges = [
    { from: 'd-mon', to: 'r-niwa', type: 'located_in' },
    { from: 'd-soko', to: 'r-niwa', type: 'located_in' },
    { from: 'p-kaiho', to: 'd-mon', type: 'procedure_for' },
    { from: 'd-soko', to: 'n-himitsu', type: 'documented_by' },
  ];
  return homeExportJson(entities, edges, 'ja');
}

let h: Harness;
let conversation = 0;

async function ask(question: string, role: 'admin' | 'guest' = 'admin'): Promise<string> {
  const answer = await h.responder.respond(question, h.context({ conversationId: `ja-${++conversation}`, role }));
  expect(answer, `"${question}" was declined`).toBeDefined();
  return answer?.text ?? '';
}

beforeAll(async () => {
  h = await openHarness({ homeJson: romajiHome() });
});
afterAll(() => h.dispose());

describe('where the thing for a device is', () => {
  it('"where\'s the key for the gate motor" answers from the procedure that says where the key is', async () => {
    const a = await ask("where's the key for the gate motor");
    expect(a).toContain('drawer in the Genkan');
    expect(a).toContain('Shudo kaiho');
  });

  it('"where is the gate" still answers the gate\'s place', async () => {
    const a = await ask('where is the gate');
    expect(a).toContain('Niwa');
    expect(a).not.toContain('drawer');
  });

  it('a thing no text places ("the remote for the gate") falls back to the device\'s place', async () => {
    const a = await ask("where's the remote for the gate");
    expect(a).not.toContain('drawer');
  });

  it('a private note says where the key is to the admin only', async () => {
    expect(await ask("where's the key for the garage door")).toContain('flower pot');
    expect(await ask("where's the key for the garage door", 'guest')).not.toContain('flower pot');
  });
});
