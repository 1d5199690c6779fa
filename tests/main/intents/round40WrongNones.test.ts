// Issue 12, round 40: wrong nones read as classes. A when-question about a device no schedule runs quotes a note named
// for the device (notesNamedFor.ts); a manual question that asks what the manual says quotes its sentence, read in
// English when the manual is written in another language (manualAskedSentence.ts); "what controls X" with rules that
// switch X also says what X controls (answerStructure.ts); "air temp" is a temperature, and a reading no device in a
// room reports is read from the devices named for the room that stand elsewhere (readingsNamedForPlace.ts); a zone
// named as being at another zone ("Zahrada u chalupy") is at it (placeNamedAt.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room, zone } from './smallHome';

const ENTITIES = [
  { id: 'wn-home', entity_type: 'home', name: 'Chalupa', content: {} },
  room('wn-hall', 'Chodba'),
  room('wn-kitchen', 'Kitchen'),
  room('wn-pool', 'La piscina'),
  room('wn-side', 'El costado'),
  device('wn-meter', 'Elektroměr', { type: 'meter', capabilities: ['energy'], state: { energy_kwh: 14210 } }),
  device('wn-filter', 'Water filter', { type: 'appliance', capabilities: ['filter'], state: {} }),
  device('wn-boiler', 'Bojler', { type: 'water_heater', capabilities: ['temperature'], state: { water_temperature: 52 } }),
  device('wn-valve', 'Gas valve', { type: 'switch', capabilities: ['open_close'], state: { state: 'open' } }),
  device('wn-stove', 'Gas stove', { type: 'appliance', capabilities: ['on_off'], state: { power: 'off' } }),
  device('wn-gas', 'Gas sensor', { type: 'sensor', capabilities: ['gas'], state: { gas: 'clear' } }),
  device('wn-poollight', 'Luz de la piscina', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('wn-poolctl', 'Controlador de la piscina', { type: 'controller', capabilities: ['mode', 'temperature'], state: { mode: 'pool', air_temperature: 88 } }),
  { id: 'wn-read', entity_type: 'note', name: 'Odečet elektroměru', content: { text: 'odečet pro PRE každý rok v lednu, minule 14 210 kWh' } },
  { id: 'wn-change', entity_type: 'note', name: 'Water filter change', content: { text: 'The technician comes every 4 months; next filter change 14 August 2027' } },
  { id: 'wn-manual', entity_type: 'manual', name: 'Návod bojler', content: { title: 'Ohřívače vody – návod', language: 'cs', content: 'Doporučená teplota 55-60 °C. Anodovou tyč kontrolujte každé 2 roky.' } },
  { id: 'wn-alert', entity_type: 'automation', name: 'Gas alert', content: { trigger: { type: 'state', device: 'Gas sensor', to: 'detected' }, actions: ['close Gas valve'], enabled: true } },
];
const PLACE_OF = {
  'wn-meter': 'wn-hall', 'wn-filter': 'wn-kitchen', 'wn-boiler': 'wn-hall', 'wn-valve': 'wn-kitchen', 'wn-stove': 'wn-kitchen', 'wn-gas': 'wn-kitchen',
  'wn-poollight': 'wn-pool', 'wn-poolctl': 'wn-side',
};
const EDGES = [
  { from: 'wn-boiler', to: 'wn-manual', type: 'documented_by' },
  { from: 'wn-valve', to: 'wn-stove', type: 'controls' },
  { from: 'wn-alert', to: 'wn-valve', type: 'automates' },
  { from: 'wn-alert', to: 'wn-gas', type: 'triggered_by' },
];

let home: Harness;
const ask = askingOver(() => home, 'wn-ask');

beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'wn-hall', edges: EDGES, edgePrefix: 'wn-edge' });
});
afterAll(() => home.dispose());

describe('a when-question with no schedule and a note named for the device', () => {
  it('quotes the note, its name inflected ("Odečet elektroměru")', async () => {
    const { text, cited } = await ask('when is the elektromer read');
    expect(text).toContain('lednu');
    expect(text).not.toMatch(/No schedule or automation runs/);
    expect(cited).toContain('Odečet elektroměru');
  });

  it('quotes the sentence with the asked word ("change")', async () => {
    const { text } = await ask('when is the water filter change');
    expect(text).toContain('14 August 2027');
  });

  it('still says none when no note is named for the device', async () => {
    const { text } = await ask('when does the gas stove run');
    expect(text).toMatch(/No schedule or automation runs Gas stove/);
  });
});

describe('what a manual says', () => {
  it('quotes the manual sentence holding the asked words, read in English', async () => {
    expect((await ask('what temperature does the boiler manual recommend')).text).toContain('55-60');
    expect((await ask('navod k bojleru, jaka je doporucena teplota')).text).toContain('55-60');
  });

  it('only lists the documents when nothing beyond the manual is asked', async () => {
    const { text } = await ask('is there a manual for the boiler');
    expect(text).not.toContain('55-60');
  });
});

describe('what controls X, with rules that switch X', () => {
  it('also says what X itself controls', async () => {
    const { text } = await ask('what controls the gas valve');
    expect(text).toContain('Gas alert');
    expect(text).toMatch(/Gas valve itself controls one device: Gas stove/);
  });
});

describe('readings', () => {
  it('"air temp" is a temperature, read from the device named for the room elsewhere', async () => {
    const { text, cited } = await ask('pool air temp');
    expect(text).toContain('88');
    expect(text).not.toMatch(/air quality/);
    expect(cited).toContain('Controlador de la piscina');
  });
});

describe('a place named as being at another place', () => {
  // The gate stands in the yard of the zone "Zahrada u chalupy" (the garden AT the cottage), beside the zone "Chalupa".
  let cottage: Harness;
  const askCottage = askingOver(() => cottage, 'wn-cottage');
  beforeAll(async () => {
    cottage = await openSmallHome({
      entities: [
        { id: 'wc-home', entity_type: 'home', name: 'Byt', content: {} },
        zone('wc-flat', 'Byt v Praze'),
        zone('wc-cottage', 'Chalupa'),
        zone('wc-garden', 'Zahrada u chalupy'),
        room('wc-living', 'Obývák'),
        room('wc-cottage-room', 'Světnice'),
        room('wc-yard', 'Dvůr'),
        device('wc-gate', 'Brána', { type: 'gate', capabilities: ['open_close'], state: { state: 'closed' } }),
        device('wc-lamp', 'Lampa', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
        device('wc-stove', 'Kamna', { type: 'heater', capabilities: ['on_off'], state: { power: 'off' } }),
      ],
      placeOf: { 'wc-gate': 'wc-yard', 'wc-lamp': 'wc-living', 'wc-stove': 'wc-cottage-room' },
      fallbackRoom: 'wc-living',
      parentOf: { 'wc-living': 'wc-flat', 'wc-cottage-room': 'wc-cottage', 'wc-yard': 'wc-garden' },
      edgePrefix: 'wc-edge',
    });
  });
  afterAll(() => cottage.dispose());

  it('finds the gate at the cottage in the garden named for it', async () => {
    const { text } = await askCottage('is the gate at the chalupa open');
    expect(text).not.toMatch(/There are no gates/);
    expect(text).toMatch(/closed/);
  });

  it('does not put the flat\'s lamp at the cottage', async () => {
    const { text } = await askCottage('is the lamp at the chalupa on');
    expect(text).not.toMatch(/^Yes/);
  });
});
