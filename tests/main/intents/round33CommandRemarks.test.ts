// Issue 12, round 33: what is said around a command that is no part of it. Sentence-final particles of Thai, Cantonese,
// Tagalog and Tamil English ("set 28 la", "make it 22 po", "turn it off la, shop closed today"), a remark on how it
// feels beside the request ("set 26, too cold", "too cold for her, set 28"), a short sentence saying why after it
// ("Switch it on. Want a bath."), "anyway"/"just in case" last, a bare "set 26" for the thing in focus, colloquial
// verbs of a setting ("crank the heater to 24", "bump it to 22"), "turn it up some" and "the lamp out there" (the place
// of the last subject). Each was declined or read as a question; words that name the home's things are kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEntity } from './homeExportJson';
import { dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { openRoomHome } from './roomHomeHarness';
import { isComfortRemark } from '../../../src-main/intents/comfortRemark';
import { withoutRemarkSentences } from '../../../src-main/intents/remarkSentences';
import { withoutSpokenAsides } from '../../../src-main/intents/spokenAsides';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ROOMS: RawEntity[] = [
  { id: 'cr-home', entity_type: 'home', name: 'Flat', content: {} },
  { id: 'cr-bed', entity_type: 'room', name: 'Bedroom', content: {} },
  { id: 'cr-shed', entity_type: 'room', name: 'Shed', content: {} },
];
const DEVICES: RawEntity[] = [
  device('cr-ac', 'Bedroom aircon', { type: 'air_conditioner', capabilities: ['on_off', 'temperature', 'setpoint'], state: { power: 'on', setpoint: 25, temperature: 25.5 } }),
  device('cr-radio', 'Shed radio', { type: 'speaker', capabilities: ['on_off', 'volume'], state: { power: 'on', volume: 30 } }),
  device('cr-plug', 'Shed plug', { type: 'plug', capabilities: ['on_off'], description: 'soldering station', state: { power: 'off' } }),
  device('cr-lamp', 'Bedroom lamp', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 60 } }),
  device('cr-fan', 'Shed fan', { type: 'fan', capabilities: ['on_off', 'fan_speed'], state: { power: 'on', fan_speed: 1 } }),
  device('cr-slamp', 'Workbench lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
];
const PLACE: Record<string, string> = { 'cr-ac': 'cr-bed', 'cr-radio': 'cr-shed', 'cr-plug': 'cr-shed', 'cr-lamp': 'cr-bed', 'cr-slamp': 'cr-shed', 'cr-fan': 'cr-shed' };

let home: Harness;
const { proposes, dialog } = dialogsOver(() => home, 'cr');

beforeAll(async () => {
  home = await openRoomHome('cr', [...ROOMS, ...DEVICES], PLACE, 'cr-bed');
});
afterAll(() => home.dispose());

describe('particles said last', () => {
  it('"turn it off la, shop closed today" turns off the lamp asked about', async () => {
    await proposes(['is the bedroom lamp on', 'turn it off la, shop closed today'], ['Bedroom lamp'], 2);
  });
  it('"set it to 22 po" sets the aircon asked about', async () => {
    await proposes(['what is the bedroom aircon set to', 'set it to 22 po'], ['Bedroom aircon'], 3);
  });
  it('a particle is only dropped after a request', async () => {
    const snapshot = await home.engine.index.get();
    expect(withoutSpokenAsides('turn off the lamp na', snapshot)).toBe('turn off the lamp');
    expect(withoutSpokenAsides('was ist da', snapshot)).toBe('was ist da');
  });
});

describe('a remark on how it feels', () => {
  it('"set 26 la, too cold" sets the aircon asked about to 26', async () => {
    await proposes(['what is the bedroom aircon set to', 'set 26 la, too cold'], ['Bedroom aircon'], 3);
  });
  it('"set it to 27, too cold for her" sets the aircon asked about', async () => {
    await proposes(['is the bedroom aircon on', 'set it to 27, too cold for her'], ['Bedroom aircon'], 3);
  });
  it('only the words of a remark make one', () => {
    expect(isComfortRemark('not too cold')).toBe(true);
    expect(isComfortRemark("it's so hot for the kids")).toBe(true);
    expect(isComfortRemark('cold')).toBe(false);
    expect(isComfortRemark('the kitchen one is too cold')).toBe(false);
  });
});

describe('a sentence saying why after a request', () => {
  it('"Turn it on. Soldering." turns on the plug asked about', async () => {
    await proposes(["what's in the shed", 'is the shed plug on', 'Turn it on. Soldering.'], ['Shed plug'], 2);
  });
  it('a sentence naming a thing of the home or asking is kept', async () => {
    const snapshot = await home.engine.index.get();
    expect(withoutRemarkSentences('Switch it on. Want a bath.', snapshot)).toBe('Switch it on');
    expect(withoutRemarkSentences('Turn it on. The shed radio.', snapshot)).toBe('Turn it on. The shed radio.');
    expect(withoutRemarkSentences('Turn it on. Is it cold?', snapshot)).toBe('Turn it on. Is it cold?');
  });
});

describe('settings said the spoken way', () => {
  it('"crank the bedroom aircon to 22" sets it', async () => {
    await proposes(['crank the bedroom aircon to 22'], ['Bedroom aircon'], 3);
  });
  it('"bump the shed radio to 45" sets its level', async () => {
    await proposes(['bump the shed radio to 45'], ['Shed radio'], 2);
  });
  it('"turn it up some" steps the radio asked about up', async () => {
    await proposes(['is the shed radio on', 'turn it up some'], ['Shed radio'], 2);
  });
  it('"set 24" sets the aircon asked about', async () => {
    await proposes(['what is the bedroom aircon set to', 'set 24'], ['Bedroom aircon'], 3);
  });
  it('"turn it off anyway" turns off the lamp asked about', async () => {
    await proposes(['is the bedroom lamp on', 'turn it off anyway'], ['Bedroom lamp'], 2);
  });
});

describe('the place of the last subject', () => {
  it('"turn on the light out there" after the shed plug turns on the lamp in the shed', async () => {
    await proposes(["what's in the shed", 'turn on the light out there'], ['Workbench lamp'], 2);
  });
});

describe('a fan speed said as a heading', () => {
  it('"shed fan speed 3" sets the fan speed', async () => {
    await proposes(['shed fan speed 3'], ['Shed fan'], 2);
  });
  it('"shed fan to max" is a setting of the fan, never its state', async () => {
    const answer = await dialog('shed fan to max');
    expect(answer.text).not.toMatch(/^Shed fan —/);
    expect(answer.model).toBe('set_level');
    expect(answer.proposal?.targets.map((t) => t.name) ?? ['Shed fan']).toEqual(['Shed fan']);
  });
});
