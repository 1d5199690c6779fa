// Issue 12, round 20: Tagalog and Taglish (Tagalog mixed with English, as a Manila household types it) over a home
// named in Tagalog. Tagalog puts the predicate first: the question word ("nasaan yung…" = where is the…), the state
// ("naka-on ba yung…" = is the… on), "may" (there is) or the command ("patayin mo yung…" = turn off the…), with the
// markers yung/ang (the), ng (of), sa (in), ni/kay (whose) and particles that say nothing to the engine (ba, po, pa,
// na, mo). Names of the home win over cue words ("Ilaw sa Beranda" is a name), and English stays English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInEnglish } from '../../../src-main/intents/languages/readInEnglish';
import { tagalogPhrasing } from '../../../src-main/intents/languages/tagalogPhrasing';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ROOMS: RawEntity[] = [
  { id: 'tl-home', entity_type: 'home', name: 'Bahay sa Lipa', content: {} },
  { id: 'tl-salas', entity_type: 'room', name: 'Salas', content: { description: 'living room' } },
  { id: 'tl-kusina', entity_type: 'room', name: 'Kusina', content: { description: 'kitchen' } },
  { id: 'tl-silid', entity_type: 'room', name: 'Silid ni Inday', content: { description: 'bedroom' } },
  { id: 'tl-beranda', entity_type: 'room', name: 'Beranda', content: { description: 'front porch' } },
];

const DEVICES: RawEntity[] = [
  device('tl-ilaw', 'Ilaw sa Beranda', { type: 'lighting', capabilities: ['on_off'], state: { on: true } }),
  device('tl-lamp', 'Reading lamp', { type: 'lighting', capabilities: ['on_off', 'brightness'], state: { on: false, brightness: 0 } }),
  device('tl-tv', 'Sony TV', { type: 'tv', capabilities: ['on_off'], state: { on: true } }),
  device('tl-ac', 'Split aircon', { type: 'climate', description: 'split-type aircon', capabilities: ['on_off', 'target_temperature'], state: { on: true, setpoint_c: 25 } }),
  device('tl-gate', 'Main gate', { type: 'gate', description: 'sliding gate', capabilities: ['open_close'], state: { open: false } }),
  device('tl-lock', 'Back door lock', { type: 'lock', capabilities: ['lock'], state: { locked: false } }),
  device('tl-cam1', 'Beranda camera', { type: 'camera', capabilities: ['stream'], state: { online: true } }),
  device('tl-cam2', 'Kusina camera', { type: 'camera', capabilities: ['stream'], state: { online: true } }),
];

const PLACE_OF: Record<string, string> = {
  'tl-ilaw': 'tl-beranda', 'tl-lamp': 'tl-salas', 'tl-tv': 'tl-salas', 'tl-ac': 'tl-silid', 'tl-gate': 'tl-beranda',
  'tl-lock': 'tl-kusina', 'tl-cam1': 'tl-beranda', 'tl-cam2': 'tl-kusina',
};

function tagalogHome(): string {
  return homeExportJson([...ROOMS, ...DEVICES], roomAndDeviceEdges('tl-home', ROOMS, DEVICES, PLACE_OF, 'tl-salas'), 'tl-edge');
}

let h: Harness;
const { proposes } = dialogsOver(() => h, 'tl');
const ask = askingOver(() => h, 'tl-ask');

beforeAll(async () => {
  h = await openHarness({ homeJson: tagalogHome() });
});
afterAll(() => h.dispose());

describe('the reading in English', () => {
  it('question words, states, "may" and commands come first; particles drop; names stay whole', async () => {
    const snapshot = await h.engine.index.get();
    expect(tagalogPhrasing('nasaan po ba yung reading lamp?', snapshot)).toBe('where is the reading lamp');
    expect(tagalogPhrasing('naka-on pa ba ang sony tv', snapshot)).toBe('is the sony tv on');
    expect(tagalogPhrasing('ilang camera meron tayo', snapshot)).toBe('how many camera');
    expect(tagalogPhrasing('alin ang mga naka-off', snapshot)).toBe('which devices are off');
    expect(tagalogPhrasing('pakipatay na po yung ilaw sa beranda', snapshot)).toBe('turn off the ilaw sa beranda');
    expect(tagalogPhrasing('i-set mo sa 22 yung split aircon', snapshot)).toBe('set the split aircon to 22');
    expect(tagalogPhrasing('eh yung sa kusina?', snapshot)).toBe('and in kusina');
    expect(tagalogPhrasing('sige po', snapshot)).toBe('yes');
    // An English command with the Tagalog "you" of the imperative, and a state asked of the thing talked about.
    expect(tagalogPhrasing('set nyo po sa 21', snapshot)).toBe('set it to 21');
    expect(tagalogPhrasing('lock mo na yung back door lock', snapshot)).toBe('lock the back door lock');
    expect(tagalogPhrasing('patay na ba?', snapshot)).toBe('is it off');
    expect(tagalogPhrasing('ano ang setting ng split aircon', snapshot)).toBe('what is the setting of the split aircon');
  });
  it('English, and English with one shared word ("may", "sa"), reads as before', async () => {
    const snapshot = await h.engine.index.get();
    for (const text of ['may I turn on the lamp', 'turn off the reading lamp', 'where is the main gate', 'is the sony tv on', 'devices sa kusina']) {
      expect(tagalogPhrasing(text, snapshot), text).toBeUndefined();
      expect(readInEnglish(text, snapshot), text).toBe(text);
    }
  });
});

describe('answers', () => {
  it('"nasaan po ba yung reading lamp" finds it in the Salas', async () => {
    expect((await ask('nasaan po ba yung reading lamp')).text).toMatch(/Salas/);
  });
  it('"naka-on pa ba ang sony tv" reads the tv; "sarado ba ang main gate" reads the gate', async () => {
    expect((await ask('naka-on pa ba ang sony tv')).text).toMatch(/Sony TV.*\bon\b/);
    expect((await ask('sarado ba ang main gate?')).text).toMatch(/closed|not open/i);
  });
  it('"ilang camera meron tayo" counts two', async () => {
    expect((await ask('ilang camera meron tayo')).text).toMatch(/\b2\b|two/i);
  });
  it('commands: "pakipatay na po yung sony tv", "i-lock mo ang back door lock"', async () => {
    await proposes(['pakipatay na po yung sony tv'], ['Sony TV'], 2);
    await proposes(['i-lock mo ang back door lock'], ['Back door lock'], 3);
  });
});
