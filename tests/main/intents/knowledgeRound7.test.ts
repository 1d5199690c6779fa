// Round 7 (knowledge), over a Turkish home the lexicon doesn't know: an automation asked by what its description
// calls it ("the morning automation" for "weekday morning routine"), a device that isn't smart answered through the
// sensor its description names, and a note linked to nothing that names a device by its name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const entity = (id: string, entity_type: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type, name, content });

function turkishHome(): string {
  const entities = [
    entity('r-salon', 'room', 'Salon', {}),
    entity('r-mutfak', 'room', 'Mutfak', {}),
    entity('r-bodrum', 'room', 'Bodrum', {}),
    entity('d-soba', 'device', 'Soba', { type: 'climate', description: 'wood-burning stove; not smart, see the Soba termometresi', network: 'none' }),
    entity('d-termometre', 'device', 'Soba termometresi', { type: 'sensor', description: 'surface thermometer clipped on the soba', capabilities: ['temperature'], state: { temperature_c: 52 } }),
    entity('d-perde', 'device', 'Perde salon', { type: 'cover', capabilities: ['open_close'], state: { position: 0 } }),
    entity('d-priz', 'device', 'Kahve prizi', { type: 'electrical', description: 'smart plug for the coffee machine', capabilities: ['switch'], state: { relay: 'off' } }),
    entity('d-kombi', 'device', 'Kombi', { type: 'heating', description: 'gas combi boiler', capabilities: ['temperature_control'], state: { setpoint: 60 } }),
    entity('d-lamba', 'device', 'Lamba', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
    entity('a-sabah', 'automation', 'Sabah', { description: 'weekday morning routine', trigger: { type: 'time', at: '06:40', days: ['mon', 'tue', 'wed', 'thu', 'fri'] }, actions: [{ device: 'Perde salon', action: 'open' }, { device: 'Kahve prizi', action: 'turn_on' }] }),
    entity('a-gece', 'automation', 'İyi geceler', { description: 'good night routine', trigger: { type: 'time', at: '23:15' }, actions: [{ device: 'Lamba', action: 'turn_off' }] }),
    entity('a-isinma', 'automation', 'Aşırı ısınma', { description: 'stove overheat warning', trigger: { type: 'device', device: 'Soba termometresi', event: 'temperature_above', value_c: 90 }, actions: [{ action: 'notify', to: ['Ayşe'] }] }),
    entity('r-antre', 'room', 'Antre', {}),
    entity('o-kapi', 'door', 'Ön kapı', { description: 'front door' }),
    entity('d-kilit', 'device', 'Kapı kilidi', { type: 'lock', manufacturer: 'Nuki', capabilities: ['lock_unlock'], state: { lock: 'locked' } }),
    entity('n-kodlar', 'note', 'Kodlar', { text: 'Alarm code: 1234. Nuki keypad: 551902.', private: true }),
    entity('x-akilli', 'app', 'Akıllı Ev', { vendor: 'Ev Ltd' }),
    entity('x-nuki', 'app', 'Nuki uygulaması', { vendor: 'Nuki' }),
    entity('n-servis', 'note', 'Bakım', { text: 'Kombi yearly service by Isı Teknik; next service due 10 March 2027.' }),
  ];
  const edges = [
    { from: 'd-soba', to: 'r-salon', type: 'located_in' },
    { from: 'd-termometre', to: 'r-salon', type: 'located_in' },
    { from: 'd-perde', to: 'r-salon', type: 'located_in' },
    { from: 'd-lamba', to: 'r-salon', type: 'located_in' },
    { from: 'd-priz', to: 'r-mutfak', type: 'located_in' },
    { from: 'd-kombi', to: 'r-bodrum', type: 'located_in' },
    { from: 'a-sabah', to: 'd-perde', type: 'automates' },
    { from: 'a-sabah', to: 'd-priz', type: 'automates' },
    { from: 'a-gece', to: 'd-lamba', type: 'automates' },
    { from: 'a-isinma', to: 'd-termometre', type: 'triggered_by' },
    { from: 'o-kapi', to: 'r-antre', type: 'located_in' },
    { from: 'd-lamba', to: 'x-akilli', type: 'controlled_by_app' },
    { from: 'd-perde', to: 'x-akilli', type: 'controlled_by_app' },
    { from: 'd-kilit', to: 'x-nuki', type: 'controlled_by_app' },
    { from: 'd-kilit', to: 'r-antre', type: 'located_in' },
  ];
  return homeExportJson(entities, edges, 'tr');
}

let h: Harness;
let conversation = 0;

async function ask(q: string, role: 'admin' | 'guest' = 'admin'): Promise<string> {
  const answer = await h.responder.respond(q, h.context({ conversationId: `tr-${++conversation}`, role }));
  expect(answer, `"${q}" was declined`).toBeDefined();
  return answer?.text ?? '';
}

beforeAll(async () => {
  h = await openHarness({ homeJson: turkishHome() });
});
afterAll(() => h.dispose());

describe('an automation called by what its description says it is', () => {
  it('"the morning automation" is the one described as a weekday morning routine, with what it does', async () => {
    const a = await ask('what does the morning automation do');
    expect(a).toContain('Sabah');
    expect(a).toContain('Perde salon');
    expect(a).not.toContain('İyi geceler');
  });

  it('"does the morning routine run on weekends" says its days', async () => {
    const a = await ask('does the morning routine run on weekends');
    expect(a).toContain('Sabah');
    expect(a).toMatch(/mon, tue, wed, thu, fri/);
    expect(await ask('does the morning one run on weekends')).toContain('Sabah');
  });
});

describe('a device that is not smart, through the sensor its description names', () => {
  it('the automation triggered by the stove thermometer answers for the stove, and says so', async () => {
    const a = await ask('is there an automation for the soba');
    expect(a).toContain('Aşırı ısınma');
    expect(a).toContain('Soba termometresi');
    expect(a).toContain('90');
  });

  it('a device with no links and no such partner still has none', async () => {
    expect(await ask('which automations affect the kombi')).toContain('No automations affect Kombi');
  });
});

describe('a thing run through the one device that may be it', () => {
  it('"does anything automate the coffee machine": the hedge, then the automation of the plug for it', async () => {
    const a = await ask('does anything automate the coffee machine');
    expect(a).toContain('may be one: Kahve prizi');
    expect(a).toContain('Sabah');
  });
});

describe('a note linked to nothing names its device', () => {
  it('"when is the boiler service due" reads the note that names the boiler', async () => {
    const a = await ask('when is the boiler service due');
    expect(a).toContain('10 March 2027');
  });
});

describe('a secret note that names the only device of its maker', () => {
  it('"the code for the keypad on the front door" is the Nuki note: private for a guest, read for an admin', async () => {
    expect(await ask('whats the code for the keypad on the front door', 'guest')).toContain('private note (Kodlar)');
    expect(await ask('whats the code for the keypad on the front door')).toContain('551902');
  });
});

describe('the apps of the home', () => {
  it('"what apps do we have" lists each app with the devices it controls', async () => {
    const a = await ask('what apps do we have');
    expect(a).toContain('2 apps');
    expect(a).toContain('Akıllı Ev (Lamba and Perde salon)');
    expect(a).toContain('Nuki uygulaması (Kapı kilidi)');
  });

  it('"which devices are in the <app> app" is that app\'s devices; a room keeps its device list', async () => {
    expect(await ask('which devices are in the akıllı ev app')).toContain('Akıllı Ev controls 2 devices: Lamba and Perde salon');
    expect(await ask('which devices are in the salon')).not.toContain('controls');
  });
});
