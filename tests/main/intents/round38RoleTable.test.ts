// The shared builders of the language readers' phrase tables (roleTable.ts, lexiconTable.ts): round 38 moved the
// Bengali and Georgian readers' own add/put loops onto `roleList`, the Korean and Turkish verb-ending loops onto
// `withEndings`, and four hand-written phrase → English maps onto `englishByPhrase`/`kindByPhrase`. These pin the
// order and precedence the readers relied on.
import { describe, expect, it } from 'vitest';
import { englishByPhrase, kindByPhrase, kindsInEnglish } from '../../../src-main/intents/lexiconTable';
import { roleList, roleTable, withEndings } from '../../../src-main/intents/roleTable';

describe('roleList', () => {
  it('keeps every phrase in the order put, a list with the English given and lists with their own', () => {
    const { entries, put } = roleList<'state' | 'kind' | 'particle'>();
    put('state', { on: ['chalu', 'on'], off: ['bondho'] });
    put('particle', ['to', 'na']);
    put('kind', { fan: ['pakha', 'on'] }, 'ignored');
    expect(entries).toEqual([
      { kind: 'state', english: 'on', phrase: 'chalu' },
      { kind: 'state', english: 'on', phrase: 'on' },
      { kind: 'state', english: 'off', phrase: 'bondho' },
      { kind: 'particle', english: '', phrase: 'to' },
      { kind: 'particle', english: '', phrase: 'na' },
      { kind: 'kind', english: 'fan', phrase: 'pakha' },
      { kind: 'kind', english: 'fan', phrase: 'on' },
    ]);
  });

  it('differs from roleTable only in keeping a phrase put twice', () => {
    const list = roleList<string>();
    const table = roleTable<string>();
    for (const { put } of [list, table]) {
      put('state', { on: ['on'] });
      put('kind', { lamp: ['on', 'bati'] });
    }
    expect(list.entries.map((e) => `${e.kind}:${e.phrase}`)).toEqual(['state:on', 'kind:on', 'kind:bati']);
    expect([...table.table]).toEqual([['on', { kind: 'state', english: 'on' }], ['bati', { kind: 'kind', english: 'lamp' }]]);
  });
});

describe('withEndings', () => {
  it('spells each stem with each ending, stem by stem, keys in order', () => {
    expect(withEndings({ 'turn on': ['켜', '틀어'], 'turn off': ['꺼'] }, ['줘', '주세요'])).toEqual({
      'turn on': ['켜줘', '켜주세요', '틀어줘', '틀어주세요'],
      'turn off': ['꺼줘', '꺼주세요'],
    });
    const { table, put } = roleTable<'verb'>();
    put('verb', withEndings({ open: ['aç'], close: ['kapat', 'aç'] }, ['', 'ın']));
    expect([...table]).toEqual([
      ['aç', { kind: 'verb', english: 'open' }],
      ['açın', { kind: 'verb', english: 'open' }],
      ['kapat', { kind: 'verb', english: 'close' }],
      ['kapatın', { kind: 'verb', english: 'close' }],
    ]);
  });
});

describe('phrase → English maps', () => {
  it('keep the later English of a phrase in two lists, and say a kind id in English', () => {
    expect([...englishByPhrase({ on: ['chalu', 'on'], start: ['chalu'] })]).toEqual([['chalu', 'start'], ['on', 'on']]);
    expect(kindsInEnglish({ air_conditioner: ['ac'], fan: ['pankha'] })).toEqual({ 'air conditioner': ['ac'], fan: ['pankha'] });
    expect([...kindByPhrase({ air_conditioner: ['ac', 'aircon'], ceiling_fan: ['ac'] })]).toEqual([['ac', 'ceiling fan'], ['aircon', 'air conditioner']]);
  });
});
