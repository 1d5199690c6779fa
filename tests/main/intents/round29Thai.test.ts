// Issue 12, round 29: a household that names its things in Thai script. Thai writes no spaces and puts a thing's kind
// first ("แอร์ห้องพี่" = air conditioner of the older sibling's room), so the engine cut Thai names at every vowel
// mark, found no air conditioner in a name saying "แอร์", no bedroom in "ห้องนอน…", and said "no air conditioners are
// on" with two of them running. Thai runs are keyed by their words now (thaiSegments.ts), a Thai name's first word
// says its kind, Thai place words join the place groups, and Thai sentences are read (thaiPhrasing.ts). Also: a car
// charger's "stop charging", "open" of a water heater, notes asked of a thing only a description names ("notes about
// spirit house", where "house" alone made it the home), and a kind's schedules that show the one with a schedule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'th-bed1', entity_type: 'room', name: 'ห้องนอนพี่', content: { description: 'big bedroom' } },
  { id: 'th-bed2', entity_type: 'room', name: 'ห้องนอนตา', content: { description: "grandpa's bedroom" } },
  { id: 'th-living', entity_type: 'room', name: 'ห้องนั่งเล่น', content: {} },
  { id: 'th-yard', entity_type: 'room', name: 'สนามหน้าบ้าน', content: { description: 'front lawn with the spirit house' } },
];
const cool = (power: string) => ({ type: 'climate', capabilities: ['temperature', 'setpoint'], state: { power, setpoint: 25 } });
const DEVICES: RawEntity[] = [
  device('th-ac1', 'แอร์ห้องพี่', cool('on')),
  device('th-ac2', 'แอร์ห้องตา', cool('on')),
  device('th-ac3', 'แอร์ห้องนั่งเล่น', cool('off')),
  device('th-ac4', 'แอร์ห้องพระ', cool('off')),
  device('th-ac5', 'แอร์ห้องครัว', cool('off')),
  device('th-ac6', 'แอร์ห้องแขก', cool('off')),
  device('th-ac7', 'แอร์ห้องซ้อม', cool('off')),
  device('th-light', 'ไฟห้องนั่งเล่น', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('th-curtain', 'ม่านห้องนอน', { type: 'curtain', capabilities: ['open', 'close', 'position'], state: { position: 0 } }),
  device('th-shrine', 'ไฟศาลพระภูมิ', { type: 'light', capabilities: ['on_off'], state: { power: 'on' }, description: 'spirit house lamp' }),
  device('th-ev', 'Easee ชาร์จรถ', { type: 'ev_charger', capabilities: ['charge', 'energy'], state: { status: 'charging', power_kw: 7 } }),
  device('th-shower', 'เครื่องทำน้ำอุ่น', { type: 'water_heater', capabilities: ['on_off'], state: { power: 'off' } }),
];
const PLACE = { 'th-ac1': 'th-bed1', 'th-ac2': 'th-bed2', 'th-ac3': 'th-living', 'th-ac4': 'th-living', 'th-ac5': 'th-living', 'th-ac6': 'th-living', 'th-ac7': 'th-living', 'th-light': 'th-living', 'th-curtain': 'th-bed1', 'th-shrine': 'th-yard', 'th-ev': 'th-yard', 'th-shower': 'th-bed2' };
const MORE: RawEntity[] = [
  { id: 'th-note', entity_type: 'note', name: 'ศาลพระภูมิ', content: { text: 'เปลี่ยนน้ำทุกวันพระ' } },
  { id: 'th-sched', entity_type: 'schedule', name: 'แอร์ตาตอนนอน', content: { on: '21:00', off: '05:00', days: 'daily' } },
];

let home: Harness;
beforeAll(async () => {
  const entities = [{ id: 'th-home', entity_type: 'home', name: 'บ้านสวน', content: {} }, ...ROOMS, ...DEVICES, ...MORE];
  const edges = roomAndDeviceEdges('th-home', ROOMS, DEVICES, PLACE, 'th-living');
  const links = [{ from: 'th-shrine', to: 'th-note', type: 'documented_by' }, { from: 'th-sched', to: 'th-ac2', type: 'manages' }];
  home = await openHarness({ homeJson: homeExportJson(entities, [...edges, ...links], 'th-rel') });
});
afterAll(() => home.dispose());

const ask = (...questions: string[]) => home.dialog(...questions);

describe('Thai names', () => {
  it('an air conditioner named "แอร์…" is one: "any aircon on" names the two running', async () => {
    const answer = await ask('any aircon still on?');
    expect(answer.text).toContain('แอร์ห้องพี่');
    expect(answer.text).toContain('แอร์ห้องตา');
    expect(answer.text).not.toMatch(/^No /);
  });
  it('"bedroom" is every room named ห้องนอน…, so the curtain in one of them is found', async () => {
    const answer = await ask('close the bedroom curtain');
    expect(answer.targets).toEqual(['ม่านห้องนอน']);
  });
  it('a Thai name typed in an English sentence is that thing', async () => {
    expect((await ask('turn off ไฟห้องนั่งเล่น')).targets).toEqual(['ไฟห้องนั่งเล่น']);
  });
  it("a kind's schedules show the one with a schedule among more than six", async () => {
    expect((await ask('schedules for the aircons')).text).toContain('แอร์ตาตอนนอน');
  });
});

describe('Thai sentences', () => {
  it('"ปิดไฟห้องนั่งเล่นให้หน่อยค่ะ" turns off the living room light', async () => {
    expect((await ask('ปิดไฟห้องนั่งเล่นให้หน่อยค่ะ')).targets).toEqual(['ไฟห้องนั่งเล่น']);
  });
  it('"ศาลพระภูมิเปิดไฟหรือยังคะ" asks about the spirit house light', async () => {
    expect((await ask('ศาลพระภูมิเปิดไฟหรือยังคะ')).cited).toContain('ไฟศาลพระภูมิ');
  });
});

describe('general faults the home showed', () => {
  it('"stop charging the car" proposes to stop the charger', async () => {
    expect((await ask('stop charging the car')).targets).toEqual(['Easee ชาร์จรถ']);
  });
  it('"open the water heater" turns it on', async () => {
    expect((await ask('open the water heater')).targets).toEqual(['เครื่องทำน้ำอุ่น']);
  });
  it('"notes about spirit house" finds the note of the thing described so, not "no notes about the home"', async () => {
    expect((await ask('notes about spirit house')).text).toContain('เปลี่ยนน้ำทุกวันพระ');
  });
});
