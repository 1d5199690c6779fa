// Issue 12, round 24: a thing named first and then asked about with a pronoun ("and the heater, is it on") is a
// question about that thing, not about the device the conversation was on (namedThenAsked.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEntity } from './homeExportJson';
import type { Harness } from './intentHarness';
import { openRoomHome } from './roomHomeHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ROOMS: RawEntity[] = [
  { id: 'na-home', entity_type: 'home', name: 'House', content: {} },
  { id: 'na-flat', entity_type: 'room', name: "Granny's Flat", content: {} },
];
const DEVICES: RawEntity[] = [
  device('na-lamp', 'Granny Lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('na-heater', 'Téitheoir Granny', { type: 'heater', capabilities: ['on_off', 'temperature'], state: { power: 'off', temperature: 17 } }),
];
const PLACE: Record<string, string> = { 'na-lamp': 'na-flat', 'na-heater': 'na-flat' };

let home: Harness;
beforeAll(async () => {
  home = await openRoomHome('na', [...ROOMS, ...DEVICES], PLACE, 'na-flat');
});
afterAll(() => home.dispose());

const say = async (conversationId: string, text: string) => {
  const answer = await home.responder.respond(text, home.context({ conversationId }));
  return { text: answer?.text ?? '', cited: answer?.citations.map((c) => c.name) ?? [] };
};

describe('a thing named, then asked about with "it"', () => {
  it('"and the téitheoir, is it warm" after a command for the lamp answers for the heater', async () => {
    await say('na-1', 'turn on the granny lamp');
    const answer = await say('na-1', 'and the téitheoir, is it warm');
    expect(answer.cited).toContain('Téitheoir Granny');
    expect(answer.cited).not.toContain('Granny Lamp');
    expect(answer.text).toMatch(/17/);
  });
  it('a request before the comma stays a request ("turn off the lamp, is it late")', async () => {
    const answer = await say('na-2', 'turn off the granny lamp, is it late');
    expect(answer.cited).toContain('Granny Lamp');
  });
});
