// Issue 12, round 38: a close whole-name typo that swaps in a word the home's other names use is another thing (a
// kind word, a place's own word) — but words that only say a place is a place (room, floor, place, flat) are said
// loosely for each other: "the utility floor" is the Utility room, "grandpa's place" his flat (looseWords.ts,
// lexicon/placeHeads.json, `ResolveOptions.interchangeable`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEntity } from './homeExportJson';
import type { Harness } from './intentHarness';
import { interchangeablePlaceWords } from '../../../src-main/intents/looseWords';
import { device, openSmallHome, room, zone } from './smallHome';

const ENTITIES: RawEntity[] = [
  { id: 't38l-home', entity_type: 'home', name: 'The Quinn place', content: {} },
  zone('t38l-ground', 'Ground floor'),
  zone('t38l-village', 'Village house'),
  room('t38l-utility', 'Utility room'),
  room('t38l-flat', "Grandpa's flat"),
  room('t38l-lounge', 'Lounge village'),
  room('t38l-bed', 'Bedroom small'),
  device('t38l-leak', 'Leak sensor', { type: 'sensor', capabilities: ['water_leak', 'battery'], state: { leak: false, battery: 80 } }),
  device('t38l-ac', "Grandpa's aircon", { type: 'air_conditioner', capabilities: ['on_off', 'temperature'], state: { power: 'on', temperature: 25.8 } }),
  device('t38l-lamp', 'Lamp lounge village', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('t38l-fan', 'Fan lounge', { type: 'fan', capabilities: ['on_off'], state: { power: 'on' } }),
  device('t38l-bedlamp', 'Lamp bedroom small', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
];
const ROOM_OF: Record<string, string> = {
  't38l-leak': 't38l-utility', 't38l-ac': 't38l-flat', 't38l-lamp': 't38l-lounge', 't38l-fan': 't38l-lounge', 't38l-bedlamp': 't38l-bed',
};

let home: Harness;
const ask = async (text: string) => home.responder.respond(text, home.context({ conversationId: `t38l-${text}`, role: 'admin' }));

beforeAll(async () => {
  home = await openSmallHome({
    entities: ENTITIES, placeOf: ROOM_OF, fallbackRoom: 't38l-utility', edgePrefix: 't38l-edge',
    parentOf: { 't38l-utility': 't38l-ground', 't38l-flat': 't38l-ground', 't38l-lounge': 't38l-village', 't38l-bed': 't38l-village' },
  });
});
afterAll(() => home.dispose());

describe('words that only say a place is a place', () => {
  it('are interchangeable with each other, never with a kind or a place\'s own word', () => {
    expect(interchangeablePlaceWords('floor', 'room')).toBe(true);
    expect(interchangeablePlaceWords('place', 'flat')).toBe(true);
    expect(interchangeablePlaceWords('fan', 'lamp')).toBe(false);
    expect(interchangeablePlaceWords('village', 'small')).toBe(false);
  });
  it('"is there water on the utility floor" reads the leak sensor of the Utility room', async () => {
    const a = await ask('is there water on the utility floor');
    expect(a?.text ?? '').toMatch(/dry|no water|not/i);
    expect(a?.citations.map((c) => c.name) ?? []).toContain('Leak sensor');
  });
  it('"what\'s grandpa\'s place at temp wise" is his flat\'s reading', async () => {
    expect((await ask("what's grandpa's place at temp wise"))?.text ?? '').toMatch(/25\.8/);
  });
});

describe('a swapped word of another thing stays no match', () => {
  it('"turn on the lamp bedroom village" is no slip of "Lamp bedroom small"', async () => {
    const a = await ask('turn on the lamp bedroom village');
    expect(a?.proposal?.targets.map((t) => t.name) ?? []).not.toContain('Lamp bedroom small');
  });
});
