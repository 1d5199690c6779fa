// Round 24, proposals: a command over the devices the conversation points at, or a question back when several fit.
// - "switch off all except Nora's" after a list: the listed lights but hers.
// - "switch on both" / "apaga as duas" after two turns about one light each: those two lights.
// - "switch them on" after "when do the pool lights come on": the one device named in the plural, not every light the
//   automation that answered also runs.
// - "open the gate" between a gate motor and a gate held by an electric strike (a lock): which one is asked.
// - "turn on the Nachttischlampe" with "Nachttischlampe Reto" and "Chalet Nachttischlampe": the name read by English
//   word order is no sole winner; which lamp is asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './intentHarness';
import { dialogsOver } from './dialogsOver';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';

const home: RawEntity = { id: 'p24-home', entity_type: 'home', name: 'Villa 7', content: {} };
const rooms: RawEntity[] = [
  { id: 'p24-nora', entity_type: 'room', name: "Nora's room", content: {} },
  { id: 'p24-omar', entity_type: 'room', name: "Omar's room", content: {} },
  { id: 'p24-master', entity_type: 'room', name: 'Master bedroom', content: {} },
  { id: 'p24-yard', entity_type: 'room', name: 'Yard', content: {} },
  { id: 'p24-chalet', entity_type: 'room', name: 'Chalet', content: {} },
];
const light = (id: string, name: string, on: boolean): RawEntity => ({ id, entity_type: 'device', name, content: { type: 'light', capabilities: ['power'], state: { power: on ? 'on' : 'off' } } });
const devices: RawEntity[] = [
  light('p24-noral', "Nora's Lamp", true),
  light('p24-omarl', "Omar's Lights", true),
  light('p24-masterl', 'Master Lamps', true),
  light('p24-garden', 'Garden Lights', false),
  light('p24-pool', 'Pool Lights', false),
  light('p24-drive', 'Driveway Lights', false),
  light('p24-reto', 'Nachttischlampe Reto', false),
  light('p24-chaletl', 'Chalet Nachttischlampe', false),
  { id: 'p24-main', entity_type: 'device', name: 'Main Gate', content: { type: 'gate', model: 'sliding gate motor', capabilities: ['open', 'close'], state: { gate: 'closed' } } },
  { id: 'p24-side', entity_type: 'device', name: 'Side Gate', content: { type: 'lock', model: 'electric strike', capabilities: ['lock'], state: { locked: true } } },
  { id: 'p24-dusk', entity_type: 'automation', name: 'Dusk', content: { trigger: { type: 'sun', event: 'sunset' }, actions: [{ device: 'Garden Lights' }, { device: 'Driveway Lights' }, { device: 'Pool Lights' }], description: 'At sunset switch on the garden, driveway and pool lights.', enabled: true } },
];
const placeOf: Record<string, string> = {
  'p24-noral': 'p24-nora', 'p24-omarl': 'p24-omar', 'p24-masterl': 'p24-master', 'p24-garden': 'p24-yard', 'p24-pool': 'p24-yard',
  'p24-drive': 'p24-yard', 'p24-main': 'p24-yard', 'p24-side': 'p24-yard', 'p24-reto': 'p24-master', 'p24-chaletl': 'p24-chalet',
};

describe('round 24: commands over what the conversation points at', () => {
  let h: Harness;
  beforeAll(async () => {
    const edges = [
      ...roomAndDeviceEdges(home.id, rooms, devices.filter((d) => d.entity_type === 'device'), placeOf, 'p24-yard'),
      ...['p24-garden', 'p24-pool', 'p24-drive'].map((to) => ({ from: 'p24-dusk', to, type: 'controls' })),
    ];
    h = await openHarness({ homeJson: homeExportJson([home, ...rooms, ...devices], edges, 'p24') });
  });
  afterAll(() => h.dispose());
  const { proposes, dialog } = dialogsOver(() => h, 'p24');

  it('"all except Nora\'s" after a list is the listed ones but hers', async () => {
    await proposes(['which lights are on?', "switch off all except Nora's"], ["Omar's Lights", 'Master Lamps'], 2);
  });

  it('"both" after two turns about one light each is those two', async () => {
    await proposes(['are the garden lights on?', 'and the pool lights?', 'switch on both'], ['Garden Lights', 'Pool Lights'], 2);
    await proposes(['are the garden lights on?', 'and the pool lights?', 'liga as duas'], ['Garden Lights', 'Pool Lights'], 2);
  });

  it('"them" after a question about one device named in the plural is that device', async () => {
    await proposes(['when do the pool lights come on', "switch them on now, we're having a barbecue"], ['Pool Lights'], 2);
  });

  it('"open the gate" between a gate motor and a gate lock asks which', async () => {
    const a = await dialog('open the gate');
    expect(a.proposal, a.text).toBeFalsy();
    expect(a.text).toMatch(/Main Gate/);
    expect(a.text).toMatch(/Side Gate/);
  });

  it('a name with its qualifier after the noun is as good a reading as one ending in the noun', async () => {
    const a = await dialog('turn on the Nachttischlampe');
    expect(a.proposal, a.text).toBeFalsy();
    expect(a.text).toMatch(/Nachttischlampe Reto/);
    expect(a.text).toMatch(/Chalet Nachttischlampe/);
  });
});
