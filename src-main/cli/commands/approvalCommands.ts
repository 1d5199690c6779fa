// `goodies approvals list|approve|deny` and `goodies audit`: the approval gate from a terminal, through the same
// contract calls (and role policy) as the UI. Tier 3 asks the person to type the target's name, or takes --yes.
import type { Command } from 'commander';
import type { ActionProposalView, AuditEntryView, AuditKind, ProposalStatus } from '../../../src-preload/contract';
import { AppError } from '../../../src-shared/errors';
import type { CliContext } from '../CliContext';
import { UsageError } from '../CliIo';
import { printJson } from '../cliOutput';
import type { CliSession } from '../CliSession';
import { findByIdPrefix } from '../findByIdPrefix';

const STATUSES: ProposalStatus[] = ['pending', 'approved', 'denied', 'expired', 'executed', 'failed', 'needs_reapproval'];
const KINDS: AuditKind[] = ['proposal', 'decision', 'execution', 'failure', 'import', 'rule'];

export function formatProposal(p: ActionProposalView): string {
  const rule = p.approved_by_rule ? ` · by rule "${p.approved_by_rule.description}"` : '';
  return `${p.id}  [${p.status}]  tier ${p.tier}  ${p.description}  (proposed by ${p.proposer}, ${p.created_at})${rule}`;
}

export function formatAuditEntry(e: AuditEntryView): string {
  return `${e.at}  ${e.kind.padEnd(9)}  ${e.actor}  ${e.message}`;
}

/** A full id or an unambiguous prefix of one (ids are long to type). */
async function findProposal(session: CliSession, idOrPrefix: string): Promise<ActionProposalView> {
  const all = await session.call('approvals.list', {});
  return findByIdPrefix(all, idOrPrefix, 'proposals', `No action proposal with id "${idOrPrefix}". See \`goodies approvals list\`.`);
}

export function registerApprovalCommands(program: Command, context: CliContext): void {
  const approvals = program.command('approvals').description('Proposed changes to the home waiting for a decision');

  approvals
    .command('list')
    .description('Proposals, newest first (default: pending ones)')
    .option('--status <status>', `one of ${STATUSES.join(', ')}, or "all"`, 'pending')
    .action(async (options: { status: string }) => {
      if (options.status !== 'all' && !STATUSES.includes(options.status as ProposalStatus)) throw new UsageError(`--status must be one of ${STATUSES.join(', ')} or all.`);
      const list = await context.withSession('cli', (s) => s.call('approvals.list', options.status === 'all' ? {} : { status: options.status as ProposalStatus }));
      if (context.globals.json) return printJson(context.io, list);
      context.io.stdout(list.length ? `${list.map(formatProposal).join('\n')}\n` : `No ${options.status === 'all' ? '' : `${options.status} `}proposals.\n`);
    });

  approvals
    .command('approve')
    .description('Approve and carry out a proposal (tier 3: type the target\'s name to confirm, or --yes)')
    .argument('<id>', 'the proposal id (or an unambiguous prefix)')
    .option('--yes', 'confirm a tier-3 (security or safety) proposal without typing its name')
    .option('--remember', '"always allow" exactly this state change on these entities (tier 2 only)')
    .action(async (id: string, options: { yes?: boolean; remember?: boolean }) => {
      const decided = await context.withSession('cli', async (session) => {
        const proposal = await findProposal(session, id);
        if (proposal.tier === 3 && !options.yes) await confirmByName(context, proposal);
        return session.call('approvals.decide', { proposalId: proposal.id, decision: 'approve', ...(options.remember ? { remember: true } : {}) });
      });
      if (context.globals.json) return printJson(context.io, decided);
      context.io.stdout(`${formatProposal(decided)}\n${decided.result?.error ? `${decided.result.error}\n` : ''}`);
    });

  approvals
    .command('deny')
    .description('Deny a proposal; nothing changes')
    .argument('<id>', 'the proposal id (or an unambiguous prefix)')
    .action(async (id: string) => {
      const decided = await context.withSession('cli', async (session) => session.call('approvals.decide', { proposalId: (await findProposal(session, id)).id, decision: 'deny' }));
      if (context.globals.json) return printJson(context.io, decided);
      context.io.stdout(`${formatProposal(decided)}\n`);
    });

  program
    .command('audit')
    .description('The audit log, newest first: proposals, decisions, executions, failures, imports, rules')
    .option('--kind <kind>', `only one kind: ${KINDS.join(', ')}`)
    .option('--limit <n>', 'how many entries (1–500)', '50')
    .action(async (options: { kind?: string; limit: string }) => {
      if (options.kind && !KINDS.includes(options.kind as AuditKind)) throw new UsageError(`--kind must be one of ${KINDS.join(', ')}.`);
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError('--limit must be a whole number from 1 to 500.');
      const entries = await context.withSession('cli', (s) => s.call('audit.list', { limit, ...(options.kind ? { kind: options.kind as AuditKind } : {}) }));
      if (context.globals.json) return printJson(context.io, entries);
      context.io.stdout(entries.length ? `${entries.map(formatAuditEntry).join('\n')}\n` : 'The audit log is empty.\n');
    });
}

async function confirmByName(context: CliContext, proposal: ActionProposalView): Promise<void> {
  const name = proposal.targets.length === 1 ? (proposal.targets[0]?.name ?? '') : `${proposal.targets.length} things`;
  if (!context.io.prompt) {
    throw new AppError('forbidden', `"${proposal.description}" is security or safety related (tier 3). Run it in a terminal to type "${name}" as confirmation, or pass --yes.`);
  }
  const typed = await context.io.prompt(`"${proposal.description}" is security or safety related (tier 3).\nType "${name}" to confirm: `);
  if (typed.trim().toLowerCase() !== name.toLowerCase()) throw new AppError('forbidden', 'The name did not match; nothing was changed.');
}
