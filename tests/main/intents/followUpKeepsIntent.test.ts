// An elliptical follow-up asks the last question again of another thing: "and the gate" after "which automations use
// the front door lock" is the gate's automations (of each gate when there are two), never its state; a thing said is
// never put where the last question's place was; and a place that only said which heat pump is dropped when the new
// thing is not there (never "no blinds in the cellar"). A small Italian home written for this test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialogsOver } from './dialogsOver';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ENTITIES: RawEntity[] = [
  { id: 'it-home', entity_type: 'home', name: 'Casa Bellini', content: {} },
  { id: 'it-soggiorno', entity_type: 'room', name: 'Soggiorno', content: { description: 'living room' } },
  { id: 'it-giulia', entity_type: 'room', name: 'Camera di Giulia', content: { description: 'Giulia\'s bedroom' } },
  { id: 'it-cantina', entity_type: 'room', name: 'Cantina', content: { description: 'basement' } },
  { id: 'it-cortile', entity_type: 'zone', name: 'Cortile', content: { description: 'yard' } },
  { id: 'it-serratura', entity_type: 'device', name: 'Serratura ingresso', content: { type: 'security', description: 'front door smart lock', capabilities: ['lock_unlock', 'battery'], state: { lock: 'locked', battery: '58%' } } },
  { id: 'it-cancello', entity_type: 'device', name: 'Cancello grande', content: { type: 'security', description: 'sliding gate motor', capabilities: ['open_close'], state: { gate: 'closed' } } },
  { id: 'it-cancelletto', entity_type: 'door', name: 'Cancello piccolo', content: { description: 'garden fence gate' } },
  { id: 'it-asciugatrice', entity_type: 'device', name: 'Asciugatrice', content: { type: 'appliance', description: 'tumble dryer', capabilities: ['on_off'], state: { status: 'idle' } } },
  { id: 'it-caldaia', entity_type: 'device', name: 'Caldaia', content: { type: 'climate', description: 'heat pump', capabilities: ['heating'], state: { status: 'running' } } },
  { id: 'it-tenda-sogg', entity_type: 'device', name: 'Tenda soggiorno', content: { type: 'cover', description: 'roller blind', capabilities: ['open_close', 'position'], state: { position: 100 } } },
  { id: 'it-tenda-giulia', entity_type: 'device', name: 'Tenda Giulia', content: { type: 'cover', description: 'roller blind', capabilities: ['open_close', 'position'], state: { position: 0 } } },
  { id: 'it-televisore', entity_type: 'device', name: 'Televisore', content: { type: 'media', description: 'tv', capabilities: ['on_off'], state: { power: 'off' } } },
  { id: 'it-buonanotte', entity_type: 'automation', name: 'Buonanotte', content: { trigger: { type: 'time', at: '23:00' }, actions: [{ device: 'Serratura ingresso', action: 'lock' }, { device: 'Cancello grande', action: 'close' }], enabled: true } },
  { id: 'it-perdita-bagno', entity_type: 'device', name: 'Sensore perdita bagno', content: { type: 'sensor', description: 'water leak sensor', capabilities: ['leak'], state: { leak: false } } },
  { id: 'it-perdita-cucina', entity_type: 'device', name: 'Sensore perdita cucina', content: { type: 'sensor', description: 'water leak sensor', capabilities: ['leak'], state: { leak: false } } },
  { id: 'it-valvola', entity_type: 'device', name: 'Valvola acqua', content: { type: 'valve', description: 'main water shut-off valve', capabilities: ['open_close'], state: { valve: 'open' } } },
  { id: 'it-clima-sogg', entity_type: 'device', name: 'Clima soggiorno', content: { type: 'climate', description: 'split system aircon', capabilities: ['on_off', 'cool'], state: { power: 'on' } } },
  { id: 'it-clima-giulia', entity_type: 'device', name: 'Clima Giulia', content: { type: 'climate', description: 'split air conditioner', capabilities: ['on_off', 'cool'], state: { power: 'off' } } },
  { id: 'it-lampada', entity_type: 'device', name: 'Lampada del divano', content: { type: 'light', capabilities: ['on_off'], state: { power: 'on' } } },
  { id: 'it-allagamento', entity_type: 'automation', name: 'Allagamento', content: { trigger: { type: 'device', device: 'Sensore perdita bagno', when: 'leak detected' }, actions: [{ device: 'Valvola acqua', action: 'close' }], enabled: true } },
  { id: 'it-luci-sera', entity_type: 'automation', name: 'Luci della sera', content: { trigger: { type: 'sun', event: 'sunset' }, actions: [{ device: 'Lampada del divano', action: 'turn_on' }, { device: 'Clima soggiorno', action: 'turn_on' }], enabled: false } },
  { id: 'it-cambio-pile', entity_type: 'procedure', name: 'Cambio pile serratura', content: { duration: '10 minutes', steps: ['Slide the cover off the lock.', 'Swap the 4 AA batteries (charging a spare pack takes about 5 hours).', 'Check the app shows the lock online.'] } },
  { id: 'it-app-caldaia', entity_type: 'app', name: 'Termo Casa', content: { vendor: 'Termo' } },
  { id: 'it-app-tende', entity_type: 'app', name: 'Tende Smart', content: { vendor: 'Tende' } },
];

const EDGES: RawEdge[] = [
  ...['it-soggiorno', 'it-giulia', 'it-cantina', 'it-cortile'].map((id) => ({ from: id, to: 'it-home', type: 'part_of' })),
  { from: 'it-serratura', to: 'it-soggiorno', type: 'located_in' },
  { from: 'it-cancello', to: 'it-cortile', type: 'located_in' },
  { from: 'it-cancelletto', to: 'it-cortile', type: 'located_in' },
  { from: 'it-asciugatrice', to: 'it-cantina', type: 'located_in' },
  { from: 'it-caldaia', to: 'it-cantina', type: 'located_in' },
  { from: 'it-tenda-sogg', to: 'it-soggiorno', type: 'located_in' },
  { from: 'it-tenda-giulia', to: 'it-giulia', type: 'located_in' },
  { from: 'it-televisore', to: 'it-soggiorno', type: 'located_in' },
  { from: 'it-buonanotte', to: 'it-serratura', type: 'automates' },
  { from: 'it-buonanotte', to: 'it-cancello', type: 'automates' },
  { from: 'it-caldaia', to: 'it-app-caldaia', type: 'controlled_by_app' },
  { from: 'it-cambio-pile', to: 'it-serratura', type: 'procedure_for' },
  { from: 'it-perdita-bagno', to: 'it-soggiorno', type: 'located_in' },
  { from: 'it-perdita-cucina', to: 'it-soggiorno', type: 'located_in' },
  { from: 'it-valvola', to: 'it-cantina', type: 'located_in' },
  { from: 'it-clima-sogg', to: 'it-soggiorno', type: 'located_in' },
  { from: 'it-clima-giulia', to: 'it-giulia', type: 'located_in' },
  { from: 'it-lampada', to: 'it-soggiorno', type: 'located_in' },
  { from: 'it-allagamento', to: 'it-perdita-bagno', type: 'triggered_by' },
  { from: 'it-allagamento', to: 'it-perdita-cucina', type: 'triggered_by' },
  { from: 'it-allagamento', to: 'it-valvola', type: 'automates' },
  { from: 'it-luci-sera', to: 'it-lampada', type: 'automates' },
  { from: 'it-luci-sera', to: 'it-clima-sogg', type: 'automates' },
  { from: 'it-tenda-sogg', to: 'it-app-tende', type: 'controlled_by_app' },
  { from: 'it-tenda-giulia', to: 'it-app-tende', type: 'controlled_by_app' },
];

let h: Harness;
const { dialog } = dialogsOver(() => h, 'keeps-intent');

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'it-rel') });
});
afterAll(() => h.dispose());

describe('an elliptical follow-up keeps the last question', () => {
  it('"and the cancello" (two of them) asks their automations, not whether one is shut', async () => {
    const answer = await dialog('which automations use the front door lock', 'and the cancello');
    expect(answer.text).toContain('Buonanotte');
    expect(answer.text).toContain('Cancello grande');
    expect(answer.text).not.toMatch(/closed/i);
  });

  it('"and the dryer" after it: that it has none, not its state', async () => {
    const answer = await dialog('which automations use the front door lock', 'and the cancello', 'and the dryer');
    expect(answer.text).toMatch(/no automations/i);
    expect(answer.text).toContain('Asciugatrice');
    expect(answer.text).not.toMatch(/idle/i);
  });

  it('"and the blinds?" after the heat pump in the cellar: the blinds wherever they are, never "no blinds" there', async () => {
    const answer = await dialog('which app controls the heat pump in the cellar', 'and the blinds?');
    expect(answer.text).toContain('Tende Smart');
  });

  it('"and the tv" is put where the heat pump was, never where the cellar was', async () => {
    const answer = await dialog('which app controls the heat pump in the cellar', 'and the blinds?', 'and the tv');
    expect(answer.text).toContain('Televisore');
    expect(answer.text).not.toContain('Tende Smart');
  });
});

describe('"it" and "which ones" after an answer about automations or a list', () => {
  it('"is it enabled" after the leak sensors\' automation was named: that automation, the one thing that can be', async () => {
    const answer = await dialog('what happens if a leak sensor goes off', 'is it enabled');
    expect(answer.text).toContain('Allagamento');
    expect(answer.text).toMatch(/enabled/i);
  });

  it('"what does it switch on" after an automation: what it acts on, not whether it is enabled', async () => {
    const answer = await dialog('what triggers luci della sera', 'what does it switch on');
    expect(answer.text).toContain('Lampada del divano');
    expect(answer.text).toContain('Clima soggiorno');
  });

  it('"which ones are running" after the air conditioners were listed: the ones on', async () => {
    const answer = await dialog('list all the aircons', 'which ones are running');
    expect(answer.text).toContain('Clima soggiorno');
    expect(answer.text).not.toContain('Clima Giulia');
    const asked = await dialog('which aircons are running');
    expect(asked.text).toContain('Clima soggiorno');
    expect(asked.text).toMatch(/1 of 2/);
  });

  it('"which one is off" after the automations were listed: the disabled one only', async () => {
    const answer = await dialog('list all automations', 'which one is off');
    expect(answer.text).toContain('Luci della sera');
    expect(answer.text).not.toContain('Buonanotte');
  });

  it('"how long does that take" after a how-to: the task\'s duration, not the lock\'s state', async () => {
    const answer = await dialog('is the front door lock locked', 'how do i change the batteries', 'how long does that take');
    expect(answer.text).toContain('10 minutes');
    expect(answer.text).not.toMatch(/locked/i);
  });

  it('"batt?" right after the lock: its battery, said short', async () => {
    const answer = await dialog('is the front door lock locked', 'batt?');
    expect(answer.text).toContain('58%');
  });

  it('"is <one automation> enabled" still answers of that one, not a filtered list', async () => {
    const answer = await dialog('is luci della sera enabled');
    expect(answer.text).toMatch(/disabled|not enabled/i);
  });
});
