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
  device('r31-trv-l', 'Rad Lounge', { type: 'radiator valve', capabilities: ['temperature', 'setpoint'], state: { temperature: 20.5, setpoint: 21 } }),
  device('r31-trv-b', 'Rad Sleep', { type: 'radiator valve', capabilities: ['temperature', 'setpoint'], state: { temperature: 17.5, setpoint: 18 } }),
  device('r31-bl-l', 'Shade Lounge', { type: 'blind', capabilities: ['open_close', 'position'], state: { position: 40 } }),
  device('r31-bl-b', 'Shade Sleep', { type: 'blind', capabilities: ['open_close', 'position'], state: { position: 0 } }),
  device('r31-yl', 'Yard lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r31-valve', 'Mains water valve', { type: 'valve', capabilities: ['open_close'], state: { valve: 'open' } }),
  device('r31-fridge', 'Icebox', { type: 'fridge', state: { temperature: 4 } }),
];
const PLACE = { 'r31-trv-l': 'r31-lounge', 'r31-trv-b': 'r31-bed', 'r31-bl-l': 'r31-lounge', 'r31-bl-b': 'r31-bed', 'r31-yl': 'r31-yard', 'r31-valve': 'r31-kit', 'r31-fridge': 'r31-kit' };

let home: Harness;
beforeAll(async () => {
  const entities = [{ id: 'r31-home', entity_type: 'home', name: 'Casa Prueba', content: {} }, ...ROOMS, ...DEVICES];
  home = await openHarness({ homeJson: homeExportJson(entities, roomAndDeviceEdges('r31-home', ROOMS, DEVICES, PLACE, 'r31-kit'), 'r31-rel') });
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
    expect((await dialog('set the radiator in the lounge to 23', 'and in the bedroom')).targets).toEqual(['Rad Sleep']);
  });
});
