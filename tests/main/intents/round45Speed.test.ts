// Issue 12, round 45, speed. Work of the bench's questions that depended only on the connection or the sentence is
// done once, and each gives what it gave before:
// - a command's proposal row and its audit entry were compiled from their SQL on every command (and the row's read-back
//   too); the statements are compiled once per connection (prepareCached.ts).
// - a dialect of spoken forms without markers (Scots, Prairie English, Gulf English, South African English; Serbian,
//   Kreyòl, Wolof and Maltese as their readers use them) cut every sentence into words and keyed them; a sentence with
//   none of its forms, trailing words or phrases' first words is now left at the shared word check (spokenForms.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import haitianHome from '../../../src-main/intents/lexicon/haitianCreoleHome.json';
import maltese from '../../../src-main/intents/lexicon/maltese.json';
import serbian from '../../../src-main/intents/lexicon/serbianSpoken.json';
import wolofHome from '../../../src-main/intents/lexicon/wolofHome.json';
import { SPOKEN_DIALECTS } from '../../../src-main/intents/languages/spokenDialects';
import { spokenFormsReader, spokenFormsSchema, type SpokenForms } from '../../../src-main/intents/languages/spokenForms';
import { SqliteProposalRepository, type NewProposal } from '../../../src-main/approvals/SqliteProposalRepository';
import { SqliteAuditLog } from '../../../src-main/audit/SqliteAuditLog';
import type { SqliteDatabase } from '../../../src-main/store/openDatabase';
import { openHarness } from './intentHarness';
import { fixtureQuestions } from './skippedReaders';

/** The connection, counting the SQL it compiles (a DatabaseSync's own methods cannot be replaced). */
function counting(db: SqliteDatabase): { db: SqliteDatabase; compiled: string[] } {
  const compiled: string[] = [];
  const proxy = new Proxy(db, {
    get(target, property) {
      if (property === 'prepare') {
        return (sql: string) => {
          compiled.push(sql.replace(/\s+/g, ' ').trim());
          return target.prepare(sql);
        };
      }
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { db: proxy, compiled };
}

const proposal = (id: string): NewProposal => ({
  id, conversationId: 'conv', correlationId: `corr-${id}`, requestedBy: 'sam', proposer: 'intent-engine', tool: 'update_entity', tier: 2,
  description: `Turn off lamp ${id}`, request: { summary: { action: 'turn_off' } as never, patches: [] }, targets: [{ id: `e-${id}`, name: `Lamp ${id}`, entity_type: 'device' } as never],
  changes: [], createdAt: '2026-06-20T12:00:00.000Z', expiresAt: '2026-06-20T12:10:00.000Z',
});

describe('round 45: a proposed command writes with statements compiled once per connection', () => {
  it('compiles the proposal insert, its read-back and the audit insert once over two writes, and stores both', async () => {
    const h = await openHarness();
    try {
      const { db, compiled } = counting(h.db);
      const proposals = new SqliteProposalRepository(db, () => new Date('2026-06-20T12:00:00.000Z'));
      const audit = new SqliteAuditLog(db, () => new Date('2026-06-20T12:00:00.000Z'));
      for (const id of ['p1', 'p2']) {
        proposals.insert(proposal(id));
        audit.append({ kind: 'proposal', correlationId: `corr-${id}`, proposalId: id, actor: 'intent-engine', proposer: 'intent-engine', tool: 'update_entity', arguments: [{ entity_id: `e-${id}` }], message: `Proposed (tier 2): ${id}` });
        expect(proposals.require(id).status).toBe('pending');
      }
      const times = (prefix: string): number => compiled.filter((sql) => sql.startsWith(prefix)).length;
      expect(times('INSERT INTO action_proposals')).toBe(1);
      expect(times('INSERT INTO audit_log')).toBe(1);
      expect(times('SELECT * FROM action_proposals WHERE id = ?')).toBe(1);
      // The rows are the ones each write stored when it compiled its own statement.
      expect(['p1', 'p2'].map((id) => proposals.find(id))).toMatchObject([
        { id: 'p1', correlation_id: 'corr-p1', requested_by: 'sam', tier: 2, description: 'Turn off lamp p1', status: 'pending', targets: JSON.stringify(proposal('p1').targets) },
        { id: 'p2', correlation_id: 'corr-p2', description: 'Turn off lamp p2', expires_at: '2026-06-20T12:10:00.000Z' },
      ]);
      expect(audit.list({ kind: 'proposal' }).map((e) => [e.proposal_id, e.message, e.arguments])).toEqual([
        ['p2', 'Proposed (tier 2): p2', [{ entity_id: 'e-p2' }]],
        ['p1', 'Proposed (tier 2): p1', [{ entity_id: 'e-p1' }]],
      ]);
    } finally {
      h.dispose();
    }
  });

  it('still proposes a command through the intent engine with its row and audit entry', async () => {
    const h = await openHarness();
    try {
      const first = await h.dialog('unlock the front door');
      const second = await h.dialog('turn off the kitchen lights');
      const ids = [first.answer?.proposal?.id, second.answer?.proposal?.id];
      expect(first.targets).toEqual(['Front Door Lock']);
      expect(h.approvals.list('pending').map((p) => p.id).sort()).toEqual([...ids].sort());
      expect(h.audit.list({ kind: 'proposal' }).map((e) => e.proposal_id).sort()).toEqual([...ids].sort());
    } finally {
      h.dispose();
    }
  });
});

describe('round 45: a dialect without markers reads only a sentence with one of its forms', () => {
  const FIXTURES = join(import.meta.dirname, '../../fixtures/homes');
  const unmarked: Array<[string, SpokenForms]> = [
    ...Object.entries(SPOKEN_DIALECTS).map(([name, lexicon]): [string, SpokenForms] => [name, spokenFormsSchema.parse(lexicon)]).filter(([, forms]) => forms.markers === undefined),
    ['serbian', spokenFormsSchema.parse({ ...serbian, markers: undefined })],
    ['haitianHome', spokenFormsSchema.parse({ ...(haitianHome as { forms: unknown }).forms as object, markers: undefined })],
    ['wolofHome', spokenFormsSchema.parse({ ...(wolofHome as { forms: unknown }).forms as object, markers: undefined })],
    ['maltese', spokenFormsSchema.parse({ ...(maltese as { forms: unknown }).forms as object, markers: undefined })],
  ];
  // The same forms with a word ending no typed word has: such a reader has no gate, and cuts every sentence as before.
  const ungated = (forms: SpokenForms): SpokenForms => ({ ...forms, endings: { ...forms.endings, qqqqqqqq: 'qqqqqqqq' } });
  const sentences = fixtureQuestions(2);

  it('has the dialects it is about, and the fixture questions', () => {
    expect(unmarked.map(([name]) => name)).toEqual(expect.arrayContaining(['scots', 'prairie', 'gulf', 'southAfrican', 'serbian', 'haitianHome', 'wolofHome', 'maltese']));
    expect(sentences.length).toBeGreaterThan(1500);
  });

  for (const home of ['edinburgh', 'soweto', 'belgrade', 'petionville', 'dakar', 'valletta']) {
    it(`reads every fixture question in ${home}'s home as the reader without the gate does`, async () => {
      const h = await openHarness({ homeJson: readFileSync(join(FIXTURES, `${home}.home.json`), 'utf8') });
      try {
        const snapshot = await h.engine.index.get();
        let read = 0;
        for (const [name, forms] of unmarked) {
          const gated = spokenFormsReader(forms);
          const every = spokenFormsReader(ungated(forms));
          const differ = sentences.filter((text) => gated(text, snapshot) !== every(text, snapshot)).map((text) => `${name}: ${text}`);
          expect(differ).toEqual([]);
          read += sentences.filter((text) => every(text, snapshot) !== text).length;
        }
        // The readers do read some of them (the comparison is not over sentences nothing reads).
        expect(read).toBeGreaterThan(20);
      } finally {
        h.dispose();
      }
    }, 120_000);
  }
});
