// Round 31 (trust): wrong proposals after a command or a choice. Each case uses a small inline home with names unlike
// any test home's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'r31-lounge', entity_type: 'room', name: 'Lounge', content: { description: 'living room' } },
  { id: 'r31-bed', entity_type: 'room', name: 'Main bedroom', content: { description: 'bedroom' } },
  { id: 'r31-kit', entity_type: 'room', name: 'Kitchen', content: {} },
  { id: 'r31-yard', entity_type: 'room', name: 'Yard', content: { description: 'garden outside' } },
];
const DEVICES: RawEntity[] = [
  device('r31-trv-l', 'Lounge Radiator TRV', { type: 'trv', capabilities: ['temperature', 'setpoint'], state: { temperature: 20.5, setpoint: 21 } }),
  device('r31-trv-b', 'TRV Sleep', { type: 'trv', capabilities: ['temperature', 'setpoint'], state: { temperature: 17.5, setpoint: 18 } }),
  device('r31-bl-l', 'Shade Lounge', { type: 'blind', capabilities: ['open_close', 'position'], state: { position: 40 } }),
  device('r31-bl-b', 'Shade Sleep', { type: 'blind', capabilities: ['open_close', 'position'], state: { position: 0 } }),
  device('r31-yl', 'Yard lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r31-valve', 'Mains water valve', { type: 'valve', capabilities: ['open_close'], state: { valve: 'open' } }),
  device('r31-fridge', 'Icebox', { type: 'fridge', state: { temperature: 4 } }),
  device('r31-lamp-a', 'Reading lamp', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 60 } }),
  device('r31-lamp-b', 'Corner lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r31-hp', 'Heatpump Nord', { description: 'hybrid heat pump, works with the boiler', manufacturer: 'Nibe', capabilities: ['temperature', 'setpoint'], state: { temperature: 45 } }),
  device('r31-stat', 'Stat Hall', { type: 'climate', capabilities: ['temperature', 'setpoint'], state: { temperature: 20, setpoint: 20 } }),
];
const PLACE = { 'r31-trv-l': 'r31-lounge', 'r31-trv-b': 'r31-bed', 'r31-bl-l': 'r31-lounge', 'r31-bl-b': 'r31-bed', 'r31-yl': 'r31-yard', 'r31-valve': 'r31-kit', 'r31-fridge': 'r31-kit', 'r31-lamp-a': 'r31-lounge', 'r31-lamp-b': 'r31-lounge' };

let home: Harness;
beforeAll(async () => {
  const entities = [{ id: 'r31-home', entity_type: 'home', name: 'Casa Prueba', content: {} }, ...ROOMS, ...DEVICES];
  const edges = [...roomAndDeviceEdges('r31-home', ROOMS, DEVICES, PLACE, 'r31-kit'), { from: 'r31-stat', to: 'r31-hp', type: 'controls' }];
  home = await openHarness({ homeJson: homeExportJson(entities, edges, 'r31-rel') });
});
afterAll(() => home.dispose());

let conversation = 0;
const dialog = async (...texts: string[]) => {
  const id = `r31-${++conversation}`;
  let answer: Awaited<ReturnType<Harness['responder']['respond']>>;
  for (const text of texts) answer = await home.responder.respond(text, home.context({ conversationId: id }));
  return { text: answer?.text ?? '', targets: answer?.proposal?.targets.map((t) => t.name) ?? [] };
};

describe('a fragment typed as a question right after a command on one device', () => {
  it('"and in the bedroom?" after setting the lounge radiator says the bedroom one, never sets it', async () => {
    const answer = await dialog("what's the temp in the lounge", 'set the radiator to 23', 'and in the bedroom?');
    expect(answer.targets).toEqual([]);
    expect(answer.text).toContain('17.5');
  });
  it('"and the main bedroom?" after raising a blind says how the blind there is', async () => {
    const answer = await dialog('how open is the lounge shade', 'raise it fully', 'and the main bedroom?');
    expect(answer.targets).toEqual([]);
    expect(answer.text).toContain('Shade Sleep');
  });
  it('"and in the kitchen?" after switching on a light never opens the kitchen valve', async () => {
    const answer = await dialog("what's in the yard", 'turn on the yard lamp', 'and in the kitchen?');
    expect(answer.targets).toEqual([]);
    expect(answer.text).toContain('Icebox');
  });
  it('said without a question mark it stays the command', async () => {
    expect((await dialog('set the radiator in the lounge to 23', 'and in the bedroom')).targets).toEqual(['TRV Sleep']);
  });
});

describe('a kind said once in the singular where several can take the command', () => {
  it('"turn on the lamp there" after what is in a room with two lamps asks which, never the one a reading left off', async () => {
    const answer = await dialog("what's in the lounge", 'turn on the lamp there');
    expect(answer.targets).toEqual([]);
    expect(answer.text).toContain('Reading lamp');
    expect(answer.text).toContain('Corner lamp');
  });
  it('"turn off the lamp in the lounge" asks which too', async () => {
    expect((await dialog('turn off the lamp in the lounge')).targets).toEqual([]);
  });
  it('"the lamps" and "all the lights" are still one command over those there', async () => {
    expect((await dialog('turn on the lamps in the lounge')).targets).toEqual(['Corner lamp']);
    expect((await dialog('turn off all the lights in the lounge')).targets).toEqual(['Reading lamp']);
  });
});

describe('a setpoint no room is heated to', () => {
  it('"set the heatpump nord to 40" sets the heat pump itself, never its room thermostat to 40', async () => {
    expect((await dialog('set the heatpump nord to 40')).targets).toEqual(['Heatpump Nord']);
  });
  it('a room temperature still goes to the thermostat that controls it', async () => {
    expect((await dialog('set the heatpump nord to 21')).targets).toEqual(['Stat Hall']);
  });
});
