// Issue 12, round 5 commands over a home named in Japanese romaji (the lexicon has no Japanese): the devices are known
// by their types, English descriptions and capabilities only. Classes: a valve whose capability names the part
// ("valve_open_close") is closed by "shut off the water"; "lock up the shed" is "lock the shed"; "turn them all off"
// after "which lights are on" targets exactly the lit ones; "the bedside lamp" is any lamp whose name starts with "bed"
// ("Beddo …"), two asked back and the owner reply finishing it; "the light" among several lights is every light, never
// the one whose name says "lamp"; "her light" after a question about a person's room is the light there; "kitchen
// lights on", "put it on 21", "preheat the oven to 200".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const light = (id: string, name: string, on: boolean): RawEntity =>
  device(id, name, { type: 'lighting', capabilities: ['on_off', 'brightness'], state: { on, level: on ? 60 : 0 } });

const ROOMS: RawEntity[] = [
  { id: 'jp-home', entity_type: 'home', name: 'Ie', content: {} },
  { id: 'jp-ribingu', entity_type: 'room', name: 'Ribingu', content: { description: 'living room' } },
  { id: 'jp-daidokoro', entity_type: 'room', name: 'Daidokoro', content: { description: 'kitchen' } },
  { id: 'jp-shinshitsu', entity_type: 'room', name: 'Shinshitsu', content: { description: 'bedroom' } },
  { id: 'jp-yuki', entity_type: 'room', name: 'Heya Yuki', content: {} },
  { id: 'jp-monooki', entity_type: 'room', name: 'Monooki', content: { description: 'garden shed' } },
  { id: 'jp-senmenjo', entity_type: 'room', name: 'Senmenjo', content: { description: 'utility room' } },
];

const DEVICES: RawEntity[] = [
  light('jp-beddo-ken', 'Beddo Raito Ken', false),
  light('jp-beddo-emi', 'Beddo Raito Emi', true),
  light('jp-naito', 'Naito Raito Yuki', true),
  light('jp-tenjo', 'Tenjo Raito', true),
  light('jp-daidokoro-raito', 'Daidokoro Raito', false),
  light('jp-sutando', 'Sutando lamp', false),
  device('jp-barubu', 'Moto Barubu', { type: 'plumbing', description: 'main water shut-off valve', capabilities: ['valve_open_close', 'pressure'], state: { valve: 'open', pressure_bar: 3 } }),
  device('jp-yuka', 'Yuka Danbo', { type: 'climate', description: 'electric floor heating', capabilities: ['temperature_setpoint', 'floor_temperature'], state: { heating: true, setpoint: 27 } }),
  device('jp-chosetsu', 'Kabe Chosetsuki', { type: 'climate', model: 'Smart Thermostat', capabilities: ['temperature_setpoint', 'temperature'], state: { target_temp: 20.5, room_temp: 19.8 } }),
  device('jp-rajieta', 'Rajieta Ken', { type: 'climate', model: 'Smart Radiator Thermostat', capabilities: ['temperature_setpoint', 'battery'], state: { setpoint: 19, battery: 70 } }),
  device('jp-obun', 'Obun', { type: 'appliance', description: 'built-in oven', capabilities: ['on_off', 'temperature_setpoint'], state: { power: 'off', temperature: 0 } }),
  device('jp-rokku', 'Monooki Rokku', { type: 'security', description: 'shed lock', capabilities: ['lock_unlock', 'battery'], state: { locked: false, battery: 80 } }),
];

const PLACE_OF: Record<string, string> = {
  'jp-beddo-ken': 'jp-shinshitsu', 'jp-beddo-emi': 'jp-shinshitsu', 'jp-naito': 'jp-yuki', 'jp-tenjo': 'jp-ribingu',
  'jp-daidokoro-raito': 'jp-daidokoro', 'jp-sutando': 'jp-ribingu', 'jp-barubu': 'jp-senmenjo', 'jp-rokku': 'jp-monooki', 'jp-obun': 'jp-daidokoro',
  'jp-yuka': 'jp-senmenjo', 'jp-chosetsu': 'jp-ribingu', 'jp-rajieta': 'jp-shinshitsu',
};

function japaneseHome(): string {
  const edges = roomAndDeviceEdges('jp-home', ROOMS, DEVICES, PLACE_OF, 'jp-ribingu');
  return homeExportJson([...ROOMS, ...DEVICES], edges, 'jp-edge');
}

let h: Harness;
const { dialog, proposes, reply } = dialogsOver(() => h, 'jp');

beforeAll(async () => {
  h = await openHarness({ homeJson: japaneseHome() });
});
afterAll(() => h.dispose());

describe('valves and locks said in everyday words', () => {
  it('"shut off the water" closes the valve whose capability is "valve_open_close"', async () => {
    await proposes(['shut off the water'], ['Moto Barubu'], 3);
  });
  it('"lock up the shed" locks the shed\'s lock; "up" is no word the lock must be described by', async () => {
    await proposes(['lock up the shed'], ['Monooki Rokku'], 3);
  });
});

describe('commands said the short way', () => {
  it('"kitchen lights on" switches the lights of the room described as the kitchen', async () => {
    await proposes(['kitchen lights on'], ['Daidokoro Raito'], 2);
  });
  it('"put it on 21" after asking what the thermostat is set to sets it; "preheat the oven to 200" sets the oven', async () => {
    await proposes(['what is kabe chosetsuki set to', 'put it on 21'], ['Kabe Chosetsuki'], 3);
    await proposes(['preheat the oven to 200'], ['Obun'], 3);
  });
});

describe('a bare kind word', () => {
  it('"the light" among several lights is never the one whose name says "lamp": asked back, never proposed', async () => {
    for (const text of ['turn off the light', 'is the light on']) {
      const asked = await dialog(text);
      expect(asked.proposal ?? undefined, asked.text).toBeUndefined();
      expect(asked.text).toMatch(/Beddo Raito Ken/);
      expect(asked.text).toMatch(/Sutando lamp/);
    }
  });
  it('"her light" after a question about yuki\'s room is the light in that room, and "turn it off" switches it', async () => {
    const read = await dialog("what's in yuki's room", 'is her light on');
    expect(read.text).toMatch(/Naito Raito Yuki is on/);
    await proposes(["what's in yuki's room", 'is her light on', 'turn it off'], ['Naito Raito Yuki'], 2);
  });
  it('"her radiator" is never "no her radiator" (a possessive is no qualifier the home never uses)', async () => {
    const answer = await dialog('what is her radiator set to');
    expect(answer.text).not.toMatch(/no her/i);
  });
});

describe('follow-ups that command', () => {
  it('"turn them all off" after "which lights are on" targets exactly the lit ones', async () => {
    const listed = await dialog('which lights are on right now');
    expect(listed.citations.map((c) => c.name).sort()).toEqual(['Beddo Raito Emi', 'Naito Raito Yuki', 'Tenjo Raito']);
    await proposes(['which lights are on right now', 'turn them all off'], ['Beddo Raito Emi', 'Naito Raito Yuki', 'Tenjo Raito'], 2);
  });
  it('"the bedside lamp" with two "Beddo …" lamps is asked back; the owner reply finishes the command', async () => {
    const asked = await dialog('turn on the bedside lamp');
    expect(asked.proposal ?? undefined, asked.text).toBeUndefined();
    expect(asked.text).toMatch(/Beddo Raito Ken/);
    expect(asked.text).toMatch(/Beddo Raito Emi/);
    const done = await reply("ken's");
    expect(done?.proposal?.targets.map((t) => t.name), done?.text).toEqual(['Beddo Raito Ken']);
  });
});
