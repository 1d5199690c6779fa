// Issue 12, round 41, the Sheffield student house (sheffield): Yorkshire English read as English ("is t'storage heater
// charged", "owt wrong wi' t'boiler", "nowt's on in t'yard is there"; yorkshireSpeech.ts) while French keeps its
// "t'as"; Nigerian Pidgin's "make una off the fan" is the command (pidginPhrasing.ts); Indian English "do the needful
// and …" is the request after it, and "I forget am for morning" after a question is about the asker (politeEnglish.ts);
// "right, set t'alarm, I'm off to bed" drops the aside after the request, not after "right" (spokenAsides.ts); a
// device placed only by its own location text
// ("cellar floor, next to the washer-dryer") stands in that room (spotRoom.ts); a fridge read by the thermometer
// inside it gives that reading (sensorReadingOn.ts); a thermostat with no on/off says what it reads (answerState.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver, dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room, zone } from './smallHome';

const ENTITIES = [
  { id: 'sf-home', entity_type: 'home', name: 'Terrace house', content: {} },
  zone('sf-flat', 'Upper flat'),
  room('sf-hall', 'Hallway'),
  room('sf-cellar', 'Cellar'),
  room('sf-yard', 'Back yard'),
  room('sf-attic', 'Attic landing'),
  room('sf-landing', 'Landing'),
  room('sf-lounge', 'Flat lounge'),
  room('sf-fhall', 'Flat hall'),
  device('sf-storage', 'Night storage heater', { type: 'heater', capabilities: ['charge'], state: { charge: '62%', output: 'low' } }),
  device('sf-boiler', 'Combi boiler', { type: 'boiler', capabilities: ['heating', 'pressure'], state: { status: 'heating', pressure: '0.9 bar', fault: 'none' }, aliases: ['boiler'] }),
  device('sf-stat', 'Smart thermostat', { type: 'climate', capabilities: ['temperature', 'setpoint'], state: { current_temperature: 18.5, target_temperature: 20 } }),
  device('sf-yardlight', 'Security light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('sf-fan', 'Bathroom extractor fan', { type: 'fan', capabilities: ['on_off'], state: { power: 'on' } }),
  device('sf-cooker', 'Cooker', { type: 'oven', capabilities: ['on_off'], state: { power: 'off' } }),
  device('sf-fhalllight', 'Flat hall light', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('sf-flounge', 'Flat lounge light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('sf-alarm', 'Burglar alarm', { type: 'alarm_panel', capabilities: ['arm'], state: { mode: 'disarmed' } }),
  device('sf-fridge', 'The larder', { type: 'fridge', capabilities: ['on_off'], state: { power: 'on' } }),
  device('sf-thermo', 'Fridge thermometer', { type: 'sensor', capabilities: ['temperature', 'humidity'], state: { temperature: 7.5, humidity: 64 }, description: 'stuck inside the larder on the top shelf' }),
  device('sf-dehum', 'Dehumidifier', { type: 'appliance', capabilities: ['on_off', 'humidity'], state: { power: 'on', humidity: '61%' }, location: 'cellar floor, next to the washer-dryer' }),
  device('sf-pod', 'Wifi pod', { type: 'network', capabilities: ['wifi'], state: { status: 'online' }, location: 'on the shelf on the attic landing' }),
  device('sf-geyser', 'Geyser', { type: 'water_heater', capabilities: ['temperature'], state: { water_temp: 52 }, location: 'ceiling above the cellar' }),
  device('sf-bell', 'Doorbell', { type: 'doorbell', capabilities: ['chime'], state: { status: 'online' }, location: 'between the hallway and the cellar' }),
];
const PLACE_OF = {
  'sf-storage': 'sf-lounge', 'sf-boiler': 'sf-cellar', 'sf-stat': 'sf-hall', 'sf-yardlight': 'sf-yard', 'sf-fan': 'sf-landing', 'sf-cooker': 'sf-hall',
  'sf-fhalllight': 'sf-fhall', 'sf-flounge': 'sf-lounge', 'sf-alarm': 'sf-fhall', 'sf-fridge': 'sf-hall', 'sf-thermo': 'sf-hall',
};
const PARENT_OF = { 'sf-lounge': 'sf-flat', 'sf-fhall': 'sf-flat' };

let home: Harness;
const ask = askingOver(() => home, 'sf-ask');
const { proposes } = dialogsOver(() => home, 'sf-dialog');

beforeAll(async () => {
  // The dehumidifier, the pod and the doorbell are linked to the home only; their own location text says where.
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'sf-home', parentOf: PARENT_OF, edgePrefix: 'sf-edge' });
});
afterAll(() => home.dispose());

describe('Yorkshire English', () => {
  it('reads t\' as the: "is t\'storage heater charged"', async () => {
    const { text, cited } = await ask("is t'storage heater charged");
    expect(cited).toContain('Night storage heater');
    expect(text).toContain('62');
    expect(text).not.toMatch(/no t'storage/);
  });

  it('reads owt, wi\' and t\' together: "owt wrong wi\' t\'boiler"', async () => {
    const { text, cited } = await ask("owt wrong wi' t'boiler");
    expect(cited).toContain('Combi boiler');
    expect(text).toContain('0.9');
  });

  it('asks whether anything is on for "nowt\'s on in t\'yard is there"', async () => {
    const { text, cited } = await ask("nowt's on in t'yard is there");
    expect(cited).toContain('Security light');
    expect(text).toMatch(/off/);
  });

  it('proposes arming for "right, set the alarm, I\'m off to bed"', async () => {
    await proposes(["right, set t'alarm, I'm off to bed"], ['Burglar alarm'], 3);
    await proposes(["right, set the alarm, I'm off to bed"], ['Burglar alarm'], 3);
  });

  it('leaves the French t\' of "t\'as" alone', async () => {
    const { text } = await ask("t'as éteint la clim ?");
    expect(text).not.toMatch(/the as/);
  });
});

describe('Pidgin and Indian English requests', () => {
  it('"make una off the bathroom fan abeg, e dey make noise" is the command', async () => {
    await proposes(['make una off the bathroom fan abeg, e dey make noise'], ['Bathroom extractor fan'], 2);
  });

  it('"do the needful and switch off the lights in the flat lounge" is the request', async () => {
    const { text } = await ask('Do the needful and switch off the lights in the flat lounge');
    expect(text).not.toMatch(/no switches/i);
  });

  it('"is the cooker on? I forget am for morning" answers the question, not a schedule', async () => {
    const { text } = await ask('is the cooker on? I forget am for morning');
    expect(text).toMatch(/off/);
    expect(text).not.toMatch(/No schedule/);
  });
});

describe('where a device is by its own location text', () => {
  it('reads the dehumidifier\'s humidity for "what\'s the humidity in the cellar"', async () => {
    const { text, cited } = await ask("what's the humidity in the cellar");
    expect(cited).toContain('Dehumidifier');
    expect(text).toContain('61');
  });

  it('puts the pod in the attic landing, the longest room name its text holds', async () => {
    const { cited } = await ask("what's in the attic landing");
    expect(cited).toContain('Wifi pod');
    const { cited: landing } = await ask("what's in the landing");
    expect(landing).not.toContain('Wifi pod');
  });

  it('places nothing whose text names two rooms or puts it above the room', async () => {
    const { cited } = await ask("what's in the cellar");
    expect(cited).toContain('Dehumidifier');
    expect(cited).not.toContain('Doorbell');
    expect(cited).not.toContain('Geyser');
  });
});

describe('readings a device has from elsewhere', () => {
  it('gives the thermometer inside the fridge for "what\'s t\'larder reading"', async () => {
    const { text, cited } = await ask("what's t'larder reading");
    expect(cited).toContain('Fridge thermometer');
    expect(text).toContain('7.5');
    expect(text).toContain('64');
  });

  it('gives its humidity for "what\'s the humidity in the larder"', async () => {
    const { text } = await ask("what's the humidity in the larder");
    expect(text).toContain('64');
  });

  it('says what a thermostat reads when it has no on/off: "is t\'heating on"', async () => {
    const { text } = await ask("is the smart thermostat on");
    expect(text).toContain('18.5');
  });
});
