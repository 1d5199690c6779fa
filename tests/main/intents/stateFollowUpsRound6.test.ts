// Issue 12, round 6: batteries, doors and follow-ups about state over the Latvian house of readingsFixturesLatvian.ts
// (names the lexicon cannot read). "Any low batteries?" names the ones getting low too, never the full ones; "any
// doors open?" lists only the open ones; a follow-up about a reading stays with the device or place just asked about.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver } from './dialogsOver';
import { homeExportJson } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { LV_EDGES, LV_ENTITIES } from './readingsFixturesLatvian';

let h: Harness;
const ask = askingOver(() => h, 'lv-f');

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(LV_ENTITIES, LV_EDGES, 'lv-f-rel') });
});
afterAll(() => h.dispose());

describe('batteries and doors', () => {
  it('"any low batteries?" names the low one and the one getting low, never the full one', async () => {
    const a = await ask('any low batteries?');
    expect(a.text).toMatch(/1 battery is low \(under 20%\) and 1 getting low \(under 30%\)/);
    expect(a.text).toMatch(/Kustības sensors: 14% \(low\)/);
    expect(a.text).toMatch(/Durvju slēdzene: 26% \(getting low\)/);
    expect(a.cited).not.toContain('Noplūdes sensors');
  });

  it('"any batteries i need to change soon?" is the same question', async () => {
    const a = await ask('any batteries i need to change soon?');
    expect(a.cited).toEqual(expect.arrayContaining(['Kustības sensors', 'Durvju slēdzene']));
    expect(a.cited).not.toContain('Noplūdes sensors');
  });

  it('"any doors open?" lists the open doors only', async () => {
    const a = await ask('any doors open?');
    expect(a.text).toMatch(/1 of 2 doors is open: Pagraba durvis/);
    expect(a.cited).not.toContain('Ārdurvis');
  });
});

describe('readings asked in other words', () => {
  it('"whats the frige temp" mends the slip to fridge (a tie between two words for a fridge is no tie)', async () => {
    expect((await ask('whats the frige temp')).text).toMatch(/Ledusskapis[^]*4°C/);
  });

  it('"batery level of the entrance hall motion sensor" is the sensor in the entrance hall, not the one in a "…halle"', async () => {
    const a = await ask('batery level of the entrance hall motion sensor');
    expect(a.text).toMatch(/Kustības sensors[^]*battery 14%/);
    expect(a.text).not.toMatch(/Kāpņu/);
  });

  it('"pm2.5 in the bedroom?" and "how much are we importing from the grid" are readings', async () => {
    expect((await ask('pm2.5 in the bedroom?')).text).toMatch(/Gaisa attīrītājs \(Guļamistaba\): PM2\.5 7/);
    expect((await ask('how much are we importing from the grid')).text).toMatch(/Elektrības skaitītājs \(Priekšnams\): 1850 W/);
  });

  it('"is the e-bike charging" is the plug described for the e-bike, not the bike-shed lock', async () => {
    const a = await ask('is the e-bike charging');
    expect(a.text).toMatch(/Yes, it is charging \(drawing 85 W\)/);
    expect(a.text).not.toMatch(/Šķūņa slēdzene/);
  });
});

describe('follow-ups about state', () => {
  it('"and the washing machine?" after "how long to go" about the dishwasher is the washing machine\'s cycle', async () => {
    const a = await ask('is the dishwasher finished', 'how long to go', 'and the washing machine?');
    expect(a.text).toMatch(/Veļas mašīna[^]*remaining 37 min/);
  });

  it('"what temperature" right after "is the oven on" is the oven\'s', async () => {
    const a = await ask('is the oven on', 'what temperature');
    expect(a.text).toMatch(/Cepeškrāsns[^.]*200°C/);
    expect(a.text).not.toMatch(/Mitruma sensors/);
  });

  it('"and the temp there" after the kitchen\'s humidity reads the temperature in the kitchen', async () => {
    const a = await ask("what's the humidity in the kitchen", 'and the temp there');
    expect(a.text).toMatch(/Mitruma sensors \(Virtuve\): 22\.6°C/);
    expect(a.text).not.toMatch(/Humidity/);
  });

  it('"whats the battery on it" after a lock question answered through the lock is that lock\'s battery', async () => {
    const a = await ask('is the doorbell locked', 'whats the battery on it');
    expect(a.text).toMatch(/Durvju slēdzene[^]*battery 26%/);
  });
});
