// Round 36: Georgian, in Mkhedruli and texted in Latin letters, read into the English the engine answers
// (georgianLetters.ts, georgianWords.ts, georgianPhrasing.ts, lexicon/georgian.json), on a small home written here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInEnglish } from '../../../src-main/intents/languages/readInEnglish';
import { georgianKey, georgianStems, sameGeorgianWord } from '../../../src-main/intents/languages/georgianLetters';
import type { HomeSnapshot } from '../../../src-main/intents/HomeIndex';
import type { RawEntity } from './homeExportJson';
import type { Harness } from './intentHarness';
import { openSmallHome, room } from './smallHome';

const entities: RawEntity[] = [
  { id: 'h', entity_type: 'home', name: 'ბინა', content: {} },
  room('r1', 'მისაღები ოთახი'),
  room('r2', 'მარანი'),
  { id: 'd1', entity_type: 'device', name: 'ეზოს ფარანი', content: { type: 'light', capabilities: ['on_off'], state: { on: true } } },
  { id: 'd2', entity_type: 'device', name: 'მისაღების სენსორი', content: { type: 'sensor', state: { temperature: 22.5 } } },
  { id: 'd3', entity_type: 'device', name: 'ქვაბი', content: { type: 'boiler', capabilities: ['on_off'], state: { on: true } } },
  { id: 'd4', entity_type: 'device', name: 'შეშის ღუმელი', content: { type: 'stove', state: { status: 'burning' } } },
];

describe('round 36: Georgian', () => {
  let h: Harness;
  let snapshot: HomeSnapshot;
  beforeAll(async () => {
    h = await openSmallHome({ entities, placeOf: { d1: 'r1', d2: 'r1', d3: 'r2', d4: 'r2' }, fallbackRoom: 'r1', edgePrefix: 'ka' });
    snapshot = await h.engine.index.get();
  });
  afterAll(() => h.dispose());

  it('keys Mkhedruli and Latin texting alike, and finds a word in its cases', () => {
    expect(georgianKey('შუქი')).toBe(georgianKey('shuqi'));
    expect(georgianKey('კარი')).not.toBe(georgianKey('ქარი'));
    expect(sameGeorgianWord(georgianStems(georgianKey('მარნის')), georgianStems(georgianKey('მარანი')))).toBe(true);
    expect(sameGeorgianWord(georgianStems(georgianKey('misaghebshi')), georgianStems(georgianKey('მისაღები')))).toBe(true);
  });

  it('reads questions and commands with the home names in their cases', () => {
    expect(readInEnglish('რამდენი გრადუსია მისაღებში', snapshot)).toBe('what is the temperature in მისაღები ოთახი');
    expect(readInEnglish('ეზოს ფარანი ჩააქრე', snapshot)).toBe('turn off ეზოს ფარანი');
    expect(readInEnglish('ქვაბი ჩართულია?', snapshot)).toMatch(/^is ქვაბი on/);
    expect(readInEnglish('ghumeli antia?', snapshot)).toMatch(/^is შეშის ღუმელი on/);
  });

  it('a command with a Georgian word it cannot read is not read, and English is left alone', () => {
    expect(readInEnglish('ჩართე ბლაბლა', snapshot)).not.toMatch(/^turn on/);
    expect(readInEnglish('is the boiler on', snapshot)).toBe('is the boiler on');
  });
});
