// Issue 12, round 29: a Ukrainian household (a flat and a country house) whose names are in Cyrillic. Devices the home
// gives only a type and a state ("Хвіртка": type gate, `open: false`; an alarm hub with `armed: true`) were said to
// have "no motor I can open" / to be "no alarm I can arm"; "the hallway light" found no light where the hallway is
// "Коридор"; "the heating" schedule at the country house said "no schedule" though the boiler the thermostat controls
// runs on one. Ukrainian in Cyrillic ("вимкни світло на кухні") and in Latin letters ("vymkny svitlo v kuhni") was
// not read at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ENTITIES: RawEntity[] = [
  { id: 'ua-home', entity_type: 'home', name: 'Квартира на Оболоні', content: {} },
  { id: 'ua-away', entity_type: 'zone', name: 'Дача в Бучі', content: { description: 'country house' } },
  { id: 'ua-hall', entity_type: 'room', name: 'Коридор', content: {} },
  { id: 'ua-kitchen', entity_type: 'room', name: 'Кухня', content: {} },
  { id: 'ua-bed', entity_type: 'room', name: 'Спальня', content: {} },
  { id: 'ua-yard', entity_type: 'room', name: 'Подвір\'я', content: {} },
  { id: 'ua-boilerroom', entity_type: 'room', name: 'Котельня', content: {} },
  device('ua-hall-light', 'Світло коридор', { type: 'light', state: { power: 'off' } }),
  device('ua-kitchen-light', 'Світло кухня', { type: 'light', state: { power: 'on', brightness: 60 } }),
  device('ua-bed-light', 'Лампа спальня', { type: 'light', state: { power: 'off', brightness: 0 } }),
  device('ua-kettle', 'Розетка чайник', { type: 'plug', state: { power: 'off' } }),
  device('ua-plug', 'Розетка праска', { type: 'plug', state: { power: 'on' } }),
  device('ua-gate', 'Хвіртка', { type: 'gate', description: 'gate motor', state: { open: false } }),
  device('ua-hub', 'Сигналізація', { type: 'alarm', state: { armed: false } }),
  device('ua-robot', 'Пилосос Dreame', { description: 'robot vacuum', state: { status: 'docked' } }),
  device('ua-thermo', 'Термостат котла', { type: 'thermostat', capabilities: ['temperature', 'setpoint'], state: { temperature: 10, setpoint: 10 } }),
  device('ua-boiler', 'Котел газовий', { type: 'boiler', state: { power: 'on' } }),
  { id: 'ua-sched', entity_type: 'schedule', name: 'Опалення на вихідні', content: { times: ['Sat 08:00 -> 21°C'], days: ['Saturday'] } },
];
const EDGES = [
  { from: 'ua-away', to: 'ua-home', type: 'part_of' },
  { from: 'ua-hall', to: 'ua-home', type: 'part_of' },
  { from: 'ua-kitchen', to: 'ua-home', type: 'part_of' },
  { from: 'ua-bed', to: 'ua-home', type: 'part_of' },
  { from: 'ua-yard', to: 'ua-away', type: 'part_of' },
  { from: 'ua-boilerroom', to: 'ua-away', type: 'part_of' },
  { from: 'ua-hall-light', to: 'ua-hall', type: 'located_in' },
  { from: 'ua-kitchen-light', to: 'ua-kitchen', type: 'located_in' },
  { from: 'ua-bed-light', to: 'ua-bed', type: 'located_in' },
  { from: 'ua-kettle', to: 'ua-kitchen', type: 'located_in' },
  { from: 'ua-plug', to: 'ua-bed', type: 'located_in' },
  { from: 'ua-gate', to: 'ua-yard', type: 'located_in' },
  { from: 'ua-hub', to: 'ua-boilerroom', type: 'located_in' },
  { from: 'ua-robot', to: 'ua-bed', type: 'located_in' },
  { from: 'ua-thermo', to: 'ua-boilerroom', type: 'located_in' },
  { from: 'ua-boiler', to: 'ua-boilerroom', type: 'located_in' },
  { from: 'ua-thermo', to: 'ua-boiler', type: 'controls' },
  { from: 'ua-sched', to: 'ua-boiler', type: 'automates' },
];

let home: Harness;
beforeAll(async () => {
  home = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'ua-rel') });
});
afterAll(() => home.dispose());

const ask = (...questions: string[]) => home.dialog(...questions);

describe('what a device with only a type and a state can do', () => {
  it('a gate that keeps `open` opens and closes', async () => {
    expect((await ask('open the gate')).targets).toEqual(['Хвіртка']);
  });
  it('an alarm that keeps `armed` arms', async () => {
    expect((await ask('arm the alarm')).targets).toEqual(['Сигналізація']);
  });
  it('a light that keeps a brightness dims', async () => {
    expect((await ask('dim the bedroom lamp to 30')).targets).toEqual(['Лампа спальня']);
  });
  it('a robot vacuum that reports a status starts', async () => {
    expect((await ask('start the vacuum')).targets).toEqual(['Пилосос Dreame']);
  });
  it('"put the kettle on" is never read as arming the alarm', async () => {
    expect((await ask('put the kettle on')).text).not.toMatch(/alarm/i);
  });
});

describe('Cyrillic names', () => {
  it('an English room word finds the room named in Ukrainian', async () => {
    expect((await ask('turn on the hallway light')).targets).toEqual(['Світло коридор']);
  });
  it('a head-first name is the kind of its first word ("Розетка чайник" is a plug)', async () => {
    expect((await ask('how many plugs do we have')).text).toMatch(/Розетка чайник/);
  });
  it('the heating thermostat\'s schedule is the one of the boiler it controls, never "no schedule"', async () => {
    const { text } = await ask('is there a schedule for the heating thermostat');
    expect(text).toMatch(/Опалення на вихідні/);
  });
});

describe('Ukrainian', () => {
  it('Cyrillic: "вимкни світло на кухні" turns off the kitchen light', async () => {
    expect((await ask('вимкни світло на кухні')).targets).toEqual(['Світло кухня']);
  });
  it('Cyrillic: "чи увімкнене світло в коридорі" asks whether it is on', async () => {
    expect((await ask('чи увімкнене світло в коридорі')).text).toMatch(/Світло коридор/);
  });
  it('Latin letters: "vymkny svitlo v kuhni" turns off the kitchen light', async () => {
    expect((await ask('vymkny svitlo v kuhni')).targets).toEqual(['Світло кухня']);
  });
  it('Latin letters: "vidkryj vorota" opens the gate', async () => {
    expect((await ask('vidkryj vorota')).targets).toEqual(['Хвіртка']);
  });
  it('an English sentence is left as typed', async () => {
    expect((await ask('turn off the kitchen light')).targets).toEqual(['Світло кухня']);
  });
});
