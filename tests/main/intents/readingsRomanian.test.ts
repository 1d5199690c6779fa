// Issue 12: questions about a device's or a place's state and readings, in a Romanian flat whose names the lexicon
// cannot read (readingsFixturesRomanian.ts). Each answer gives the reading, what the field means in words and how
// fresh it is; never "no reading" when a field answers, never the reading of another device.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { RO_EDGES, RO_ENTITIES } from './readingsFixturesRomanian';

let h: Harness;
let conversation = 0;

/** One dialog: every question in the same conversation; the last answer is returned. */
async function ask(...questions: string[]): Promise<{ text: string; cited: string[] }> {
  const id = `ro-${++conversation}`;
  let last: { text: string; cited: string[] } = { text: '', cited: [] };
  for (const q of questions) {
    const a = await h.responder.respond(q, h.context({ conversationId: id }));
    last = { text: a?.text ?? '', cited: (a?.citations ?? []).map((c) => c.name) };
  }
  return last;
}

const FRESH = /\(as of [^)]*\)/;

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(RO_ENTITIES, RO_EDGES, 'ro-rel') });
});
afterAll(() => h.dispose());

describe('a place\'s readings', () => {
  it('"how cold is it outside" reads the outdoor station, its field said in words', async () => {
    const a = await ask('how cold is it outside');
    expect(a.text).toMatch(/Stație Meteo \(Afară\): -1\.5°C \(outdoor temperature\)/);
    expect(a.text).toMatch(FRESH);
  });

  it('"what\'s the air like in the living room" gives each air-quality figure of the devices there', async () => {
    const a = await ask("what's the air like in the living room");
    expect(a.text).toMatch(/Senzor Aer Sufragerie \(Sufragerie\): [^.]*CO2 870 ppm/);
    expect(a.text).not.toMatch(/Senzor Aer Ioana/);
  });

  it('"and in ioana\'s room?" after "what\'s the co2" asks the readings there', async () => {
    const a = await ask("what's the co2", "and in ioana's room?");
    expect(a.text).toMatch(/Senzor Aer Ioana\b[^.]*VOC 180 ppb/);
    expect(a.text).not.toMatch(/Senzor Aer Sufragerie/);
  });

  it('"what\'s the temperature of the balcony" where nothing takes a setpoint reads what is measured there', async () => {
    const a = await ask("what's the temperature of the balcony");
    expect(a.text).toMatch(/Nothing in Balcon is set to a temperature; Termometru Balcon reads water temperature 12\.5°C/);
  });

  it('"what\'s the co2" and "whats the pm2.5 in the sufragerie" read those fields, never an error-code search', async () => {
    expect((await ask("what's the co2")).text).toMatch(/CO2 870 ppm/);
    expect((await ask('whats the pm2.5 in the sufragerie')).text).toMatch(/Senzor Aer Sufragerie \(Sufragerie\): PM2\.5 9/);
  });
});

describe('the one device whose state has the field asked about', () => {
  it('"is anyone in the hallway" reads the motion sensor there: nobody', async () => {
    const a = await ask('is anyone in the hallway');
    expect(a.cited).toContain('Senzor Mișcare Hol');
    expect(a.text).toMatch(/Senzor Mișcare Hol[^:]*: no motion detected \(nobody there\)/);
  });

  it('"anyone in the hallway?" (no verb) is the same question', async () => {
    expect((await ask('anyone in the hallway?')).text).toMatch(/Senzor Mișcare Hol[^:]*: no motion detected/);
  });

  it('"any carbon monoxide?" reads the CO detector: 0 ppm, none detected', async () => {
    const a = await ask('any carbon monoxide?');
    expect(a.text).toMatch(/Detector Monoxid[^:]*: carbon monoxide 0 ppm \(none detected\)/);
    expect(a.text).toMatch(/reported 2026-05-01 08:30 UTC/);
  });

  it('"is there a leak under the sink" reads the leak sensor: dry', async () => {
    const a = await ask('is there a leak under the sink');
    expect(a.text).toMatch(/Senzor Inundație[^:]*: no water leak detected \(dry\)/);
  });
});

describe('never the reading of another device', () => {
  it('"is the front door locked" is about the lock, never the fridge whose state has a `door` field', async () => {
    const a = await ask('is the front door locked');
    expect(a.text).not.toMatch(/Frigider/);
    expect(a.text).toMatch(/Yală Intrare/);
  });
});

describe('a field of the device named', () => {
  it('"how bright is the living room ceiling light" says its brightness', async () => {
    const a = await ask('how bright is the living room ceiling light');
    expect(a.text).toMatch(/Lustră Sufragerie[^:]*: brightness 60%/);
  });

  it('"how much food is left in the feeder" says the food level, not "no on/off reading"', async () => {
    const a = await ask('how much food is left in the feeder');
    expect(a.text).toMatch(/Hrănitor Pisică[^:]*: food level low/);
    expect(a.text).not.toMatch(/no on\/off reading/);
  });

  it('"when do the filters need changing" reads the days left on the filter', async () => {
    expect((await ask('when do the filters need changing')).text).toMatch(/Recuperator[^:]*: filter: 20 days left/);
  });

  it('"is the bypass open on the recuperator" reads the bypass field', async () => {
    expect((await ask('is the bypass open on the recuperator')).text).toMatch(/Recuperator: bypass closed/);
  });

  it('"how hot is the hot water" reads the hot-water (dhw) temperature first, then the heating flow', async () => {
    const a = await ask('how hot is the hot water');
    expect(a.text).toMatch(/Centrală Termică[^.]* reads hot water 45°C and heating flow 60°C/);
  });
});

describe('a device described, not named', () => {
  it('"how much power is the computer using" reads the power strip described as for the computer ("power" is no slip of "mower")', async () => {
    const a = await ask('how much power is the computer using');
    expect(a.text).toMatch(/Prelungitor Birou[^:]*: [^.]*power draw 120 W/);
    expect(a.text).not.toMatch(/mower/);
  });
});

describe('open and closed in the fields homes use', () => {
  it('blinds up and down are read from their position (100 open/up, 0 closed/down)', async () => {
    expect((await ask('are the living room blinds up')).text).toMatch(/^Yes: Jaluzele Sufragerie is open \(up\)/);
    expect((await ask('are the bedroom blinds down')).text).toMatch(/^Yes: Jaluzele Dormitor is closed \(down\)/);
    expect((await ask('are the bedroom blinds up')).text).toMatch(/^No: Jaluzele Dormitor is closed \(down\)/);
  });

  it('a valve says open from `valve_state`', async () => {
    expect((await ask('is the valve open')).text).toMatch(/Robinet Apă[^.]* is open/);
  });
});

describe('on, playing, charging', () => {
  it('"is the speaker playing" says its playback state and what it plays', async () => {
    const a = await ask('is the speaker playing');
    expect(a.text).toMatch(/Boxă Sufragerie[^.]* is paused \(volume 30, source Radio Cluj\)/);
  });

  it('"is the purifier on" answers for the purifier, not the humidifier', async () => {
    const a = await ask('is the purifier on');
    expect(a.text).toMatch(/Purificator Aer[^.]* is on/);
    expect(a.text).not.toMatch(/Umidificator/);
  });
});

describe('a kind only guessed', () => {
  it('unclassified candidates: the state word of the one that says one ("status": "idle")', async () => {
    // The feeder and kettle-like appliances are kinds of their own since the round-4 lexicon, so the dryer may be the
    // only unclassified candidate left; either way its state is said, and only as a guess.
    const a = await ask('is the dryer running');
    expect(a.text).toMatch(/may be(?: one)?: [^.]*Uscător/);
    expect(a.text).toMatch(/(If it is that one|Of these, only one says its state): Uscător is idle/);
  });

  it('"is the tv on" where the TV could not be classified says the guess and its state', async () => {
    const a = await ask('is the tv on');
    expect(a.text).toMatch(/may be one: Televizor/);
    expect(a.text).toMatch(/Televizor is off/);
  });
});

describe('a kind\'s readings', () => {
  it('"are the smoke detectors ok" lists each with what it reads', async () => {
    const a = await ask('are the smoke detectors ok');
    expect(a.text).toMatch(/Detector Fum Hol[^\n]*no smoke detected/);
    expect(a.text).toMatch(/Detector Fum Bucătărie[^\n]*no smoke detected/);
  });

  it('"how much power are we using right now" says what the plugs measure', async () => {
    const a = await ask('how much power are we using right now');
    expect(a.text).toMatch(/Prelungitor Birou \(Birou\): 120 W/);
    expect(a.text).toMatch(/Priză Bicicletă \(Hol\): 70 W/);
  });
});

describe('a plug described by its load', () => {
  it('"is the e-bike charging" reads the plug described as for the e-bike charger: yes, drawing power', async () => {
    const a = await ask('is the e-bike charging');
    expect(a.text).toMatch(/^Yes, it is charging \(drawing 70 W\): Priză Bicicletă is on/);
  });
});

describe('a cycle and its time left', () => {
  it('"is the dishwasher finished", then "how long to go", read the cycle state', async () => {
    expect((await ask('is the dishwasher finished')).text).toMatch(/phase drying, remaining 25 min/);
    expect((await ask('is the dishwasher finished', 'how long to go')).text).toMatch(/remaining 25 min/);
  });
});
