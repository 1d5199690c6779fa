// Imports are writes (ARCHITECTURE.md "Actions, approvals, audit"): every import is audited (who, which file, counts,
// refused or not); an import that would change the state of tier-3 things (unlock a door, raise a setpoint) needs an
// explicit confirmation; "replace" empties the graph first, in the same unit of work. A first import into a graph that
// holds only the demo home replaces the demo by default (no second "Living Room" next to the demo's).
import type { Entity, EntityContent } from '../../src-shared/protocol/entities';
import { compareVersions } from '../../src-shared/protocol/version';
import { AppError } from '../../src-shared/errors';
import type { SqliteAuditLog } from '../audit/SqliteAuditLog';
import { checkHomeFile, inVersionOrder, parseHomeFile } from '../graph/homeFile';
import type { SqliteGraphStore } from '../graph/SqliteGraphStore';
import type { SqliteDatabase } from '../store/openDatabase';
import { SqliteUnitOfWork } from '../store/UnitOfWork';
import { entityChangeTier } from '../tools/entityChangeTier';

export type ImportMode = 'merge' | 'replace';

export interface HomeImportRequest {
  json: string;
  fileName: string | null;
  mode?: ImportMode;
  /** The person saw which security or safety things the import changes and said yes (UI card, CLI --yes). */
  confirm?: boolean;
  userId: string;
  correlationId: string;
}

export interface HomeImportResult {
  entityCount: number;
  relationshipCount: number;
  mode: ImportMode;
  /** Tier-3 things whose state the import changed (confirmed). */
  securityChanges: string[];
}

export class HomeImportService {
  private readonly unit: SqliteUnitOfWork;

  constructor(
    db: SqliteDatabase,
    private readonly store: SqliteGraphStore,
    private readonly audit: SqliteAuditLog,
    /** The graph's `source` meta value of the bundled demo home. */
    private readonly demoSource: string,
  ) {
    this.unit = new SqliteUnitOfWork(db);
  }

  async import(request: HomeImportRequest): Promise<HomeImportResult> {
    const fileName = request.fileName ?? 'an uploaded file';
    let file: ReturnType<typeof parseHomeFile>;
    try {
      file = parseHomeFile(request.json);
      checkHomeFile(file);
    } catch (error) {
      this.audit.append({
        kind: 'import', correlationId: request.correlationId, actor: request.userId, arguments: { file_name: fileName, mode: request.mode ?? null },
        result: { refused: true }, message: `Import of ${fileName} refused: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}`,
      });
      throw error;
    }
    const mode = request.mode ?? (this.store.getMetaNow('source') === this.demoSource ? 'replace' : 'merge');
    const securityChanges = mode === 'replace' && this.store.getMetaNow('source') === this.demoSource ? [] : this.securityChanges(file.entities);
    if (securityChanges.length > 0 && request.confirm !== true) {
      const message = `This import changes security or safety devices: ${securityChanges.join('; ')}. Nothing was imported; confirm to import anyway.`;
      this.audit.append({
        kind: 'import', correlationId: request.correlationId, actor: request.userId,
        arguments: { file_name: fileName, mode, confirmed: false }, result: { refused: true, security_changes: securityChanges }, message: `Import of ${fileName} needs confirmation: ${securityChanges.join('; ')}`,
      });
      throw new AppError('conflict', message, { details: { needs_confirmation: true, security_changes: securityChanges } });
    }
    this.unit.run((unit) => {
      if (mode === 'replace') this.store.clearInTransaction(unit);
      // Imported rows are local edits (pushed on the next sync), logged as an import. A merge keeps the newer of the
      // file's and the home's version of an entity: the store itself has no "greatest version wins" rule any more.
      const entities = inVersionOrder(mode === 'replace' ? file.entities : this.newerThanCurrent(file.entities));
      this.store.applyChangesInTransaction({ entities, relationships: file.relationships, pending: true, source: 'import' }, unit);
      this.store.setMetaNow('source', 'imported');
      this.audit.append({
        kind: 'import', correlationId: request.correlationId, actor: request.userId,
        arguments: { file_name: fileName, mode, confirmed: request.confirm === true },
        result: { entity_count: file.entities.length, relationship_count: file.relationships.length, security_changes: securityChanges },
        message: `${mode === 'replace' ? 'Replaced the home with' : 'Imported'} ${fileName}: ${file.entities.length} entities, ${file.relationships.length} relationships${securityChanges.length ? ` (confirmed: ${securityChanges.join('; ')})` : ''}`,
      });
    });
    return { entityCount: file.entities.length, relationshipCount: file.relationships.length, mode, securityChanges };
  }

  private newerThanCurrent(entities: readonly Entity[]): Entity[] {
    const current = this.store.getEntitiesNow(entities.map((e) => e.id));
    return entities.filter((incoming) => {
      const before = current.get(incoming.id);
      return !before || compareVersions(incoming.version, before.version) > 0;
    });
  }

  /** "Front Door Lock: lock" for every existing entity whose new current version would be a tier-3 change to it. */
  private securityChanges(entities: readonly Entity[]): string[] {
    const current = this.store.getEntitiesNow(entities.map((e) => e.id));
    const found: string[] = [];
    for (const incoming of entities) {
      const before = current.get(incoming.id);
      if (!before || incoming.version <= before.version) continue;
      const content = changedContent(before.content, incoming.content);
      const name = incoming.name !== before.name ? incoming.name : undefined;
      if (Object.keys(content).length === 0 && name === undefined) continue;
      if (entityChangeTier(before, { content, name }) === 3) found.push(`${before.name}: ${describeKeys(content, name)}`);
    }
    return found;
  }
}

/** The top-level content keys that differ, with `state` narrowed to the state keys that differ. */
function changedContent(before: EntityContent, after: EntityContent): EntityContent {
  const changed: EntityContent = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    const b = before[key];
    const a = after[key];
    if (key === 'state' && isObject(b) && isObject(a)) {
      changed[key] = Object.fromEntries(Object.entries(a).filter(([k, v]) => JSON.stringify(b[k]) !== JSON.stringify(v)));
    } else {
      changed[key] = a ?? null;
    }
  }
  return changed;
}

function describeKeys(content: EntityContent, name: string | undefined): string {
  const state = isObject(content['state']) ? Object.entries(content['state']).map(([k, v]) => `${k} → ${String(v)}`) : [];
  const keys = Object.keys(content).filter((k) => k !== 'state');
  return [...state, ...keys, ...(name ? ['renamed'] : [])].join(', ') || 'changed';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
