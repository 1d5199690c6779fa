// Issue 12, round 41, speed: the matcher tries only the templates a sentence's first word may start (an index built
// once, in list order), a template's word is compared before the rest of it is tried, and a dialect's spoken forms read
// no sentence with none of its forms. None of it may change a reading: the matcher's parses must be exactly, and in
// the same order, those of each template matched on its own; the dialects must still read their forms and leave
// sentences without them as typed.
import { beforeAll, describe, expect, it } from 'vitest';
import type { HomeSnapshot } from '../../../src-main/intents/HomeIndex';
import { IntentCatalog } from '../../../src-main/intents/IntentCatalog';
import { TemplateMatcher, type TemplateParse } from '../../../src-main/intents/TemplateMatcher';
import { tokenize, wordKeys } from '../../../src-main/intents/normalizeText';
import { readSpokenForms } from '../../../src-main/intents/languages/spokenDialects';
import { fixtureQuestions } from './skippedReaders';
import { device, openSmallHome, room } from './smallHome';

const shape = (parses: readonly TemplateParse[]): string[] =>
  parses.map((p) => `${p.template.source} ${[...p.slots].map(([name, s]) => `${name}=${s.tokens.map((t) => t.key).join('_')}`).join(' ')}`);

describe('round 41: templates tried by their first word', () => {
  const catalog = new IntentCatalog();
  const all = new TemplateMatcher(catalog.templates);
  const each = catalog.templates.map((t) => new TemplateMatcher([t]));
  const sentences = [
    ...fixtureQuestions(8),
    // Slot-first templates ("{device} on?"), a first word no template starts with, fillers first.
    'kitchen lights on', 'garage door open?', 'zzz the kitchen', 'please turn off the hallway light', 'the hallway thermostat set to 21',
  ];

  it('gives every parse of every template, in template order, for the fixture questions', () => {
    let compared = 0;
    for (const sentence of sentences) {
      const tokens = tokenize(sentence);
      if (tokens.length === 0 || tokens.length > 30) continue;
      const expected = each.flatMap((m) => shape(m.match(tokens)));
      expect(shape(all.match(tokens)), sentence).toEqual(expected);
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(100);
  }, 120_000);

  it('keeps a sentence that starts with a slot to the templates a slot may start', () => {
    const parses = all.match(tokenize('kitchen lights on'));
    expect(parses.length).toBeGreaterThan(0);
    expect(parses.every((p) => p.template.firstKeys === undefined)).toBe(true);
  });
});

describe('round 41: spoken forms read only a sentence with one of them', () => {
  let snapshot: HomeSnapshot;
  beforeAll(async () => {
    const home = await openSmallHome({
      entities: [
        { id: 's41-home', entity_type: 'home', name: 'Test house', content: {} },
        room('s41-kitchen', 'Kitchen'), room('s41-hall', 'Hallway'),
        device('s41-light', 'Kitchen light', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
        device('s41-genny', 'Generator', { type: 'generator', capabilities: ['on_off'], state: { power: 'off' } }),
      ],
      placeOf: { 's41-light': 's41-kitchen' },
      fallbackRoom: 's41-hall',
      edgePrefix: 's41-edge',
    });
    snapshot = await home.engine.index.get();
    home.dispose();
  });

  it('still reads the forms of the dialects without markers', () => {
    expect(readSpokenForms('pit the kitchen light aff', snapshot)).toContain('off');
    expect(readSpokenForms('is the genny runnin', snapshot)).toBe('is the generator running');
    expect(readSpokenForms('shop heat on eh', snapshot)).toBe('shop heat on');
  });

  it('leaves a sentence with none of their forms as typed', () => {
    for (const sentence of ['what devices are in the kitchen?', 'turn off the kitchen light', 'is the generator on', 'which lights are on in the hallway']) {
      expect(readSpokenForms(sentence, snapshot)).toBe(sentence);
    }
  });

  it('keys a text once for all (wordKeys is tokenize’s keys)', () => {
    for (const sentence of ['the kitchen lights', "what's the hallway thermostat set to?"]) expect(wordKeys(sentence)).toEqual(tokenize(sentence).map((t) => t.key));
  });
});
