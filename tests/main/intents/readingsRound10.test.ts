// Issue 12, round 10: readings over a small Icelandic house (readingsFixturesIcelandic.ts). An alarm asked "on" or
// "set" answers with its armed/disarmed mode, never "no on/off reading" or a temperature; "is there any leak" and
// "is there water in the laundry" answer with what every leak sensor reads, whatever field the exporter used; "how's
// the plant room doing" is what each device there reads; "what's the aquarium drawing" is the power of the plug
// in the room its description names; "the supply air temp" is the one field named so. Knowledge: "who's the pípari"
// is the sentence with the phone number; "what does F:21 mean" and "error 5 on the washer" find the manual's line;
// "which day do the bins go out" finds the note that says "grey bin"; "what heating pressure is normal" is the value
// the note says to keep, not the live reading; "is the heimastöð online" is the hub whose name begins so; "is the
// water on" is the main valve, never the leak sensor whose model says "Water".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver } from './dialogsOver';
import { homeExportJson } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { IS_EDGES, IS_ENTITIES } from './readingsFixturesIcelandic';

let h: Harness;
const ask = askingOver(() => h, 'is-r10');

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(IS_ENTITIES, IS_EDGES, 'is-r10-rel') });
});
afterAll(() => h.dispose());

describe('an alarm is on when armed', () => {
  it('"is the alarm on" says its mode', async () => {
    const a = await ask('is the alarm on');
    expect(a.text).toMatch(/Öryggiskerfi is disarmed/);
    expect(a.text).not.toMatch(/no on\/off reading/);
  });

  it('"is the alarm set" says its mode, not a temperature', async () => {
    const a = await ask('is the alarm set');
    expect(a.text).toMatch(/Öryggiskerfi is disarmed/);
    expect(a.text).not.toMatch(/temperature/);
  });
});

describe('leaks, asked of the home or a room', () => {
  it('"is there any leak" is what all three leak sensors read, under either field name', async () => {
    const a = await ask('is there any leak');
    expect(a.text).toMatch(/^No: all 3 read no water leak detected/);
    expect(a.cited.sort()).toEqual(['Lekanemi eldhús', 'Lekanemi tæknirými', 'Lekanemi þvottahús']);
  });

  it('"is there water in the laundry" is the laundry\'s leak sensor', async () => {
    const a = await ask('is there water in the laundry');
    expect(a.cited).toContain('Lekanemi þvottahús');
    expect(a.text).toMatch(/no water leak detected/);
  });

  it('a leak reported is said as such', async () => {
    const wet = IS_ENTITIES.map((e) => (e.id === 'is-leki3' ? { ...e, content: { ...e.content, state: { flood: true } } } : e));
    const other = await openHarness({ homeJson: homeExportJson(wet, IS_EDGES, 'is-r10-wet') });
    const a = await other.responder.respond('any leaks?', other.context({ conversationId: 'is-r10-wet' }));
    other.dispose();
    expect(a?.text).toMatch(/^Yes: Lekanemi tæknirými reports water leak detected/);
  });
});

describe('a place asked how it is', () => {
  it('"how\'s the plant room doing" says what each device there reads', async () => {
    const a = await ask("how's the plant room doing");
    expect(a.text).toMatch(/^In Tæknirými: /);
    expect(a.text).toMatch(/Hitadæla: compressor running, cop 3.4/);
    expect(a.text).toMatch(/Lekanemi tæknirými: no water leak detected/);
  });

  it('"what\'s in the plant room" is still the list of devices', async () => {
    const a = await ask("what's in the plant room");
    expect(a.text).not.toMatch(/compressor running/);
    expect(a.cited).toContain('Hitadæla');
  });
});

describe('readings asked by a word of their own', () => {
  it('"whats the aquarium drawing" is the power of the plug in the cellar', async () => {
    const a = await ask('whats the aquarium drawing');
    expect(a.text).toMatch(/Tengill fiskabúrs \(Kjallari\): 74 W/);
  });

  it('"what\'s the supply air temp" is the ventilation unit\'s supply air, not the air quality', async () => {
    const a = await ask("what's the supply air temp");
    expect(a.text).toMatch(/Loftskiptikerfi[^]*supply air 17.5°C/);
    expect(a.text).not.toMatch(/air quality/);
  });
});

describe('a short word that asks about a field', () => {
  it('"co level in the plant room ok?" is the CO detector there, not the room\'s device list', async () => {
    const a = await ask('co level in the plant room ok?');
    expect(a.text).toMatch(/^Kolsýringsnemi[^]*carbon monoxide normal/);
  });
});

describe('knowledge in the notes and manuals', () => {
  it('"who\'s the pípari" answers with the sentence naming the firm and its number', async () => {
    const a = await ask("who's the pípari");
    expect(a.text).toMatch(/Lagnaþjónusta Ara, 555 4321/);
  });

  it('"what does F:21 mean on the washer" is the manual\'s line for that code', async () => {
    const a = await ask('what does F:21 mean on the washer');
    expect(a.text).toMatch(/drain pump is blocked/);
  });

  it('"what\'s error 5 on the washer" is the manual\'s line for error 5', async () => {
    const a = await ask("what's error 5 on the washer");
    expect(a.text).toMatch(/door is not closed/);
  });

  it('"which day do the bins go out" finds the note about the grey bin', async () => {
    const a = await ask('which day do the bins go out');
    expect(a.text).toMatch(/every other Wednesday/);
  });
});

describe('a value to keep, and a device named by the start of its name', () => {
  it('"what heating pressure is normal" is the note\'s range, not a live reading', async () => {
    const a = await ask('what heating pressure is normal');
    expect(a.text).toMatch(/between 1.2 and 1.8 bar/);
  });

  it('"is the heimastöð online" is the hub (Heimastöð Pro), not the app of that name', async () => {
    const a = await ask('is the heimastöð online');
    expect(a.text).toMatch(/^Heimastöð Pro[^]*online/);
  });

  it('"hows the loftskipti doing" is Loftskiptikerfi', async () => {
    const a = await ask('hows the loftskipti doing');
    expect(a.text).toMatch(/^Loftskiptikerfi[^]*supply air 17.5°C/);
  });
});

describe('the water supply', () => {
  it('"is the water on" is the main valve, not the leak sensor whose model says water', async () => {
    const a = await ask('is the water on');
    expect(a.text).toMatch(/^Yes — Aðalloki is open \(on\)/);
  });
});
