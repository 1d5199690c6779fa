// A US home writes its temperatures in °F ("76 °F", `unit: "F"`, "target_f"): what a thermostat is set to and a
// proposal to change it say °F, and the change is written in the field and form the device keeps ("72 °F"), never a
// bare number in a new "setpoint_c" field. A made-up house in Tulsa; a Celsius flat beside it keeps °C.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const entity = (id: string, entity_type: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type, name, content });

function tulsaHome(): string {
  const entities = [
    entity('r-den', 'room', 'Den', {}),
    entity('r-loft', 'room', 'Loft', {}),
    entity('r-shop', 'room', 'Workshop', {}),
    entity('d-t6', 'device', 'Honeywell den', { type: 'climate', capabilities: ['thermostat', 'setpoint'], state: { mode: 'heat', temperature: '68 °F', target_temperature: '70 °F' } }),
    entity('d-loft', 'device', 'Loft thermostat', { type: 'climate', capabilities: ['thermostat', 'setpoint'], state: { mode: 'cool', temperature: 79, target_temperature: 77, unit: 'F' } }),
    entity('d-shop', 'device', 'Shop heater', { type: 'climate', capabilities: ['heat', 'setpoint'], state: { on: true, target_f: 55 } }),
  ];
  const edges = [
    { from: 'd-t6', to: 'r-den', type: 'located_in' },
    { from: 'd-loft', to: 'r-loft', type: 'located_in' },
    { from: 'd-shop', to: 'r-shop', type: 'located_in' },
  ];
  return homeExportJson(entities, edges, 'en');
}

function celsiusFlat(): string {
  const entities = [
    entity('r-stue', 'room', 'Stue', {}),
    entity('d-ovn', 'device', 'Stue termostat', { type: 'climate', capabilities: ['thermostat', 'setpoint'], state: { temperature: '20.5 °C', target_temperature: '21 °C' } }),
  ];
  return homeExportJson(entities, [{ from: 'd-ovn', to: 'r-stue', type: 'located_in' }], 'en');
}

let tulsa: Harness;
let flat: Harness;
let n = 0;

async function ask(h: Harness, question: string) {
  const answer = await h.responder.respond(question, h.context({ conversationId: `f-${++n}`, role: 'admin' }));
  expect(answer, `"${question}" was declined`).toBeDefined();
  return answer!;
}

describe('temperatures in a °F home', () => {
  beforeAll(async () => {
    tulsa = await openHarness({ homeJson: tulsaHome() });
    flat = await openHarness({ homeJson: celsiusFlat() });
  });
  afterAll(() => {
    tulsa.dispose();
    flat.dispose();
  });

  it('says a setpoint written "70 °F" in °F', async () => {
    const a = await ask(tulsa, 'what is honeywell den set to');
    expect(a.text).toContain('set to 70°F');
    expect(a.text).toContain('68°F now');
    expect(a.text).not.toContain('°C');
  });

  it('takes the unit from a `unit: "F"` field and from a "_f" field name', async () => {
    expect((await ask(tulsa, 'what is the loft thermostat set to')).text).toContain('77°F');
    expect((await ask(tulsa, 'what is the shop heater set to')).text).toContain('55°F');
  });

  it('proposes the change in °F and writes it in the form the device keeps', async () => {
    const a = await ask(tulsa, 'set honeywell den to 72');
    expect(a.text).toContain('72°F');
    expect(a.text).not.toContain('°C');
    const proposal = a.proposal;
    expect(proposal?.tier).toBe(3);
    expect(JSON.stringify(proposal)).toContain('72 °F');
    expect(JSON.stringify(proposal)).not.toContain('setpoint_c');
  });

  it('a Celsius home keeps °C', async () => {
    const a = await ask(flat, 'what is stue termostat set to');
    expect(a.text).toContain('21°C');
    expect((await ask(flat, 'set stue termostat to 22')).text).toContain('22°C');
  });
});
