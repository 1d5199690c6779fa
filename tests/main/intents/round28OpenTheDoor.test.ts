// Issue 12, round 28: "open the door" in a home whose doors have no motor proposed opening the one garage door, the
// only door-kind device: the unsafe way of a security action guessed from a word that names the home's other doors
// too. It now names the garage door to be asked for by name; said by name or as "the garage door", it is proposed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ROOMS: RawEntity[] = [
  { id: 'od-hall', entity_type: 'room', name: 'Vestibule', content: {} },
  { id: 'od-garage', entity_type: 'room', name: 'Carport', content: {} },
];
const DEVICES: RawEntity[] = [
  { id: 'od-opener', entity_type: 'device', name: 'Portão', content: { type: 'garage_door', capabilities: ['open_close'], state: { contact: 'closed' }, description: 'garage door opener' } },
];
const DOORS: RawEntity[] = [
  { id: 'od-front', entity_type: 'door', name: 'Porta da frente', content: {} },
  { id: 'od-back', entity_type: 'door', name: 'Porta dos fundos', content: {} },
];

let home: Harness;
beforeAll(async () => {
  const entities = [{ id: 'od-home', entity_type: 'home', name: 'Casa Azul', content: {} }, ...ROOMS, ...DEVICES, ...DOORS];
  home = await openHarness({ homeJson: homeExportJson(entities, roomAndDeviceEdges('od-home', ROOMS, DEVICES, { 'od-opener': 'od-garage' }, 'od-hall'), 'od-rel') });
});
afterAll(() => home.dispose());

const ask = async (q: string) => {
  const a = await home.responder.respond(q, home.context({ conversationId: `od-${q}` }));
  return { text: a?.text ?? '', targets: a?.proposal?.targets.map((t) => t.name) ?? [] };
};

describe('"open the door" where the one door that opens is the garage door', () => {
  it('names the garage door to be asked for by name, proposing nothing', async () => {
    const answer = await ask('open the door');
    expect(answer.targets).toEqual([]);
    expect(answer.text).toMatch(/2 other doors of the home can't open from here; Portão \(Carport\) is the only one that can/);
  });
  it('said by name or as the garage door, it is proposed', async () => {
    expect((await ask('open Portão')).targets).toEqual(['Portão']);
    expect((await ask('open the garage door')).targets).toEqual(['Portão']);
  });
});
