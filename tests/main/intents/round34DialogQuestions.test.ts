// Issue 12, round 34: follow-up questions in a conversation that name nothing or only say which one. "the front one"
// after "is the door locked" was answered as the list of one lock; "which app?", "which one's the lowest", "battery
// ok?" (with a home battery in the house) and "which days" after a schedule were declined or answered about something
// else. Each is now the last question asked again of what the conversation is about (askedOfTheOne.ts, appOfFocus.ts,
// extremeOfListed.ts, batteryOfFocus.ts, scheduleFollowUp.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ROOMS: RawEntity[] = [
  { id: 'dq-home', entity_type: 'home', name: 'Casa Olmo', content: {} },
  { id: 'dq-porch', entity_type: 'room', name: 'Porch', content: {} },
  { id: 'dq-yard', entity_type: 'room', name: 'Yard', content: {} },
  { id: 'dq-shed', entity_type: 'room', name: 'Shed', content: {} },
  { id: 'dq-hall', entity_type: 'room', name: 'Hall', content: {} },
  { id: 'dq-kitchen', entity_type: 'room', name: 'Kitchen', content: {} },
];
const DEVICES: RawEntity[] = [
  device('dq-lock1', 'Porch deadbolt', { type: 'lock', capabilities: ['lock/unlock', 'battery'], state: { lock: 'locked', battery: 23 } }),
  device('dq-lock2', 'Shed padlock', { type: 'lock', capabilities: ['lock/unlock', 'battery'], state: { lock: 'unlocked', battery: 71 } }),
  device('dq-cam1', 'Yard camera', { type: 'camera', state: { status: 'recording' } }),
  device('dq-cam2', 'Porch camera', { type: 'camera', state: { status: 'idle' } }),
  device('dq-hb', 'Home battery', { type: 'battery', state: { battery: 88 } }),
  device('dq-leak', 'Kitchen leak sensor', { type: 'sensor', capabilities: ['leak', 'battery'], state: { leak: false, battery: 9 } }),
  device('dq-motion', 'Hall motion sensor', { type: 'sensor', capabilities: ['motion', 'battery'], state: { motion: false, battery: 14 } }),
  device('dq-lamp', 'Hall lamp', { type: 'light', state: { power: 'off' } }),
];
const OTHERS: RawEntity[] = [
  { id: 'dq-app-cam', entity_type: 'app', name: 'CamView', content: { description: 'camera app' } },
  { id: 'dq-app-lock', entity_type: 'app', name: 'KeyHome', content: { description: 'lock app' } },
  { id: 'dq-sched', entity_type: 'schedule', name: 'Lamp evenings', content: { days: ['Tue', 'Thu'], on: '18:00', off: '22:00' } },
];
const PLACE: Record<string, string> = { 'dq-lock1': 'dq-porch', 'dq-lock2': 'dq-shed', 'dq-cam1': 'dq-yard', 'dq-cam2': 'dq-porch', 'dq-hb': 'dq-shed', 'dq-leak': 'dq-kitchen', 'dq-motion': 'dq-hall', 'dq-lamp': 'dq-hall' };

let home: Harness;
const ask = askingOver(() => home, 'dq-ask');

beforeAll(async () => {
  const [h, first] = ROOMS;
  const edges = [
    ...roomAndDeviceEdges(h?.id ?? '', ROOMS, DEVICES, PLACE, first?.id ?? ''),
    { from: 'dq-cam1', to: 'dq-app-cam', type: 'controlled_by_app' },
    { from: 'dq-cam2', to: 'dq-app-cam', type: 'controlled_by_app' },
    { from: 'dq-lock1', to: 'dq-app-lock', type: 'controlled_by_app' },
    { from: 'dq-lock2', to: 'dq-app-lock', type: 'controlled_by_app' },
    { from: 'dq-sched', to: 'dq-lamp', type: 'manages' },
  ];
  home = await openHarness({ homeJson: homeExportJson([...ROOMS, ...DEVICES, ...OTHERS], edges, 'dq-edge') });
});
afterAll(() => home.dispose());

describe('a follow-up that only says which one asks the last question of it', () => {
  it('"the shed one" after "is the lock locked" is whether the shed padlock is locked', async () => {
    const a = await ask('are the locks locked', 'the shed one');
    expect(a.cited).toContain('Shed padlock');
    expect(a.text).toMatch(/not locked|unlocked/i);
    expect(a.text).not.toMatch(/There is 1 lock/);
  });
  it('two of the kind in the place said stay a list', async () => {
    const a = await ask('are the locks locked', 'the ones in the house');
    expect(a.text).not.toMatch(/Shed padlock is (not )?locked/);
  });
});

describe('"which app" asks the app of what the conversation is about', () => {
  it('after the cameras were listed: their app', async () => {
    expect((await ask('what cameras do we have', 'which app')).cited).toContain('CamView');
  });
  it('after one lock: its app', async () => {
    expect((await ask('is the shed padlock locked', 'which app is that')).cited).toContain('KeyHome');
  });
  it('a question that names another thing is not bent to the focus', async () => {
    expect((await ask('is the shed padlock locked', 'which app for the yard camera')).cited).not.toContain('KeyHome');
  });
});

describe('"which one\'s the lowest" after a list is the listed device with the lowest reading', () => {
  it('the lowest battery of those listed', async () => {
    const a = await ask('which batteries are low', "which one's the lowest");
    expect(a.cited).toContain('Kitchen leak sensor');
    expect(a.cited).not.toContain('Hall motion sensor');
  });
});

describe('"battery ok?" about the device in focus, not the home battery', () => {
  it('after the porch lock', async () => {
    const a = await ask('is the porch deadbolt locked', 'battery ok?');
    expect(a.text).toMatch(/23/);
    expect(a.cited).not.toContain('Home battery');
  });
  it('alone, it is the home battery', async () => {
    expect((await ask('battery ok?')).cited).toContain('Home battery');
  });
});

describe('"which days" after a schedule says the schedule again', () => {
  it('the days of the lamp schedule', async () => {
    const a = await ask('when does the hall lamp come on', 'which days');
    expect(a.text).toMatch(/Tue/);
  });
  it('"turn it off" after a schedule is still a command', async () => {
    const a = await ask('when does the hall lamp come on', 'turn it off');
    expect(a.text).toMatch(/Hall lamp/);
    expect(a.text).not.toMatch(/managed by/);
  });
});
