// Issue 12, round 35: a shared house with a holiday let (the Manchester home's classes, on a small home written
// here). A place word that begins the names of a room's devices is that room's ("the lounge" is the back room with
// "Lounge lamp", not the let's "Cottage lounge"; placeByDeviceNames.ts); "would you mind switching off …? Nobody is
// in there." is a request with a remark (politeEnglish.ts); "the house rules about the dryer" quotes the rules note
// (houseRulesNote.ts); "doorbell battery low?" names each doorbell (answerSearch.ts); the app of a boiler is its
// controller's (appThroughController.ts); what monitors a door named whole (openingWatchers.ts); a kind word another
// device's description says outright brings that device's manual (describedKindManuals.ts); Polish "zamknij" of a
// door with a lock locks it ("proszę" is a filler; crossLanguageCues.ts, lexicon/cues.json `closeAlsoLocks`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';
import { device } from './smallHome';

const ROOMS: RawEntity[] = [
  { id: 's5-home', entity_type: 'home', name: '9 Elm Street', content: {} },
  { id: 's5-let', entity_type: 'zone', name: 'Brook Cottage', content: { description: 'holiday let by the river' } },
  { id: 's5-back', entity_type: 'room', name: 'Back room', content: { description: 'shared lounge, sofa' } },
  { id: 's5-clounge', entity_type: 'room', name: 'Cottage lounge', content: { description: 'sofa and stove' } },
  { id: 's5-kitchen', entity_type: 'room', name: 'Kitchen', content: {} },
  { id: 's5-shed', entity_type: 'room', name: 'Shed', content: {} },
];
const DEVICES: RawEntity[] = [
  device('s5-llamp', 'Lounge lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('s5-ltv', 'Lounge telly', { type: 'entertainment', capabilities: ['on_off'], state: { power: 'off' } }),
  device('s5-clamp', 'Cottage lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('s5-burner', 'Wood burner', { type: 'appliance', description: 'cast iron stove, dry logs only', state: { status: 'unlit' } }),
  device('s5-oven', 'Oven', { type: 'appliance', capabilities: ['on_off'], state: { power: 'off' } }),
  device('s5-dryer', 'The monster', { type: 'appliance', model: 'condenser dryer', description: 'the tumble dryer', state: { status: 'idle' } }),
  device('s5-boiler', 'Gas boiler', { type: 'climate', capabilities: ['heating'], state: { status: 'idle' } }),
  device('s5-stat', 'Smart thermostat', { type: 'climate', capabilities: ['temperature', 'setpoint'], state: { temperature: 18, setpoint: 19 } }),
  device('s5-bell1', 'Front doorbell', { type: 'doorbell', capabilities: ['battery'], state: { battery: 41 } }),
  device('s5-bell2', 'Cottage doorbell', { type: 'doorbell', capabilities: ['battery'], state: { battery: 77 } }),
  device('s5-shedsensor', 'Shed sensor', { type: 'sensor', capabilities: ['contact', 'battery'], state: { contact: 'closed', battery: 80 } }),
  device('s5-padlock', 'Shed padlock', { type: 'security', capabilities: ['lock', 'unlock'], state: { locked: true } }),
  device('s5-frontlock', 'Front door lock', { type: 'security', capabilities: ['lock', 'unlock'], state: { locked: false } }),
];
const OTHERS: RawEntity[] = [
  { id: 's5-sheddoor', entity_type: 'door', name: 'Shed door', content: { has_lock: true } },
  { id: 's5-frontdoor', entity_type: 'door', name: 'Front door', content: { has_lock: true, state: { contact: 'closed' } } },
  { id: 's5-app', entity_type: 'app', name: 'HeatHub', content: { platform: 'iOS/Android' } },
  { id: 's5-rules', entity_type: 'note', name: 'House rules', content: { text: 'Quiet after 11. No monster after 10pm, it shakes the ceiling. Heaters off when you go out.' } },
  { id: 's5-manual', entity_type: 'manual', name: 'Burner manual', content: { title: 'Cast iron stove instructions', content: 'Burn only wood under 20% moisture. Keep the door shut.' } },
];
const PLACE: Record<string, string> = {
  's5-llamp': 's5-back', 's5-ltv': 's5-back', 's5-clamp': 's5-clounge', 's5-burner': 's5-clounge', 's5-oven': 's5-kitchen', 's5-dryer': 's5-kitchen',
  's5-boiler': 's5-kitchen', 's5-stat': 's5-back', 's5-bell1': 's5-back', 's5-bell2': 's5-clounge', 's5-shedsensor': 's5-shed', 's5-padlock': 's5-shed',
};

let home: Harness;
const ask = askingOver(() => home, 's5-ask', { mustAnswer: true });

beforeAll(async () => {
  const edges = [
    ...roomAndDeviceEdges('s5-home', ROOMS, DEVICES, PLACE, 's5-back'),
    { from: 's5-let', to: 's5-home', type: 'part_of' },
    { from: 's5-clounge', to: 's5-let', type: 'part_of' },
    { from: 's5-sheddoor', to: 's5-shed', type: 'located_in' },
    { from: 's5-frontdoor', to: 's5-back', type: 'located_in' },
    { from: 's5-stat', to: 's5-boiler', type: 'controls' },
    { from: 's5-stat', to: 's5-app', type: 'controlled_by_app' },
    { from: 's5-shedsensor', to: 's5-sheddoor', type: 'monitors' },
    { from: 's5-padlock', to: 's5-sheddoor', type: 'monitors' },
    { from: 's5-burner', to: 's5-manual', type: 'documented_by' },
  ];
  home = await openHarness({ homeJson: homeExportJson([...ROOMS, ...DEVICES, ...OTHERS], edges, 's5-edge') });
});
afterAll(() => home.dispose());

describe('a place word that begins the names of one room’s devices is that room', () => {
  it('"the lounge" is the back room with the Lounge lamp, not the Cottage lounge', async () => {
    const a = await ask('is anything on in the lounge');
    expect(a.cited).toContain('Lounge lamp');
    expect(a.cited).not.toContain('Cottage lamp');
  });
});

describe('a polite request asked as a question, with a remark after it', () => {
  it.each(['Would you mind switching off the lounge lamp, please? Nobody is in there.', 'would you mind turning off the lounge lamp'])('%s', async (q) => {
    const a = await home.responder.respond(q, home.context({ conversationId: `s5-polite-${q.length}` }));
    expect(a?.proposal?.targets.map((t) => t.name)).toEqual(['Lounge lamp']);
  });
});

describe('"rules" about a device in a home with a rules note', () => {
  it('the house rules about the tumble dryer quote the note', async () => {
    const a = await ask('What are the house rules about the tumble dryer?');
    expect(a.text).toContain('10pm');
    expect(a.cited).toContain('House rules');
  });
  it('an automation asked for stays an automation question', async () => {
    const a = await ask('what automations run the tumble dryer');
    expect(a.text).not.toContain('10pm');
  });
});

describe('answers that were a wrong none', () => {
  it('"doorbell battery low?" names each doorbell with its level', async () => {
    const a = await ask('doorbell battery low?');
    expect(a.text).toContain('Front doorbell: 41%');
    expect(a.text).toContain('Cottage doorbell: 77%');
  });
  it('the app of a boiler is the app of the thermostat that controls it', async () => {
    const a = await ask('which app is the gas boiler on');
    expect(a.text).toContain('HeatHub');
    expect(a.cited).toContain('Smart thermostat');
  });
  it('what monitors a door named whole: the devices whose monitors edge points at it', async () => {
    const a = await ask('which devices monitor the shed door');
    expect(a.cited).toEqual(expect.arrayContaining(['Shed sensor', 'Shed padlock']));
  });
  it('a kind word another device is described as brings that device’s manual', async () => {
    const a = await ask('what does the stove manual say about wood?');
    expect(a.text).toContain('20% moisture');
    expect(a.cited).toContain('Wood burner');
  });
});

describe('Polish "zamknij" (close, and lock) said of a door with a lock', () => {
  it('"zamknij front door proszę" locks the front door lock', async () => {
    const a = await home.responder.respond('zamknij front door proszę', home.context({ conversationId: 's5-zamknij' }));
    expect(a?.proposal?.targets.map((t) => t.name)).toEqual(['Front door lock']);
  });
});
