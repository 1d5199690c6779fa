// Issue 12, round 28: English as speech-to-text and terse speech writes it, and West Country (Bristolian) English.
// "Big light on." / "The immersion. Off." were asked whether the thing is on; "set the heating to twenty one" had no
// number; "full stop" and "question mark" were read as words; "whass in the shed" / "where's it to" / "turn un on" were
// declined; "saloon lights on" in a home with a room "Boat - Saloon" switched the living room's lights (its "salon").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { readInEnglish } from '../../../src-main/intents/languages/readInEnglish';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'se-lounge', entity_type: 'room', name: 'Lounge', content: {} },
  { id: 'se-shed', entity_type: 'room', name: 'Workshop', content: {} },
  { id: 'se-bath', entity_type: 'room', name: 'Bathroom', content: {} },
  { id: 'se-van', entity_type: 'room', name: 'Van - Saloon', content: {} },
  { id: 'se-den', entity_type: 'room', name: 'Salon', content: {} },
];
const DEVICES: RawEntity[] = [
  device('se-ceiling', 'Ceiling Light', { type: 'light', capabilities: ['on_off', 'dimming'], state: { power: 'off', brightness: 0 } }),
  device('se-radio', "Gran's Radio", { type: 'speaker', capabilities: ['on_off', 'volume'], state: { power: 'on', volume: 10 } }),
  device('se-boiler', 'Water Heater Plug', { type: 'plug', capabilities: ['on_off'], state: { power: 'off' }, description: 'Plug for the immersion in the cupboard' }),
  device('se-rail', 'Warm Rail', { type: 'heated towel rail', capabilities: ['temperature', 'setpoint'], state: { temperature: 20, setpoint: 21 } }),
  device('se-stat', 'Thermostat', { type: 'thermostat', capabilities: ['temperature', 'setpoint'], state: { temperature: 19, setpoint: 20 } }),
  device('se-bench', 'Bench Plug', { type: 'plug', capabilities: ['on_off'], state: { power: 'off' } }),
  device('se-vanlights', 'Van - Saloon Lights', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('se-denlamp', 'Den Lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('se-denlamp2', 'Den Uplighter', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
];
const PLACE = { 'se-ceiling': 'se-lounge', 'se-radio': 'se-lounge', 'se-boiler': 'se-bath', 'se-rail': 'se-bath', 'se-stat': 'se-lounge', 'se-bench': 'se-shed', 'se-vanlights': 'se-van', 'se-denlamp': 'se-den', 'se-denlamp2': 'se-den' };

let home: Harness;
beforeAll(async () => {
  const entities = [{ id: 'se-home', entity_type: 'home', name: 'Ashton Terrace', content: {} }, ...ROOMS, ...DEVICES];
  home = await openHarness({ homeJson: homeExportJson(entities, roomAndDeviceEdges('se-home', ROOMS, DEVICES, PLACE, 'se-lounge'), 'se-rel') });
});
afterAll(() => home.dispose());

const dialog = (...questions: string[]) => home.dialog(...questions);

describe('telegraphic commands', () => {
  it('"Ceiling light on." is a command, not a state question', async () => {
    expect((await dialog('Ceiling light on.')).targets).toEqual(['Ceiling Light']);
  });
  it('"Radio off." switches the one radio said in part', async () => {
    expect((await dialog('Radio off.')).targets).toEqual(["Gran's Radio"]);
  });
  it('"Bench plug. On." with the switch word as its own sentence', async () => {
    expect((await dialog('Bench plug. On.')).targets).toEqual(['Bench Plug']);
  });
  it('a reason sentence after the command is left out', async () => {
    expect((await dialog('Bench plug on. Soldering tonight.')).targets).toEqual(['Bench Plug']);
  });
  it('with a question mark it stays a question', async () => {
    const answer = await dialog('Radio on?');
    expect(answer.targets).toEqual([]);
    expect(answer.text).toMatch(/is on/);
  });
  it('question and particle words keep a sentence a question', async () => {
    const snapshot = await snap();
    for (const q of ['any lights on', 'when does it come on', 'pump iko on', 'tv dey on']) expect(readInEnglish(q, snapshot)).not.toMatch(/^turn /);
  });
});

describe('dictation', () => {
  it('spoken numbers are digits: "set the thermostat to twenty one"', async () => {
    const answer = await dialog('set the thermostat to twenty one');
    expect(answer.targets).toEqual(['Thermostat']);
    expect(answer.text).toMatch(/21/);
  });
  it('"half past seven" is 07:30 and "ten" alone stays a word', async () => {
    expect(readInEnglish('make it half past seven', await snap())).toMatch(/07:30/);
    expect(readInEnglish('ten cuidado con la luz', await snap())).toMatch(/^ten /);
  });
  it('"turn the warm rail up to twenty two" sets the setpoint of a rail no kind range names', async () => {
    expect((await dialog('turn the warm rail up to twenty two')).targets).toEqual(['Warm Rail']);
  });
  it('spoken punctuation is the mark: "full stop", "question mark"', async () => {
    expect((await dialog('turn on the ceiling light please full stop')).targets).toEqual(['Ceiling Light']);
    expect(readInEnglish('is the radio on question mark', await snap())).toBe('is the radio on?');
  });
  it('a comma left out of "what about X is that on" still asks about X', async () => {
    const answer = await dialog('is the thermostat ok', 'what about the bench plug is that on');
    expect(answer.cited).toContain('Bench Plug');
  });
});

describe('Bristolian', () => {
  it('"whass in the workshop" lists it', async () => {
    expect((await dialog('whass in the workshop')).cited).toContain('Bench Plug');
  });
  it('"where\'s it to" is where it is', async () => {
    expect((await dialog('is the bench plug on', "where's it to")).text).toMatch(/Workshop/);
  });
  it('"turn un on" is "turn it on"', async () => {
    expect((await dialog('is the bench plug on', 'turn un on')).targets).toEqual(['Bench Plug']);
  });
});

describe('a room\'s own name word is no slip of another room\'s', () => {
  it('"saloon lights on" is the saloon\'s light, never the Salon\'s', async () => {
    expect((await dialog('turn on saloon lights')).targets).toEqual(['Van - Saloon Lights']);
  });
});

async function snap(): Promise<Parameters<typeof readInEnglish>[1]> {
  return home.engine.index.get();
}
