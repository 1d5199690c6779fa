// Issue 12, round 27: a plain English sentence crosses the language layer cheaply. Readers that run on every sentence
// return after one look-up when none of their words is there (roomWays.ts: a from/to or connecting word before the
// home's names are looked for; cueTables.ts and sentenceFrames.ts: a lead's first word before any phrase is joined and
// folded). The gates only skip readings that would have found nothing: the same sentences read as before.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RawEntity } from './homeExportJson';
import type { Harness } from './intentHarness';
import { leadsAt } from '../../../src-main/intents/cueTables';
import { CUES_LEXICON, translateCues } from '../../../src-main/intents/languages/crossLanguageCues';
import { readInEnglish } from '../../../src-main/intents/languages/readInEnglish';
import { roomWays } from '../../../src-main/intents/roomWays';
import type * as Mentions from '../../../src-main/intents/mentions';
import { device, openSmallHome, room } from './smallHome';

const found = vi.hoisted(() => ({ mentions: 0 }));
vi.mock('../../../src-main/intents/mentions', async (importOriginal) => {
  const original = await importOriginal<typeof Mentions>();
  return { ...original, findMentions: (...args: Parameters<typeof original.findMentions>) => { found.mentions++; return original.findMentions(...args); } };
});

const ROOMS: RawEntity[] = [
  { id: 's-home', entity_type: 'home', name: 'Larch House', content: {} },
  room('s-kitchen', 'Kitchen'),
  room('s-garage', 'Garage'),
  room('s-sala', 'Sala'),
];
const DEVICES: RawEntity[] = [
  device('s-light', 'Pendant Light', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('s-lampara', 'Lámpara de pie', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
];
const PLACE: Record<string, string> = { 's-light': 's-kitchen', 's-lampara': 's-sala' };

let home: Harness;
beforeAll(async () => {
  home = await openSmallHome({ entities: [...ROOMS, ...DEVICES], placeOf: PLACE, fallbackRoom: 's-kitchen', edgePrefix: 's-rel' });
});
afterAll(() => home.dispose());

describe('the way between rooms is looked for only when a way is asked', () => {
  it('does not look for the home\'s names in a sentence with no from, to or connecting word', async () => {
    const snapshot = await home.engine.index.get();
    found.mentions = 0;
    expect(roomWays('which lights are on in the kitchen', snapshot)).toBeUndefined();
    expect(found.mentions).toBe(0);
  });

  it('still reads a way or a connection asked in any language', async () => {
    const snapshot = await home.engine.index.get();
    expect(roomWays('garage to kitchen, which way', snapshot)).toBe('how do i get from the garage to the kitchen');
    expect(roomWays('con qué se comunica la sala', snapshot)).toBe('what connects to the sala');
  });
});

describe('a lead is looked for only from a word that opens one', () => {
  it('finds no lead at a word no table opens with, not even one an object has by inheritance', () => {
    expect(leadsAt(['kitchen', 'light'], 0, CUES_LEXICON.commands, 3)).toEqual([]);
    // "constructor" is no command: a plain object's inherited key never was a lead.
    expect(leadsAt(['constructor', 'light'], 0, CUES_LEXICON.commands, 3)).toEqual([]);
    expect(translateCues('constructor light', {} as never)).toBeUndefined();
  });

  it('still finds a lead typed with or without its accents', () => {
    const accented = leadsAt(['dónde', 'está', 'la', 'lámpara'], 0, CUES_LEXICON.questions, 3);
    expect(accented.length).toBeGreaterThan(0);
    expect(leadsAt(['donde', 'esta', 'la', 'lampara'], 0, CUES_LEXICON.questions, 3)).toEqual(accented);
  });

  it('reads the same sentences in English as before', async () => {
    const snapshot = await home.engine.index.get();
    expect(readInEnglish('what devices are in the kitchen?', snapshot)).toBe('what devices are in the kitchen?');
    expect(readInEnglish('apaga la lámpara de pie', snapshot)).toBe('turn off lámpara de pie');
  });
});
