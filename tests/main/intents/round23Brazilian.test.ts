// Issue 12, round 23: Brazilian Portuguese as people type it ("a luz da sala tá acesa?", "cadê o robô", "liga o ar do
// quarto pfv") is read with its spoken forms written out (lexicon/brazilian.json), and a four-letter room name one
// letter from a place word ("Roof") is no form of it: "room temp?" is not asked of the roof.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { openRoomHome } from './roomHomeHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ROOMS: RawEntity[] = [
  { id: 'br-home', entity_type: 'home', name: 'Apartamento', content: {} },
  { id: 'br-sala', entity_type: 'room', name: 'Sala de Estar', content: {} },
  { id: 'br-quarto', entity_type: 'room', name: 'Quarto da Ana', content: {} },
  { id: 'br-roof', entity_type: 'room', name: 'Roof', content: {} },
  { id: 'br-corredor', entity_type: 'room', name: 'Corredor', content: {} },
];
const DEVICES: RawEntity[] = [
  device('br-luz', 'Luz da Sala', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 60 } }),
  device('br-ar', 'Ar Condicionado Ana', { type: 'climate', capabilities: ['on_off', 'target_temperature', 'temperature'], state: { power: 'off', target_temperature: 24, temperature: 25.5 } }),
  device('br-robo', 'Robô Aspirador', { type: 'vacuum', capabilities: ['start', 'battery'], state: { status: 'docked', battery: 100 } }),
  device('br-sensor', 'Sensor Sala', { type: 'sensor', capabilities: ['temperature'], state: { temperature: 26.5 } }),
  device('br-tank', 'Caixa d’Água', { type: 'sensor', capabilities: ['level'], state: { level: 80 } }),
];
const PLACE: Record<string, string> = { 'br-luz': 'br-sala', 'br-ar': 'br-quarto', 'br-robo': 'br-corredor', 'br-sensor': 'br-sala', 'br-tank': 'br-roof' };

let home: Harness;
const { proposes } = dialogsOver(() => home, 'br');
const ask = askingOver(() => home, 'br-ask', { mustAnswer: true });

beforeAll(async () => {
  home = await openRoomHome('br', [...ROOMS, ...DEVICES], PLACE, 'br-sala');
});
afterAll(() => home.dispose());

describe('Brazilian spoken forms are read as the written ones', () => {
  it('"a luz da sala tá acesa?" says the light is on', async () => {
    const answer = await ask('a luz da sala tá acesa?');
    expect(answer.cited).toContain('Luz da Sala');
    expect(answer.text).toMatch(/\bon\b/);
  });
  it('"o ar do quarto da ana tá ligado?" reads the air conditioner ("o ar")', async () => {
    const answer = await ask('o ar do quarto da ana tá ligado?');
    expect(answer.cited).toContain('Ar Condicionado Ana');
    expect(answer.text).toMatch(/\boff\b/);
  });
  it('"cadê o robô aspirador?" says where it is', async () => {
    expect((await ask('cadê o robô aspirador?')).cited).toContain('Corredor');
  });
  it('"liga o ar do quarto da ana pfv" proposes turning the air conditioner on', async () => {
    // Tier 3: a climate device sets temperatures (tools/riskEvidence.ts).
    await proposes(['liga o ar do quarto da ana pfv'], ['Ar Condicionado Ana'], 3);
  });
});

describe('a short room name is no form of a place word one letter away', () => {
  it('"room temp?" is not answered for the room called Roof', async () => {
    const answer = await home.responder.respond('room temp?', home.context({ conversationId: 'br-roof' }));
    expect(answer?.citations.map((c) => c.name) ?? []).not.toContain('Roof');
  });
});
