// Issue 12: state, readings and where questions in a Turkish house whose names the lexicon cannot read
// (stateFixturesTurkish.ts). Each is a class that once answered "none" while the data held the answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { TR_EDGES, TR_ENTITIES } from './stateFixturesTurkish';

let h: Harness;
let conversation = 0;

async function ask(question: string): Promise<string> {
  const a = await h.responder.respond(question, h.context({ conversationId: `tr-${++conversation}` }));
  return a?.text ?? '';
}

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(TR_ENTITIES, TR_EDGES, 'tr-rel') });
});
afterAll(() => h.dispose());

describe('a capability named with its kind word', () => {
  it('"do we have a rain sensor" finds the sensor whose capability is "rain", never "no device can"', async () => {
    const a = await ask('do we have a rain sensor');
    expect(a).toMatch(/Yağmur Ölçer/);
    expect(a).not.toMatch(/No device/);
  });
});

describe('which floor a room is on', () => {
  it('"what floor is the guest room" and "which floor is the study on" name the floor zone', async () => {
    expect(await ask('what floor is the guest room')).toMatch(/Üst Kat/);
    expect(await ask('which floor is the study on')).toMatch(/Üst Kat/);
  });
});

describe('a kind narrowed by its maker', () => {
  it('"where\'s the google speaker" with two speakers is where the Google one is, not the list of Google devices', async () => {
    expect(await ask("where's the google speaker")).toMatch(/Mutfak Hoparlörü .*is in the Mutfak/);
  });
});

describe('a field asked of a kind in a place', () => {
  it('"how bright is the living room ceiling light" reads the light whose model says "ceiling", with its brightness', async () => {
    const a = await ask('how bright is the living room ceiling light');
    expect(a).toMatch(/Tavan Lambası \(on, brightness 70%/);
    expect(a).not.toMatch(/Köşe Lambası/);
  });
});

describe('"how many" before a quantity word', () => {
  it('"how many watts is the desk plug using" reads the desk plug\'s power draw, never a count of plugs', async () => {
    const a = await ask('how many watts is the desk plug using');
    expect(a).toMatch(/Priz Masa\b.*power draw 7\.5 W/);
    expect(a).not.toMatch(/Priz Bisiklet|There are 2/);
  });
});

describe('weather words that ask about a field', () => {
  it('"how much rain today" and "is it raining" read the rain gauge\'s fields', async () => {
    expect(await ask('how much rain today')).toMatch(/Yağmur Ölçer[^.]*rain mm today 3\.2/);
    expect(await ask('is it raining')).toMatch(/Yağmur Ölçer[^.]*raining/);
  });
});

describe('rooms in a place the words name as a room', () => {
  it('"what rooms are in the garden area" names the area the garden is part of and its other rooms', async () => {
    expect(await ask('what rooms are in the garden area')).toMatch(/Bahçe is a room itself\. It is part of Dışarısı, which also has Kulübe/);
  });
});

describe('a maker whose name carries a mark', () => {
  it('"tado devices?" lists the devices made by "tado°"', async () => {
    expect(await ask('tado devices?')).toMatch(/2 tado° devices: Radyatör Vanası Mutfak \(Mutfak\) and Radyatör Vanası Salon \(Salon\)/);
  });
});

describe('a reading whose field says it is taken outdoors', () => {
  it('"what\'s the outside temperature" reads the heat pump\'s outdoor_temp, not "no temperature setting"', async () => {
    const a = await ask("what's the outside temperature");
    expect(a).toMatch(/Isı Pompası reads outdoor temperature 4\.5°C/);
    expect(a).not.toMatch(/no temperature setting/);
  });

  it('"how cold is it outside" says the same figure', async () => {
    expect(await ask('how cold is it outside')).toMatch(/4\.5°C/);
  });

  it('"temperature in the garden?" says nothing there measures it before the outdoor figure', async () => {
    expect(await ask('temperature in the garden?')).toMatch(/No device in Bahçe reports the temperature; outside: Isı Pompası reads outdoor temperature 4\.5°C/);
  });
});

describe('true/false fields and last events', () => {
  it('"is the soundbar playing" with playing: false says "not playing"', async () => {
    expect(await ask('is the soundbar playing')).toMatch(/not playing/);
  });

  it('"when did someone last ring the doorbell" reads last_ring, not the doorbell\'s schedule', async () => {
    const a = await ask('when did someone last ring the doorbell');
    expect(a).toMatch(/06:12/);
    expect(a).not.toMatch(/schedule/i);
  });
});

describe('a battery the state gives as a word', () => {
  it('"any low batteries?" lists the valve whose battery is "low", not the one that is "ok"', async () => {
    const a = await ask('any low batteries?');
    expect(a).toMatch(/Radyatör Vanası Salon: low/);
    expect(a).not.toMatch(/Radyatör Vanası Mutfak/);
  });
});
