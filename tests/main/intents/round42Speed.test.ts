// Issue 12, round 42, speed: work that depends only on the home is done once per snapshot or entity, so a question no
// longer keys every device's name (entityNameKey.ts), weighs every device of a kind (kindTarget.ts `withKindSaid`),
// scans every device for a namesake (whereNamesakes.ts: only the devices with the first word said) or keys every
// manual's sentences (manualSentence.ts). None of it may change an answer: each is compared here, over fixture homes,
// with the scan it replaced (kept below as written before).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Entity } from '../../../src-shared/protocol/entities';
import { DEVICE_KINDS, phraseKey, type DeviceKind } from '../../../src-main/intents/deviceKinds';
import { nameKeyOf } from '../../../src-main/intents/entityNameKey';
import type { HomeSnapshot } from '../../../src-main/intents/HomeIndex';
import type { IntentMatch } from '../../../src-main/intents/IntentEngine';
import { kindMatch } from '../../../src-main/intents/kindClaims';
import { membersOfKind } from '../../../src-main/intents/kindMembers';
import { withKindSaid } from '../../../src-main/intents/kindTarget';
import { whereAmongNamesakes } from '../../../src-main/intents/whereNamesakes';
import { textOf } from '../../../src-main/intents/answerGraphSearch';
import { manualSentenceFor, manualsOf, procedureCovers, taskContent, type ManualSentence } from '../../../src-main/intents/manualSentence';
import { tokenize } from '../../../src-main/intents/normalizeText';
import { stemMatch } from '../../../src-main/intents/procedureFit';
import { sentencesOf } from '../../../src-main/intents/sentences';
import { taskVerb } from '../../../src-main/intents/taskVerbs';
import { openHarness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const FIXTURES = ['addis', 'bergen', 'cardiff', 'edinburgh', 'jakarta', 'lisboa', 'narrowboat', 'seoul', 'toronto'];

/** whereAmongNamesakes before round 42: every device's name keyed and tested on every question. */
function namesakesByScan(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  const slot = match.slots['thing'];
  if (match.intent !== 'where_is' || slot?.type !== 'entity' || !snapshot.devices.some((d) => d.id === slot.entity.id)) return match;
  const said = phraseKey(slot.text).replace(/^(the|a|an|my|our) /, '');
  if (!said || said.split(' ').length > 3) return match;
  const chosen = snapshot.devices.find((d) => d.id === slot.entity.id) ?? slot.entity;
  const exact = phraseKey(chosen.name) === said;
  const holds = (key: string | undefined): boolean => key !== undefined && ` ${key} `.includes(` ${said} `);
  const namesakes = snapshot.devices.filter((d) => d !== chosen && holds(phraseKey(d.name)));
  const others = exact ? namesakes.filter((d) => /\p{L}['’]s?(\s|$)/u.test(d.name)) : [...namesakes, ...snapshot.devices.filter((d) => d !== chosen && !namesakes.includes(d) && holds(snapshot.makerKeyOfDevice.get(d.id)))];
  if (others.length === 0 || others.length + 1 > 6) return match;
  const candidates = [chosen, ...others].sort((a, b) => a.name.localeCompare(b.name));
  return { ...match, slots: { ...match.slots, thing: { type: 'ambiguous', text: slot.text, expected: 'device', candidates } } };
}

/** withKindSaid before round 42: the kind's members weighed on every question. */
function kindSaidByScan(snapshot: HomeSnapshot, kind: DeviceKind, found: readonly Entity[]): Entity[] {
  const members = membersOfKind(snapshot, kind).filter((d) => ['name', 'alias', 'type', 'description'].includes(kindMatch(snapshot, d, kind) ?? ''));
  if (members.length === 0 || members.length > 3 || found.some((e) => members.some((m) => m.id === e.id))) return [...found];
  return [...members, ...found];
}

const taskKeys = (text: string): string[] => tokenize(text).map((t) => taskVerb(t.key) ?? t.key);

/** manualSentenceFor before round 42: every manual's sentences keyed on every how-to question. */
function manualSentenceByScan(snapshot: HomeSnapshot, wanted: readonly string[]): ManualSentence | undefined {
  const content = taskContent(wanted);
  if (content.length < 2) return undefined;
  let best: ManualSentence | undefined;
  for (const manual of manualsOf(snapshot)) {
    for (const sentence of sentencesOf(textOf(manual))) {
      const keys = taskKeys(sentence);
      const covered = content.filter((w) => keys.some((k) => stemMatch(k, w))).length;
      if (covered < content.length) continue;
      if (!best || (/\d/.test(sentence) && !/\d/.test(best.sentence))) best = { manual, sentence, covered };
    }
  }
  return best;
}

const whereMatch = (entity: Entity, text: string): IntentMatch => ({
  intent: 'where_is', category: 'structure', slots: { thing: { type: 'entity', text, entity, how: 'exact' } }, confidence: 1, alternatives: [], template: 'test', words: [],
});

/** What a person may say for a device: its name, its last word or two, its maker. */
function saidFor(d: Entity): string[] {
  const words = d.name.split(/\s+/);
  const maker = d.content['manufacturer'];
  return [d.name, `the ${words.slice(-1).join(' ')}`, words.slice(-2).join(' '), ...(typeof maker === 'string' ? [`the ${maker}`] : [])];
}

describe('round 42: the home keyed once, the answers as before', () => {
  const snapshots: Array<[string, HomeSnapshot]> = [];
  beforeAll(async () => {
    for (const home of FIXTURES) {
      const h = await openHarness({ homeJson: readFileSync(join(import.meta.dirname, `../../fixtures/homes/${home}.home.json`), 'utf8') });
      snapshots.push([home, await h.engine.index.get()]);
      h.dispose();
    }
  }, 120_000);

  it('keys a name as phraseKey does, and keeps the key per entity', () => {
    for (const [home, snapshot] of snapshots) {
      for (const e of snapshot.byId.values()) {
        expect(nameKeyOf(e), `${home}: ${e.name}`).toBe(phraseKey(e.name));
        expect(nameKeyOf(e)).toBe(nameKeyOf(e));
      }
    }
  });

  it('finds the same namesakes of a place asked as the scan of every device', () => {
    let asked = 0;
    let ambiguous = 0;
    for (const [home, snapshot] of snapshots) {
      for (const d of snapshot.devices) {
        for (const text of saidFor(d)) {
          const match = whereMatch(d, text);
          const found = whereAmongNamesakes(match, snapshot);
          expect(found, `${home}: where is ${text} (${d.name})`).toEqual(namesakesByScan(match, snapshot));
          asked++;
          if (found.slots['thing']?.type === 'ambiguous') ambiguous++;
        }
      }
    }
    expect(asked).toBeGreaterThan(500);
    expect(ambiguous).toBeGreaterThan(10);
  });

  it('finds the same manual sentence for a task, and the same procedure words, as keying them on every question', () => {
    let found = 0;
    for (const [home, snapshot] of snapshots) {
      for (const manual of manualsOf(snapshot)) {
        for (const sentence of sentencesOf(textOf(manual))) {
          const words = taskKeys(sentence).filter((k) => k.length > 3);
          const wanted = [words[0] ?? '', words[words.length - 1] ?? ''];
          const byCache = manualSentenceFor(snapshot, wanted);
          expect(byCache, `${home}: ${wanted.join(' ')}`).toEqual(manualSentenceByScan(snapshot, wanted));
          if (byCache) found++;
        }
      }
      for (const procedure of [...snapshot.byId.values()].filter((e) => e.entity_type === 'procedure')) {
        const wanted = taskKeys(procedure.name);
        const keys = taskKeys(`${procedure.name}\n${textOf(procedure)}`);
        expect(procedureCovers(procedure, wanted), `${home}: ${procedure.name}`).toBe(taskContent(wanted).filter((w) => keys.some((k) => stemMatch(k, w))).length);
      }
    }
    expect(found).toBeGreaterThan(50);
  });

  it('adds the same members of a kind said as the scan of its members', () => {
    for (const [home, snapshot] of snapshots) {
      const some = snapshot.devices.slice(0, 2);
      for (const kind of DEVICE_KINDS) {
        expect(withKindSaid(snapshot, kind, []), `${home}: ${kind.id}`).toEqual(kindSaidByScan(snapshot, kind, []));
        expect(withKindSaid(snapshot, kind, some), `${home}: ${kind.id}`).toEqual(kindSaidByScan(snapshot, kind, some));
      }
    }
  });
});

describe('round 42: namesakes of a place asked, by the first word said', () => {
  it('asks which of the same thing of someone’s, and of a maker’s things', async () => {
    const h = await openSmallHome({
      entities: [
        { id: 's42-home', entity_type: 'home', name: 'Test house', content: {} },
        room('s42-lounge', 'Lounge'), room('s42-den', 'Den'), room('s42-loft', 'Loft'),
        device('s42-telly', 'Telly', { type: 'tv', capabilities: ['on_off'] }),
        device('s42-nana', "Nana's telly", { type: 'tv', capabilities: ['on_off'] }),
        device('s42-window', 'Roof window', { type: 'window', manufacturer: 'Velux', capabilities: ['open_close'] }),
        device('s42-blind', 'Roof blind', { type: 'blind', manufacturer: 'Velux', capabilities: ['open_close'] }),
        device('s42-lamp', 'Reading lamp', { type: 'light', capabilities: ['on_off'] }),
      ],
      placeOf: { 's42-telly': 's42-lounge', 's42-nana': 's42-den', 's42-window': 's42-loft', 's42-blind': 's42-loft' },
      fallbackRoom: 's42-den',
      edgePrefix: 's42-edge',
    });
    const snapshot = await h.engine.index.get();
    const byName = (name: string): Entity => snapshot.devices.find((d) => d.name === name) as Entity;
    const candidates = (m: IntentMatch): string[] => { const s = m.slots['thing']; return s?.type === 'ambiguous' ? s.candidates.map((c) => c.name) : []; };
    expect(candidates(whereAmongNamesakes(whereMatch(byName('Telly'), 'the telly'), snapshot))).toEqual(["Nana's telly", 'Telly']);
    expect(candidates(whereAmongNamesakes(whereMatch(byName('Roof window'), 'the velux'), snapshot))).toEqual(['Roof blind', 'Roof window']);
    expect(whereAmongNamesakes(whereMatch(byName('Reading lamp'), 'the reading lamp'), snapshot).slots['thing']?.type).toBe('entity');
    h.dispose();
  });
});
