// Issue 12, round 41: a Kazakh family's home (the Almaty home), named in Kazakh Cyrillic and Russian, asked in Kazakh,
// Russian and English. A home writing ө and ү with ә, ғ, қ, ң, ұ or һ is Kazakh, never Mongolian (mongolianNames.ts);
// its Kazakh names are known by their English (kazakhNames.ts: "Монша пеші" the sauna stove); a name said in a Kazakh
// case is the name ("Ас үйде" in Ас үй, kazakhNameForms.ts) and Kazakh words are read in English (kazakhSpoken.json);
// Russian is read word by word (russianSpoken.json), its case forms of the home's names as the names (russianNames.ts);
// a PM2.5 reading written "52 µg/m³" is a number (valueUnits.ts); "where is the car parked usually" asks a place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver, dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room, zone } from './smallHome';
import { isMongolianHome } from '../../../src-main/intents/languages/mongolianNames';
import { englishOfKazakhName, isKazakhHome } from '../../../src-main/intents/languages/kazakhNames';
import { numberIn } from '../../../src-main/intents/valueUnits';
import type { Entity } from '../../../src-shared/protocol/entities';

const ENTITIES = [
  { id: 'r41k-home', entity_type: 'home', name: 'Сейітовтар үйі', content: {} },
  zone('r41k-flat', 'Пәтер'),
  zone('r41k-dacha', 'Саяжай үйі'),
  room('r41k-living', 'Қонақ бөлме'),
  room('r41k-kitchen', 'Ас үй'),
  room('r41k-dana', 'Дананың бөлмесі'),
  room('r41k-green', 'Жылыжай', { description: 'теплица' }),
  room('r41k-store', 'Подсобка'),
  room('r41k-sauna', 'Монша'),
  device('r41k-klight', 'Ас үй шамы', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r41k-llight', 'Қонақ бөлме шамы', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'off', brightness: 0 } }),
  device('r41k-boiler', 'Бойлер', { type: 'appliance', capabilities: ['on_off', 'setpoint'], state: { power: 'off', setpoint: 60 } }),
  device('r41k-dboiler', 'Бойлер дача', { type: 'appliance', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r41k-gsensor', 'Жылыжай датчигі', { type: 'sensor', capabilities: ['temperature'], state: { temperature: '14.2 °C' } }),
  device('r41k-purifier', 'Очиститель Дана', { type: 'appliance', capabilities: ['on_off', 'pm25'], state: { power: 'off', pm25: '52 µg/m³' } }),
  device('r41k-stove', 'Монша пеші', { type: 'heater', capabilities: ['on_off', 'setpoint'], state: { power: 'off', setpoint: 85 }, aliases: ['каменка'] }),
  device('r41k-tv', 'Телевизор Samsung', { type: 'entertainment', capabilities: ['on_off', 'volume'], state: { power: 'off', volume: 18 }, aliases: ['теледидар'] }),
  device('r41k-car', 'BYD Song Plus', { type: 'vehicle', capabilities: ['battery'], state: { battery: '64%' }, description: 'обычно стоит на месте 47 в паркинге' }),
];
const PLACE_OF = { 'r41k-klight': 'r41k-kitchen', 'r41k-llight': 'r41k-living', 'r41k-boiler': 'r41k-kitchen', 'r41k-dboiler': 'r41k-store', 'r41k-gsensor': 'r41k-green', 'r41k-purifier': 'r41k-dana', 'r41k-stove': 'r41k-sauna', 'r41k-car': 'r41k-living', 'r41k-tv': 'r41k-living' };
const PARENT_OF = { 'r41k-living': 'r41k-flat', 'r41k-kitchen': 'r41k-flat', 'r41k-dana': 'r41k-flat', 'r41k-green': 'r41k-dacha', 'r41k-store': 'r41k-dacha', 'r41k-sauna': 'r41k-dacha' };

let home: Harness;
const ask = askingOver(() => home, 'r41k-ask');
const { proposes } = dialogsOver(() => home, 'r41k-cmd');
beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'r41k-living', parentOf: PARENT_OF, edgePrefix: 'r41k-edge' });
});
afterAll(() => home.dispose());

const named = (name: string): Entity => ({ id: name, entity_type: 'room', name, content: {} }) as unknown as Entity;

describe('a Kazakh home is no Mongolian home', () => {
  it('ө and ү with a letter only Kazakh writes is Kazakh; Mongolian and Ukrainian homes are neither', () => {
    expect(isMongolianHome([named('Әженің бөлмесі'), named('Құдық')])).toBe(false);
    expect(isKazakhHome([named('Әженің бөлмесі')])).toBe(true);
    expect(isMongolianHome([named('Зочны өрөө')])).toBe(true);
    expect(isKazakhHome([named('Зочны өрөө')])).toBe(false);
    expect(isKazakhHome([named('Кімната бабусі')])).toBe(false);
  });
});

describe('a Kazakh name known by its English', () => {
  it('reads a name word by word, an owner as an owner', () => {
    expect(englishOfKazakhName('Монша пеші')).toEqual(['sauna stove', 'sauna heater']);
    expect(englishOfKazakhName('Дананың бөлмесі')).toEqual(["dana's room"]);
    expect(englishOfKazakhName('Торшер')).toEqual([]);
    expect(englishOfKazakhName('Пәтер (9 қабат)')[0]).toBe('flat');
  });

  it('an English question finds the Kazakh name', async () => {
    await proposes(['turn on the living room light'], ['Қонақ бөлме шамы'], 2);
    expect((await ask('what is the temperature in the greenhouse')).text).toContain('14.2');
  });
});

describe('Kazakh read in English', () => {
  it('a state asked with its particle, a name in its case', async () => {
    expect((await ask('Бойлер қосулы ма?')).text).toMatch(/off/);
    expect((await ask('Ас үйде шам жанып тұр ма?')).cited).toContain('Ас үй шамы');
  });

  it('a request said last is the request', async () => {
    await proposes(['Қонақ бөлменің шамын 40 пайызға түсір'], ['Қонақ бөлме шамы'], 2);
  });

  it('a request closing its clause, its reason after the comma, is the request; "the light in" a place is its lights', async () => {
    await proposes(['Балам, теледидарды қосып берші, жаңалықтарды көрейін.'], ['Телевизор Samsung'], 2);
    await proposes(['Ас үйдегі свет өшірші, күндіз ғой'], ['Ас үй шамы'], 2);
  });
});

describe('Russian read in English', () => {
  it('a reading in a place named in Kazakh, a name in its case', async () => {
    expect((await ask('Сколько градусов в теплице?')).text).toContain('14.2');
    expect((await ask('что в подсобке стоит')).cited).toContain('Бойлер дача');
  });

  it('a request said last, a device by its alias in its case', async () => {
    await proposes(['Включи каменку'], ['Монша пеші'], 3);
  });
});

describe('Russian typed in Latin letters', () => {
  it('a request said last, a state asked', async () => {
    await proposes(['svet v kuhne vkluchi'], ['Ас үй шамы'], 2);
    expect((await ask('boiler vkluchen?')).text).toMatch(/off/);
  });
});

describe('readings and places', () => {
  it('"52 µg/m³" is a number, and the room reports it', async () => {
    expect(numberIn('52 µg/m³')).toEqual({ value: 52, unit: ' µg/m³' });
    expect((await ask("whats the pm2.5 in dana's room")).text).toContain('52');
  });

  it('"where … usually" asks a place, not a schedule', async () => {
    expect((await ask('where is the BYD parked usually')).text).not.toMatch(/schedule|automation/i);
  });
});
