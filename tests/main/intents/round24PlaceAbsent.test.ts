// Issue 12, round 24: a thing asked about in a place where the home has none. "is the garage door at the chalet
// closed" when the one garage door is at the main house: never "Yes — Garagentor is closed" (another house's door
// answered as the one asked about), never "This home has no garage doors" (a wrong none): there is none at the chalet,
// and the home's one is said with its room. A "Casa de praia" is called "the praia"; "and is there one in the garage?"
// after a question about a kind asks whether that kind is there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const place = (id: string, entity_type: 'room' | 'zone', name: string, content: Record<string, unknown> = {}): RawEntity => ({ id, entity_type, name, content });
const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ENTITIES: RawEntity[] = [
  { id: 'h', entity_type: 'home', name: 'Huus Hang', content: {} },
  place('z-chalet', 'zone', 'Chalet Bergli', { description: 'Ferienchalet in den Bergen' }),
  place('z-beach', 'zone', 'Casa de Ubajara', { description: 'Casa de praia em Ubajara, usada nos fins de semana' }),
  place('r-garage', 'room', 'Garage'),
  place('r-kitchen', 'room', 'Kitchen'),
  place('r-hall', 'room', 'Hall'),
  place('r-lounge', 'room', 'Lounge'),
  place('r-bed', 'room', 'Bedroom'),
  place('r-cstube', 'room', 'Chalet Stube'),
  place('r-bsala', 'room', 'Sala da Praia'),
  device('d-gdoor', 'Garagentor', { type: 'garage_door', capabilities: ['open', 'close'], state: { contact: 'closed' } }),
  device('d-wallbox', 'Wallbox', { type: 'ev_charger', capabilities: ['power', 'charging'], state: { charging: false } }),
  device('d-lock', 'Fechadura Digital', { type: 'lock', capabilities: ['lock', 'unlock'], state: { locked: true } }),
  device('d-smoke', 'Kitchen Smoke Detector', { type: 'smoke_detector', capabilities: ['smoke'], state: { smoke: 'clear' } }),
  device('d-blind-l', 'Rollladen Lounge', { type: 'blind', capabilities: ['open', 'close'], state: { position: 100 } }),
  device('d-blind-b', 'Rollladen Bedroom', { type: 'blind', capabilities: ['open', 'close'], state: { position: 0 } }),
  device('d-clamp', 'Stube Lampe', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('d-blamp', 'Luz Sala Praia', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
];
const EDGES: RawEdge[] = [
  { from: 'z-chalet', to: 'h', type: 'part_of' },
  { from: 'z-beach', to: 'h', type: 'part_of' },
  ...['r-garage', 'r-kitchen', 'r-hall', 'r-lounge', 'r-bed'].map((from) => ({ from, to: 'h', type: 'part_of' })),
  { from: 'r-cstube', to: 'z-chalet', type: 'part_of' },
  { from: 'r-bsala', to: 'z-beach', type: 'part_of' },
  { from: 'd-gdoor', to: 'r-garage', type: 'located_in' },
  { from: 'd-wallbox', to: 'r-garage', type: 'located_in' },
  { from: 'd-lock', to: 'r-hall', type: 'located_in' },
  { from: 'd-smoke', to: 'r-kitchen', type: 'located_in' },
  { from: 'd-blind-l', to: 'r-lounge', type: 'located_in' },
  { from: 'd-blind-b', to: 'r-bed', type: 'located_in' },
  { from: 'd-clamp', to: 'r-cstube', type: 'located_in' },
  { from: 'd-blamp', to: 'r-bsala', type: 'located_in' },
];

let home: Harness;
const ask = askingOver(() => home, 'pa-ask', { mustAnswer: true });
const { dialog } = dialogsOver(() => home, 'pa-dialog');

beforeAll(async () => {
  home = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'pa-edge') });
});
afterAll(() => home.dispose());

describe('a device named with a place it is not in', () => {
  it('"is the garage door at the chalet closed": none at the chalet, and where the home\'s one is; never a yes about it', async () => {
    const { text } = await ask('is the garage door at the chalet closed');
    expect(text).toMatch(/no garage doors in the Chalet Bergli/);
    expect(text).not.toMatch(/This home has no/);
    expect(text).not.toMatch(/^Yes/);
    expect(text).toMatch(/Garagentor \(Garage\)/);
  });
  it('"where is the wallbox at the chalet" says there is none there, then where the home\'s one is', async () => {
    const { text } = await ask('where is the wallbox at the chalet');
    expect(text).toMatch(/no EV chargers in the Chalet Bergli.*Wallbox \(Garage\)/);
  });
  it('a device said with its own place is answered as before', async () => {
    const { text } = await ask('is the lamp at the chalet on');
    expect(text).toMatch(/Stube Lampe/);
    expect(text).not.toMatch(/There are no/);
  });
  it('"the blind in the lounge in the bedroom" (a follow-up put into the last question) stays the lounge one', async () => {
    const answer = await dialog('is the blind in the bedroom down', 'and the one in the lounge?');
    expect(answer.text).toMatch(/Rollladen Lounge/);
  });
});

describe('a beach house called by what it is', () => {
  it('"tem fechadura digital na casa da praia?" is asked of the Casa de praia: none there, the home\'s one said', async () => {
    const { text } = await ask('tem fechadura digital na casa da praia?');
    expect(text).toMatch(/no locks in the Casa de Ubajara/);
    expect(text).toMatch(/Fechadura Digital \(Hall\)/);
  });
});

describe('"any" or "one" in a place right after a question about a kind', () => {
  it('"and is there one in the garage?" after the kitchen smoke detector: none in the garage, not the garage\'s device list', async () => {
    const answer = await dialog('is there a smoke detector in the kitchen', 'and is there one in the garage?');
    expect(answer.text).toMatch(/no smoke alarms in the Garage/);
    expect(answer.text).not.toMatch(/Wallbox/);
  });
  it('"any in the bedroom?" after "where are the smoke detectors"', async () => {
    const answer = await dialog('where are the smoke detectors', 'any in the bedroom?');
    expect(answer.text).toMatch(/no smoke alarms in the Bedroom/);
  });
});
