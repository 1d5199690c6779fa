// Issue 12, round 29 (trust in English): readings of how people say a thing that led to a wrong "none" or no
// proposal. Each case uses a small inline home with names unlike any test home's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'tr-yard', entity_type: 'room', name: 'Hof', content: { description: 'garden' } },
  { id: 'tr-kit', entity_type: 'room', name: 'Kuchyne', content: { description: 'kitchen' } },
];
const DEVICES: RawEntity[] = [
  device('tr-yardl', 'Hof Svetla', { type: 'light', capabilities: ['power'], state: { power: 'off' } }),
  device('tr-ceil', 'Kuchyne Strop', { type: 'light', capabilities: ['power', 'brightness'], state: { power: 'on', brightness: 80 } }),
  device('tr-strip', 'Kuchyne Leuchte', { type: 'light', capabilities: ['power'], state: { power: 'off' } }),
  device('tr-hub', 'Most Vchod', { type: 'hub', manufacturer: 'Aqara' }),
  device('tr-hub2', 'Most Hala', { type: 'hub', manufacturer: 'Hue' }),
  device('tr-temp', 'Teplomer', { type: 'sensor', capabilities: ['temperature', 'battery'], state: { temperature: 4, battery: 20 } }),
  device('tr-rice', 'Rýžovar', { type: 'appliance', capabilities: ['cook', 'keep_warm'], state: { status: 'keep warm', keep_warm_hours: 3 } }),
  device('tr-lock', 'Zamek', { type: 'lock', capabilities: ['lock', 'battery'], state: { locked: true, battery: 40 } }),
];
const PLACE = { 'tr-yardl': 'tr-yard', 'tr-ceil': 'tr-kit', 'tr-strip': 'tr-kit', 'tr-hub': 'tr-kit', 'tr-hub2': 'tr-kit', 'tr-temp': 'tr-yard', 'tr-lock': 'tr-yard', 'tr-rice': 'tr-kit' };
const AUTOMATIONS: RawEntity[] = [
  { id: 'tr-auto', entity_type: 'automation', name: 'Lights down 22:15', content: { trigger: { type: 'time', at: '22:15' }, actions: [{ device: 'Kuchyne Strop', action: 'turn_off' }, { device: 'Hof Svetla', action: 'turn_off' }], enabled: true } },
];
const AUTOMATION_EDGES = [{ from: 'tr-auto', to: 'tr-ceil', type: 'automates' }, { from: 'tr-auto', to: 'tr-yardl', type: 'automates' }];
const NOTES: RawEntity[] = [{ id: 'tr-note', entity_type: 'note', name: 'Nouzová výbava', content: { text: 'Emergency kit is in the hall cupboard, top shelf.', description: 'Where the emergency kit is' } }];
const HUB_EDGES = [{ from: 'tr-hub', to: 'tr-temp', type: 'manages' }, { from: 'tr-hub', to: 'tr-lock', type: 'manages' }];

let home: Harness;
beforeAll(async () => {
  const entities = [{ id: 'tr-home', entity_type: 'home', name: 'Vila Brno', content: {} }, ...ROOMS, ...DEVICES, ...NOTES, ...AUTOMATIONS];
  home = await openHarness({ homeJson: homeExportJson(entities, [...roomAndDeviceEdges('tr-home', ROOMS, DEVICES, PLACE, 'tr-yard'), ...HUB_EDGES, ...AUTOMATION_EDGES], 'tr-rel') });
});
afterAll(() => home.dispose());

const dialog = (...questions: string[]) => home.dialog(...questions);

describe('a command with a reason run on after it', () => {
  it('"switch them on till we\'re back" is the command, the "we\'re back" no name', async () => {
    const answer = await dialog('are the garden lights on?', "switch them on till we're back");
    expect(answer.targets).toEqual(['Hof Svetla']);
  });
  it('"switch the garden lights on till we’re home" with a curly apostrophe too', async () => {
    expect((await dialog('switch the garden lights on till we’re home')).targets).toEqual(['Hof Svetla']);
  });
});

describe('"still" in a question', () => {
  it('"is the kitchen light still on?" keeps the kitchen: never one light alone while the other is on', async () => {
    const answer = await dialog('is the kitchen light still on?');
    expect(answer.cited).toContain('Kuchyne Strop');
  });
  it('"is the kitchen light on still?" too', async () => {
    expect((await dialog('is the kitchen light on still?')).cited).toContain('Kuchyne Strop');
  });
});

describe('an "on" left at the end of a which-question', () => {
  it('"what hub is that on" after several things asks what they hang off, never "no hubs are on"', async () => {
    const answer = await dialog('which devices have batteries?', 'what hub is that on');
    expect(answer.text).not.toMatch(/no hubs|on\/off/i);
    expect(answer.cited).toContain('Most Vchod');
  });
  it('after one thing, its hub', async () => {
    const answer = await dialog('is the teplomer battery ok?', 'what hub is it on?');
    expect(answer.cited).toContain('Most Vchod');
  });
  it('"which lights are on" keeps its state', async () => {
    expect((await dialog('which lights are on')).cited).toEqual(['Kuchyne Strop']);
  });
});

describe('"where do we keep" asks where a thing is', () => {
  it('"where do we keep the emergency kit" reads the note, never a device that "keeps warm"', async () => {
    const answer = await dialog('where do we keep the emergency kit');
    expect(answer.text).toMatch(/hall cupboard/);
    expect(answer.cited).not.toContain('Rýžovar');
  });
  it('"and where did you put the emergency kit" too', async () => {
    expect((await dialog('and where did you put the emergency kit')).text).toMatch(/hall cupboard/);
  });
});

describe('an automation named with its time', () => {
  it('"what does the lights down automation turn off" is "Lights down 22:15", never every light\'s automations', async () => {
    const answer = await dialog('what does the lights down automation turn off');
    expect(answer.cited.slice(0, 1)).toEqual(['Lights down 22:15']);
    expect(answer.cited).toEqual(expect.arrayContaining(['Kuchyne Strop', 'Hof Svetla']));
  });
  it('Pidgin "wetin the lights down automation dey off" asks the same', async () => {
    const answer = await dialog('wetin the lights down automation dey off');
    expect(answer.cited).toEqual(expect.arrayContaining(['Lights down 22:15', 'Kuchyne Strop', 'Hof Svetla']));
  });
});

describe('what the narrower readings leave alone', () => {
  it('"is the teplomer still warm?" keeps its "still" (no on/off state after it)', async () => {
    const { withoutStill } = await import('../../../src-main/intents/stillAsked');
    const snapshot = await home.engine.index.get();
    expect(withoutStill('is the teplomer still warm?', snapshot)).toBe('is the teplomer still warm?');
    expect(withoutStill('is alfie still on his xbox', snapshot)).toBe('is alfie still on his xbox');
    expect(withoutStill('is it on still?', snapshot)).toBe('is it on?');
  });
  it('"what app is it on" and "what mode is it on" are not hub questions', async () => {
    const { strandedOn } = await import('../../../src-main/intents/strandedOn');
    expect(strandedOn('what app is it on')).toBe('what app is it on');
    expect(strandedOn('what mode is it on')).toBe('what mode is it on');
    expect(strandedOn('which hub are they on?')).toBe('which hub are they connected to?');
  });
});
