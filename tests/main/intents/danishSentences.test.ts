// Danish questions and commands (verbSecondCues.ts, lexicon/verbSecondCues.json "da"; danishSpelling.ts): question
// words, "er …" yes/no questions, imperatives with their particles ("lås … op", "skru ned for …"), the definite
// suffix of a place ("gangen" = Gang), æ/ø/å typed as ae/oe/aa or dropped, pronoun objects and follow-up openers.
// A small home with made-up Danish names, written here; English must read as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInEnglish } from '../../../src-main/intents/languages/readInEnglish';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

async function ask(h: Harness, conversationId: string, ...turns: string[]): Promise<{ text: string; targets: string[] }> {
  let last: Awaited<ReturnType<Harness['responder']['respond']>>;
  for (const turn of turns) last = await h.responder.respond(turn, h.context({ conversationId }));
  return { text: last?.text ?? '(declined)', targets: (last?.proposal?.targets ?? []).map((t) => t.name).sort() };
}

const HOME: RawEntity[] = [
  { id: 'dk-home', entity_type: 'home', name: 'Lejlighed Nørrebro', content: {} },
  { id: 'dk-gang', entity_type: 'room', name: 'Gang', content: {} },
  { id: 'dk-spise', entity_type: 'room', name: 'Spisestue', content: {} },
  { id: 'dk-gaest', entity_type: 'room', name: 'Gæsteværelse', content: {} },
  { id: 'dk-bryg', entity_type: 'room', name: 'Bryggers', content: {} },
  { id: 'dk-pendel', entity_type: 'device', name: 'Pendel spisestue', content: { type: 'lighting', capabilities: ['on/off', 'brightness'], state: { on: true, brightness: 70 } } },
  { id: 'dk-spot', entity_type: 'device', name: 'Spots gang', content: { type: 'lighting', capabilities: ['on/off'], state: { on: false } } },
  { id: 'dk-laes', entity_type: 'device', name: 'Læselampe', content: { type: 'lighting', capabilities: ['on/off'], state: { on: false } } },
  { id: 'dk-laas', entity_type: 'device', name: 'Yale lås bagdør', content: { type: 'security', description: 'smart lock on the back door', capabilities: ['lock/unlock', 'battery'], state: { locked: false, battery: '64%' } } },
  { id: 'dk-termo', entity_type: 'device', name: 'Radiatortermostat gæsteværelse', content: { type: 'climate', capabilities: ['temperature', 'setpoint'], state: { temperature: '19.5 °C', target_temperature: '20 °C' } } },
  { id: 'dk-toerre', entity_type: 'device', name: 'Tørretumbler', content: { type: 'appliance', capabilities: ['programs'], state: { status: 'running', remaining: '0:40' } } },
];
const PLACE: Record<string, string> = { 'dk-pendel': 'dk-spise', 'dk-spot': 'dk-gang', 'dk-laes': 'dk-gaest', 'dk-laas': 'dk-gang', 'dk-termo': 'dk-gaest', 'dk-toerre': 'dk-bryg' };

describe('Danish phrasings on a home with Danish names', () => {
  let h: Harness;
  beforeAll(async () => {
    const rooms = HOME.filter((e) => e.entity_type === 'room');
    const devices = HOME.filter((e) => e.entity_type === 'device');
    h = await openHarness({ homeJson: homeExportJson(HOME, roomAndDeviceEdges('dk-home', rooms, devices, PLACE, 'dk-gang'), 'dk-rel') });
  });
  afterAll(() => h.dispose());

  it('reads question words, "er …" questions and imperatives in English order', async () => {
    const snapshot = await h.engine.index.get();
    expect(readInEnglish('hvad er temperaturen i gæsteværelset', snapshot)).toBe('what is temperature in gæsteværelse?');
    expect(readInEnglish('er bagdøren låst', snapshot)).toMatch(/^is .* locked\?$/);
    expect(readInEnglish('hvor mange lamper har vi', snapshot)).toBe('how many lights do we have?');
    expect(readInEnglish('sluk alle lys i gangen', snapshot)).toBe('turn off all lights in gang');
    expect(readInEnglish('skru ned for varmen i spisestuen', snapshot)).toBe('turn down heating in spisestue');
    expect(readInEnglish('lås yale lås bagdør op', snapshot)).toBe('unlock yale lås bagdør');
    expect(readInEnglish('sæt radiatortermostat gæsteværelse til 21 grader', snapshot)).toBe('set radiatortermostat gæsteværelse to 21 degrees');
    expect(readInEnglish('hvad med spisestuen', snapshot)).toBe('and spisestue');
    expect(readInEnglish('hvad er radiatortermostat gæsteværelse sat til', snapshot)).toBe('what is radiatortermostat gæsteværelse set to?');
    // A Danish state typed without æ is the state, never a name word of the home with a suffix.
    expect(readInEnglish('er laeselampe taendt', snapshot)).toBe('is læselampe on?');
  });

  it('reads names typed without æ/ø/å, also in an English sentence', async () => {
    const snapshot = await h.engine.index.get();
    expect(readInEnglish('taend lyset i gaestevaerelset', snapshot)).toBe('turn on light in gæsteværelse');
    expect(readInEnglish('is the light on in the gaestevaerelse', snapshot)).toBe('is the light on in the gæsteværelse');
    expect(readInEnglish('er torretumbleren faerdig', snapshot)).toMatch(/^is tørretumbler finished\?$/);
  });

  it('answers and proposes from Danish', async () => {
    expect((await ask(h, 'd1', 'tænd læselampen')).targets).toEqual(['Læselampe']);
    expect((await ask(h, 'd2', 'lås yale lås bagdør')).targets).toEqual(['Yale lås bagdør']);
    expect((await ask(h, 'd3', 'hvad er temperaturen i gaestevaerelset')).text).toContain('19.5');
    expect((await ask(h, 'd4', 'er læselampe tændt', 'sluk den')).text).not.toBe('(declined)');
  });

  it('leaves English as typed', async () => {
    const snapshot = await h.engine.index.get();
    for (const text of ['is the back door locked', 'turn off the lights in the gang', 'start the dryer', 'what is on', 'stop the music for now']) {
      expect(readInEnglish(text, snapshot), text).toBe(text);
    }
  });
});
