// Issue 12, round 46, speed. Work of the bench's questions that depended only on the sentence or the snapshot is done
// once, and each gives what it gave before:
// - the mentions of a sentence were found anew each time (roomWays.ts on the sentence as typed, then the parser on the
//   same words); they are remembered per snapshot and sentence, and each caller gets its own copies (mentions.ts).
// - the room-way reader's gate opened on "is", "a", "to", "do" (from/to words of its languages), so most sentences
//   looked for the home's names there; it now needs a connecting phrase in a row, or a from/to word with a word for
//   going or nothing but room names' words, fillers and from/to words, a necessary condition of its readings (roomWays.ts).
// - a word that may be a slip of a room or kind word was measured against every target of every letter; the targets
//   are kept by first letter per snapshot, as a slip keeps its first letter (mentions.ts, typoMention).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HomeSnapshot } from '../../../src-main/intents/HomeIndex';
import { findMentions, typoMention, type Mention } from '../../../src-main/intents/mentions';
import { tokenize } from '../../../src-main/intents/normalizeText';
import { forgetRecentResults } from '../../../src-main/intents/recentResults';
import { mayAskWays, readRoomWays, roomWays } from '../../../src-main/intents/roomWays';
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
  }, 300_000);

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

// A home whose question set asks its ways in Spanish, Catalan, Swahili, French, German and English.
const WAY_HOMES = ['asuncion', 'barcelona', 'buenosaires', 'bilbao', 'brussels', 'auckland', 'austin', 'addis'];

describe('round 46: the room-way reader looks for the home names only where a way may be asked', () => {
  it.each(WAY_HOMES)('reads no sentence of %s that its gate passes by, and still reads its way questions', async (name) => {
    const dir = join(import.meta.dirname, '../../fixtures/homes');
    const home = await openHarness({ homeJson: readFileSync(join(dir, `${name}.home.json`), 'utf8') });
    try {
      const snapshot = await home.engine.index.get();
      const questions = (JSON.parse(readFileSync(join(dir, `${name}.questions.json`), 'utf8')) as { questions: Array<{ text: string }> }).questions.map((q) => q.text);
      const missed = questions.filter((q) => !mayAskWays(tokenize(q), snapshot) && readRoomWays(tokenize(q), snapshot) !== undefined);
      expect(missed).toEqual([]);
      expect(questions.filter((q) => mayAskWays(tokenize(q), snapshot)).length).toBeLessThan(questions.length / 2);
      for (const q of questions) expect(roomWays(q, snapshot), q).toBe(/^\s*how\s+do\s+i\s+get\s+from\s.+\sto\s/i.test(q) ? undefined : readRoomWays(tokenize(q), snapshot));
    } finally {
      home.dispose();
    }
  }, 120_000);

  it('no longer opens on "is", "a", "to" or "do" alone', async () => {
    const snapshot = await (async () => {
      const h = await openHarness();
      const s = await h.engine.index.get();
      h.dispose();
      return s;
    })();
    for (const q of ['is the garage door open?', 'what connects to the kitchen', 'how do I reset the thermostat schedule?', 'tell me a joke']) expect(mayAskWays(tokenize(q), snapshot), q).toBe(false);
    for (const q of ['garage to kitchen', 'from the kitchen to the garage which way']) expect(mayAskWays(tokenize(q), snapshot), q).toBe(true);
  });
});
