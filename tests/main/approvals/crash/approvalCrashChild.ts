// Child process for approvalCrash.test.ts: opens the real database the parent prepared and approves 150-light
// proposals (on, off, on, …) in a loop until the parent kills it with SIGKILL. Prints "approving N" before each one.
import { VersionClock } from '../../../../src-shared/protocol/version';
import { approvalMigrations } from '../../../../src-main/approvals/approvalMigrations';
import { ApprovalService } from '../../../../src-main/approvals/ApprovalService';
import { auditMigrations } from '../../../../src-main/audit/auditMigrations';
import { SqliteAuditLog } from '../../../../src-main/audit/SqliteAuditLog';
import { EntityNameResolver } from '../../../../src-main/graph/EntityNameResolver';
import { openGraphDatabase, SqliteGraphStore } from '../../../../src-main/graph/SqliteGraphStore';
import type { ToolContext } from '../../../../src-main/tools/ToolDefinition';
import { createGraphTools, ToolRegistry } from '../../../../src-main/tools/ToolRegistry';

const file = process.argv[2] ?? '';
const db = openGraphDatabase(file, [...approvalMigrations, ...auditMigrations]);
const store = new SqliteGraphStore(db);
const resolver = new EntityNameResolver(store);
const clock = new VersionClock();
const toolContext = (userId: string, correlationId: string): ToolContext => ({ store, resolver, clock, userId, correlationId });
const approvals = new ApprovalService({ db, store, registry: new ToolRegistry(createGraphTools()), audit: new SqliteAuditLog(db), toolContext });
approvals.recoverInterrupted();

async function approveForever(): Promise<never> {
  for (let round = 0; ; round++) {
    const lights = await store.listEntities({ types: ['device'] });
    const power = (lights[0]?.content['state'] as { power?: string } | undefined)?.power === 'on' ? 'off' : 'on';
    const proposal = await approvals.create({
      conversationId: null,
      correlationId: `crash-${round}`,
      proposer: 'crash-test',
      userId: 'sam',
      summary: { verb: power === 'on' ? 'Turn on' : 'Turn off', noun: 'lights' },
      targets: lights.map((entity) => ({ entity, patch: { state: { power } } })),
    });
    process.stdout.write(`approving ${round}\n`);
    await approvals.decide(proposal.id, 'approve', { userId: 'sam' });
  }
}

void approveForever();
