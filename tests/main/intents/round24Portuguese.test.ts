// Issue 12, round 24: casual Portuguese as people type it. "apaga a luz", "abre a porta": the "a" after a verb
// Spanish and Portuguese share is the Portuguese article, not Spanish "to" (ownDeterminers.ts); "como limpa o
// filtro?", "que horas a bomba liga?", "como vou da garagem pro quarto?" are a how-to, a schedule and a path
// (lexicon/frames.romance.json); "o interfone controla o que?", "a máquina acaba que horas?" say the question word
// last (questionLast.ts); "desliga a do escritório" is the one of that room.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { dialogOutcomes } from './dialogsOver';
import { readInEnglish } from '../../../src-main/intents/languages/readInEnglish';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'pt-home', entity_type: 'home', name: 'Casa Jardim Botânico', content: {} },
  { id: 'pt-garagem', entity_type: 'room', name: 'Garagem', content: {} },
  { id: 'pt-entrada', entity_type: 'room', name: 'Entrada', content: {} },
  { id: 'pt-sala', entity_type: 'room', name: 'Sala', content: {} },
  { id: 'pt-quarto', entity_type: 'room', name: 'Quarto da Lia', content: {} },
  { id: 'pt-escritorio', entity_type: 'room', name: 'Home Office', content: { description: 'escritório da Lia' } },
  { id: 'pt-quintal', entity_type: 'room', name: 'Quintal', content: {} },
];
const DEVICES: RawEntity[] = [
  device('pt-luz-sala', 'Luz Sala', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('pt-luz-esc', 'Luminária Mesa', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('pt-luz-quarto', 'Luz Quarto Lia', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('pt-ar', 'Split Sala', { type: 'climate', capabilities: ['on_off', 'target_temperature'], state: { power: 'off', target_temperature: 23 } }),
  device('pt-bomba', 'Bomba do Lago', { type: 'pump', capabilities: ['on_off'], state: { power: 'off' } }),
  device('pt-interfone', 'Interfone', { type: 'intercom', capabilities: ['video', 'door_release'], state: {} }),
  device('pt-fechadura', 'Fechadura Portão', { type: 'lock', capabilities: ['lock', 'battery'], state: { locked: true, battery: 60 } }),
  device('pt-robo', 'Robozinho', { type: 'vacuum', capabilities: ['start', 'battery'], state: { status: 'docked', battery: 87 } }),
  device('pt-vaz', 'Sensor de Vazamento', { type: 'sensor', capabilities: ['leak'], state: { leak: 'dry' } }),
  device('pt-louca', 'Lava-Louças', { type: 'dishwasher', capabilities: ['program', 'remaining_time'], state: { status: 'running', remaining_min: 42 } }),
];
const OTHERS: RawEntity[] = [
  { id: 'pt-proc', entity_type: 'procedure', name: 'Limpar Filtro do Split', content: { steps: ['desligar o split', 'tirar os filtros', 'lavar com água'] } },
  { id: 'pt-fim', entity_type: 'automation', name: 'Fim do Trabalho', content: { trigger: { type: 'time', time: '18:45', days: ['seg', 'sex'] }, actions: ['apaga Luminária Mesa'] } },
  { id: 'pt-noite', entity_type: 'automation', name: 'Hora de Dormir', content: { trigger: { type: 'voice', phrase: 'boa noite' }, actions: ['apaga Luz Quarto Lia'] } },
  { id: 'pt-alerta', entity_type: 'automation', name: 'Aviso de Enchente', content: { trigger: { type: 'device', device: 'Sensor de Vazamento', event: 'leak' }, actions: ['notifica todos'] } },
  { id: 'pt-sched', entity_type: 'schedule', name: 'Circulação do Lago', content: { start: '08:15', end: '10:00', days: 'todos os dias', action: 'liga Bomba do Lago' } },
];
const PLACE: Record<string, string> = { 'pt-luz-sala': 'pt-sala', 'pt-luz-esc': 'pt-escritorio', 'pt-luz-quarto': 'pt-quarto', 'pt-ar': 'pt-sala', 'pt-bomba': 'pt-quintal', 'pt-interfone': 'pt-entrada', 'pt-fechadura': 'pt-entrada', 'pt-louca': 'pt-sala' };
const link = (from: string, type: string, to: string): RawEdge => ({ from, to, type, properties: { via: 'passagem' } });
const EDGES: RawEdge[] = [
  link('pt-garagem', 'connects_to', 'pt-entrada'),
  link('pt-entrada', 'connects_to', 'pt-sala'),
  link('pt-sala', 'connects_to', 'pt-quarto'),
  link('pt-sala', 'connects_to', 'pt-escritorio'),
  link('pt-sala', 'connects_to', 'pt-quintal'),
  { from: 'pt-interfone', to: 'pt-fechadura', type: 'controls' },
  { from: 'pt-proc', to: 'pt-ar', type: 'procedure_for' },
  { from: 'pt-sched', to: 'pt-bomba', type: 'manages' },
  { from: 'pt-fim', to: 'pt-luz-esc', type: 'automates' },
  { from: 'pt-alerta', to: 'pt-vaz', type: 'triggered_by' },
  { from: 'pt-noite', to: 'pt-luz-quarto', type: 'automates' },
];

let home: Harness;
const ask = dialogOutcomes(() => home, 'pt');

beforeAll(async () => {
  const rooms = ROOMS.filter((r) => r.entity_type === 'room');
  const devices = DEVICES;
  const edges = [...roomAndDeviceEdges('pt-home', rooms, devices, PLACE, 'pt-sala'), ...EDGES];
  home = await openHarness({ homeJson: homeExportJson([...ROOMS, ...DEVICES, ...OTHERS], edges, 'pt-rel') });
});
afterAll(() => home.dispose());

describe('the Portuguese article after a verb Spanish shares', () => {
  it('"apaga a luz", "abre a porta da garagem": the "a" is no "to"', async () => {
    const snapshot = await home.engine.index.get();
    expect(readInEnglish('apaga a luz', snapshot)).toBe('turn off light');
    expect(readInEnglish('abre a porta da garagem', snapshot)).not.toMatch(/\bto\b/);
  });
  it('"apaga a do escritorio" turns off the one in the room described so', async () => {
    expect((await ask('quais luzes tão acesas?', 'apaga a do escritorio')).targets).toEqual(['Luminária Mesa']);
  });
});

describe('how-to, schedule and path questions', () => {
  it('"como limpa o filtro?" after the air conditioner finds its procedure', async () => {
    expect((await ask('o split da sala tá ligado?', 'como limpa o filtro?')).cited).toContain('Limpar Filtro do Split');
  });
  it('"que horas a bomba do lago liga?" finds its schedule', async () => {
    expect((await ask('que horas a bomba do lago liga?')).cited).toContain('Circulação do Lago');
  });
  it('"como vou da garagem pro quarto da lia?" walks the way', async () => {
    const answer = await ask('como vou da garagem pro quarto da lia?');
    expect(answer.cited).toEqual(expect.arrayContaining(['Entrada', 'Sala']));
  });
});

describe('a pronoun said as the subject', () => {
  it('"ele tá carregado?" after the robot reads its battery', async () => {
    expect((await ask('cadê o robozinho?', 'ele tá carregado?')).text).toMatch(/87/);
  });
});

describe('the question word said last', () => {
  it('"ele controla o que exatamente?" after the intercom says what it controls', async () => {
    expect((await ask('cadê o interfone?', 'ele controla o que exatamente?')).cited).toContain('Fechadura Portão');
  });
  it('"a sala dá pra onde?" names the rooms it leads to', async () => {
    expect((await ask('a sala dá pra onde?')).cited).toEqual(expect.arrayContaining(['Quintal', 'Home Office']));
  });
  it('"que horas roda?" after a room\'s automations gives its time, and "e no quarto da lia?" that room\'s automations', async () => {
    expect((await ask('quais automações tem no home office', 'que horas roda?')).text).toMatch(/18:45/);
    expect((await ask('quais automações tem no home office', 'que horas roda?', 'e no quarto da lia?')).cited).toContain('Hora de Dormir');
  });
  it('"e se vazar água, o que acontece?" after the leak sensor names the automation it sets off', async () => {
    expect((await ask('cadê o sensor de vazamento?', 'e se vazar água, o que acontece?')).cited).toContain('Aviso de Enchente');
  });
  it('"quais cômodos ficam colados na sala?" names the rooms next to it', async () => {
    expect((await ask('quais cômodos ficam colados na sala?')).cited).toEqual(expect.arrayContaining(['Entrada', 'Quintal']));
  });
  it('"a lava-louças acaba que horas?" reads the time left', async () => {
    expect((await ask('a lava-louças acaba que horas?')).text).toMatch(/42/);
  });
});
