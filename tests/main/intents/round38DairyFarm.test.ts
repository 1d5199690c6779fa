// Issue 12, round 38: a dairy farm's English (the Vermont home). A milking vacuum pump's "vacuum" is no robot vacuum
// (entityChangeTier.ts); "what happens when the tank gets too warm" is a condition, not a time (SlotIntentParser.ts);
// the app of the thermometer that monitors the tank (appThroughController.ts) and its reading (answerState.ts) answer
// for the tank; a clock time in a device's state answers "what time is the alarm set for" (nextEventField.ts); a place
// word two rooms share goes to the one with the kind (placeWordOfTwo.ts), and a place's own aka is no near form of a
// foreign place word (placeVocabulary.ts); "n the big barn ones too" keeps the kind (onesOfKind.ts); "las cortinas, the
// east one is open?" picks the east one (namedThenOne.ts); a setpoint asked of the home lists its setpoints
// (homeSetpoints.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';
import { namedThenOne } from '../../../src-main/intents/namedThenOne';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const PLACES: RawEntity[] = [
  { id: 'r38-home', entity_type: 'home', name: 'Maple Hill', content: {} },
  { id: 'r38-sitting', entity_type: 'room', name: 'Front parlor', content: { floor: 'main' } },
  { id: 'r38-milking', entity_type: 'room', name: 'Milking parlor', content: { aka: 'the parlor' } },
  { id: 'r38-milkroom', entity_type: 'room', name: 'Milk room', content: {} },
  { id: 'r38-stalls', entity_type: 'room', name: 'Freestall barn', content: { aka: 'the big barn' } },
  { id: 'r38-bed', entity_type: 'room', name: 'Main bedroom', content: { floor: 'upstairs' } },
  { id: 'r38-cellar', entity_type: 'room', name: 'Cellar', content: { floor: 'basement' } },
];
const DEVICES: RawEntity[] = [
  device('r38-tv', 'Parlor TV', { type: 'entertainment', capabilities: ['on_off', 'volume'], state: { power: 'off' } }),
  device('r38-vac', 'Parlor vacuum pump', { type: 'pump', capabilities: ['on_off', 'vacuum'], state: { power: 'on', vacuum: '13 inHg' } }),
  device('r38-pfans', 'Milking parlor fans', { type: 'fan', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r38-plights', 'Milking parlor lights', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r38-bfans', 'Freestall fans', { type: 'fan', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r38-blights', 'Freestall lights', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r38-east', 'East curtain sidewall', { type: 'cover', capabilities: ['open_close', 'position'], state: { position: 20 } }),
  device('r38-west', 'West curtain sidewall', { type: 'cover', capabilities: ['open_close', 'position'], state: { position: 0 } }),
  device('r38-tank', 'Bulk tank', { type: 'appliance', model: 'bulk milk tank', capabilities: ['level'], state: { volume: 1240 } }),
  device('r38-probe', 'Bulk tank thermometer', { type: 'sensor', capabilities: ['temperature'], state: { temperature: 37.4 } }),
  device('r38-echo', "Karen's Echo", { type: 'entertainment', capabilities: ['volume'], state: { volume: 4, alarm: '04:00' } }),
  device('r38-dhw', 'Indirect water heater', { type: 'climate', capabilities: ['temperature', 'temperature_setpoint'], state: { temperature: 128, setpoint: 130 } }),
];
const ROOM_OF: Record<string, string> = {
  'r38-tv': 'r38-sitting', 'r38-vac': 'r38-milking', 'r38-pfans': 'r38-milking', 'r38-plights': 'r38-milking', 'r38-bfans': 'r38-stalls',
  'r38-blights': 'r38-stalls', 'r38-east': 'r38-stalls', 'r38-west': 'r38-stalls', 'r38-tank': 'r38-milkroom', 'r38-probe': 'r38-milkroom',
  'r38-echo': 'r38-bed', 'r38-dhw': 'r38-cellar',
};
const KNOWLEDGE: RawEntity[] = [
  { id: 'r38-app', entity_type: 'app', name: 'Sensaphone', content: {} },
  { id: 'r38-warm', entity_type: 'automation', name: 'Tank alarm', content: { trigger: { type: 'state', device: 'Bulk tank thermometer', above: '40 °F' }, actions: ['call Dale'], enabled: true } },
];

let home: Harness;
const ask = askingOver(() => home, 'r38-ask');
const { proposes } = dialogsOver(() => home, 'r38-cmd');

beforeAll(async () => {
  const edges = [
    ...roomAndDeviceEdges('r38-home', PLACES, DEVICES, ROOM_OF, 'r38-sitting'),
    { from: 'r38-probe', to: 'r38-tank', type: 'monitors' },
    { from: 'r38-probe', to: 'r38-app', type: 'controlled_by_app' },
    { from: 'r38-warm', to: 'r38-probe', type: 'triggered_by' },
  ];
  home = await openHarness({ homeJson: homeExportJson([...PLACES, ...DEVICES, ...KNOWLEDGE], edges, 'r38-edge') });
});
afterAll(() => home.dispose());

describe('a milking vacuum pump', () => {
  it('is switched off at tier 3: its vacuum is suction, no robot vacuum', async () => {
    await proposes(['turn off the parlor vac'], ['Parlor vacuum pump'], 3);
  });
});

describe('the tank and the thermometer that monitors it', () => {
  it('"what happens when the bulk tank gets too warm" is the automation its thermometer sets off', async () => {
    const a = await ask('what happens when the bulk tank gets too warm');
    expect(a.text).toMatch(/Tank alarm/);
  });

  it('"which app reports the bulk tank temperature" is the thermometer\'s app', async () => {
    const a = await ask('Which app reports the bulk tank temperature?');
    expect(a.text).toMatch(/Sensaphone/);
  });

  it('"bulk tank temp" leads with the thermometer\'s reading', async () => {
    const a = await ask('bulk tank temp');
    expect(a.text).toMatch(/37\.4/);
  });
});

describe('a time kept in a device\'s state', () => {
  it('"what time is my echo alarm set for" says 04:00, never "no schedule runs it"', async () => {
    const a = await ask('what time is my echo alarm set for');
    expect(a.text).toMatch(/04:00/);
  });
});

describe('"the parlor" of two rooms', () => {
  it('"is the television on in the parlor" is the TV in the Front parlor, no "none in the Milking parlor"', async () => {
    const a = await ask('Is the television on in the parlor');
    expect(a.text).toMatch(/\boff\b/);
    expect(a.text).not.toMatch(/Milking parlor/);
  });
});

describe('"ones" after a place', () => {
  it('"n the big barn ones too" after the parlor fans is the barn\'s fans', async () => {
    await proposes(['turn on parlor fans', 'n the big barn ones too'], ['Freestall fans'], 2);
  });
});

describe('one picked among the things named first', () => {
  it('reads "X, the east one is open?" as the east X', () => {
    expect(namedThenOne('las cortinas del barn, the east one is open?')).toBe('the east cortinas del barn is open?');
    expect(namedThenOne('is the east one open')).toBe('is the east one open');
  });

  it('answers the east curtain\'s position', async () => {
    const a = await ask('las cortinas del barn, the east one is open?');
    expect(a.text).toMatch(/20/);
  });
});

describe('a setpoint asked of the whole home', () => {
  it('"hot water setpoint for the house" is the water heater\'s, never "no temperature setting"', async () => {
    const a = await ask('hot water setpoint for the house');
    expect(a.text).not.toMatch(/no temperature setting/);
  });
});
