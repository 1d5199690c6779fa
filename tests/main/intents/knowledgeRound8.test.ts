// Round 8 (knowledge), over an Indonesian home the lexicon doesn't know (English descriptions, as upstream homes
// have): a how-to a manual answers in one sentence, never with a procedure of another kind of device; a note that
// holds every word of a question answers it rather than a list of some of them ("what's budi's mobile" is not Budi's
// room); private notes asked by their name or as "guest one then?" after a password; the apps asked in British
// phrasing; a schedule whose name holds "off" asked what it manages; why a device comes on, and a robot's "rounds";
// Northern English "owt" (anything); "when did we put X in" answered by a note's date without the verb; "we're all
// heading out, is there a routine for that" as the one automation its description speaks of, then "what's it do" and
// "go on then, run it"; an automation whose name starts with a stop word ("At the beach"); "when's it next getting
// serviced" after an answer from a device's manual is about the device.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const entity = (id: string, entity_type: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type, name, content });

function indonesianHome(): string {
  const entities = [
    entity('r-dapur', 'room', 'Dapur', {}),
    entity('r-ruang', 'room', 'Ruang tamu', {}),
    entity('d-oven', 'device', 'Siemens', { type: 'appliance', manufacturer: 'Siemens', description: 'built-in oven', capabilities: ['oven_temp'], state: { oven: 'off' } }),
    entity('d-robot', 'device', 'Bimo', { type: 'appliance', manufacturer: 'Ecovacs', description: 'robot vacuum', capabilities: ['clean', 'dock'], state: { phase: 'docked' } }),
    entity('d-kunci', 'device', 'Kunci pintu', { type: 'lock', capabilities: ['lock_unlock'], state: { lock: 'locked' } }),
    entity('m-oven', 'manual', 'Buku petunjuk', { title: 'Siemens iQ500 manual', content: 'Use ecoClean with 0.3 L water to clean the cavity. Child lock: hold the key button for 3 seconds. Fault E011: the door lock is stuck, switch off and on.' }),
    entity('n-servis', 'note', 'Servis oven', { text: 'Siemens oven yearly check by Dapur Jaya; next service due 9 March 2027.' }),
    entity('p-robot', 'procedure', 'Kosongkan Bimo', { steps: ['Lift the lid.', 'Clean the dust box and the brush.', 'Put it back on the dock.'] }),
    entity('p-kunci', 'procedure', 'Ganti baterai kunci', { steps: ['Open the inside cover.', 'Swap the 4 AA batteries.', 'Put the cover back on.'] }),
    entity('r-budi', 'room', 'Kamar Budi', {}),
    entity('d-lampu', 'device', 'Lampu Budi', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
    entity('d-router', 'device', 'Router rumah', { type: 'network', description: 'broadband router', capabilities: ['wifi'] }),
    entity('d-penguat', 'device', 'Penguat sinyal', { type: 'network', description: 'wifi extender', capabilities: ['wifi'] }),
    entity('a-tidur', 'automation', 'Bedtime', { description: 'night lock-up', trigger: { type: 'time', at: '22:30' }, actions: [{ device: 'Kunci pintu', action: 'lock' }] }),
    entity('n-wifi', 'note', 'Wifi rumah', { text: 'Wifi: RumahKu / password rahasia123. Guest wifi: Tamu / selamat99', private: true }),
    entity('n-kode', 'note', 'Kode', { text: 'Alarm code 4455, door keypad PIN 8080#.', private: true }),
    entity('n-budi', 'note', 'Penyewa', { text: 'Budi moved in March 2025; rent due on the 5th. His mobile 0812 3456 7890.' }),
    entity('n-sari', 'note', 'Catatan pengasuh', { text: "Sari's bedtime 8:00 with the lamp on low. Snacks in the top drawer." }),
    entity('d-pemanas', 'device', 'Pemanas air', { type: 'climate', description: 'electric water heater', capabilities: ['switch'], state: { relay: 'off' } }),
    entity('s-lampu', 'schedule', 'Lampu off', { days: ['mon', 'tue'], off_at: '21:00', enabled: true }),
    entity('s-pemanas', 'schedule', 'Pemanas murah', { days: 'daily', from: '02:00', to: '05:00', reason: 'cheapest night tariff', enabled: true }),
    entity('s-bimo', 'schedule', 'Bimo bersih', { days: ['tue', 'sat'], at: '09:15', enabled: true }),
    entity('d-bocor', 'device', 'Sensor bocor', { type: 'sensor', description: 'water leak sensor under the sink', capabilities: ['leak'], state: { leak: false } }),
    entity('a-air', 'automation', 'Tutup air', { description: 'leak → close the main valve', trigger: { type: 'device', device: 'Sensor bocor', event: 'wet' }, actions: [{ action: 'notify', to: ['Dewi'] }], enabled: true }),
    entity('n-kebun', 'note', 'Kebun', { text: 'Plot 7 at the community garden. Tomatoes planted 3 May.' }),
    entity('a-pergi', 'automation', 'Pergi', { description: 'everyone out: lock up', trigger: { type: 'manual' }, actions: [{ device: 'Kunci pintu', action: 'lock' }, { device: 'Lampu Budi', action: 'off' }], enabled: true }),
    entity('a-pantai', 'automation', 'At the beach', { description: 'holiday mode', trigger: { type: 'manual' }, actions: [{ device: 'Pemanas air', action: 'off' }], enabled: true }),
    entity('x-mi', 'app', 'Mi Home', { vendor: 'Xiaomi' }),
    entity('x-eco', 'app', 'Ecovacs Home', { vendor: 'Ecovacs' }),
  ];
  const edges = [
    { from: 's-lampu', to: 'd-lampu', type: 'manages' },
    { from: 'a-pergi', to: 'd-kunci', type: 'automates' },
    { from: 'a-pergi', to: 'd-lampu', type: 'automates' },
    { from: 'a-pantai', to: 'd-pemanas', type: 'automates' },
    { from: 'd-bocor', to: 'r-dapur', type: 'located_in' },
    { from: 'a-air', to: 'd-bocor', type: 'triggered_by' },
    { from: 's-pemanas', to: 'd-pemanas', type: 'manages' },
    { from: 's-bimo', to: 'd-robot', type: 'manages' },
    { from: 'd-lampu', to: 'x-mi', type: 'controlled_by_app' },
    { from: 'd-pemanas', to: 'x-mi', type: 'controlled_by_app' },
    { from: 'd-robot', to: 'x-eco', type: 'controlled_by_app' },
    { from: 'd-pemanas', to: 'r-dapur', type: 'located_in' },
    { from: 'd-lampu', to: 'r-budi', type: 'located_in' },
    { from: 'a-tidur', to: 'd-kunci', type: 'automates' },
    { from: 'd-oven', to: 'r-dapur', type: 'located_in' },
    { from: 'd-robot', to: 'r-ruang', type: 'located_in' },
    { from: 'd-kunci', to: 'r-ruang', type: 'located_in' },
    { from: 'd-oven', to: 'm-oven', type: 'documented_by' },
    { from: 'p-robot', to: 'd-robot', type: 'procedure_for' },
    { from: 'p-kunci', to: 'd-kunci', type: 'procedure_for' },
  ];
  return homeExportJson(entities, edges, 'id');
}

let h: Harness;
let conversation = 0;

async function ask(q: string, role: 'admin' | 'guest' = 'admin', dialog?: string): Promise<string> {
  const answer = await h.responder.respond(q, h.context({ conversationId: dialog ?? `id-${++conversation}`, role }));
  expect(answer, `"${q}" was declined`).toBeDefined();
  return answer?.text ?? '';
}

describe('round 8 knowledge over an Indonesian home', () => {
  beforeAll(async () => {
    h = await openHarness({ homeJson: indonesianHome() });
  });
  afterAll(() => h.dispose());

  it('answers a how-to about a device from its manual, not from the robot vacuum procedure', async () => {
    const text = await ask('how do i clean the siemens');
    expect(text).toContain('0.3 L');
    expect(text).not.toContain('Kosongkan Bimo');
  });

  it('answers a how-to no procedure covers from the manual sentence that holds all its words', async () => {
    const text = await ask('how do you put the child lock on');
    expect(text).toContain('3 seconds');
    expect(text).not.toContain('Ganti baterai');
  });

  it('keeps the procedure of the device asked about', async () => {
    expect(await ask('how do i empty bimo')).toContain('Kosongkan Bimo');
  });

  it('answers "what\'s <person>\'s <thing>" from the note that says both, not from the person\'s room', async () => {
    const text = await ask("what's budi's mobile");
    expect(text).toContain('0812 3456 7890');
    expect(text).not.toContain('Lampu Budi');
  });

  it('answers a time a note gives for a person rather than the automation named by one of the words', async () => {
    const text = await ask("what time's sari's bedtime");
    expect(text).toContain('8:00');
    expect(text).not.toContain('22:30');
  });

  it('tells a guest that "the wifi" is in a private note, and never quotes it', async () => {
    const text = await ask("what's the wifi", 'guest');
    expect(text).toMatch(/private note/);
    expect(text).not.toMatch(/rahasia123|selamat99/);
  });

  it('finds a PIN asked with where its keypad is, in a private note', async () => {
    const text = await ask("what's the pin for the front door keypad", 'guest');
    expect(text).toMatch(/private note \(Kode\)/);
    expect(text).not.toContain('8080');
  });

  it('reads "guest one then?" after a password question as the guest one', async () => {
    await ask('whats the wifi password?', 'guest', 'wifi-guest');
    const guest = await ask('guest one then?', 'guest', 'wifi-guest');
    expect(guest).toMatch(/private note/);
    expect(guest).not.toMatch(/rahasia123|selamat99/);
    await ask('whats the wifi password?', 'admin', 'wifi-admin');
    const admin = await ask('guest one then?', 'admin', 'wifi-admin');
    expect(admin).toContain('selamat99');
    expect(admin).not.toContain('rahasia123');
  });

  it('lists the apps asked "what apps have we got", and the devices of one app asked "what\'s in the … app"', async () => {
    const apps = await ask('what apps have we got');
    expect(apps).toContain('Mi Home');
    expect(apps).toContain('Ecovacs Home');
    const mi = await ask("what's in the mi home app");
    expect(mi).toContain('Lampu Budi');
    expect(mi).toContain('Pemanas air');
    expect(mi).not.toContain('Bimo');
  });

  it('reads "off" in a schedule\'s name as its name, not as a state question', async () => {
    const text = await ask('what does lampu off manage');
    expect(text).toContain('Lampu Budi');
    expect(text).not.toMatch(/no on\/off reading/);
  });

  it('answers why a device comes on at a time with the reason its schedule gives', async () => {
    expect(await ask('why does the pemanas air come on at 2')).toContain('cheapest night tariff');
  });

  it('reads "when does he do his rounds" after a question about the robot as its schedule', async () => {
    await ask('where is bimo', 'admin', 'rounds');
    expect(await ask('when does he do his rounds', 'admin', 'rounds')).toContain('09:15');
  });

  it('reads Northern English "owt" as anything', async () => {
    expect(await ask('does owt happen if the sink leaks')).toContain('Tutup air');
  });

  it('finds when something was done in a note that says it without the question\'s bare verb', async () => {
    expect(await ask('when did we put the tomatoes in')).toContain('3 May');
  });

  it('reads "is there a routine for that" after what the asker is doing as the one automation that speaks of it', async () => {
    const found = await ask("we're all heading out, is there a routine for that", 'admin', 'out');
    expect(found).toContain('Pergi');
    expect(found).not.toContain('At the beach');
    const does = await ask("what's it do", 'admin', 'out');
    expect(does).toContain('Kunci pintu');
    const run = await h.responder.respond('go on then, run it', h.context({ conversationId: 'out', role: 'admin' }));
    expect(run?.model).toBe('run_automation');
    expect(run?.text).toMatch(/run Pergi/);
  });

  it('finds an automation whose name starts with a stop word', async () => {
    expect(await ask('what does at the beach do')).toContain('Pemanas air');
  });

  it('reads "it" after an answer from a manual as its device when the question is about servicing', async () => {
    await ask('is there a manual for the siemens', 'admin', 'service');
    await ask('what does E011 mean', 'admin', 'service');
    expect(await ask("when's it next getting serviced", 'admin', 'service')).toContain('9 March 2027');
  });
});
