// Remembered "always allow" rules (ARCHITECTURE.md "Actions, approvals, audit"): narrow by construction. A rule covers
// one tool on one entity, a set of state keys and the values each may take ("Porch Light: power on/off"). A proposal
// is covered only when every target's change is a state change inside its rule; renames and content rewrites never are.
import { randomUUID } from 'node:crypto';
import type { ApprovalRuleView } from '../../src-preload/contract/views';
import type { SqliteDatabase } from '../store/openDatabase';
import type { TargetPatch } from './ProposalRequest';

type RuleValue = string | number | boolean | null;
type Allowed = Record<string, RuleValue[]>;

interface RuleRow {
  id: string;
  tool: string;
  entity_id: string;
  entity_name: string;
  allowed: string;
  created_by: string;
  created_at: string;
}

/** Values that come in pairs: remembering "turn on" also covers "turn off" of the same key, nothing wider. */
const COUNTERPARTS: Record<string, string> = { on: 'off', off: 'on', open: 'closed', closed: 'open', play: 'pause', pause: 'play', playing: 'paused', paused: 'playing' };

function isRuleValue(value: unknown): value is RuleValue {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** The keys and values a patch would allow if remembered, or undefined when the patch is not a plain state change. */
export function allowedByPatch(patch: TargetPatch): Allowed | undefined {
  if (patch.name !== undefined || patch.content !== undefined || !patch.state) return undefined;
  const entries = Object.entries(patch.state);
  if (entries.length === 0 || !entries.every(([, v]) => isRuleValue(v))) return undefined;
  const allowed: Allowed = {};
  for (const [key, value] of entries as Array<[string, RuleValue]>) {
    const pair = typeof value === 'string' ? COUNTERPARTS[value] : typeof value === 'boolean' ? !value : undefined;
    allowed[key] = pair === undefined ? [value] : [value, pair];
  }
  return allowed;
}

export function patchInsideRule(patch: TargetPatch, allowed: Allowed): boolean {
  if (patch.name !== undefined || patch.content !== undefined || !patch.state) return false;
  const entries = Object.entries(patch.state);
  return entries.length > 0 && entries.every(([key, value]) => isRuleValue(value) && (allowed[key] ?? []).some((v) => v === value));
}

export function describeRule(entityName: string, allowed: Allowed): string {
  const parts = Object.entries(allowed).map(([key, values]) => `${key} ${values.map((v) => String(v)).join('/')}`);
  return `${entityName}: ${parts.join(', ')}`;
}

export class SqliteApprovalRules {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly now: () => Date,
  ) {}

  list(): ApprovalRuleView[] {
    return (this.db.prepare('SELECT * FROM approval_rules ORDER BY entity_name, created_at').all() as unknown as RuleRow[]).map(toRuleView);
  }

  get(id: string): ApprovalRuleView | undefined {
    const row = this.db.prepare('SELECT * FROM approval_rules WHERE id = ?').get(id) as unknown as RuleRow | undefined;
    return row ? toRuleView(row) : undefined;
  }

  find(tool: string, entityId: string): ApprovalRuleView | undefined {
    const row = this.db.prepare('SELECT * FROM approval_rules WHERE tool = ? AND entity_id = ?').get(tool, entityId) as unknown as RuleRow | undefined;
    return row ? toRuleView(row) : undefined;
  }

  /** Adds a rule, or widens the entity's existing rule by these keys and values. Returns the stored rule. */
  remember(tool: string, entityId: string, entityName: string, allowed: Allowed, createdBy: string): ApprovalRuleView {
    const existing = this.find(tool, entityId);
    const merged: Allowed = { ...(existing?.allowed ?? {}) };
    for (const [key, values] of Object.entries(allowed)) merged[key] = [...new Set([...(merged[key] ?? []), ...values])];
    this.db
      .prepare(
        `INSERT INTO approval_rules (id, tool, entity_id, entity_name, allowed, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (tool, entity_id) DO UPDATE SET allowed = excluded.allowed, entity_name = excluded.entity_name`,
      )
      .run(existing?.id ?? randomUUID(), tool, entityId, entityName, JSON.stringify(merged), createdBy, this.now().toISOString());
    return this.find(tool, entityId) as ApprovalRuleView;
  }

  revoke(id: string): boolean {
    return Number(this.db.prepare('DELETE FROM approval_rules WHERE id = ?').run(id).changes) > 0;
  }
}

function toRuleView(row: RuleRow): ApprovalRuleView {
  const allowed = JSON.parse(row.allowed) as Allowed;
  return {
    id: row.id,
    tool: row.tool,
    entity_id: row.entity_id,
    entity_name: row.entity_name,
    allowed,
    description: describeRule(row.entity_name, allowed),
    created_by: row.created_by,
    created_at: row.created_at,
  };
}
