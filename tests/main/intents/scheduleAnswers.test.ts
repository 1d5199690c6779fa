// Issue 12: "any schedule for X" names only schedules. An automation that merely acts on a device (a leak rule that
// stops the dishwasher) is said to be an automation after "there is no schedule"; one set off by the clock is a
// schedule by another name. An Indonesian home the lexicon doesn't know.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const entity = (id: string, entity_type: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type, name, content });

function indonesianHome(): string {
  const entities = [
    entity('r-dapur', 'room', 'Dapur', {}),
    entity('d-cuci-piring', 'device', 'Mesin cuci piring', { type: 'appliance', description: 'dishwasher', capabilities: ['on_off'], state: { power: 'off' } }),
    entity('d-bocor', 'device', 'Sensor bocor dapur', { type: 'sensor', capabilities: ['water_leak'], state: { water_leak: false } }),
    entity('d-pompa', 'device', 'Pompa taman', { type: 'appliance', capabilities: ['on_off'], state: { power: 'off' } }),
    entity('d-lampu', 'device', 'Lampu teras', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
    entity('a-banjir', 'automation', 'Banjir', { trigger: { type: 'device', device: 'Sensor bocor dapur', event: 'water_leak' }, description: 'flood protection', actions: [{ device: 'Mesin cuci piring', action: 'turn_off' }] }),
    entity('a-malam', 'automation', 'Malam', { trigger: { type: 'time', at: '22:00' }, actions: [{ device: 'Lampu teras', action: 'turn_off' }] }),
    entity('s-siram', 'schedule', 'Jadwal siram', { days: 'daily', times: ['06:00'], enabled: true }),
  ];
  const edges = [
    ...['d-cuci-piring', 'd-bocor', 'd-pompa', 'd-lampu'].map((from) => ({ from, to: 'r-dapur', type: 'located_in' })),
    { from: 'a-banjir', to: 'd-cuci-piring', type: 'automates' },
    { from: 'a-banjir', to: 'd-bocor', type: 'triggered_by' },
    { from: 'a-malam', to: 'd-lampu', type: 'automates' },
    { from: 's-siram', to: 'd-pompa', type: 'manages' },
  ];
  return homeExportJson(entities, edges, 'id');
}

let h: Harness;
let conversation = 0;

async function ask(question: string): Promise<string> {
  const answer = await h.responder.respond(question, h.context({ conversationId: `id-${++conversation}` }));
  expect(answer, `"${question}" was declined`).toBeDefined();
  return answer?.text ?? '';
}

beforeAll(async () => {
  h = await openHarness({ homeJson: indonesianHome() });
});
afterAll(() => h.dispose());

describe('a schedule answer names only schedules', () => {
  it('an automation acting on a device is no schedule: "no schedule", then the automation as an automation', async () => {
    const a = await ask('any schedule for the dishwasher');
    expect(a).toMatch(/no schedule/i);
    expect(a).toMatch(/automation/i);
    expect(a).toContain('Banjir');
  });

  it('a real schedule is named as one', async () => {
    const a = await ask('any schedule for the Pompa taman');
    expect(a).toContain('Jadwal siram');
    expect(a).not.toMatch(/no schedule/i);
  });

  // Round 14: a clock rule that only switches the device off (a good-night rule) is no timetable of it; the answer
  // says so and still names the rule. One that switches it on stays its schedule (knowledgeGeorgian.test.ts).
  it('an automation set off by the clock that only switches the device off is named, but is no schedule of it', async () => {
    const a = await ask('is there a schedule for the Lampu teras');
    expect(a).toContain('Malam');
    expect(a).toMatch(/no schedule/i);
  });

  it('asked about automations, the automation is named as before', async () => {
    const a = await ask('which automations run the dishwasher');
    expect(a).toContain('Banjir');
    expect(a).not.toMatch(/no schedule/i);
  });
});
