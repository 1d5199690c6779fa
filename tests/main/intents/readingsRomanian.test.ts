// Issue 12: questions about a device's or a place's state and readings, in a Romanian flat (readingsFixturesRomanian.ts),
// written when the lexicon could not read its names; since round 33's Romanian reader it reads some of them. Each answer gives the reading, what the field means in words and how
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

describe('kinds read from Romanian names (guessed before the Romanian reader)', () => {
  it('"is the dryer running": the dryer (Uscător) says its own state word ("status": "idle")', async () => {
    const a = await ask('is the dryer running');
    expect(a.text).toMatch(/Uscător is idle/);
    expect(a.cited).toContain('Uscător');
  });

  it('"is the tv on": the TV (Televizor) is off', async () => {
    const a = await ask('is the tv on');
    expect(a.text).toMatch(/Televizor is off/);
    expect(a.cited).toContain('Televizor');
  });
});
