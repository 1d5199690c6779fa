// Issue 12, round 10: readings over a small Icelandic house (readingsFixturesIcelandic.ts). An alarm asked "on" or
// "set" answers with its armed/disarmed mode, never "no on/off reading" or a temperature; "is there any leak" and
// "is there water in the laundry" answer with what every leak sensor reads, whatever field the exporter used; "how's
// the plant room doing" is what each device there reads; "what's the aquarium drawing" is the power of the plug
// in the room its description names; "the supply air temp" is the one field named so.
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
