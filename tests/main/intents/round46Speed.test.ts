// Issue 12, round 46, speed. Work of the bench's questions that depended only on the sentence or the snapshot is done
// once, and each gives what it gave before:
// - the mentions of a sentence were found anew each time (roomWays.ts on the sentence as typed, then the parser on the
//   same words); they are remembered per snapshot and sentence, and each caller gets its own copies (mentions.ts).
// - a word that may be a slip of a room or kind word was measured against every target of every letter; the targets
//   are kept by first letter per snapshot, as a slip keeps its first letter (mentions.ts, typoMention).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HomeSnapshot } from '../../../src-main/intents/HomeIndex';
import { findMentions, typoMention, type Mention } from '../../../src-main/intents/mentions';
import { tokenize } from '../../../src-main/intents/normalizeText';
import { forgetRecentResults } from '../../../src-main/intents/recentResults';
import { openHarness, type Harness } from './intentHarness';
import { fixtureQuestions } from './skippedReaders';
import { device, openSmallHome, room } from './smallHome';

/** What a mention says, in a form to compare: its span, text, kind, maker and the ids it names by role. */
function shape(mentions: readonly Mention[]): string[] {
  return mentions.map((m) => `${m.start}-${m.end} ${m.text} kind=${m.kind?.singular ?? ''} maker=${m.maker ?? ''} loose=${m.loose ?? false} ${Object.entries(m.entities).map(([role, list]) => `${role}:${list.map((e) => e.id).join(',')}`).sort().join(' ')}`);
}

describe('round 46: the mentions of a sentence are found once per snapshot and sentence', () => {
  let demo: Harness;
  let snapshot: HomeSnapshot;
  beforeAll(async () => {
    demo = await openHarness();
    snapshot = await demo.engine.index.get();
  });
  afterAll(() => demo.dispose());

  it('gives the remembered mentions exactly as found afresh, over every fifth question of the sets', () => {
    const sentences = fixtureQuestions(5);
    expect(sentences.length).toBeGreaterThan(1000);
    let named = 0;
    for (const sentence of sentences) {
      forgetRecentResults();
      const fresh = shape(findMentions(tokenize(sentence), snapshot));
      expect(shape(findMentions(tokenize(sentence), snapshot)), sentence).toEqual(fresh);
      if (fresh.length > 0) named++;
    }
    expect(named).toBeGreaterThan(300);
  });

  it('keeps a caller narrowing its mentions in place from the next caller', () => {
    const tokens = tokenize('what devices are in the kitchen');
    const first = findMentions(tokens, snapshot);
    const before = shape(first);
    expect(before.some((m) => m.includes('place:'))).toBe(true);
    for (const m of first) {
      delete m.entities.place;
      m.entities.device?.splice(0);
      m.text = 'changed';
    }
    first.splice(0);
    expect(shape(findMentions(tokens, snapshot))).toEqual(before);
  });

  it('finds a changed home anew: a new snapshot never gets the old one mentions', async () => {
    const home = await openSmallHome({
      entities: [{ id: 's46-home', entity_type: 'home', name: 'Test house', content: {} }, room('s46-den', 'Den'), device('s46-lamp', 'Den lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } })],
      placeOf: { 's46-lamp': 's46-den' },
      fallbackRoom: 's46-den',
      edgePrefix: 's46-edge',
    });
    try {
      const tokens = tokenize('is the den lamp on');
      const first = await home.engine.index.get();
      expect(shape(findMentions(tokens, first))).toEqual(['2-4 den lamp kind= maker= loose=false device:s46-lamp']);
      const lamp = await home.byName('Den lamp');
      await home.store.applyChanges({ entities: [{ ...lamp, name: 'Reading lamp', version: `${lamp.version}-r46`, parent_versions: [lamp.version] }], relationships: [], pending: false });
      const second = await home.engine.index.get();
      expect(second).not.toBe(first);
      expect(shape(findMentions(tokens, second)).join()).not.toContain('device:s46-lamp');
    } finally {
      home.dispose();
    }
  });
});

describe('round 46: a slip of a room or kind word is measured against the targets of its first letter', () => {
  let home: Harness;
  let snapshot: HomeSnapshot;
  beforeAll(async () => {
    home = await openSmallHome({
      entities: [{ id: 't46-home', entity_type: 'home', name: 'Test house', content: {} }, room('t46-bed', 'Bedroom'), room('t46-kitchen', 'Kitchen'), device('t46-stat', 'Wall unit', { type: 'thermostat', capabilities: ['temperature'], state: {} })],
      placeOf: { 't46-stat': 't46-bed' },
      fallbackRoom: 't46-kitchen',
      edgePrefix: 't46-edge',
    });
    snapshot = await home.engine.index.get();
  });
  afterAll(() => home.dispose());

  it('finds the one room or kind a slip is near, and nothing for a word whose first letter differs', () => {
    const slip = (sentence: string): string[] => shape([typoMention(tokenize(sentence), snapshot)].filter((m): m is Mention => m !== undefined));
    expect(slip('what devices are in the bedrom')).toEqual(['5-6 bedrom kind= maker= loose=true place:t46-bed']);
    expect(slip('what is the kitchn temperature')).toEqual(['3-4 kitchn kind= maker= loose=true place:t46-kitchen']);
    expect(slip('set the thermostst to 20').join()).toContain('kind=thermostat');
    expect(slip('what devices are in the vedroom')).toEqual([]);
  });
});
