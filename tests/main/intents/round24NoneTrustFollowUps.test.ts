// Issue 12, round 24: follow-ups that ended in a confident "none" or a reading where a command was meant. "what makes
// it charge" asks what sets the charger going (its automation), never its readings; "when does it run" with "it" a
// place says it is not sure which device, never "no schedule runs <the room>"; "the small one" after a command
// answered with a list of devices that may be meant repeats the command on that one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ROOMS: RawEntity[] = [
  { id: 'fu-home', entity_type: 'home', name: 'Casa Norte', content: {} },
  { id: 'fu-carport', entity_type: 'room', name: 'Carport', content: {} },
  { id: 'fu-gen', entity_type: 'room', name: 'Gen House', content: {} },
  { id: 'fu-hall', entity_type: 'room', name: 'Hall', content: {} },
];
const DEVICES: RawEntity[] = [
  device('fu-ev', 'Wallbox', { type: 'ev_charger', capabilities: ['charging', 'power'], state: { status: 'standby', power_w: 0 }, description: 'EV charger' }),
  device('fu-big', 'Big Gen', { manufacturer: 'Elemax', capabilities: ['power'], state: { power: 'off' } }),
  device('fu-small', 'small gen', { manufacturer: 'Firman', capabilities: ['power'], state: { power: 'off' } }),
  device('fu-lamp', 'Hall lamp', { type: 'light', capabilities: ['power'], state: { power: 'off' } }),
];
const AUTOMATION: RawEntity = { id: 'fu-cheap', entity_type: 'automation', name: 'Cheap power', content: { trigger: 'spot price below 1 kr/kWh', action: 'start charging' } };
const PLACE: Record<string, string> = { 'fu-ev': 'fu-carport', 'fu-big': 'fu-gen', 'fu-small': 'fu-gen', 'fu-lamp': 'fu-hall' };

let home: Harness;
const { proposes } = dialogsOver(() => home, 'fu');
const ask = askingOver(() => home, 'fu-ask');

beforeAll(async () => {
  const rooms = ROOMS.filter((e) => e.entity_type === 'room');
  const edges = [...roomAndDeviceEdges('fu-home', rooms, DEVICES, PLACE, 'fu-hall'), { from: 'fu-cheap', to: 'fu-ev', type: 'automates' }];
  home = await openHarness({ homeJson: homeExportJson([...ROOMS, ...DEVICES, AUTOMATION], edges, 'fu-rel') });
});
afterAll(() => home.dispose());

describe('follow-ups never end in a confident none', () => {
  it('"what makes it charge" after asking about the charger names its automation', async () => {
    const answer = await ask('is the wallbox charging', 'what makes it charge');
    expect(answer.cited).toContain('Cheap power');
  });
  it('"when does it run" about a room is not "no schedule runs" it', async () => {
    const answer = await ask('what is in the Gen House', 'when does it run');
    expect(answer.text).not.toMatch(/No schedule or automation runs/);
  });
  it('"the small one" after "start the gen" listed what may be meant starts that one', async () => {
    await proposes(['start the gen', 'the small one'], ['small gen'], 3);
  });
});
