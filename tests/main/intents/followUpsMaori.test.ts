// Round 12, follow-ups in a conversation over a Māori home written here (no Māori in the lexicon): devices are known by
// their English descriptions, capabilities and state only. Classes: an alarm asked about after a lock answers its own
// armed mode (and "arm it" then arms the alarm, never the lock); "open the front door" whose only motor is its smart
// lock unlocks that lock at tier 3; "it" after an answer from a device's manual or procedures is that device; "manual
// for it?" after a schedule is the one device it runs; "and for the tv?" after a manual answer asks for the tv's manual.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEdge, type RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const steps = (...list: string[]): Record<string, unknown> => ({ steps: list });

const ROOMS: RawEntity[] = [
  { id: 'mi-home', entity_type: 'home', name: 'Te Whare', content: {} },
  { id: 'mi-noho', entity_type: 'room', name: 'Rūma noho', content: { description: 'living room' } },
  { id: 'mi-kihini', entity_type: 'room', name: 'Kīhini', content: { description: 'kitchen' } },
  { id: 'mi-aroha', entity_type: 'room', name: 'Te rūma o Aroha', content: {} },
  { id: 'mi-tomokanga', entity_type: 'room', name: 'Tomokanga', content: { description: 'entrance hall' } },
  { id: 'mi-hopua', entity_type: 'room', name: 'Hōpua', content: { description: 'swimming pool area' } },
];

const DEVICES: RawEntity[] = [
  device('mi-raka', 'Raka Tatau', { type: 'security', description: 'smart lock on the Tatau matua', capabilities: ['lock/unlock', 'battery'], state: { locked: true, battery: '70%' } }),
  device('mi-puoho', 'Pūoho', { type: 'security', description: 'alarm', capabilities: ['arm/disarm', 'night_mode'], state: { status: 'disarmed' } }),
  device('mi-tote', 'Pūrere tote', { type: 'appliance', description: 'salt chlorinator', capabilities: ['output'], state: { output: 60, salt_ppm: 4100 } }),
  device('mi-wera', 'Pāmu wera', { type: 'climate', description: 'heat pump', capabilities: ['on_off', 'temperature_control'], state: { power: 'on', setpoint: 21 } }),
  device('mi-tapahi', 'Kaitapahi', { type: 'appliance', description: 'robot lawn mower', capabilities: ['start', 'dock'], state: { status: 'parked' } }),
  device('mi-pouaka', 'Pouaka whakaata', { type: 'entertainment', description: 'tv', capabilities: ['on_off', 'volume'], state: { power: 'on' } }),
  device('mi-keti', 'Kēti', { type: 'security', description: 'driveway gate', capabilities: ['open_close'], state: { open: false } }),
  device('mi-waea', 'Waea tatau', { type: 'security', description: 'video intercom', capabilities: ['video', 'door_release'], state: { online: true } }),
  device('mi-rama', 'Rama kīhini', { type: 'lighting', capabilities: ['on_off', 'brightness'], state: { on: false, brightness: 0 } }),
];

const PLACE_OF: Record<string, string> = {
  'mi-raka': 'mi-tomokanga', 'mi-puoho': 'mi-tomokanga', 'mi-tote': 'mi-hopua', 'mi-wera': 'mi-noho', 'mi-tapahi': 'mi-hopua',
  'mi-pouaka': 'mi-noho', 'mi-rama': 'mi-kihini', 'mi-keti': 'mi-hopua', 'mi-waea': 'mi-tomokanga',
};

const KNOWLEDGE: RawEntity[] = [
  { id: 'mi-tatau', entity_type: 'door', name: 'Tatau matua', content: { description: 'front door of the house', has_lock: true } },
  { id: 'mi-m-tote', entity_type: 'manual', name: 'Aratohu tote', content: { content: 'Wash the cell every 3 months or when the CELL light shows. Keep salt between 3500 and 4500 ppm.' } },
  { id: 'mi-p-tote', entity_type: 'procedure', name: 'Horoi te pūtau', content: { description: 'clean the chlorinator cell', ...steps('Switch off the pump and the chlorinator.', 'Unscrew the cell and soak it in weak acid until the fizzing stops.', 'Rinse and screw it back.') } },
  { id: 'mi-p-wera', entity_type: 'procedure', name: 'Horoi tātari', content: { description: 'clean the heat pump filters', ...steps('Switch the heat pump off.', 'Lift the front panel and slide out the filters.', 'Rinse them and let them dry.') } },
  { id: 'mi-m-wera', entity_type: 'manual', name: 'Aratohu pāmu wera', content: { content: 'E6: outdoor fan fault, switch off and call the installer. U4: communication error.' } },
  { id: 'mi-m-tapahi', entity_type: 'manual', name: 'Aratohu kaitapahi', content: { content: 'Clean the blades every month. Store indoors over winter.' } },
  { id: 'mi-a-koro', entity_type: 'automation', name: 'Koro tirotiro', content: { trigger: { type: 'time', at: '09:00' }, actions: [{ device: 'Pouaka whakaata', action: 'turn_on' }], enabled: true } },
  { id: 'mi-a-po', entity_type: 'automation', name: 'Pō pai', content: { trigger: { type: 'time', at: '22:30' }, actions: [{ device: 'Rama kīhini', action: 'turn_off' }], enabled: true } },
  { id: 'mi-s-koro', entity_type: 'schedule', name: 'Koro wera', content: { days: 'daily', from: '13:00', to: '18:00', setpoint: 22, enabled: true } },
  { id: 'mi-s-tapahi', entity_type: 'schedule', name: 'Tapahi pātītī', content: { days: 'Tue, Fri', from: '10:00', to: '13:00', enabled: true } },
];

function maoriHome(): string {
  const edges: RawEdge[] = [
    ...roomAndDeviceEdges('mi-home', ROOMS, DEVICES, PLACE_OF, 'mi-tomokanga'),
    { from: 'mi-tatau', to: 'mi-tomokanga', type: 'located_in' },
    { from: 'mi-raka', to: 'mi-tatau', type: 'part_of' },
    { from: 'mi-tote', to: 'mi-m-tote', type: 'documented_by' },
    { from: 'mi-p-tote', to: 'mi-tote', type: 'procedure_for' },
    { from: 'mi-p-wera', to: 'mi-wera', type: 'procedure_for' },
    { from: 'mi-wera', to: 'mi-m-wera', type: 'documented_by' },
    { from: 'mi-tapahi', to: 'mi-m-tapahi', type: 'documented_by' },
    { from: 'mi-s-tapahi', to: 'mi-tapahi', type: 'manages' },
    { from: 'mi-waea', to: 'mi-keti', type: 'controls' },
    { from: 'mi-a-koro', to: 'mi-pouaka', type: 'automates' },
    { from: 'mi-a-po', to: 'mi-rama', type: 'automates' },
    { from: 'mi-s-koro', to: 'mi-wera', type: 'manages' },
  ];
  return homeExportJson([...ROOMS, ...DEVICES, ...KNOWLEDGE], edges, 'mi-edge');
}

let h: Harness;
const { dialog, proposes } = dialogsOver(() => h, 'mi');
const ask = askingOver(() => h, 'mi-ask');

beforeAll(async () => {
  h = await openHarness({ homeJson: maoriHome() });
});
afterAll(() => h.dispose());

describe('an alarm after a lock, and opening a door through its smart lock', () => {
  it('"and the alarm?" after "is the front door locked" says the alarm\'s own mode, not the lock beside it', async () => {
    const said = await ask('is the front door locked?', 'and the alarm?');
    expect(said.text).toMatch(/Pūoho is disarmed/);
    expect(said.text).not.toMatch(/Raka Tatau/);
  });
  it('"arm it for the night" then arms the alarm (tier 3), never the lock', async () => {
    await proposes(['is the front door locked?', 'and the alarm?', 'arm it for the night'], ['Pūoho'], 3);
  });
  it('"open the front door" whose only motor is its smart lock proposes unlocking that lock at tier 3', async () => {
    const answer = await dialog('please open the front door');
    expect(answer.text).toMatch(/unlock/i);
    expect(answer.proposal?.targets.map((t) => t.name)).toEqual(['Raka Tatau']);
    expect(answer.proposal?.tier).toBe(3);
  });
});

describe('"it" after documents and schedules', () => {
  it('"how do i clean it" after an answer from the chlorinator\'s manual is the chlorinator\'s procedure, not another device\'s', async () => {
    const said = await ask('got a manual for the chlorinator', 'how often should the cell be cleaned', 'how do i clean it');
    expect(said.cited).toContain('Horoi te pūtau');
    expect(said.cited).not.toContain('Horoi tātari');
  });
  it('"manual for it?" after a question about the mower\'s schedule is the mower\'s manual', async () => {
    const said = await ask('when does Tapahi pātītī run', 'any manual for it?');
    expect(said.cited).toContain('Aratohu kaitapahi');
  });
  it('"and for the tv?" after a code looked up in the heat pump\'s manual asks for the tv\'s manual: there is none', async () => {
    const said = await ask('is there a manual for the heat pump', 'what does U4 mean', 'and for the tv?');
    expect(said.text).toMatch(/no manual .*Pouaka whakaata/i);
  });
});

describe('"there" and "what else" in a follow-up', () => {
  it('"heat pump there set to?" after the living room\'s temperature is that room\'s heat pump; "drop it to 19" sets it (tier 3)', async () => {
    const said = await ask('Rūma noho temp', 'heat pump there set to?');
    expect(said.text).toMatch(/Pāmu wera.*21/);
    await proposes(['Rūma noho temp', 'heat pump there set to?', 'drop it to 19'], ['Pāmu wera'], 3);
  });
  it('"what does the koro one do" after the automations were listed is the listed automation with that word, not the schedule', async () => {
    const said = await ask('list the automations', 'what does the koro one do');
    expect(said.text).toMatch(/Koro tirotiro/);
    expect(said.cited).toContain('Pouaka whakaata');
    expect(said.cited).not.toContain('Pāmu wera');
  });
  it('"what else can open it" after the gate is what controls the gate, never the gate\'s state again', async () => {
    const said = await ask('is the gate shut', 'what else could open it');
    expect(said.cited).toContain('Waea tatau');
  });
});

