// Issue 12, round 6: readings and state questions over a Latvian house the lexicon cannot read
// (readingsFixturesLatvian.ts). The answer is the reading of the device the words support, never another device's:
// a field named after what it holds, a setting never taken for the room's temperature, a kind's readings rather than
// the whole home's, and a question back when "the" one of a kind is several here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver } from './dialogsOver';
import { homeExportJson } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { LV_EDGES, LV_ENTITIES } from './readingsFixturesLatvian';

let h: Harness;
const ask = askingOver(() => h, 'lv');

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(LV_ENTITIES, LV_EDGES, 'lv-rel') });
});
afterAll(() => h.dispose());

describe('the device the words support', () => {
  it('"how much pellet is left" reads the boiler whose field says pellet, not the washing machine in a cycle', async () => {
    const a = await ask('how much pellet is left');
    expect(a.text).toMatch(/Granulu katls[^]*pellet level 41%/);
    expect(a.text).not.toMatch(/Veļas mašīna|Kokvilna/);
  });

  it('"is the washing done" still reads the one appliance in a cycle', async () => {
    expect((await ask('is the washing done')).text).toMatch(/Veļas mašīna[^]*remaining 37 min/);
  });

  it('"boiler temp?" reads the water heaters (the pellet boiler, the water-heating heat pump), not every temperature', async () => {
    const a = await ask('boiler temp?');
    expect(a.text).toMatch(/Temperature: Granulu katls \(Katlu telpa\): 71°C \(boiler temp\) and Siltumsūknis \(Katlu telpa\): 49°C \(tank temp\)/);
    expect(a.text).not.toMatch(/Kondicionieris/);
  });

  it('"what temperature are the acs" reads the air conditioners, each its room temperature', async () => {
    const a = await ask('what temperature are the acs');
    expect(a.text).toMatch(/Kondicionieris guļamistabā \(Guļamistaba\): 18\.7°C/);
    expect(a.text).not.toMatch(/Granulu katls/);
  });
});

describe('a field said with the device', () => {
  it('"is the chest freezer alarm going off" is the freezer\'s `alarm`, never the burglar alarm panel', async () => {
    const a = await ask('is the chest freezer alarm going off');
    expect(a.text).toMatch(/Saldētava: no alarm/);
    expect(a.text).not.toMatch(/Signalizācija/);
  });

  it('"any co in the boiler room" reads the CO detector there', async () => {
    expect((await ask('any co in the boiler room')).text).toMatch(/CO sensors[^]*carbon monoxide 0 ppm \(none detected\)/);
  });

  it('"is the garage light on" with no light there says the door opener\'s `light` with the hedge', async () => {
    const a = await ask('is the garage light on');
    expect(a.text).toMatch(/may be one: Garāžas vārti/);
    expect(a.text).toMatch(/Garāžas vārti's light is off/);
  });
});

describe('a setting is not a reading', () => {
  it('"how warm is the bedroom" says the measured room temperature, not what the AC is set to', async () => {
    const a = await ask('how warm is the bedroom');
    expect(a.text).toMatch(/18\.7°C/);
    expect(a.text).not.toMatch(/22°C/);
  });

  it('"what\'s the living room temperature" with an AC and a thermostat there says what each reads and is set to', async () => {
    const a = await ask("what's the living room temperature");
    expect(a.text).toMatch(/Kondicionieris viesistabā reads 21\.9°C \(set to 23°C\) and Telpas termostats reads 20\.6°C \(set to 21°C\)/);
    expect(a.text).not.toMatch(/no temperature setting/);
  });
});

describe('players and the kind asked', () => {
  it('"what\'s playing on the soundbar" says what it plays (`playing: true`)', async () => {
    expect((await ask("what's playing on the soundbar")).text).toMatch(/Skaņas josla[^.]*Radio SWH/);
  });

  it('"is the soundbar on" reads `playing: true` as its state', async () => {
    expect((await ask('is the soundbar on')).text).toMatch(/Skaņas josla[^.]* is playing/);
  });

  it('"which acs are on" is the air conditioners (the plural of "ac")', async () => {
    const a = await ask('which acs are on');
    expect(a.text).toMatch(/1 of 2 air conditioners is on: Kondicionieris viesistabā/);
  });
});

describe('counting what a device is', () => {
  it('a heat pump that only heats water is a water heater, never counted as an air conditioner', async () => {
    const a = await ask('how many air conditioners are there');
    expect(a.text).toMatch(/There are 2 air conditioners/);
    expect(a.text).not.toMatch(/Siltumsūknis/);
    expect((await ask('do we have a water heater')).text).toMatch(/Siltumsūknis/);
    expect((await ask('how many heat pumps')).text).toMatch(/1 heat pump: Siltumsūknis/);
  });

  it('an Apple TV is a streaming box, not a second TV', async () => {
    const a = await ask('how many tvs');
    expect(a.text).toMatch(/There is 1 TV: Televizors/);
    expect(a.text).not.toMatch(/Apple TV/);
  });
});

describe('"the" one of a kind', () => {
  it('"is the roller shutter closed" with two roller shutters asks which, never counting the awning', async () => {
    const a = await ask('is the roller shutter closed');
    expect(a.text).toMatch(/Which one do you mean: Rullo guļamistabā \(Guļamistaba\) or Rullo viesistabā \(Viesistaba\)\?/);
    expect(a.text).not.toMatch(/Markīze/);
  });

  it('the reply to that question answers for the one picked', async () => {
    const a = await ask('is the roller shutter closed', 'the bedroom one');
    expect(a.text).toMatch(/Rullo guļamistabā[^.]* is open/);
  });

  it('"is the bedroom lamp on" with two lamps there asks which; "is the kitchen light on" is the one there', async () => {
    expect((await ask('is the bedroom lamp on')).text).toMatch(/Which one do you mean: Naktslampa Anna \(Guļamistaba\) or Naktslampa Jānis \(Guļamistaba\)\?/);
    expect((await ask('is the kitchen light on')).text).toMatch(/Griestu gaisma virtuvē is on/);
  });

  it('"are the blinds closed" and "any lights on" stay answers over the kind', async () => {
    expect((await ask('are the blinds closed')).text).toMatch(/of 3 blinds are closed/);
    expect((await ask('any lights on in the bedroom')).text).toMatch(/1 of 2 lights in the Guļamistaba is on: Naktslampa Anna/);
  });
});
