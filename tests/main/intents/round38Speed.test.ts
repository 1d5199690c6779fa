// Issue 12, round 38, speed: the typo name searches of one answer are made once (graph/recentNameSearches.ts), a word
// too many letters apart from another is no candidate before its edit distance (graph/lettersApart.ts, used by the
// resolver's spelling correction and by editDistance.ts), and an infinitive's ending opens the German and Dutch
// readers only for a word they can keep last (languages/verbSecondMarkers.ts). Each must change no answer: here the
// bound is checked against the full distance, the kept searches against fresh ones, the gate against the reader.
import { afterEach, describe, expect, it } from 'vitest';
import { formatVersion } from '../../../src-shared/protocol/version';
import { lettersApart } from '../../../src-main/graph/lettersApart';
import { forgetNameSearches, rememberedSearch } from '../../../src-main/graph/recentNameSearches';
import { editDistance } from '../../../src-main/intents/editDistance';
import { mayReadIn } from '../../../src-main/intents/languages/verbSecondMarkers';
import { VERB_SECOND_LEXICON, type Language } from '../../../src-main/intents/languages/verbSecondLexicon';
import { forgetRecentResults } from '../../../src-main/intents/recentResults';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

/** Optimal string alignment distance, worked out in full (the reference the bound and the early exits must agree with). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      let v = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, ((d[i - 2] as number[])[j - 2] ?? 0) + 1);
      row[j] = v;
    }
  }
  return (d[a.length] as number[])[b.length] ?? 0;
}

/** Word pairs close and far: random words over a few letters (many near misses), their slips, and other scripts. */
function pairs(): Array<[string, string]> {
  let seed = 38;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const letters = 'abdeorstéøß漢ğ';
  const word = (): string => Array.from({ length: 1 + random(9) }, () => letters[random(letters.length)]).join('');
  const slip = (w: string): string => {
    const at = random(w.length + 1);
    const kind = random(4);
    if (kind === 0) return w.slice(0, at) + letters[random(letters.length)] + w.slice(at);
    if (kind === 1) return w.slice(0, at) + w.slice(at + 1);
    if (kind === 2) return w.slice(0, at) + letters[random(letters.length)] + w.slice(at + 1);
    return w.slice(0, at) + (w[at + 1] ?? '') + (w[at] ?? '') + w.slice(at + 2);
  };
  const out: Array<[string, string]> = [['bedrom', 'bedroom'], ['kitchn', 'kitchen'], ['', 'lamp'], ['lihgts', 'lights'], ['gargae', 'garage'], ['ten', 'zetten']];
  for (let i = 0; i < 3000; i++) {
    const a = word();
    out.push([a, i % 3 === 0 ? word() : slip(i % 2 ? slip(a) : a)]);
  }
  return out;
}

describe('round 38, speed: a letter bound before the edit distance', () => {
  it('is never above the distance', () => {
    for (const [a, b] of pairs()) expect(lettersApart(a, b), `${a} / ${b}`).toBeLessThanOrEqual(distance(a, b));
  });

  it('leaves every editDistance verdict as it was: the distance when within the limit, over the limit otherwise', () => {
    for (const [a, b] of pairs()) {
      for (const max of [1, 2]) {
        const full = distance(a, b);
        const found = editDistance(a, b, max);
        if (full <= max) expect(found, `${a} / ${b}`).toBe(full);
        else expect(found, `${a} / ${b}`).toBeGreaterThan(max);
      }
    }
  });
});

describe('round 38, speed: a name search made again in one answer is the one kept', () => {
  let h: Harness | undefined;
  afterEach(() => {
    h?.dispose();
    h = undefined;
    forgetRecentResults();
  });
  const home = {
    entities: [
      { id: 'h', entity_type: 'home', name: 'Test House', content: {} },
      room('r1', 'Master Bedroom'), room('r2', 'Guest Bedroom'), room('r3', 'Kitchen'),
      device('d1', 'Kitchen Ceiling Light', { type: 'light', capabilities: ['on_off'] }),
      device('d2', 'Bedside Lamp', { type: 'light', capabilities: ['on_off'] }),
    ],
    placeOf: { d1: 'r3', d2: 'r1' },
    fallbackRoom: 'r3',
    edgePrefix: 'e38s',
  };

  it('gives what a fresh search gives, as a copy no caller can change for the next', async () => {
    h = await openSmallHome(home);
    for (const [text, types] of [['bedrom', ['room', 'zone', 'home']], ['in the bedrom', ['room']], ['bedrom', undefined], ['kitchn', undefined], ['lamp', ['device']]] as const) {
      const options = types ? { types: [...types], limit: 6 } : { limit: 6 };
      forgetRecentResults();
      const fresh = await h.resolver.resolve(text, options);
      const kept = await h.resolver.resolve(text, options);
      expect(kept).toEqual(fresh);
      expect(kept).not.toBe(fresh);
      if (fresh.kind === 'none') fresh.suggestions.splice(0);
      if (fresh.kind === 'ambiguous') fresh.candidates.splice(0);
      expect(await h.resolver.resolve(text, options)).toEqual(kept);
    }
    // The typo still finds what it found: one word corrected, both bedrooms suggested.
    const bedrom = await h.resolver.resolve('bedrom', { types: ['room'] });
    expect(bedrom.kind === 'none' ? bedrom.suggestions.map((s) => s.entity.name).sort() : bedrom).toEqual(['Guest Bedroom', 'Master Bedroom']);
  });

  it('never outlives a graph change (a new index searches anew)', async () => {
    h = await openSmallHome(home);
    const before = await h.resolver.resolve('bedrom', { types: ['room'] });
    expect(before.kind).toBe('none');
    const guest = await h.byName('Guest Bedroom');
    await h.store.applyChanges({ entities: [{ ...guest, name: 'Bedrom', version: formatVersion(Date.UTC(2026, 5, 1) * 1000, 1, 'test'), parent_versions: [guest.version] }], pending: true });
    const after = await h.resolver.resolve('bedrom', { types: ['room'] });
    expect(after.kind === 'match' ? after.entity.name : after).toBe('Bedrom');
  });

  it('is computed once per index and key until forgotten (the bench forgets before each question)', () => {
    const index = {};
    let computed = 0;
    const search = (): number => rememberedSearch(index, 'k', () => ++computed);
    expect([search(), search()]).toEqual([1, 1]);
    expect(rememberedSearch({}, 'k', () => ++computed)).toBe(2);
    forgetNameSearches();
    expect(search()).toBe(3);
    forgetRecentResults();
    expect(search()).toBe(4);
  });
});

describe('round 38, speed: an infinitive ending opens the verb-second readers only where they keep it last', () => {
  let h: Harness | undefined;
  afterEach(() => {
    h?.dispose();
    h = undefined;
  });
  const lang = (name: string): Language => VERB_SECOND_LEXICON[name] as Language;

  it('counts the ending of the last word, or of a word before a filler or a clause the reader drops', async () => {
    h = await openSmallHome({ entities: [{ id: 'h', entity_type: 'home', name: 'Test House', content: {} }, room('r1', 'Kitchen')], placeOf: {}, fallbackRoom: 'r1', edgePrefix: 'e38v' });
    const snapshot = await h.engine.index.get();
    const [de, nl] = [lang('de'), lang('nl')];
    // "halten" ends the infinitive "anhalten" ("an halten") and is no word of German's tables: said last, or before a
    // clause the reader cuts off ("wenn …"), the reader may read it; said before anything else, it can't be the end.
    expect(mayReadIn(de, 'de', ['qqq', 'halten'], snapshot)).toBe(true);
    expect(mayReadIn(de, 'de', ['qqq', 'halten', 'wenn', 'xyz'], snapshot)).toBe(true);
    expect(mayReadIn(de, 'de', ['halten', 'qqq'], snapshot)).toBe(false);
    // Dutch "even" is a filler the reader leaves out (and, English-like, no marker of its own): "etten" ends "uitzetten".
    expect(mayReadIn(nl, 'nl', ['qqq', 'etten', 'even'], snapshot)).toBe(true);
    expect(mayReadIn(nl, 'nl', ['etten', 'qqq'], snapshot)).toBe(false);
    // "ten" is the end of "starten": in the middle of an English sentence it opens no German reading.
    expect(mayReadIn(de, 'de', ['set', 'lights', 'ten', 'percent'], snapshot)).toBe(false);
    expect(mayReadIn(de, 'de', ['lights', 'ten'], snapshot)).toBe(true);
  });

  it('still reads a split infinitive said before a filler', async () => {
    h = await openSmallHome({
      entities: [{ id: 'h', entity_type: 'home', name: 'Haus', content: {} }, room('r1', 'Küche'), device('d1', 'Küchenlicht', { type: 'light', capabilities: ['on_off'], state: { on: true } })],
      placeOf: { d1: 'r1' }, fallbackRoom: 'r1', edgePrefix: 'e38g',
    });
    const answer = await h.dialog('kannst du das küchenlicht aus schalten bitte');
    expect(answer.targets).toEqual(['Küchenlicht']);
    expect(answer.text).toMatch(/turn off/i);
  });
});
