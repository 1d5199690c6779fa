// Issue 12: a heat pump is a kind of its own AND keeps the kind it had (an air-to-air one is an air conditioner, a
// ground-source one a heater), read from a name, description or model in any language — here a Turkish home whose
// names the lexicon doesn't know, with English descriptions. A thermostat *for* the heat pump is no heat pump.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const room = (id: string, name: string): RawEntity => ({ id, entity_type: 'room', name, content: {} });
const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

function turkishHome(): string {
  const entities = [
    room('r-bodrum', 'Bodrum'),
    room('r-salon', 'Salon'),
    room('r-camasir', 'Çamaşırhane'),
    device('d-toprak', 'Toprak kaynaklı ısıtıcı', { type: 'climate', description: 'ground source heat pump', capabilities: ['heating'], state: { supply_temp: 35 } }),
    device('d-iklim', 'Salon iklimlendirici', { type: 'climate', description: 'air-to-air heat pump / air conditioner', capabilities: ['temperature_control', 'fan_speed'], state: { mode: 'heat', target: 21 } }),
    device('d-sicaksu', 'Sıcak su ünitesi', { type: 'climate', model: 'Aquarea heat pump T-CAP', capabilities: ['water_heating'], state: { tank_temp: 48 } }),
    device('d-kontrol', 'Oda kontrolcüsü', { type: 'climate', description: 'thermostat for the heat pump', capabilities: ['temperature_control', 'setpoint'], state: { target: 21 } }),
    { id: 'a-uygulama', entity_type: 'app', name: 'IsıKontrol', content: { platforms: ['ios', 'android'] } },
  ];
  const located = [['d-toprak', 'r-bodrum'], ['d-kontrol', 'r-bodrum'], ['d-iklim', 'r-salon'], ['d-sicaksu', 'r-camasir']];
  const edges = [
    ...located.map(([from, to]) => ({ from: from ?? '', to: to ?? '', type: 'located_in' })),
    { from: 'd-toprak', to: 'a-uygulama', type: 'controlled_by_app' },
  ];
  return homeExportJson(entities, edges, 'tr');
}

let h: Harness;
let conversation = 0;

async function ask(question: string): Promise<string> {
  const answer = await h.responder.respond(question, h.context({ conversationId: `tr-${++conversation}` }));
  expect(answer, `"${question}" was declined`).toBeDefined();
  return answer?.text ?? '';
}

beforeAll(async () => {
  h = await openHarness({ homeJson: turkishHome() });
});
afterAll(() => h.dispose());

describe('a heat pump is a heat pump and keeps its kind', () => {
  it('"how many heat pumps" counts every device said to be one, not the thermostat for it', async () => {
    const a = await ask('how many heat pumps are there');
    expect(a).toContain('3 heat pumps');
    for (const name of ['Toprak kaynaklı ısıtıcı', 'Salon iklimlendirici', 'Sıcak su ünitesi']) expect(a).toContain(name);
    expect(a).not.toContain('Oda kontrolcüsü');
  });

  it('the air-to-air one is still an air conditioner and the ground-source one still a heater', async () => {
    expect(await ask('how many air conditioners are there')).toContain('Salon iklimlendirici');
    expect(await ask('how many heaters are there')).toContain('Toprak kaynaklı ısıtıcı');
  });

  it('"which app controls the heat pump in the Bodrum" finds the heat pump there and its app', async () => {
    const a = await ask('which app controls the heat pump in the Bodrum');
    expect(a).toContain('IsıKontrol');
    expect(a).not.toMatch(/no (heat pumps|air conditioners)/i);
  });
});
